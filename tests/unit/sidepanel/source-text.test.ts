// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { locateEvidence, normaliseSpans, sourceParagraphs } from '../../../components/sidepanel/source-text';

const TEXT = 'Title line\n\nLavrov said Russia is ready. He added more.\nSecond paragraph here.\n';

describe('locateEvidence', () => {
  it('uses the offsets when they still hold the text', () => {
    const start = TEXT.indexOf('Russia is ready');
    expect(locateEvidence(TEXT, { start, end: start + 15, text: 'Russia is ready' })).toEqual({ start, end: start + 15 });
  });
  it('finds the text again when the offsets went stale, whatever the spacing', () => {
    const start = TEXT.indexOf('He added');
    expect(locateEvidence(TEXT, { start: 0, end: 8, text: 'He added more.' })).toEqual({ start, end: start + 14 });
    expect(locateEvidence(TEXT, { start: 900, end: 990, text: 'He  added\nmore.' })).toEqual({ start, end: start + 14 });
  });
  it('returns null when the sentence is gone', () => {
    expect(locateEvidence(TEXT, { start: 0, end: 5, text: 'Not in it' })).toBeNull();
    expect(locateEvidence(TEXT, { start: 0, end: 0, text: '' })).toBeNull();
  });
});

describe('normaliseSpans', () => {
  it('sorts, clips and merges overlapping spans', () => {
    expect(normaliseSpans([{ start: 8, end: 30 }, { start: -4, end: 3 }, { start: 2, end: 5 }, { start: 25, end: 40 }, { start: 9, end: 9 }], 35)).toEqual([
      { start: 0, end: 5 },
      { start: 8, end: 35 },
    ]);
  });
});

describe('sourceParagraphs', () => {
  it('cuts the document into its lines, dropping blank ones, with the evidence marked', () => {
    const start = TEXT.indexOf('Russia is ready.');
    const paragraphs = sourceParagraphs(TEXT, [{ start, end: start + 16 }]);
    expect(paragraphs.map((p) => p.segments.map((s) => [s.text, s.marked]))).toEqual([
      [['Title line', false]],
      [
        ['Lavrov said ', false],
        ['Russia is ready.', true],
        [' He added more.', false],
      ],
      [['Second paragraph here.', false]],
    ]);
    expect(paragraphs[1].segments[1].start).toBe(start);
  });

  it('marks a sentence that spans a line break in both paragraphs', () => {
    const start = TEXT.indexOf('more.');
    const end = TEXT.indexOf(' here');
    const marked = sourceParagraphs(TEXT, [{ start, end }]).flatMap((p) => p.segments.filter((s) => s.marked).map((s) => s.text));
    expect(marked).toEqual(['more.', 'Second paragraph']);
  });

  it('handles CRLF and a text without marks', () => {
    expect(sourceParagraphs('a\r\nb', []).map((p) => p.segments)).toEqual([
      [{ text: 'a', start: 0, marked: false }],
      [{ text: 'b', start: 3, marked: false }],
    ]);
  });

  it('always gives back every non-blank line exactly, and marks exactly the marked characters', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '.'), maxLength: 60 }),
        fc.array(fc.tuple(fc.integer({ min: -5, max: 70 }), fc.integer({ min: 0, max: 20 })), { maxLength: 4 }),
        (text, raw) => {
          const spans = raw.map(([start, length]) => ({ start, end: start + length }));
          const paragraphs = sourceParagraphs(text, spans);
          const lines = text.split(/\r?\n|\r/).filter((line) => line.trim() !== '');
          expect(paragraphs.map((p) => p.segments.map((s) => s.text).join(''))).toEqual(lines);
          for (const p of paragraphs) {
            for (const s of p.segments) {
              expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
              for (let i = s.start; i < s.start + s.text.length; i++) {
                const inSpan = spans.some((span) => i >= span.start && i < span.end);
                expect(inSpan).toBe(s.marked);
              }
            }
          }
        },
      ),
    );
  });
});
