/**
 * Matching long text in chunks cut at block boundaries, so each call to the
 * matcher stays short. The chunks are cut by size, and always the same way,
 * because where a chunk ends can change what is found (a bare surname needs
 * the full name earlier in its chunk or a prior one): the scanner CLI, which
 * runs them all at once, finds exactly what the content script finds. Time
 * decides only how many chunks run before the content script yields: before
 * each chunk, its cost is estimated from the ones already matched, and a
 * chunk that would overrun the slice's deadline waits for the next slice.
 */
import type { Matcher, ScanOptions, ScanResult } from '../match/types';
import type { SliceClock } from './slices';
import { isColdTables } from '../attribution/cold-tables';

/**
 * Small enough that one chunk is a fraction of a slice on a slow machine (about
 * 0.3 ms per 1,000 characters in Chromium here, so ~1.2 ms), large enough that
 * the matcher's per-call set-up stays small beside the work.
 */
export const MATCH_CHUNK_CHARS = 4_000;

/**
 * The first chunks of a text are smaller. A fresh page's first scan runs cold
 * (interpreted code, empty word caches): 4,000 characters took 34 ms there
 * where a warm scan takes 3, and a chunk cannot stop half-way. Sizes depend on
 * the chunk's position only, so the scanner CLI still cuts the same chunks.
 */
export const FIRST_CHUNK_CHARS: readonly number[] = [800, 1_600, 3_200];

/** Characters of chunk number `index` (0-based) of a text. */
export function chunkChars(index: number): number {
  return FIRST_CHUNK_CHARS[index] ?? MATCH_CHUNK_CHARS;
}

/** Text held as one string or as pieces that, joined, make it (the page as the walker read it). */
interface TextSource {
  readonly length: number;
  slice(from: number, to: number): string;
}

class PiecedText implements TextSource {
  readonly length: number;
  /** starts[i]: offset of pieces[i] in the whole text */
  private readonly starts: number[] = [];

  constructor(private readonly pieces: readonly string[]) {
    let at = 0;
    for (const piece of pieces) {
      this.starts.push(at);
      at += piece.length;
    }
    this.length = at;
  }

  slice(from: number, to: number): string {
    let out = '';
    // The piece holding `from` (binary search), then as many as the span needs: a chunk spans one or two.
    let lo = 0;
    let hi = this.pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= from) lo = mid;
      else hi = mid - 1;
    }
    for (let i = lo; i < this.pieces.length && this.starts[i]! < to; i++) {
      const base = this.starts[i]!;
      out += this.pieces[i]!.slice(Math.max(0, from - base), to - base);
    }
    return out;
  }
}

/**
 * Where the chunk starting at `start` ends: at most `size` characters on, at the last line end
 * before that, else (a block longer than the chunk, a live blog in one <div>) at a sentence end
 * or a space. Reads only the chunk's own stretch of the text.
 */
function chunkEnd(text: TextSource, start: number, size: number): number {
  const end = Math.min(text.length, start + size);
  if (end >= text.length) return end;
  // Positions up to end + 1: a ". " may start at `end`.
  const stretch = text.slice(start, Math.min(text.length, end + 2));
  const at = end - start;
  const cut = stretch.lastIndexOf('\n', at);
  if (cut > 0) return start + cut + 1;
  const sentence = stretch.lastIndexOf('. ', at);
  if (sentence > 0) return start + sentence + 2;
  const space = stretch.lastIndexOf(' ', at);
  return space > 0 ? start + space + 1 : end;
}

/**
 * [start, end) chunks of `text` no longer than `size` (by default the content
 * script's sizes, chunkChars) where a "\n" allows.
 */
export function chunkAtLines(text: string, size?: number): Array<[number, number]> {
  const chunks: Array<[number, number]> = [];
  for (let start = 0; start < text.length; ) {
    const end = chunkEnd(text, start, size ?? chunkChars(chunks.length));
    chunks.push([start, end]);
    start = end;
  }
  return chunks;
}

