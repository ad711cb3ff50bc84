/**
 * Patterns of English news copy (wire and newspaper style) for quotes and
 * their speakers. Our own sentences, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { check, statements, statementWith } from './helpers';

describe('a speaker described before the name, after the cue', () => {
  it.each([
    ['“It is far too early to tell,” said a former senior police official.', 'too early', 'former senior police official'],
    ['“We will hold the seat,” said retired teacher Anne Lowell of Dover.', 'hold the seat', 'retired teacher Anne Lowell of Dover'],
    ['“Turnout decides this one,” said pollster Frank Bell.', 'Turnout', 'pollster Frank Bell'],
  ])('%s', (text, words, speaker) => {
    check(statementWith(text, words), { kind: 'direct', speaker });
  });

  it('a preposition after the cue names nobody', () => {
    const s = statements('“The vote was close,” said on Sunday the county clerk.');
    expect(s.some((x) => x.speaker?.text.startsWith('on'))).toBe(false);
  });
});
