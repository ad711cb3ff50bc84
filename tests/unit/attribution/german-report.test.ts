import { describe, expect, it } from 'vitest';
import { check, ownWords, statementWith, statements } from './helpers';

/** German reported speech that goes on in the subjunctive, sentence after sentence, with no cue of its own. */
describe('German: reported speech going on in the subjunctive', () => {
  const text =
    'Hamburg (dpa) - Der Hafen werde im Frühjahr wieder voll arbeiten, sagte Senatorin Katrin Lohmann am Montag. ' +
    'Die Reederei habe die Schäden an den Kränen inzwischen beseitigt. ' +
    'Neue Liegeplätze müssten allerdings erst genehmigt werden. ' +
    'Die Sturmflut hatte im Oktober mehrere Terminals überschwemmt.\n\n' +
    'Der Verkehr sei am Dienstag wieder angelaufen.';

  it.each([
    ['Konjunktiv I', 'Die Reederei habe die Schäden an den Kränen inzwischen beseitigt'],
    ['Konjunktiv II for a plural', 'Neue Liegeplätze müssten allerdings erst genehmigt werden'],
  ])('%s: the last speaker goes on', (_k, content) => {
    const s = statementWith(text, content);
    expect(s.text).toBe(content);
    check(s, { kind: 'indirect', name: 'Katrin Lohmann' });
  });

  it('a sentence in the indicative is the reporter’s own', () => {
    expect(statements(text).some((s) => s.text.includes('Sturmflut'))).toBe(false);
  });

  it('nor does it reach into the next paragraph', () => {
    expect(statements(text).some((s) => s.text.includes('Verkehr'))).toBe(false);
  });

  it('"hieß es" names the body after it, not the last person', () => {
    const t =
      'Die Vorsitzende Ulla Brandt sagte, die Beiträge würden steigen. ' +
      'Besonders die Kosten für Arzneimittel seien stark gewachsen, hieß es beim Verband.';
    check(statementWith(t, 'Arzneimittel'), { kind: 'indirect', speaker: 'Verband' });
  });
});

describe('German: a source frame before the finite verb', () => {
  it.each([
    ['"nach den Worten von X"', 'Nach den Worten von Bürgermeisterin Helga Brandes ist die Stadt bereit, das Gelände zu kaufen.', 'ist die Stadt bereit, das Gelände zu kaufen', 'Helga Brandes'],
    ['"nach Angaben" and the clause after its comma', 'Nach Angaben der Feuerwehr wurden bei dem Brand vier Menschen verletzt, zwei davon schwer. Die Ursache ist noch nicht bekannt.', 'wurden bei dem Brand vier Menschen verletzt, zwei davon schwer', 'Feuerwehr'],
    ['a dateline before it', 'Kiel (dpa) - Nach Angaben von Landrat Peter Sörensen ist die Brücke ab Montag wieder frei.', 'ist die Brücke ab Montag wieder frei', 'Peter Sörensen'],
  ])('%s', (_k, text, content, name) => {
    const s = statementWith(text, content.split(',')[0]);
    expect(s.text).toBe(content);
    check(s, { kind: 'indirect', name });
  });

  it('inside the clause, with no commas around it', () => {
    const text = 'Die Stadt ist nach Angaben von Bürgermeisterin Helga Brandes bereit, das Gelände zu kaufen.';
    const s = statementWith(text, 'Gelände');
    expect(s.text).toBe('Die Stadt ist nach Angaben von Bürgermeisterin Helga Brandes bereit, das Gelände zu kaufen');
    check(s, { kind: 'indirect', speaker: 'Bürgermeisterin Helga Brandes', name: 'Helga Brandes' });
  });
});

describe('German: a characterisation in quotation marks is one mixed statement', () => {
  it.each([
    ['nannte', 'Verbandschef Rainer Holt nannte den Streik eine „Zumutung für Millionen Fahrgäste“.', 'den Streik eine', 'Rainer Holt'],
    ['bezeichnete … als', 'Die Ministerin Anke Sommer bezeichnete den Entwurf als „völlig unausgegoren und zu teuer“.', 'den Entwurf als', 'Anke Sommer'],
  ])('%s: the quoted words are not a direct statement of their own', (_k, text, words, name) => {
    const s = statementWith(text, words);
    check(s, { kind: 'mixed' });
    expect(s.speakerName).toContain(name);
    expect(statements(text).filter((s) => s.kind === 'direct')).toEqual([]);
  });

  it('a quotation inside reported speech with "sagte" is the speaker’s own words, kept on the mixed statement', () => {
    const text = 'Der Sprecher Jonas Keller sagte, die Regierung werde „alles tun, um die Versorgung zu sichern“.';
    expect(ownWords(text).some((s) => s.text.includes('alles tun') && s.speakerName === 'Jonas Keller')).toBe(true);
    expect(statements(text).some((s) => s.kind === 'direct')).toBe(false);
  });
});

/** Words before a German cue are a clause with a verb: a name and its party before ", kündigte … an" are its subject. */
it('"Der Landrat …, Gerd Möbius (CDU), kündigte Widerstand an." is no statement, and "er" next is Möbius', () => {
  const text = 'Der Landrat des Kreises Stendal, Gerd Möbius (CDU), kündigte Widerstand an. Er wolle notfalls vor Gericht ziehen, sagte er. „Das ist im Winter eine Zumutung.“';
  const all = statements(text);
  expect(all.some((s) => s.text.startsWith('Der Landrat'))).toBe(false);
  expect(all.find((s) => s.text.includes('Zumutung'))?.speakerName).toBe('Gerd Möbius');
});
