/**
 * Text compared the way a reader would: spacing collapsed, case folded,
 * curly and straight quote marks alike, every dash a hyphen. Each character
 * keeps a map back to its offset in the original, so a match found here is
 * marked in the page's own text.
 */

export interface LooseText {
  text: string;
  /** original offset of each character of `text`, plus one past the end */
  map: Int32Array;
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The loose form of one UTF-16 code unit, as a code unit. */
function looseCode(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code === 96 ? 39 : code;
  if (code === 0x2018 || code === 0x2019 || code === 0x201a || code === 0x201b || code === 0x2032) return 39;
  if ((code >= 0x201c && code <= 0x201f) || code === 0xab || code === 0xbb || code === 0x2033) return 34;
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212) return 45;
  const lower = String.fromCharCode(code).toLowerCase();
  // A few capitals fold to two characters ("İ"): keep them, the offsets must stay one to one.
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

/** `text.slice(from, to)` made loose; offsets in `map` are offsets in `text`. */
export function loosen(text: string, from = 0, to = text.length): LooseText {
  const codes = new Uint16Array(Math.max(0, to - from));
  // Typed arrays: a long page's window is loosened once per quote, and plain arrays grown by push feed the GC.
  const map = new Int32Array(codes.length + 1);
  let n = 0;
  let lastSpace = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      if (lastSpace) continue;
      lastSpace = true;
      codes[n++] = 32;
    } else {
      lastSpace = false;
      codes[n++] = looseCode(code);
    }
    map[n - 1] = i;
  }
  map[n] = to;
  let out = '';
  // In chunks: fromCharCode's arguments are limited in number.
  for (let i = 0; i < n; i += 8192) out += String.fromCharCode(...codes.subarray(i, Math.min(n, i + 8192)));
  return { text: out, map: map.subarray(0, n + 1) };
}

/** The loose form alone, for short strings (a quote, its context). */
export function looseString(text: string): string {
  return loosen(text).text;
}
