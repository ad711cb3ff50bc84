import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchText } from '../../../lib/content/chunked-match';
import { compileIndex } from '../../../lib/match/compile';
import { createMatcher } from '../../../lib/match/matcher';
import { loadSeedKnowledgeBase } from '../../../seeds/node';
import { fuzzParams } from '../../fuzz-runs';

const matcher = createMatcher(compileIndex(loadSeedKnowledgeBase()));

/** Text that mixes names the KB knows, odd Unicode and punctuation. */
const pieces = fc.oneof(
  fc.constantFrom(
    'Lavrov', 'Лавров', 'Зеленского', 'Selenskyj', 'Trump', 'trump card', 'Washington Post', 'U.S.', 'Kyiv', 'Moscow',
    'security guarantees', 'peacekeepers', 'не', 'not', '’s', "'s", '\u00AD', '\u200D', '\u200B', '\u0301', '\uFEFF',
    '👩‍👩‍👧', '🇺🇦', 'ﬁ', 'İ', 'ß', 'ǅ', 'עברית', 'العربية', 'Ελλάδα', '\n', '. ', '! ', '? ', '“', '”', '«', '»', '—',
  ),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const texts = fc.array(pieces, { maxLength: 60 }).map((parts) => parts.join(' '));

describe('the matcher on random text', () => {
  it('never throws, and every match points at text inside the input', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const found = matcher.scan(text);
        for (const m of found.actors) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.start).toBeLessThan(m.end);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.confidence).toBeGreaterThan(0);
          expect(m.confidence).toBeLessThanOrEqual(1);
        }
        for (let i = 1; i < found.actors.length; i++) {
          expect(found.actors[i]!.start).toBeGreaterThanOrEqual(found.actors[i - 1]!.end);
        }
        for (const c of found.claims) {
          expect(c.start).toBeGreaterThanOrEqual(0);
          expect(c.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(c.start, c.end)).toBe(c.text);
          expect(c.score).toBeGreaterThanOrEqual(0);
          expect(c.score).toBeLessThanOrEqual(1);
        }
      }),
      fuzzParams,
    );
  });

  it('finds the same matches in chunks as the content script does', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const chunked = matchText(text, matcher);
        for (const m of chunked.actors) expect(text.slice(m.start, m.end)).toBe(m.text);
      }),
      fuzzParams,
    );
  });
});
