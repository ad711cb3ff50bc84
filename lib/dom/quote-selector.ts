/**
 * Describes where a quote sits in a page so it can be found again on a later
 * visit: a W3C Web Annotation TextQuoteSelector (the words and some context
 * either side) and a TextPositionSelector, both over the text extracted by
 * text-walker.ts, the same text every later visit anchors in.
 */
import type { QuoteSelector } from '../db/records';
import { offsetInside, rangeFor, sourceLength, type ExtractedText } from './text-walker';
import { anchorQuote } from '../anchor/match-quote';

export const CONTEXT_CHARS = 32;

/** The extracted-text offset of a DOM boundary point, or null when that point is not in the text. */
export function offsetOf(extracted: ExtractedText, container: Node, offset: number): number | null {
  const { nodes, starts } = extracted;
  if (container.nodeType === 3) {
    const i = nodes.indexOf(container as Text);
    if (i !== -1) return starts[i]! + Math.min(offset, (container as Text).data.length);
  }
  // Inside an element read whole (text-walker.ts), counted in its text.
  for (let i = 0; i < nodes.length; i++) {
    const source = nodes[i]!;
    if (source.nodeType !== 1) continue;
    const inside = offsetInside(source as Element, container, offset);
    if (inside !== null) return starts[i]! + inside;
  }
  if (container.nodeType === 3) return null;
  // A boundary between children: the first text source at or after it.
  const doc = container.ownerDocument ?? (container as Document);
  const point = doc.createRange();
  point.setStart(container, offset);
  for (let i = 0; i < nodes.length; i++) {
    if (point.comparePoint(nodes[i]!, 0) >= 0) return starts[i]!;
  }
  return nodes.length ? starts.at(-1)! + sourceLength(nodes.at(-1)!) : null;
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
