/**
 * The tab's copy of the flat index (lib/match/flat.ts), kept in the extension's storage.local so
 * that a page of a known knowledge-base version asks the background for its version only.
 *
 * Stored in pieces: a small head (the header line and the number of pieces) under INDEX_CACHE_KEY,
 * and the base64 of the buffer in pieces of PIECE_CHARS under keys that name the version. A page
 * reads and decodes one piece at a time, so no task of ours grows with the knowledge base (reading
 * a whole 10 MB string out of storage, or decoding it, would be one long task), and the page never
 * holds more than a piece of base64 besides the buffer. Pieces are named by version, so a tab
 * that writes a new version never mixes its pieces into what another tab is reading.
 */
import { base64Pieces, FlatDecoder, flatHeaderOf, type FlatHeader, type FlatIndex } from '../match/flat';

export const INDEX_CACHE_KEY = 'newsmark:index';
/** Base64 characters per piece: about 190 KB of index, a millisecond or so to decode. */
export const PIECE_CHARS = 256 * 1024;

export interface IndexCachePorts {
  get(key: string): Promise<unknown>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
  /** the background's answer to index/get */
  fetch(knownVersion: string | null): Promise<{ index: string | null }>;
  /** gives the page its main thread back between pieces */
  pause(): Promise<void>;
  /** base64 characters per piece (PIECE_CHARS) */
  pieceChars?: number;
}

export interface LoadedIndex {
  flat: FlatIndex;
  source: 'cache' | 'background';
  /** ms of our own work (headers, decoding), without the waits for storage and messages */
  busyMs: number;
}

interface CacheHead {
  head: string;
  pieces: number;
}

const pieceKey = (version: string, i: number) => `${INDEX_CACHE_KEY}:${version}:${i}`;

function isHead(value: unknown): value is CacheHead {
  const v = value as CacheHead | null;
  return !!v && typeof v === 'object' && typeof v.head === 'string' && Number.isInteger(v.pieces) && v.pieces >= 0;
}

export async function loadIndex(ports: IndexCachePorts): Promise<LoadedIndex> {
  let busy = 0;
  const timed = <T>(work: () => T): T => {
    const t = performance.now();
    try {
      return work();
    } finally {
      busy += performance.now() - t;
    }
  };
  const stored = await ports.get(INDEX_CACHE_KEY);
  const head = isHead(stored) ? stored : null;
  const header = head ? timed(() => flatHeaderOf(`${head.head}\n`)) : null;
  const answer = await ports.fetch(header?.version ?? null);
  if (!answer.index && head && header) {
    const flat = await fromCache(ports, head, header, timed);
    if (flat) return { flat, source: 'cache', busyMs: busy };
  }
  // A new version, or a cache that lost a piece: the whole index from the background.
  const encoded = answer.index ?? (await ports.fetch(null)).index;
  if (!encoded) throw new Error('no compiled index');
  const fresh = timed(() => flatHeaderOf(encoded));
  if (!fresh) throw new Error('the background sent an index of another layout');
  const pieces = timed(() => base64Pieces(encoded, ports.pieceChars ?? PIECE_CHARS));
  const items: Record<string, unknown> = { [INDEX_CACHE_KEY]: { head: encoded.slice(0, encoded.indexOf('\n')), pieces: pieces.length } };
  pieces.forEach((piece, i) => (items[pieceKey(fresh.version, i)] = piece));
  try {
    await ports.set(items);
    if (head && header && header.version !== fresh.version) {
      await ports.remove(Array.from({ length: head.pieces }, (_, i) => pieceKey(header.version, i)));
    }
  } catch {
    // Storage full or failing: this page still matches; the next one asks the background again.
  }
  const decoder = new FlatDecoder(fresh);
  for (let i = 0; i < pieces.length; i++) {
    if (i > 0) await ports.pause();
    timed(() => decoder.push(pieces[i]));
  }
  return { flat: timed(() => decoder.finish()), source: 'background', busyMs: busy };
}

async function fromCache(ports: IndexCachePorts, head: CacheHead, header: FlatHeader, timed: <T>(work: () => T) => T): Promise<FlatIndex | null> {
  const decoder = timed(() => new FlatDecoder(header));
  for (let i = 0; i < head.pieces; i++) {
    const piece = await ports.get(pieceKey(header.version, i));
    if (typeof piece !== 'string') return null;
    try {
      timed(() => decoder.push(piece));
    } catch {
      return null;
    }
  }
  try {
    return timed(() => decoder.finish());
  } catch {
    return null;
  }
}
