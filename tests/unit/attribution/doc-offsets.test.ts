import { describe, expect, it } from 'vitest';
import { GAP_BREAK, GAP_COLON, GAP_COMMA, bracketDash, dashBefore, gapBefore, gapBreaks, gapFlags, gapHolds, gapIsMark, gapLastVisible, isDash, isRole, makeDoc, tokenAtOrAfter, tokenBefore } from '../../../lib/attribution/doc';
import { segment } from '../../../lib/text/segment';

/** The definitions, read token by token. */
function firstAtOrAfter(ts: Int32Array, n: number, pos: number): number {
  let k = 0;
  while (k < n && ts[k] < pos) k++;
  return k;
}
function lastEndingBy(te: Int32Array, n: number, pos: number): number {
  let k = -1;
  while (k + 1 < n && te[k + 1] <= pos) k++;
  return k;
}

describe('token of an offset (tokenAtOrAfter, tokenBefore)', () => {
  // long words that run over the 64-character buckets the search starts from, combining marks, a dotted acronym,
  // a run of spaces with no token, and a text that ends in punctuation
  const text =
    'WASHINGTON (Reuters) — The U.S. Treasury Department said on Tuesday that Donaudampfschifffahrtsgesellschaftskapitän ' +
    'Zoë Müller-Lüdenscheidt, 47, “will not attend”.' +
    ' '.repeat(150) +
    '«Ми не погодимося на це», — заявив міністр Андрій Кравчук журналістам у Києві. Pneumonoultramicroscopicsilicovolcanoconiosis!';

  it('answers as a search of every token would, at every offset and beyond both ends', () => {
    const d = makeDoc(text, segment(text));
    expect(d.n).toBeGreaterThan(30);
    for (let pos = -3; pos <= text.length + 3; pos++) {
      expect(tokenAtOrAfter(d, pos)).toBe(firstAtOrAfter(d.ts, d.n, pos));
      expect(tokenBefore(d, pos)).toBe(lastEndingBy(d.te, d.n, pos));
    }
  });

  it('answers on a text with no token and on an empty one', () => {
    for (const t of ['', ' — … — ']) {
      const d = makeDoc(t, segment(t));
      for (let pos = -1; pos <= t.length + 1; pos++) {
        expect(tokenAtOrAfter(d, pos)).toBe(0);
        expect(tokenBefore(d, pos)).toBe(-1);
      }
    }
  });
});

describe('role nouns (isRole), read with the lexicon in one table', () => {
  it('are the same words after the table fills with other words', () => {
    const text = 'The minister and the ministra met the spokesman, the Regierungssprecher and the pastry cook.';
    const roles = (t: string) => {
      const d = makeDoc(t, segment(t));
      return Array.from({ length: d.n }, (_, k) => k).filter((k) => isRole(d, k)).map((k) => d.keys[k]);
    };
    const before = roles(text);
    expect(before).toEqual(['minister', 'ministra', 'spokesman', 'regierungssprecher']);
    // (words the role prefilter lets through, "minis…", "press…", "spoke…", enough to fill the table's room many times)
    const filler = Array.from({ length: 20_000 }, (_, i) => `minis${i.toString(36)} press${i.toString(36)}`).join(' ');
    roles(filler);
    expect(roles(text)).toEqual(before);
    expect(roles(`${filler} ${text}`).slice(-4)).toEqual(before);
  });
});

describe('a dash that sets off an incise before a token (dashBefore)', () => {
  it('answers as the pattern it stands for, tested on the gap, before every token and after the last', () => {
    // dashes with and without a space before or after, spaces of other kinds (no-break, thin, ideographic, a line break),
    // a dash that opens the text, a hyphen, and gaps that end in a dash with the text
    const text =
      '— Rosja – dodał – przekazała —plan, a\u00a0— b \u2009—\u3000c –\nd -- e - f ‒ g — — h;—  i  ,— j\t—\u00a0\u00a0 k' +
      ' Russia, he added — had … l –';
    const d = makeDoc(text, segment(text));
    expect(d.n).toBeGreaterThan(15);
    let yes = 0;
    for (let k = 0; k <= d.n; k++) {
      const pattern = /\s[\u2013\u2014]\s*$/.test(gapBefore(d, k));
      expect(dashBefore(d, k), `before token ${k}: ${JSON.stringify(gapBefore(d, k))}`).toBe(pattern);
      if (pattern) yes++;
    }
    expect(yes).toBeGreaterThan(5);
  });
});

describe('the tests of a gap read back from the text (afterDateline)', () => {
  it('answer as the patterns they stand for, tested on the gap, before every token and after the last', () => {
    // time stamps and datelines with colons, dashes and brackets, spaces of other kinds (no-break, thin, ideographic, a
    // line break), a gap that opens the text and one that ends it
    const text =
      '( 15h50 : Selon — 20h14 –\u00a0Bruno 14:05 - a:b Moskau (dpa) - Lousã, 14 ago 2025 (Lusa)\u2009— x (y)— z ) -w ' +
      'WASHINGTON\n— A — ( b )\t–\u3000c :: d -- e ;- f) g - :';
    const d = makeDoc(text, segment(text));
    expect(d.n).toBeGreaterThan(25);
    const seen = { mark: 0, dash: 0, bracket: 0, open: 0, space: 0 };
    for (let k = 0; k <= d.n; k++) {
      const gap = gapBefore(d, k);
      const at = `before token ${k}: ${JSON.stringify(gap)}`;
      const mark = /^\s*[:\u2014\u2013-]\s*$/.test(gap);
      const dash = /[\u2014\u2013-]\s*$/.test(gap);
      const bracket = /\)\s*[\u2014\u2013-]\s*$/.test(gap);
      const open = /\(/.test(gap);
      const space = /\s/.test(gap);
      expect(gapIsMark(d, k), at).toBe(mark);
      const e = gapLastVisible(d, k);
      expect(e >= 0 && isDash(text.charCodeAt(e)), at).toBe(dash);
      expect(e < 0 ? '' : text.slice(e, k < d.n ? d.ts[k] : text.length).trim(), at).toBe(e < 0 ? gap.trim() : gap.trim().slice(-1));
      expect(bracketDash(d, k), at).toBe(bracket);
      expect(gapHolds(d, k, 40), at).toBe(open);
      expect(gapHolds(d, k, -1), at).toBe(space);
      seen.mark += +mark;
      seen.dash += +dash;
      seen.bracket += +bracket;
      seen.open += +open;
      seen.space += +space;
    }
    for (const count of Object.values(seen)) expect(count).toBeGreaterThan(2);
  });
});

describe('what a gap holds (gapFlags, read by makeDoc for every gap)', () => {
  it('answers as the characters of the gap do, before every token and after the last', () => {
    // spaces, hyphens, apostrophes and the dots of initials (no break), commas, colons, brackets and dashes, in a gap
    // before the first token and after the last
    const text = ' « Jean-Luc O\u2019Neil, J. R. R. Tolkien: (a) b; c — d\u00a0e «f» g,: h ,\n\ni l\u2019homme …';
    const d = makeDoc(text, segment(text));
    expect(d.n).toBeGreaterThan(15);
    for (let k = 0; k <= d.n; k++) {
      const gap = gapBefore(d, k);
      const g = gapFlags(d, k);
      expect([(g & GAP_BREAK) !== 0, (g & GAP_COMMA) !== 0, (g & GAP_COLON) !== 0], JSON.stringify(gap)).toEqual([gapBreaks(gap), gap.includes(','), gap.includes(':')]);
    }
  });
});
