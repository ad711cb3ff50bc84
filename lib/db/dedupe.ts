/**
 * Two saves are the same item when they quote the same words on the same
 * page: spacing, quote style and a #fragment do not make a new item.
 */
export function dedupeKeyFor(url: string, text: string): string {
  return `${canonicalUrl(url)}\u0000${canonicalQuote(text)}`;
}

export function canonicalUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url.trim();
  }
}

export function canonicalQuote(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
