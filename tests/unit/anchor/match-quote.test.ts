import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../../../lib/anchor/match-quote';
import { describeSpan } from '../../../lib/dom/quote-selector';

function saveAt(text: string, quote: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  return describeSpan(text, start, start + quote.length);
}

describe('anchorQuote', () => {
  const page = 'Intro. Lavrov rejected peacekeepers. Middle part. Lavrov rejected peacekeepers. End.';

  it('uses the recorded position while it still holds the words', () => {
    const selector = saveAt(page, 'Lavrov rejected peacekeepers.', 1);
    expect(anchorQuote(page, selector)).toEqual({ start: selector.start, end: selector.end });
  });

  it('follows the quote when text is added before it', () => {
    const selector = saveAt(page, 'Lavrov rejected peacekeepers.', 1);
    const changed = 'UPDATE: a new first paragraph. ' + page;
    const found = anchorQuote(changed, selector)!;
    expect(changed.slice(found.start, found.end)).toBe('Lavrov rejected peacekeepers.');
    expect(changed.slice(found.start - 13, found.start)).toBe('Middle part. ');
  });

  it('tells two identical sentences apart by their context', () => {
    const selector = saveAt(page, 'Lavrov rejected peacekeepers.', 0);
    const changed = page.replace('Intro.', 'A much longer introduction.');
    const found = anchorQuote(changed, selector)!;
    expect(changed.slice(found.start - 28, found.start)).toBe('A much longer introduction. ');
  });

  it('survives changed spacing and quote marks', () => {
    const text = 'He called them "legitimate targets" for the army.';
    const selector = saveAt(text, 'called them "legitimate targets"');
    const changed = 'Now: He  called them “legitimate   targets” for the army.';
    const found = anchorQuote(changed, selector)!;
    expect(changed.slice(found.start, found.end)).toBe('called them “legitimate   targets”');
  });

  it('finds nothing when the words are gone, and never anchors an empty quote', () => {
    const selector = saveAt(page, 'Lavrov rejected peacekeepers.');
    expect(anchorQuote('Entirely different text.', selector)).toBeNull();
    expect(anchorQuote(page, { exact: '', prefix: '', suffix: '', start: 0, end: 0 })).toBeNull();
  });
});
