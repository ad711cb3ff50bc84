/**
 * The matcher's tables as flat typed arrays in one buffer, plus a small JSON header: laid out
 * once per knowledge-base version by the background (lib/match/flatten.ts), cached by the tab as
 * one string (header, newline, the buffer in base64), and used where it lies: opening it makes
 * one view per table and nothing per entry. Lists are CSR-style (a `…Start` array of offsets, one
 * more than there are owners), strings are ids into the string pool (lib/match/string-pool.ts).
 */
import { base64Into, base64ToBytes, bytesToBase64 } from './base64';

/** Bumped whenever the layout changes: a tab's cached copy of another layout is refetched. */
export const FLAT_FORMAT = 2;

const I32 = Int32Array;
const U8 = Uint8Array;
const U16 = Uint16Array;
const F64 = Float64Array;

/** Every table, in buffer order. Ids: k = pool string, n = trie node, a = alias, c = claim, t = term, v = vocabulary, d = BM25 document. */
export const SECTIONS = {
  // the string pool
  poolChars: U16,
  poolStart: I32,
  poolTable: I32,
  // per string id below header.keyCount (the strings a word of the text is compared with): -1 or…
  keyRoot: I32, // …the trie node an alias starts with
  keyFirst: I32, // …offset in `lists` of the primary terms anchored on this exact word
  keyPrefix: I32, // …the same for prefix anchors
  keyVocab: I32, // …its BM25 vocabulary id
  keySecExact: I32, // …its secondary anchor id (exact)
  keySecPrefix: I32, // …its secondary anchor id (prefix)
  // actor trie (n)
  nodeTilde: U8,
  nodeChildStart: I32,
  childKey: I32,
  childNode: I32,
  nodeEndStart: I32,
  endAlias: I32,
  // aliases (a); per-token values at aliasTokStart[a]…
  aliasActor: I32,
  aliasType: U8,
  aliasPrior: U8,
  aliasHasMarks: U8,
  aliasTokStart: I32,
  aliasPattern: U8,
  aliasMarks: U8,
  aliasAfterStart: I32,
  aliasAfter: I32,
  aliasBeforeStart: I32,
  aliasBefore: I32,
  // actors: string ids; actorsById = actor indexes sorted by the pool id of their id
  actorId: I32,
  actorRef: I32,
  actorKind: I32,
  actorsById: I32,
  actorAffStart: I32, // what each actor belongs to (CompiledIndex.affiliations), CSR
  actorAff: I32,
  // claims (c)
  claimId: I32,
  claimRef: I32,
  claimSp: I32,
  claimNeg: U8,
  claimSuStart: I32,
  claimSu: I32,
  claimCoStart: I32,
  coWeight: F64,
  coRequired: U8,
  coActorStart: I32, // per concept (indexed like coWeight), the actors naming it (CompiledClaim.ca), CSR
  coActor: I32,
  claimSecondary: I32, // offset in `lists` of its secondary terms, or -1
  // concept terms (t)
  termClaim: I32,
  termConcept: I32,
  termAnchor: I32,
  termTokStart: I32,
  termTok: I32,
  termPrefix: U8,
  secAnchorOf: I32,
  /** lists of term ids, each as its length then its items */
  lists: I32,
  // BM25 (v, d)
  df: I32,
  idf: F64,
  postStart: I32,
  postData: I32, // (document, tf) pairs
  prefStart: I32,
  prefData: I32,
  prefDefStart: I32,
  prefDefData: I32,
  docClaim: I32,
  docLen: F64,
  docDistinct: I32,
  docNeg: U8,
  selfScore: F64,
  docStart: I32,
  docTermId: I32,
  docTermTf: I32,
  docTermW: F64,
} as const;

export type SectionName = keyof typeof SECTIONS;
type ViewOf<C> = C extends typeof Int32Array ? Int32Array : C extends typeof Uint8Array ? Uint8Array : C extends typeof Uint16Array ? Uint16Array : Float64Array;
export type FlatTables = { [K in SectionName]: ViewOf<(typeof SECTIONS)[K]> };

export interface FlatHeader {
  format: number;
  /** knowledge-base version */
  version: string;
  /** element count of each section, in SECTIONS order */
  lengths: number[];
  /** strings with ids below this are words of aliases, terms or the BM25 vocabulary */
  keyCount: number;
  /** whether the trie root has inflection-base ("~") edges */
  tolerant: boolean;
  /** term prefix lengths in the primary and secondary prefix maps, ascending */
  prefixLens: number[];
  secPrefixLens: number[];
  /** secondary anchor ids: exact ones, then prefix ones */
  secExactCount: number;
  secIdCount: number;
  /** whether some claim has secondary terms */
  hasSecondary: boolean;
  avgdl: number;
  maxDf: number;
  /** languages of the BM25 documents (the text side drops their stop words) */
  langs: string[];
}

