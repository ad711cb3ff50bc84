/**
 * Bytes ⇄ base64, with the engine's own codec where there is one (Uint8Array.fromBase64 /
 * toBase64: Chrome 140+, Firefox 133+), else atob (Node 20), else a table-driven loop.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

type NativeFrom = { fromBase64?: (s: string) => Uint8Array };
type NativeInto = { setFromBase64?: (s: string) => { read: number; written: number } };
type NativeTo = { toBase64?: () => string };

export function bytesToBase64(bytes: Uint8Array): string {
  const native = (bytes as unknown as NativeTo).toBase64;
  return typeof native === 'function' ? native.call(bytes) : encodeLoop(bytes);
}

/** The portable encoder (exported for its tests). */
export function encodeLoop(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 3 * 4096;
  for (let from = 0; from < bytes.length; from += CHUNK) {
    const to = Math.min(bytes.length, from + CHUNK);
    let s = '';
    let i = from;
    for (; i + 2 < to; i += 3) {
      const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
      s += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + ALPHABET[n & 63];
    }
    if (i < to) {
      const n = (bytes[i] << 16) | (i + 1 < to ? bytes[i + 1] << 8 : 0);
      s += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + (i + 1 < to ? ALPHABET[(n >> 6) & 63] : '=') + '=';
    }
    parts.push(s);
  }
  return parts.join('');
}

/** Decodes s from offset `from` on (the rest of a string that starts with a header). */
export function base64ToBytes(s: string, from = 0): Uint8Array {
  const native = (Uint8Array as unknown as NativeFrom).fromBase64;
  if (typeof native === 'function') return native(from ? s.slice(from) : s);
  if (typeof atob === 'function') {
    const binary = atob(from ? s.slice(from) : s);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  }
  return decodeLoop(s, from);
}

/** The portable decoder (exported for its tests). */
export function decodeLoop(s: string, from = 0): Uint8Array {
  let end = s.length;
  while (end > from && s.charCodeAt(end - 1) === 61 /* = */) end--;
  const out = new Uint8Array(Math.floor(((end - from) * 3) / 4));
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = from; i < end; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? VALUE[c] : -1;
    if (v < 0) throw new Error(`base64: unexpected character at ${i}`);
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return o === out.length ? out : out.subarray(0, o);
}

/**
 * Decodes a piece of base64 (a multiple of 4 characters, or the last piece) into `target` at
 * `offset`; returns the number of bytes written. Lets a long text be decoded piece by piece.
 */
export function base64Into(piece: string, target: Uint8Array, offset: number): number {
  const view = target.subarray(offset);
  const native = (view as unknown as NativeInto).setFromBase64;
  if (typeof native === 'function') return native.call(view, piece).written;
  const bytes = decodeLoop(piece);
  view.set(bytes);
  return bytes.length;
}

