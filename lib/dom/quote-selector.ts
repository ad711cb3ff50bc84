/**
 * Describes where a quote sits in a page so it can be found again on a later
 * visit, as a W3C Web Annotation TextQuoteSelector (the words and some
 * context either side) plus a TextPositionSelector (offsets in the root's text).
 */
import type { QuoteSelector } from '../db/records';

export const CONTEXT_CHARS = 32;

export function describeRange(range: Range, root: Node): QuoteSelector {
  const doc = root.ownerDocument ?? (root as Document);
  const before = doc.createRange();
  before.selectNodeContents(root);
  before.setEnd(range.startContainer, range.startOffset);
  const after = doc.createRange();
  after.selectNodeContents(root);
  after.setStart(range.endContainer, range.endOffset);
  const prefixText = before.toString();
  const exact = range.toString();
  return {
    exact,
    prefix: prefixText.slice(-CONTEXT_CHARS),
    suffix: after.toString().slice(0, CONTEXT_CHARS),
    start: prefixText.length,
    end: prefixText.length + exact.length,
  };
}
