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
    expect(anchorQuote(page, selector)).toEqual({ start: selector.start, end: selector.end, changed: false });
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

describe('anchorQuote after the quote itself was edited', () => {
  const article = [
    'KYIV, May 2 (Newswire) - Ukraine said on Friday it had struck an oil depot in the Bryansk region overnight.',
    'The defence ministry said the strike used long-range drones built in Ukraine, and that the depot supplied Russian units in the north.',
    'Russia said its air defences had shot down 23 drones over the Bryansk region overnight.',
    'The defence ministry said the strike used long-range missiles supplied by allies, and that the depot was destroyed.',
  ].join('\n');
  const quote = 'The defence ministry said the strike used long-range drones built in Ukraine, and that the depot supplied Russian units in the north.';

  it('finds a quote whose typo was fixed, and says its words changed', () => {
    const withTypo = article.replace('built in', 'biult in');
    const selector = saveAt(withTypo, quote.replace('built in', 'biult in'));
    const found = anchorQuote(article, selector)!;
    expect(article.slice(found.start, found.end)).toBe(quote);
    expect(found.changed).toBe(true);
  });

  it('follows a replaced word, with the page’s words, and marks it changed', () => {
    const selector = saveAt(article, quote);
    const edited = article.replace('units in the north', 'units in the east');
    const found = anchorQuote(edited, selector)!;
    expect(edited.slice(found.start, found.end)).toBe(quote.replace('north', 'east'));
    expect(found.changed).toBe(true);
  });

  it('leaves a deleted quote as an orphan rather than pinning it on the similar sentence below', () => {
    const selector = saveAt(article, quote);
    const edited = article.replace(`${quote}\n`, '');
    expect(anchorQuote(edited, selector)).toBeNull();
  });
});

describe('anchorQuote far from where the quote was saved', () => {
  const entry = (i: number) =>
    `${String(9 + (i % 12)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')} - Update ${i}: the regional ` +
    `governor said ${i + 3} villages had been evacuated overnight and that emergency crews were working to restore power.\n`;
  const quote = 'The foreign ministry said the ambassador had been summoned to explain remarks made during the weekend rally.';
  const blog = [entry(1), entry(2), `Earlier today: ${quote} Officials declined to comment further.\n`, entry(3)].join('');

  it('finds an edited quote after many entries were added above it, beyond the near window', () => {
    const selector = saveAt(blog, quote);
    const added = Array.from({ length: 80 }, (_, i) => entry(100 + i)).join('');
    const edited = quote.replace('summoned', 'called in');
    const page = added + blog.replace(quote, edited);
    expect(added.length).toBeGreaterThan(10_000);
    const found = anchorQuote(page, selector)!;
    expect(page.slice(found.start, found.end)).toBe(edited);
    expect(found.changed).toBe(true);
  });

  it('leaves it an orphan when it was deleted there, however many similar entries the page has', () => {
    const selector = saveAt(blog, quote);
    const added = Array.from({ length: 80 }, (_, i) => entry(100 + i)).join('');
    expect(anchorQuote(added + blog.replace(quote, ''), selector)).toBeNull();
  });
});
