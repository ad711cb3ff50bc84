/** "news.example.com" from whatever the reader pastes: a URL, a host with a port, spaces. */
export function siteFromInput(text: string): string | null {
  const trimmed = text.trim().toLowerCase();
  if (!trimmed) return null;
  let host = trimmed;
  try {
    host = new URL(/^[a-z]+:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`).host;
  } catch {
    return null;
  }
  return /^[a-z0-9.-]+(:\d+)?$/.test(host) && host.includes('.') ? host : /^localhost(:\d+)?$/.test(host) ? host : null;
}
