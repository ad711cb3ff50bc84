/**
 * One scan of a document: extract the text a reader reads, match it, and
 * measure each step with User Timing (`newsmark:extract`, `newsmark:match`).
 */
import { extractText, type ExtractedText } from '../dom/text-walker';
import type { Matcher, ScanResult } from '../match/types';
import type { ScanTimings } from '../report';

export interface DocumentScan {
  extracted: ExtractedText;
  result: ScanResult;
  timings: ScanTimings;
}

/** Pages of several megabytes of text are cut here: the reader never reads that far in one go. */
export const MAX_SCANNED_CHARS = 5_000_000;

function measure<T>(name: string, work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  const end = performance.now();
  try {
    performance.measure(name, { start, end });
  } catch {
    // A page may replace `performance`; timings are a courtesy, not a need.
  }
  return { value, ms: end - start };
}

export function isHiddenByStyle(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') return !check.call(element, { visibilityProperty: false });
  return false;
}

export function scanDocument(
  root: Node,
  matcher: Matcher,
  options: { threshold?: number; isHidden?: (element: Element) => boolean } = {},
): DocumentScan {
  const started = performance.now();
  const extraction = measure('newsmark:extract', () =>
    extractText(root, { isHidden: options.isHidden, maxLength: MAX_SCANNED_CHARS }),
  );
  const matching = measure('newsmark:match', () =>
    matcher.scan(extraction.value.text, options.threshold === undefined ? {} : { threshold: options.threshold }),
  );
  return {
    extracted: extraction.value,
    result: matching.value,
    timings: {
      extractMs: extraction.ms,
      matchMs: matching.ms,
      totalMs: performance.now() - started,
    },
  };
}
