/**
 * A whole document scanned in one go, for the scanner CLI and tests: the
 * same extraction and the same chunked matching as the content script's
 * sliced scan (region-scan.ts), without the yielding.
 */
import { extractText, type ExtractedText } from '../dom/text-walker';
import type { Matcher, ScanResult } from '../match/types';
import { matchText } from './chunked-match';
import { MAX_SCANNED_CHARS } from './region-scan';

export interface DocumentScan {
  extracted: ExtractedText;
  result: ScanResult;
}

export function scanDocument(
  root: Node,
  matcher: Matcher,
  options: { threshold?: number; isHidden?: (element: Element) => boolean } = {},
): DocumentScan {
  const extracted = extractText(root, { isHidden: options.isHidden, maxLength: MAX_SCANNED_CHARS });
  const result = matchText(extracted.text, matcher, options.threshold === undefined ? {} : { threshold: options.threshold });
  return { extracted, result };
}
