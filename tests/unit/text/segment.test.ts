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

  it("gives each token its span of the normalised text as key, but a dotted acronym (the attribution's cue lookup reads keys from the text)", () => {
    const t =
      "Russia's envoy told the U.S. and the E.U. that d'Ukraine's l'OTAN qu'il don't — Außenminister Lawrow sagte: „Wir prüfen das.“ " +
      'Зеленский заявил, що п’ять — dijo el portavoz; a déclaré Jean-Luc, 3.5% of 1,200 Putins\' allies';
    const seg = segment(t);
    const { keys, start, end } = seg.tokens;
    const dotted: string[] = [];
    for (let k = 0; k < keys.length; k++) {
      const span = seg.norm.text.slice(start[k], end[k]);
      if (span.includes('.')) dotted.push(keys[k]);
      else expect(keys[k]).toBe(span);
    }
    expect(dotted).toEqual(['us', 'eu']);
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

describe('sentences across the nine languages: abbreviations, initials, numbers', () => {
  it('keeps abbreviations with inner dots whole (EE.UU., z.B., т.е., p.ex., S.A.)', () => {
    expect(sentences('El Gobierno de EE.UU. presentó un plan. Kiev lo estudia.')).toEqual([
      'El Gobierno de EE.UU. presentó un plan.',
      'Kiev lo estudia.',
    ]);
    expect(sentences('Zelenski, dispuesto a votar si EE.UU. y Europa garantizan la seguridad')).toEqual([
      'Zelenski, dispuesto a votar si EE.UU. y Europa garantizan la seguridad',
    ]);
    expect(sentences('Europa, d.h. Paris und Berlin, z.B. mit Truppen. Moskau warnte.')).toEqual([
      'Europa, d.h. Paris und Berlin, z.B. mit Truppen.',
      'Moskau warnte.',
    ]);
    expect(sentences('Les garanties, p.ex. des troupes, restent floues. Moscou refuse.')).toEqual([
      'Les garanties, p.ex. des troupes, restent floues.',
      'Moscou refuse.',
    ]);
    expect(sentences('A empresa Energoatom S.A. nega tudo. O NABU investiga.')).toEqual(['A empresa Energoatom S.A. nega tudo.', 'O NABU investiga.']);
    expect(sentences('Гарантии, т.е. обязательства, и т.д. Затем Лавров ушёл. Он и т.п. Всё.')).toHaveLength(2);
    expect(sentences('Речь о войсках, т.е. о НАТО. Лавров ушёл.')).toEqual(['Речь о войсках, т.е. о НАТО.', 'Лавров ушёл.']);
  });

  it('keeps U.S. and U.N. inside the sentence', () => {
    expect(sentences('The U.N. Security Council met as U.S. envoys flew to Moscow. Talks began.')).toEqual([
      'The U.N. Security Council met as U.S. envoys flew to Moscow.',
      'Talks began.',
    ]);
  });

  it('does not split after common abbreviations of each language', () => {
    const cases = [
      'Gli alleati, Francia, Germania ecc. Tutti contrari.',
      'Sojusznicy, np. Francja, są przeciw.',
      'Chodzi o gwarancje, tzn. Polska i Niemcy je dadzą.',
      'Il sig. Rossi e il dott. Bianchi votano.',
      'Dr. Müller sagte, ca. 5 Mio. Euro seien nötig.',
      'El Sr. Pérez y la Sra. Gómez, p. ej. Madrid, firman.',
      'Як заявив проф. Іваненко, тис. військових готові.',
      'Sprawę prowadzi prok. Nowak, gen. Kowalski milczy.',
    ];
    for (const c of cases) expect(sentences(c), c).toHaveLength(1);
  });

  it('keeps initials with the surname', () => {
    expect(sentences('Как заявил В. В. Путин, Россия готова. Лавров согласился.')).toEqual([
      'Как заявил В. В. Путин, Россия готова.',
      'Лавров согласился.',
    ]);
    expect(sentences('Selon V. Poutine, rien ne change. Kiev répond.')).toHaveLength(2);
  });

  it('ends a sentence on a single letter after a word in lower case when a function word opens the next', () => {
    expect(sentences('Das schrieb der Präsident auf X. Er habe kein Recht dazu.')).toEqual(['Das schrieb der Präsident auf X.', 'Er habe kein Recht dazu.']);
    expect(sentences('The president posted on X. The post was deleted.')).toHaveLength(2);
    expect(sentences('Le président a écrit sur X. Il a ensuite supprimé le message.')).toHaveLength(2);
    // initials after a name, and French "M." (Monsieur), stay inside the sentence
    expect(sentences('Am Ende sprach Dennis K. Er bat um Entschuldigung.')).toHaveLength(1);
    expect(sentences('Puis a parlé M. Le Goff, le maire.')).toHaveLength(1);
    expect(sentences('Il a vu passer George W. Bush.')).toHaveLength(1);
  });

  it('does not split decimal numbers, dates or German ordinal dates', () => {
    expect(sentences('Die Wirtschaft wuchs um 1.5 Prozent. Das sagte Merz.')).toEqual([
      'Die Wirtschaft wuchs um 1.5 Prozent.',
      'Das sagte Merz.',
    ]);
    expect(sentences('Am 5.12.2025 traf Lawrow Vertreter. Sie sprachen lange.')).toEqual([
      'Am 5.12.2025 traf Lawrow Vertreter.',
      'Sie sprachen lange.',
    ]);
    expect(sentences('Am 3. Dezember sprach Lawrow in Moskau. Er warnte Europa.')).toEqual([
      'Am 3. Dezember sprach Lawrow in Moskau.',
      'Er warnte Europa.',
    ]);
    expect(sentences('Die Gespräche begannen um 10.30 Uhr. Witkoff kam später.')).toHaveLength(2);
  });

  it('still ends sentences after ordinary words and numbers', () => {
    expect(sentences('Talks lasted until 2021. Then they stopped.')).toEqual(['Talks lasted until 2021.', 'Then they stopped.']);
    expect(sentences('Lavrov met U.S. envoys in the capital. Then he left.')).toHaveLength(2);
    expect(sentences('Europe lost, i.e. Paris lost. Berlin said so.')).toHaveLength(2);
    expect(sentences('Гарантии обсуждали до 2021 г. Затем переговоры прервались.')).toHaveLength(1);
    expect(sentences('Вони говорили про ЄС. Потім пішли.')).toHaveLength(2);
  });
});
