/**
 * Every string of the matcher's tables in one pool of UTF-16 code units, with an open-addressing
 * hash table over it: a word of the page is looked up by comparing its characters with the pool,
 * so the tab holds no JavaScript string (nor Map entry) per string of the knowledge base. The
 * pool is built once, by the background (StringPoolBuilder); the tab only reads it.
 */

/** FNV-1a over the UTF-16 code units of s[from, to). */
export function hashChars(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface StringPoolArrays {
  /** the strings' code units, one after the other */
  chars: Uint16Array;
  /** string id → offset of its first code unit in `chars`; one more entry for the end */
  start: Int32Array;
  /** hash slots: string id + 1, 0 when empty; a power of two long */
  table: Int32Array;
}

export class StringPoolBuilder {
  private readonly ids = new Map<string, number>();
  private readonly list: string[] = [];

  /** The id of s, added if new: ids are given in order of first use. */
  intern(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(s);
      this.ids.set(s, id);
    }
    return id;
  }

  get size(): number {
    return this.list.length;
  }

  build(): StringPoolArrays {
    let total = 0;
    for (const s of this.list) total += s.length;
    const chars = new Uint16Array(total);
    const start = new Int32Array(this.list.length + 1);
    let at = 0;
    this.list.forEach((s, id) => {
      start[id] = at;
      for (let i = 0; i < s.length; i++) chars[at + i] = s.charCodeAt(i);
      at += s.length;
    });
    start[this.list.length] = at;
    let slots = 8;
    while (slots < this.list.length * 2) slots *= 2;
    const table = new Int32Array(slots);
    const mask = slots - 1;
    this.list.forEach((s, id) => {
      let slot = hashChars(s, 0, s.length) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = id + 1;
    });
    return { chars, start, table };
  }
}

/** Lookups in a built pool; strings are made only when asked for (ids and refs of matches). */
export class StringPool {
  private readonly mask: number;
  private made: (string | undefined)[] = [];

  constructor(private readonly a: StringPoolArrays) {
    this.mask = a.table.length - 1;
  }

  get size(): number {
    return this.a.start.length - 1;
  }

  /** The id of s.slice(0, length) (all of s by default), or -1. */
  lookup(s: string, length = s.length): number {
    const { chars, start, table } = this.a;
    let slot = hashChars(s, 0, length) & this.mask;
    for (;;) {
      const v = table[slot];
      if (v === 0) return -1;
      const id = v - 1;
      const a = start[id];
      if (start[id + 1] - a === length) {
        let i = 0;
        while (i < length && chars[a + i] === s.charCodeAt(i)) i++;
        if (i === length) return id;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** s.startsWith(string `id`) without making the string. */
  isPrefixOf(id: number, s: string): boolean {
    const { chars, start } = this.a;
    const a = start[id];
    const n = start[id + 1] - a;
    if (n > s.length) return false;
    for (let i = 0; i < n; i++) if (chars[a + i] !== s.charCodeAt(i)) return false;
    return true;
  }

  /** The string `id`, made once and kept until forget(). */
  str(id: number): string {
    let s = this.made[id];
    if (s === undefined) {
      const { chars, start } = this.a;
      s = '';
      // In pieces: String.fromCharCode takes its arguments on the stack.
      for (let a = start[id], b = start[id + 1]; a < b; a += 4096) s += String.fromCharCode(...chars.subarray(a, Math.min(b, a + 4096)));
      this.made[id] = s;
    }
    return s;
  }

  /** Drops the strings made so far. */
  forget(): void {
    this.made = [];
  }
}
