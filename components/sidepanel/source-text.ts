/**
 * The source view's text: a whole source document cut into paragraphs and
 * segments, with the claim's supporting sentences marked. Pure, so the panel
 * renders plain text nodes and <mark> elements, never HTML from data.
 */
import type { Evidence } from '@/lib/kb/types';

export interface Span {
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  /** UTF-16 offset of the segment in the source text */
  start: number;
  marked: boolean;
}

export interface Paragraph {
  start: number;
  segments: Segment[];
}

/**
 * Where a piece of evidence sits in its source: its offsets when they still
 * hold the evidence's text, else the first place the text occurs (the source
 * was edited), else null.
 */
export function locateEvidence(sourceText: string, evidence: Pick<Evidence, 'start' | 'end' | 'text'>): Span | null {
  const { start, end, text } = evidence;
  if (
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    end > start &&
    end <= sourceText.length &&
    sourceText.slice(start, end) === text
  ) {
    return { start, end };
  }
  if (!text) return null;
  const found = sourceText.indexOf(text);
  if (found >= 0) return { start: found, end: found + text.length };
  // Spacing may differ (a re-flowed document): match the words, whatever the whitespace between them.
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
  const match = pattern.exec(sourceText);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/** Sorted, clipped to the text, overlapping or touching spans merged. */
export function normaliseSpans(spans: readonly Span[], length: number): Span[] {
  const clipped = spans
    .map((s) => ({ start: Math.max(0, Math.min(length, s.start)), end: Math.max(0, Math.min(length, s.end)) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of clipped) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * The text as paragraphs (split at line breaks; blank lines dropped), each a
 * run of segments alternating between plain and marked. A mark that spans a
 * line break is marked in both paragraphs. Concatenating a paragraph's
 * segments gives back its line of the source exactly.
 */
export function sourceParagraphs(text: string, marks: readonly Span[]): Paragraph[] {
  const spans = normaliseSpans(marks, text.length);
  const paragraphs: Paragraph[] = [];
  const lineBreak = /\r?\n|\r/g;
  let lineStart = 0;
  const pushLine = (start: number, end: number) => {
    if (text.slice(start, end).trim() === '') return;
    const segments: Segment[] = [];
    let at = start;
    for (const span of spans) {
      if (span.end <= start || span.start >= end) continue;
      const from = Math.max(span.start, start);
      const to = Math.min(span.end, end);
      if (from > at) segments.push({ text: text.slice(at, from), start: at, marked: false });
      segments.push({ text: text.slice(from, to), start: from, marked: true });
      at = to;
    }
    if (at < end) segments.push({ text: text.slice(at, end), start: at, marked: false });
    paragraphs.push({ start, segments });
  };
  for (let match = lineBreak.exec(text); match; match = lineBreak.exec(text)) {
    pushLine(lineStart, match.index);
    lineStart = match.index + match[0].length;
  }
  pushLine(lineStart, text.length);
  return paragraphs;
}
