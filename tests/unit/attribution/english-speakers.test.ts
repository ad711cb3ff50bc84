import { describe, it } from 'vitest';
import { check, statementWith } from './helpers';

/** Who "he", "she", a title or a surname is, in English copy the rules were not written from. */
describe('English speaker resolution', () => {
  it('an English woman’s name that does not end in -a is a woman for "she"', () => {
    const text =
      'Opposition leader Maria Costa called the budget a betrayal of rural towns.\n\n' +
      'Union leader Karen Holt, who represents 40,000 care workers, welcomed the extra funding on Tuesday.\n\n' +
      '“This is the first budget in a decade that takes care homes seriously,” she said.';
    check(statementWith(text, 'care homes seriously'), { speaker: 'she', name: 'Karen Holt' });
  });
});
