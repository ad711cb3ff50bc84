/**
 * The text as the attribution passes read it: the matcher's tokens with their
 * original offsets, each token's cue flags (one lookup per token), and
 * helpers over the gaps between tokens.
 */
import type { Segmented } from '../text/segment';
import { cueTable, type CueTable } from './cues';

export interface Doc {
  text: string;
  seg: Segmented;
  table: CueTable;
  /** number of tokens */
  n: number;
  keys: string[];
  /** original span of each token */
  ts: Int32Array;
  te: Int32Array;
  /** cue flags of each token (cues/index.ts) */
  flags: Int32Array;
  sentenceOf: Int32Array;
  sentenceStart: number[];
}

export function makeDoc(text: string, seg: Segmented): Doc {
  const table = cueTable();
  const { tokens, norm } = seg;
  const n = tokens.length;
  const ts = new Int32Array(n);
  const te = new Int32Array(n);
  const flags = new Int32Array(n);
  const f = table.flags;
  for (let k = 0; k < n; k++) {
    ts[k] = norm.origStart[tokens.start[k]];
    te[k] = norm.origEnd[tokens.end[k] - 1];
    flags[k] = f.get(tokens.keys[k]) ?? 0;
  }
  return { text, seg, table, n, keys: tokens.keys, ts, te, flags, sentenceOf: seg.sentenceOf, sentenceStart: seg.sentenceStart };
}

/** First token starting at or after `pos` (n when none). */
export function tokenAtOrAfter(d: Doc, pos: number): number {
  let lo = 0;
  let hi = d.n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (d.ts[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Last token ending at or before `pos` (-1 when none). */
export function tokenBefore(d: Doc, pos: number): number {
  let lo = 0;
  let hi = d.n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (d.te[mid] <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The original text between token k-1 and token k (the punctuation and spaces before k). */
export function gapBefore(d: Doc, k: number): string {
  const s = k > 0 ? d.te[k - 1] : 0;
  return d.text.slice(s, k < d.n ? d.ts[k] : d.text.length);
}

export function isCapitalized(d: Doc, k: number): boolean {
  const ch = d.text[d.ts[k]];
  return ch !== undefined && ch !== ch.toLowerCase();
}

/** Sentence range [first, end) of token k. */
export function sentenceRange(d: Doc, k: number): [number, number] {
  const s = d.sentenceOf[k];
  return [d.sentenceStart[s], s + 1 < d.sentenceStart.length ? d.sentenceStart[s + 1] : d.n];
}

/** Whether a gap holds punctuation that ends a phrase (anything but spaces, hyphens, apostrophes and dots of initials). */
export function gapBreaks(gap: string): boolean {
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    if (c === 32 || c === 0xa0 || c === 45 || c === 39 || c === 0x2019 || c === 46) continue;
    // an elided article left out of the next token's key ("l'", "d'", "dell'")
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) continue;
    return true;
  }
  return false;
}