export class ChunkedMatch {
  readonly result: ScanResult = { actors: [], claims: [] };
  private readonly text: TextSource;
  /** where the next chunk starts */
  private next = 0;
  /** chunks matched so far */
  private chunks = 0;
  /** actors named in earlier chunks: a bare surname later on may refer to them */
  private readonly named = new Set<string>();
  /** actors whose surname alone an earlier chunk gave to someone else (ScanResult.otherBearerIds) */
  private otherBearers: string[] = [];
  /** the dearest ms per character seen so far: the estimate errs towards yielding early */
  private msPerChar = 0;
  /** a chunk found attribution's tables cold: they are built a step at a time before it is matched again */
  private warming = false;
  /** the dearest warm step seen so far (ms) */
  private msPerWarmStep = 0;
  /** the matcher said its tables are all built: scans may build whatever else they find missing */
  private tablesBuilt = false;

  constructor(
    text: string | readonly string[],
    private readonly matcher: Matcher,
    private readonly options: ScanOptions = {},
    private readonly now: () => number = () => performance.now(),
  ) {
    this.text = typeof text === 'string' ? text : new PiecedText(text);
  }

  get done(): boolean {
    return this.next >= this.text.length;
  }

  get textLength(): number {
    return this.text.length;
  }

  /**
   * Matches chunks until done or the slice's deadline; returns true when done.
   * At least one chunk per call, so every slice makes progress.
   */
  step(clock: Pick<SliceClock, 'shouldYield'>): boolean {
    let first = true;
    while (this.next < this.text.length) {
      if (this.warming) {
        if (!first && clock.shouldYield(this.msPerWarmStep)) return false;
        first = false;
        const started = this.now();
        this.tablesBuilt = this.matcher.warmStep!();
        this.warming = !this.tablesBuilt;
        this.msPerWarmStep = Math.max(this.msPerWarmStep, this.now() - started);
        continue;
      }
      // A matcher that can build its tables a step at a time is asked not to build them inside a chunk: on a fresh
      // page, the first chunk that asks a speaker would otherwise build all of attribution's (lib/attribution/warm.ts).
      // (once it says they are built, a scan never stops for them again, whatever it finds: no loop of retries)
      const whenCold = this.matcher.warmStep && !this.tablesBuilt ? 'throw' : 'build';
      const from = this.next;
      const to = chunkEnd(this.text, from, chunkChars(this.chunks));
      if (!first && clock.shouldYield((to - from) * this.msPerChar)) return false;
      first = false;
      const started = this.now();
      let found: ScanResult;
      try {
        found = this.matcher.scan(this.text.slice(from, to), { ...this.options, priorActorIds: [...this.named], priorOtherBearerIds: this.otherBearers, whenCold });
      } catch (error) {
        if (!isColdTables(error)) throw error;
        // the chunk is matched again once the tables are built: a scan is pure, its result the same
        this.warming = true;
        continue;
      }
      this.next = to;
      this.chunks++;
      const cost = (this.now() - started) / Math.max(1, to - from);
      // The dearest rate, decaying slowly: one dense chunk should not make every later slice timid.
      this.msPerChar = Math.max(cost, this.msPerChar * 0.9);
      this.otherBearers = found.otherBearerIds ?? [];
      for (const a of found.actors) {
        this.result.actors.push({ ...a, start: a.start + from, end: a.end + from });
        this.named.add(a.actorId);
      }
      for (const c of found.claims)
        this.result.claims.push({
          ...c,
          start: c.start + from,
          end: c.end + from,
          ...(c.speaker ? { speaker: { ...c.speaker, start: c.speaker.start + from, end: c.speaker.end + from } } : {}),
        });
    }
    return true;
  }
}

/** All matches of a text, as the content script finds them. */
export function matchText(text: string, matcher: Matcher, options: ScanOptions = {}): ScanResult {
  const run = new ChunkedMatch(text, matcher, options);
  run.step({ shouldYield: () => false });
  return run.result;
}
