/**
 * Numbers for words, looked up by the characters of a token's span in the normalised text rather than by its key: a
 * token's key is a fresh string, and hashing one for a Map costs more than this probe (most of makeDoc's time was
 * that). A span that holds a dot is a dotted acronym, whose key is not its text ("u.s." → "us"): get() answers -1 and
 * the caller asks its Map. Open addressing, FNV-1a over UTF-16 units, a byte per slot with 0 for an empty one and eight
 * bits of the hash for a used one (read from L1: most words are in no table, and a used slot of another word is then
 * passed without reading the slot), a slot's offset and value in eight bytes, and the word's length before its
 * characters: the slots are read from memory at most words the table holds (a cache miss each, the most of makeDoc's
 * time in the profile of the 33 pages), and half their former sixteen bytes are half the memory to miss in.
 */
/** FNV-1a over UTF-16 units: the offset basis and the prime (callers that read a word's characters anyway hash it themselves). */
export const FNV_BASIS = 0x811c9dc5 | 0;
export const FNV_PRIME = 16777619;

/** The FNV-1a hash of text[a, b). */
export function spanHash(text: string, a: number, b: number): number {
  let h = FNV_BASIS;
  for (let i = a; i < b; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

export class SpanTable {
  private readonly mask: number;
  /** 0 for an empty slot, else fingerprint(hash) */
  private readonly used: Uint8Array;
  private readonly slots: Int32Array;
  private chars: Uint16Array;
  private charsUsed = 0;
  /** number of words held */
  size = 0;

  /** The slots of a table with room for `capacity` words: at least twice as many. */
  static slotsFor(capacity: number): number {
    let slots = 1024;
    while (slots < capacity * 2) slots *= 2;
    return slots;
  }

  /** room for `capacity` words, at most half of the slots */
  constructor(readonly capacity: number) {
    const slots = SpanTable.slotsFor(capacity);
    this.mask = slots - 1;
    this.used = new Uint8Array(slots);
    this.slots = new Int32Array(slots * 2);
    this.chars = new Uint16Array(capacity * 9);
  }

  /** The value of the word text[a, b): 0 when absent, -1 when the span holds a dot. */
  get(text: string, a: number, b: number): number {
    let h = FNV_BASIS;
    for (let i = a; i < b; i++) {
      const c = text.charCodeAt(i);
      if (c === 46) return -1;
      h = Math.imul(h ^ c, FNV_PRIME);
    }
    return this.find(text, a, b, h);
  }

  /** The value of the word text[a, b), which holds no dot and whose spanHash is h: 0 when absent. */
  find(text: string, a: number, b: number, h: number): number {
    const n = b - a;
    const { used, slots, chars } = this;
    const f = fingerprint(h);
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const u = used[i];
      if (u === 0) return 0;
      if (u !== f) continue;
      // (the word's length, then its characters: an eighth of the hash told most other words apart already)
      const o = slots[i * 2];
      if (chars[o] !== n) continue;
      let j = 0;
      while (j < n && chars[o + 1 + j] === text.charCodeAt(a + j)) j++;
      if (j === n) return slots[i * 2 + 1];
    }
  }

  /**
   * Adds the word text[a, b) (not held yet, no dot in it) with a value other than 0; false when the table is full (or
   * the word longer than a slot's length field holds, which no word of a lexicon is).
   */
  add(text: string, a: number, b: number, value: number): boolean {
    const n = b - a;
    if (this.size >= this.capacity || n > 0xffff) return false;
    const h = spanHash(text, a, b);
    if (this.charsUsed + n + 1 > this.chars.length) {
      const grown = new Uint16Array(Math.max(this.chars.length * 2, this.charsUsed + n + 1));
      grown.set(this.chars);
      this.chars = grown;
    }
    let i = h & this.mask;
    while (this.used[i] !== 0) i = (i + 1) & this.mask;
    this.used[i] = fingerprint(h);
    this.slots[i * 2] = this.charsUsed;
    this.slots[i * 2 + 1] = value;
    this.chars[this.charsUsed++] = n;
    for (let j = 0; j < n; j++) this.chars[this.charsUsed++] = text.charCodeAt(a + j);
    this.size++;
    return true;
  }

  /** Forgets every word. */
  clear(): void {
    this.used.fill(0);
    this.charsUsed = 0;
    this.size = 0;
  }
}

/** Eight bits of a hash that the slot index (its low bits) does not use, never 0 (an empty slot). */
function fingerprint(h: number): number {
  return h >>> 24 || 1;
}
