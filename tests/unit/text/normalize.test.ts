import { describe, expect, it } from 'vitest';
import { foldString, normalize, toOriginal } from '../../../lib/text/normalize';

/** The original slice behind each normalised character range. */
function back(input: string, start: number, end: number): string {
  const nt = normalize(input);
  const o = toOriginal(nt, start, end);
  return input.slice(o.start, o.end);
}

describe('normalize', () => {
  it('folds case and diacritics', () => {
    expect(foldString('Élysée ÇA Ñandú Größe')).toBe('elysee ca nandu grosse');
  });

  it('keeps й and ї, folds ё to е, final sigma to sigma', () => {
    expect(foldString('Йосип Їжак Ёлка')).toBe('йосип їжак елка');
    expect(foldString('ΛΌΓΟΣ λόγος')).toBe('λογοσ λογοσ');
  });

  it('unifies apostrophes, quotes and dashes', () => {
    expect(foldString('Russia’s ‘plan’ – “now” — «да» ʼ')).toBe('russia\'s \'plan\' - "now" - "да" \'');
  });

  it('applies NFKC (ligatures, full-width, math letters)', () => {
    expect(foldString('ﬁne ＡＢＣ 𝐍𝐀𝐓𝐎')).toBe('fine abc nato');
  });

  it('drops soft hyphens and zero-width characters and maps offsets around them', () => {
    const input = 'Selen\u00ADskyj and Ze\u200Blen\u200Dsky';
    const nt = normalize(input);
    expect(nt.text).toBe('selenskyj and zelensky');
    // "selenskyj" covers the soft hyphen in the original
    expect(back(input, 0, 9)).toBe('Selen\u00ADskyj');
    const z = nt.text.indexOf('zelensky');
    expect(back(input, z, z + 8)).toBe('Ze\u200Blen\u200Dsky');
  });

  it('maps emoji (surrogate pairs) and following text back to UTF-16 offsets', () => {
    const input = '👍🏽 Lavrov 👨‍👩‍👧 Putin';
    const nt = normalize(input);
    const l = nt.text.indexOf('lavrov');
    expect(back(input, l, l + 6)).toBe('Lavrov');
    const p = nt.text.indexOf('putin');
    expect(back(input, p, p + 5)).toBe('Putin');
    expect(toOriginal(nt, p, p + 5).start).toBe(input.indexOf('Putin'));
  });

  it('absorbs combining marks into the previous letter', () => {
    const input = 'Cafe\u0301 Zelens\u030Cky';
    const nt = normalize(input);
    expect(nt.text).toBe('cafe zelensky');
    expect(back(input, 0, 4)).toBe('Cafe\u0301');
    expect(back(input, 5, 13)).toBe('Zelens\u030Cky');
  });

  it('recomposes decomposed й and ї', () => {
    expect(foldString('Андрии\u0306 Киі\u0308в')).toBe('андрий київ');
  });

  it('maps expansions (ß → ss, … → ...) to the same original character', () => {
    const input = 'Straße…';
    const nt = normalize(input);
    expect(nt.text).toBe('strasse...');
    expect(back(input, 0, 7)).toBe('Straße');
    expect(toOriginal(nt, 4, 5)).toEqual({ start: 4, end: 5 });
  });

  it('folds a short string to the text normalize gives it, without its maps', () => {
    // (foldString folds names and words by the hundred on every page, by steps of its own: held to normalize's output)
    const samples = [
      'Élysée ÇA Ñandú Größe',
      'Андрии\u0306 Киі\u0308в и\u0306',
      '\u0301Cafe\u0301\u0301 x\u20d0 \u1ab0y',
      'Straße… ﬁnancé ＡＢＣ',
      'Zelens\u030Cky 😀 \u{1D400}bc \uFE0F\u200Bz',
      'ΛΌΓΟΣ ς Ё ẞ',
      'a\u00ADb\u00A0c\u2028d',
      '\uD800 lone surrogate \uDC00',
      'x'.repeat(70) + 'é' + 'Ж'.repeat(90),
    ];
    for (const s of samples) expect(foldString(s)).toBe(normalize(s).text);
  });
});
