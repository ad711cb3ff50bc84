/**
 * Scans one region of the page (the whole body, or a part that changed) in
 * slices: read its text, match it chunk by chunk, turn matches into live
 * Ranges. Each phase's busy time is recorded as a User Timing measure
 * (`newsmark:extract`, `newsmark:match`; the caller adds `newsmark:highlight`).
 */
import { rangeFor, TextExtractor, type ExtractOptions } from '../dom/text-walker';
import type { Matcher } from '../match/types';
import { ChunkedMatch } from './chunked-match';
import type { LiveMatch } from './page-matches';
import type { SliceClock } from './slices';
import { runSliced, sliceClock } from './slices';

/** Pages with more text than this are read up to here: nobody reads further in one sitting. */
export const MAX_SCANNED_CHARS = 5_000_000;

export interface RegionScan {
  matches: LiveMatch[];
  textLength: number;
  extractMs: number;
  matchMs: number;
}

export interface RegionScanOptions extends Pick<ExtractOptions, 'isHidden'> {
  threshold?: number;
  isCancelled?: () => boolean;
}

export function measureSpan(name: string, start: number, end: number, busyMs: number): void {
  try {
    performance.measure(name, { start, end, detail: { busyMs } });
  } catch {
    // A page can break `performance`; timings are a courtesy, not a need.
  }
}

export async function scanRegion(root: Node, matcher: Matcher, options: RegionScanOptions = {}): Promise<RegionScan | null> {
  const isCancelled = options.isCancelled ?? (() => false);

  // 1. Read the text.
  const extractStart = performance.now();
  const extractor = new TextExtractor(root, { isHidden: options.isHidden, maxLength: MAX_SCANNED_CHARS });
  const extractClock = sliceClock();
  if (!(await runSliced((clock) => extractor.run(() => clock.shouldYield()), extractClock, isCancelled))) return null;
  const extracted = extractor.result();
  const extractMs = extractClock.busyMs();
  measureSpan('newsmark:extract', extractStart, performance.now(), extractMs);

  // 2. Match it, chunk by chunk.
  const matchStart = performance.now();
  const chunked = new ChunkedMatch(extracted.text, matcher, options.threshold === undefined ? {} : { threshold: options.threshold });
  const matchClock = sliceClock();
  const matched = await runSliced((clock: SliceClock) => chunked.step(() => clock.shouldYield()), matchClock, isCancelled);
  if (!matched) return null;
  const matchMs = matchClock.busyMs();
  measureSpan('newsmark:match', matchStart, performance.now(), matchMs);

  // 3. Offsets become live ranges (cheap: a binary search each).
  const matches: LiveMatch[] = [];
  const found = chunked.result;
  for (const a of found.actors) {
    const range = rangeFor(extracted, a.start, a.end);
    if (range && !range.collapsed) {
      matches.push({ kind: 'actor', id: a.actorId, ref: a.ref, range, text: a.text, score: a.confidence });
    }
  }
  for (const c of found.claims) {
    const range = rangeFor(extracted, c.start, c.end);
    if (range && !range.collapsed) {
      const speaker = c.speaker
        ? { actorId: c.speaker.actorId, ref: c.speaker.ref, text: c.speaker.text, isClaimSpeaker: c.speaker.isClaimSpeaker }
        : undefined;
      matches.push({ kind: 'claim', id: c.claimId, ref: c.ref, range, text: c.text, score: c.score, ...(speaker ? { speaker } : {}) });
    }
  }
  return { matches, textLength: extracted.text.length, extractMs, matchMs };
}
