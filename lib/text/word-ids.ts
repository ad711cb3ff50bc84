/**
 * Dense integer ids for token keys, one process-wide numbering shared by whoever reads a Segmented's words (the
 * matcher's lexicon, attribution's token lookup): each of them looked a page's every token up by its key, a fresh
 * string to hash each time, and a cache of its own keyed by that string costs as much as the lookup it saves. With one
 * interning per token, done by whichever reads the Segmented first and kept on it, the second reader's lookup is an
 * array read by id.
 *
 * Ids are numbered again from 0 once the numbering holds WORD_ID_LIMIT words (a page names a few thousand; a tab that
 * lives for weeks would otherwise keep every word it ever read): a new generation. A reader that keeps something by id
 * empties it when wordIdGeneration() is not the one it was filled in.
 */
import type { Segmented } from './segment';

/** Words numbered before the numbering starts again (the matcher's lexicon kept as many). */
export const WORD_ID_LIMIT = 200_000;

let ids = new Map<string, number>();
let generation = 0;

/** The generation of the ids wordIdsOf answers now. */
export function wordIdGeneration(): number {
  return generation;
}

/** How many ids the current generation has given: every id it gave is below. */
export function wordIdCount(): number {
  return ids.size;
}

/** The id of `key` in the current generation (numbered now if new). */
export function wordId(key: string): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = ids.size;
    ids.set(key, id);
  }
  return id;
}

/**
 * The id of each token of `seg`, all of one generation (the current one): read once per generation and kept on `seg`,
 * so the second reader of the same segmentation pays nothing.
 */
export function wordIdsOf(seg: Segmented): Int32Array {
  if (seg.wordIds !== undefined && seg.wordIdGeneration === generation) return seg.wordIds;
  const keys = seg.tokens.keys;
  const n = keys.length;
  // (before the first token, not in the middle: a page's ids are then all of one generation, the one its readers check;
  // counted by tokens, an upper bound of the page's new words)
  if (ids.size > 0 && ids.size + n > WORD_ID_LIMIT) newWordIdGeneration();
  const out = new Int32Array(n);
  for (let p = 0; p < n; p++) {
    const k = keys[p];
    let id = ids.get(k);
    if (id === undefined) {
      id = ids.size;
      ids.set(k, id);
    }
    out[p] = id;
  }
  seg.wordIds = out;
  seg.wordIdGeneration = generation;
  return out;
}

/** Forgets every id (a matcher released, the numbering full): the readers empty what they keep by id when they next ask. */
export function newWordIdGeneration(): void {
  ids = new Map();
  generation++;
}

/**
 * One number per word id, for what a reader keeps by id (0: nothing kept yet): `ready()` empties it when the ids start a
 * new generation and grows it to hold every id of the current one, and returns the array, which growing replaces.
 */
export class WordIdTable<A extends Int32Array | Uint8Array> {
  /** the ids' generation the values were kept in */
  generation = -1;
  values: A;

  constructor(private readonly make: (length: number) => A) {
    this.values = make(4096);
  }

  ready(): A {
    if (this.generation !== generation) {
      this.values.fill(0);
      this.generation = generation;
    }
    if (this.values.length < ids.size) {
      const grown = this.make(Math.max(this.values.length * 2, ids.size));
      grown.set(this.values);
      this.values = grown;
    }
    return this.values;
  }
}