/** What the background compiles once per knowledge-base version for the tabs: the flat index, encoded. */
export interface TabIndex {
  version: string;
  /** encodeFlatIndex() of the flat index */
  encoded: string;
}

/** The header and the one buffer: what a matcher is made from. */
export interface FlatIndex {
  header: FlatHeader;
  bytes: Uint8Array;
}

const ALIGN = 8;

function layout(lengths: number[]): { offsets: number[]; size: number } {
  const offsets: number[] = [];
  let at = 0;
  Object.values(SECTIONS).forEach((Type, i) => {
    at = Math.ceil(at / ALIGN) * ALIGN;
    offsets.push(at);
    at += lengths[i] * Type.BYTES_PER_ELEMENT;
  });
  return { offsets, size: at };
}

/** One buffer from the tables (background side). */
export function packTables(tables: FlatTables, header: Omit<FlatHeader, 'lengths' | 'format'>): FlatIndex {
  const names = Object.keys(SECTIONS) as SectionName[];
  const lengths = names.map((name) => tables[name].length);
  const { offsets, size } = layout(lengths);
  const bytes = new Uint8Array(size);
  names.forEach((name, i) => {
    const t = tables[name];
    bytes.set(new Uint8Array(t.buffer, t.byteOffset, t.byteLength), offsets[i]);
  });
  return { header: { ...header, format: FLAT_FORMAT, lengths }, bytes };
}

/** Views on the buffer, one per table: no copy, nothing per entry. */
export function openTables(flat: FlatIndex): FlatTables {
  let bytes = flat.bytes;
  // Typed-array views must be aligned to their element size within the buffer.
  if (bytes.byteOffset % ALIGN !== 0) bytes = bytes.slice();
  const { lengths } = flat.header;
  const { offsets, size } = layout(lengths);
  if (bytes.byteLength < size) throw new Error(`flat index: ${bytes.byteLength} bytes, the header needs ${size}`);
  const out = {} as Record<SectionName, unknown>;
  const buffer = bytes.buffer as ArrayBuffer;
  (Object.entries(SECTIONS) as [SectionName, (typeof SECTIONS)[SectionName]][]).forEach(([name, Type], i) => {
    out[name] = new Type(buffer, bytes.byteOffset + offsets[i], lengths[i]);
  });
  return out as FlatTables;
}

/**
 * The flat index as one string, for storage.local and runtime messages: both carry strings
 * everywhere (Chrome serialises them as JSON, where a typed array would arrive as a plain object).
 */
export function encodeFlatIndex(flat: FlatIndex): string {
  return `${JSON.stringify(flat.header)}\n${bytesToBase64(flat.bytes)}`;
}

/** The header alone (to check the version of a cached copy before decoding its buffer). */
export function flatHeaderOf(encoded: string): FlatHeader | null {
  const nl = encoded.indexOf('\n');
  if (nl < 0) return null;
  try {
    const header = JSON.parse(encoded.slice(0, nl)) as FlatHeader;
    return header && header.format === FLAT_FORMAT && typeof header.version === 'string' && Array.isArray(header.lengths) ? header : null;
  } catch {
    return null;
  }
}

export function decodeFlatIndex(encoded: string): FlatIndex {
  const header = flatHeaderOf(encoded);
  if (!header) throw new Error('flat index: not a flat index of this format');
  return { header, bytes: base64ToBytes(encoded, encoded.indexOf('\n') + 1) };
}

/** Bytes of the buffer a header describes. */
export function flatByteLength(header: FlatHeader): number {
  return layout(header.lengths).size;
}

/**
 * Decodes the base64 of a flat index piece by piece (pieces of a multiple of 4 characters, in
 * order), so that a large index is decoded between yields rather than in one long task.
 */
export class FlatDecoder {
  readonly bytes: Uint8Array;
  private written = 0;

  constructor(readonly header: FlatHeader) {
    this.bytes = new Uint8Array(flatByteLength(header));
  }

  push(piece: string): void {
    this.written += base64Into(piece, this.bytes, this.written);
  }

  /** The index, once every piece is in. */
  finish(): FlatIndex {
    if (this.written !== this.bytes.length) throw new Error(`flat index: ${this.written} of ${this.bytes.length} bytes decoded`);
    return { header: this.header, bytes: this.bytes };
  }
}

/** The base64 part of an encoded index cut in pieces of about `size` characters (a multiple of 4). */
export function base64Pieces(encoded: string, size: number): string[] {
  const from = encoded.indexOf('\n') + 1;
  const step = Math.max(4, size - (size % 4));
  const pieces: string[] = [];
  for (let at = from; at < encoded.length; at += step) pieces.push(encoded.slice(at, Math.min(encoded.length, at + step)));
  return pieces;
}

