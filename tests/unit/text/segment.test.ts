import { describe, expect, it } from 'vitest';
import { segment, segmentWordsIntl, sentenceSpan, tokenSpan } from '../../../lib/text/segment';

const keys = (s: string) => segment(s).tokens.keys;
function sentences(s: string): string[] {
  const seg = segment(s);
  return seg.sentenceStart.map((_, i) => {
    const sp = sentenceSpan(s, seg, i);
    return s.slice(sp.start, sp.end);
  });
}

describe('tokenizer', () => {
  it('splits Latin, Cyrillic and Greek words like Intl.Segmenter does', () => {
    for (const t of ['Sergei Lavrov met envoys in Moscow on Thursday', 'Лавров заявил, что гарантии безопасности', 'Ο Λαβρόφ είπε ότι η Ρωσία']) {
      const seg = segment(t);
      expect(seg.tokens.keys).toEqual(segmentWordsIntl(seg.norm.text));
    }
  });

  it('strips possessives and keeps the mention span without them', () => {
    const t = 'Russia’s interests and Putin\'s envoys';
    const seg = segment(t);
    expect(seg.tokens.keys).toEqual(['russia', 'interests', 'and', 'putin', 'envoys']);
    const sp = tokenSpan(seg, 0);
    expect(t.slice(sp.start, sp.end)).toBe('Russia');
  });

  it('keeps inner apostrophes and removes French elision', () => {
    expect(keys("don't l'OTAN d'Ukraine qu'il п’ять")).toEqual(["don't", 'otan', 'ukraine', 'il', "п'ять"]);
  });

  it('joins dotted acronyms into one token covering the dots', () => {
    const t = 'The U.S. and the E.U. agreed';
    const seg = segment(t);
    expect(seg.tokens.keys).toEqual(['the', 'us', 'and', 'the', 'eu', 'agreed']);
    const sp = tokenSpan(seg, 1);
    expect(t.slice(sp.start, sp.end)).toBe('U.S.');
  });

  it('splits hyphenated words and keeps numbers', () => {
    expect(keys('a 20-point plan, Jean-Luc')).toEqual(['a', '20', 'point', 'plan', 'jean', 'luc']);
  });
});

describe('sentences', () => {
  it('splits on . ! ? before a capital, and always on a newline', () => {
    expect(sentences('Lavrov spoke. Putin agreed! Did he? yes he did\nHeadline without stop\nNext')).toEqual([
      'Lavrov spoke.',
      'Putin agreed!',
      'Did he? yes he did',
      'Headline without stop',
      'Next',
    ]);
  });

  it('does not split after abbreviations, initials or before lower case', () => {
    expect(sentences('Mr. Trump met Gen. Smith and J. Doe in Washington. Then e.g. nothing.')).toEqual([
      'Mr. Trump met Gen. Smith and J. Doe in Washington.',
      'Then e.g. nothing.',
    ]);
    expect(sentences('U.S. officials said so. They left.')).toEqual(['U.S. officials said so.', 'They left.']);
    expect(sentences('See No. 5 here. Ukraine said no. Then it left.')).toEqual(['See No. 5 here.', 'Ukraine said no.', 'Then it left.']);
    // Units after figures: "5 proc. PKB" (Polish), "2 Mrd. Euro" (German).
    expect(sentences('Wydatki wyniosą 5 proc. PKB od przyszłego roku. Potem koniec.')).toEqual(['Wydatki wyniosą 5 proc. PKB od przyszłego roku.', 'Potem koniec.']);
    expect(sentences('Es fehlen 2 Mrd. Euro im Haushalt. Dann nichts.')).toEqual(['Es fehlen 2 Mrd. Euro im Haushalt.', 'Dann nichts.']);
  });

  it('includes closing quotes and splits Cyrillic text', () => {
    expect(sentences('«Это неприемлемо», — сказал Лавров. Затем он ушёл.')).toEqual(['«Это неприемлемо», — сказал Лавров.', 'Затем он ушёл.']);
    expect(sentences('He said: "We are ready." Then he left.')).toEqual(['He said: "We are ready."', 'Then he left.']);
  });
});
