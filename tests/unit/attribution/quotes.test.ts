import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../lib/attribution/quotes';

const inner = (text: string) => findQuotes(text).map((q) => text.slice(q.innerStart, q.innerEnd));

describe('quotation marks', () => {
  it.each([
    ['English “…”', 'He said: “We will not retreat.” Then he left.', 'We will not retreat.'],
    ['straight "…"', 'He said: "We will not retreat." Then he left.', 'We will not retreat.'],
    ['German „…“', 'Er sagte: „Wir weichen nicht zurück.“ Dann ging er.', 'Wir weichen nicht zurück.'],
    ['Polish „…”', 'Powiedział: „Nie cofniemy się”. Potem wyszedł.', 'Nie cofniemy się'],
    ['French « … »', 'Il a dit : « Nous ne reculerons pas. » Puis il est parti.', ' Nous ne reculerons pas. '],
    ['Russian «…»', 'Он сказал: «Мы не отступим». Потом ушел.', 'Мы не отступим'],
    ['reversed »…«', 'Er sagte: »Wir weichen nicht zurück.« Dann ging er.', 'Wir weichen nicht zurück.'],
    ['single ‘…’', 'The sign read ‘No entry for anyone’ in red.', 'No entry for anyone'],
    ['guillemets ‹…›', 'Il a dit : ‹ Jamais plus ›.', ' Jamais plus '],
    ["NYT ''…''", "''We will win,'' he said.", 'We will win,'],
  ])('%s', (_name, text, want) => {
    expect(inner(text)).toContain(want);
  });

  it("NYT '''…: a single quote and the double quote around it close together, the single first", () => {
    const text = "''It all started when the story ran on 'Morning Report,''' said Tom Vale.";
    const outer = findQuotes(text).find((q) => q.depth === 0)!;
    expect(text.slice(outer.start, outer.end)).toBe("''It all started when the story ran on 'Morning Report,'''");
    expect(inner(text)).toContain('Morning Report,');
  });

  it('an apostrophe is not a quotation mark', () => {
    expect(findQuotes('Ukraine’s president and the allies’ plan were discussed.')).toEqual([]);
    expect(findQuotes("Ukraine's president rejected the plan.")).toEqual([]);
  });

  it.each([
    ['en', '“We will stay.\n\n“And we will win,” he said.', '“We will stay.\n\n“And we will win,”'],
    ['de', '„Wir bleiben.\n\n„Und wir gewinnen“, sagte er.', '„Wir bleiben.\n\n„Und wir gewinnen“'],
    ['es', '«Nos quedamos.\n\n«Y vamos a ganar», dijo.', '«Nos quedamos.\n\n«Y vamos a ganar»'],
  ])('a quote over two paragraphs is one quote (%s)', (_lang, text, span) => {
    const q = findQuotes(text).filter((x) => x.depth === 0);
    expect(q.map((x) => text.slice(x.start, x.end))).toEqual([span]);
  });

  it.each([
    ['en', 'He said: “We will stay whatever happens\nThe talks resume on Monday.', 'We will stay whatever happens'],
    ['fr', 'Il a dit : « Nous resterons quoi qu’il arrive\nLes pourparlers reprennent lundi.', ' Nous resterons quoi qu’il arrive'],
    ['ru', 'Он сказал: «Мы останемся при любом исходе\nПереговоры возобновятся в понедельник.', 'Мы останемся при любом исходе'],
  ])('a quote left open ends with its paragraph (%s)', (_lang, text, want) => {
    const q = findQuotes(text);
    expect(q.length).toBe(1);
    expect(q[0].closed).toBe(false);
    expect(text.slice(q[0].innerStart, q[0].innerEnd)).toBe(want);
  });

  it.each([
    ['en', '“He told us, ‘Never again,’ and left,” she said.', 'Never again,'],
    ['de', '„Er sagte: ‚Nie wieder‘, und ging“, sagte sie.', 'Nie wieder'],
    ['fr', '« Il nous a dit “Plus jamais” et il est parti », a-t-elle dit.', 'Plus jamais'],
    ['ru', '«Он сказал: „Больше никогда“ — и ушел», — сказала она.', 'Больше никогда'],
  ])('nested quotes (%s)', (_lang, text, want) => {
    const nested = findQuotes(text).filter((q) => q.depth === 1);
    expect(nested.map((q) => text.slice(q.innerStart, q.innerEnd))).toEqual([want]);
  });

  it.each([
    ['ru', '— Мы не отступим, — сказал министр. — Это наша позиция.', 'Мы не отступим, — сказал министр. — Это наша позиция.'],
    ['uk', '— Ми не відступимо, — сказав міністр.', 'Ми не відступимо'],
    ['pl', '— Nie cofniemy się – powiedział minister.', 'Nie cofniemy się'],
  ])('dash-introduced direct speech (%s)', (_lang, text, want) => {
    const q = findQuotes(text).filter((x) => x.dash);
    expect(q.map((x) => text.slice(x.start, x.end))).toEqual([want]);
    expect(q[0].insertions.length).toBeGreaterThan(0);
  });

  it('a list item opened by a dash is not speech', () => {
    expect(findQuotes('— первый пункт повестки\n— второй пункт повестки').filter((q) => q.dash)).toEqual([]);
  });
});
