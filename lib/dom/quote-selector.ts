/**
 * Describes where a quote sits in a page so it can be found again on a later
 * visit: a W3C Web Annotation TextQuoteSelector (the words and some context
 * either side) and a TextPositionSelector, both over the text extracted by
 * text-walker.ts, the same text every later visit anchors in.
 */
import type { QuoteSelector } from '../db/records';
import { rangeFor, type ExtractedText } from './text-walker';
import { anchorQuote } from '../anchor/match-quote';

export const CONTEXT_CHARS = 32;

/** The extracted-text offset of a DOM boundary point, or null when that point is not in the text. */
export function offsetOf(extracted: ExtractedText, container: Node, offset: number): number | null {
  if (container.nodeType === 3) {
    const i = extracted.nodes.indexOf(container as Text);
    return i === -1 ? null : extracted.starts[i]! + Math.min(offset, (container as Text).data.length);
  }
  // A boundary between children: the first text node at or after it.
  const doc = container.ownerDocument ?? (container as Document);
  const point = doc.createRange();
  point.setStart(container, offset);
  for (let i = 0; i < extracted.nodes.length; i++) {
    const node = extracted.nodes[i]!;
    if (point.comparePoint(node, 0) >= 0) return extracted.starts[i]!;
  }
  return extracted.nodes.length ? extracted.starts.at(-1)! + extracted.nodes.at(-1)!.data.length : null;
}

export function describeRange(range: Range, extracted: ExtractedText): QuoteSelector | null {
  const start = offsetOf(extracted, range.startContainer, range.startOffset);
  const end = offsetOf(extracted, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return describeSpan(extracted.text, start, end);
}

export function describeSpan(text: string, start: number, end: number): QuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
    start,
    end,
  };
}

/** The saved quote's range in this page, if it can be found. */
export function anchorRange(extracted: ExtractedText, selector: QuoteSelector): Range | null {
  const found = anchorQuote(extracted.text, selector);
  return found ? rangeFor(extracted, found.start, found.end) : null;
}
