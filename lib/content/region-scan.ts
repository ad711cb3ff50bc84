/**
 * Scans one region of the page (the whole body, or a part that changed) in
 * slices: read its text, match it chunk by chunk, turn matches into live
 * Ranges (in the order of the text, so the page's list needs no sort). Each
 * phase's busy time is recorded as a User Timing measure (`newsmark:extract`,
 * `newsmark:match`; the caller adds `newsmark:highlight`).
 */
import { rangeFor, TextExtractor, type ExtractedText, type ExtractOptions } from '../dom/text-walker';
import type { Matcher, ScanResult } from '../match/types';
import { ChunkedMatch } from './chunked-match';
import type { LiveMatch } from './page-matches';
import type { SliceClock } from './slices';
import { runSliced, sliceClock } from './slices';
import { measureInPage } from './page-detail';

/** Pages with more text than this are read up to here: nobody reads further in one sitting. */
export const MAX_SCANNED_CHARS = 5_000_000;

export interface RegionScan {
  matches: LiveMatch[];
  textLength: number;
  extractMs: number;
  matchMs: number;
}

export interface RegionScanOptions extends Pick<ExtractOptions, 'isHidden' | 'readRuns'> {
  threshold?: number;
  isCancelled?: () => boolean;
}

/** `busyMs`: time spent in its slices; `longestSliceMs`: the longest of them (one task's worth). */
export function measureSpan(name: string, start: number, end: number, busyMs: number, longestSliceMs = busyMs): void {
  try {
    measureInPage(name, { start, end, detail: { busyMs, longestSliceMs } });
  } catch {
    // A page can break `performance`; timings are a courtesy, not a need.
  }
}

export async function scanRegion(root: Node, matcher: Matcher, options: RegionScanOptions = {}): Promise<RegionScan | null> {
  const isCancelled = options.isCancelled ?? (() => false);

  // 1. Read the text.
  const extractStart = performance.now();
  const extractor = new TextExtractor(root, { isHidden: options.isHidden, readRuns: options.readRuns, maxLength: MAX_SCANNED_CHARS });
  const extractClock = sliceClock();
  if (!(await runSliced((clock) => extractor.run(() => clock.shouldYield()), extractClock, isCancelled))) return null;
  const pieces = extractor.pieces();
  const extracted = extractor.positions();
  const extractMs = extractClock.busyMs();
  measureSpan('newsmark:extract', extractStart, performance.now(), extractMs, extractClock.longestMs());

  // 2. Match it, chunk by chunk (from the text's pieces: it is never joined whole).
  const matchStart = performance.now();
  const chunked = new ChunkedMatch(pieces, matcher, options.threshold === undefined ? {} : { threshold: options.threshold });
  const matchClock = sliceClock();
  if (!(await runSliced((clock) => chunked.step(clock), matchClock, isCancelled))) return null;
  // 3. Offsets become live ranges, in text order (actors and claims merged), in slices too:
  // a dense page has thousands.
  const toRanges = new RangeBuilder(extracted, chunked.result);
  if (!(await runSliced((clock) => toRanges.step(clock), matchClock, isCancelled))) return null;
  const matchMs = matchClock.busyMs();
  measureSpan('newsmark:match', matchStart, performance.now(), matchMs, matchClock.longestMs());
  return { matches: toRanges.matches, textLength: chunked.textLength, extractMs, matchMs };
}

/** Matches found in extracted text, made live Ranges one slice at a time, in the order of the text. */
class RangeBuilder {
  readonly matches: LiveMatch[] = [];
  private a = 0;
  private c = 0;

  constructor(
    private readonly extracted: Pick<ExtractedText, 'nodes' | 'starts'>,
    private readonly found: ScanResult,
  ) {}

  step(clock: SliceClock): boolean {
    const { actors, claims } = this.found;
    let count = 0;
    while (this.a < actors.length || this.c < claims.length) {
      if ((++count & 15) === 0 && clock.shouldYield()) return false;
      const actor = actors[this.a];
      const claim = claims[this.c];
      // An actor first at equal starts: a sentence's first word is named before the sentence is.
      if (actor && (!claim || actor.start <= claim.start)) {
        this.a++;
        const range = rangeFor(this.extracted, actor.start, actor.end);
        if (range && !range.collapsed) {
          this.matches.push({ kind: 'actor', id: actor.actorId, ref: actor.ref, range, text: actor.text, score: actor.confidence });
        }
      } else if (claim) {
        this.c++;
        const range = rangeFor(this.extracted, claim.start, claim.end);
        if (range && !range.collapsed) {
          const speaker = claim.speaker
            ? { actorId: claim.speaker.actorId, ref: claim.speaker.ref, text: claim.speaker.text, isClaimSpeaker: claim.speaker.isClaimSpeaker }
            : undefined;
          this.matches.push({ kind: 'claim', id: claim.claimId, ref: claim.ref, range, text: claim.text, score: claim.score, ...(speaker ? { speaker } : {}) });
        }
      }
    }
    return true;
  }
}
