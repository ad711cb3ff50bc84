/**
 * German word order for the speaker (lib/attribution/german.ts): the subject after the finite verb when
 * something else opens the clause, the quote as the first constituent ("„…“, so der Sprecher."), institutions as
 * speakers, and the subjunctive that carries a speaker's reported speech on. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { check, ownWords, statements } from './helpers';

// (German copy quotes its speakers inside reported speech: their words in quotation marks, direct or quoted inside an
// indirect or mixed statement, are what these tests pin down)
const directs = ownWords;

describe('German: the subject after the verb before a colon', () => {
  it.each([
    ['Dazu teilte das Landwirtschaftsministerium am Abend mit: „Die Proben werden noch untersucht.“', 'das Landwirtschaftsministerium'],
    ['Als Begründung nannte ein Mitarbeiter der Behörde: „Die Anlage ist zu alt für einen sicheren Betrieb.“', 'ein Mitarbeiter der Behörde'],
    ['Zum Abschluss der Sitzung sagte der Ausschussvorsitzende Tobias Lenz: „Wir sind ein gutes Stück weiter.“', 'der Ausschussvorsitzende Tobias Lenz'],
    ['Gegenüber dem Rundfunk erklärte die Bürgermeisterin: „Niemand muss die Stadt verlassen.“', 'die Bürgermeisterin'],
    ['In einer Mitteilung resümiert Hanna Vogt: „Das Projekt hat sich gelohnt.“', 'Hanna Vogt'],
    ['Den Unmut der Opposition brachte die Fraktionssprecherin Lea Marx zum Ausdruck: „So kann man kein Land regieren.“', 'die Fraktionssprecherin Lea Marx'],
    ['Das Angebot der Gegenseite lehnt er jedoch ab: „Darüber reden wir nicht.“', 'er'],
    ['Ursprünglich wollte sie nur zuhören: „Ich hatte keine Rede vorbereitet.“', 'sie'],
    ['Als der Zug endlich hielt, rief der Schaffner: „Bitte alle aussteigen!“', 'der Schaffner'],
  ])('%s', (text, speaker) => {
    const s = directs(text);
    expect(s.length).toBe(1);
    check(s[0], { speaker });
  });

  it.each([
    ['Der Parteitag endete am Abend. Jegliche Verantwortung für die Affäre weist Hartmann von sich: „Ich habe davon nichts gewusst.“', 'Hartmann'],
    ['Der Parteitag endete am Abend. Auch diese Panne habe Methode, so Brandt weiter: „Das ist in vielen Firmen so.“', 'Brandt'],
    ['Der Parteitag endete am Abend. In einer Erklärung der Außenminister vom Dienstag hatte es geheißen: „Die Lage ist ernst.“', 'einer Erklärung der Außenminister'],
  ])('a quantified object before the verb, a "so" frame, a text that "says": %s', (text, speaker) => {
    const s = directs(text);
    expect(s.length).toBe(1);
    check(s[0], { speaker });
  });

  it('a subject that opens the clause stays the speaker, past its apposition', () => {
    const s = directs('Jana Roth, die Leiterin des Krisenstabs, sagte zum Abschluss des Treffens: „Wir hatten gute Gespräche.“');
    expect(s.length).toBe(1);
    check(s[0], { speaker: 'Jana Roth' });
  });

  it('the clause after an earlier colon of the sentence', () => {
    const s = directs('Auch die Kommission kritisierte das Verfahren scharf: So sagte der Kommissar Pekka Laine: „Man kann ein solches Gesetz nicht einfach durchpeitschen.“');
    expect(s.length).toBe(1);
    check(s[0], { speaker: 'der Kommissar Pekka Laine' });
  });

  it('an English text is read as before (no German word order)', () => {
    const s = directs('In a statement on Monday the ministry said: “The samples are still being tested.”');
    expect(s.length).toBe(1);
    check(s[0], { speaker: 'the ministry' });
  });
});

describe('German: a cue after the quote with any verb', () => {
  it.each([
    ['„Wir wollen mit dem Verein in die erste Liga aufsteigen“, so Vereinschef Karl Brandt.', 'Vereinschef Karl Brandt'],
    ['„Wer Stellen streicht, obwohl er Gewinne macht, handelt verantwortungslos“, so der zuständige Gewerkschaftssekretär.', 'der zuständige Gewerkschaftssekretär'],
    ['„Ich trete als Kandidat der Mitte an“, strich Hansen in seiner Rede heraus.', 'Hansen'],
    ['„Wir wollen die Werke enger verzahnen“, hatte Konzernchef Peter Lorenz in einem Interview erklärt.', 'Konzernchef Peter Lorenz'],
    ['„Die Lage ist unter Kontrolle“, ließ ein Sprecher der Feuerwehr am Abend verlauten.', 'ein Sprecher der Feuerwehr'],
    ['„Er ist ein harter Verhandler mit weichen Worten“, so beschrieb ihn der Gewerkschafter Olaf Reim.', 'der Gewerkschafter Olaf Reim'],
  ])('%s', (text, speaker) => {
    const s = directs(text);
    expect(s.length).toBe(1);
    check(s[0], { speaker });
  });

  it('an outlet named in quotation marks after its article', () => {
    const s = directs('„Die neue Version ist deutlich schneller als die alte“, schreibt die „Rundschau“.');
    expect(s.length).toBe(1);
    check(s[0], { speaker: 'die „Rundschau', name: 'Rundschau' });
  });

  it('"heißt es in …": the text that says it', () => {
    const s = directs('„Die Preise steigen im Herbst weiter“, heißt es in einer Mitteilung des Verbandes.');
    expect(s.length).toBe(1);
    check(s[0], { speaker: 'einer Mitteilung des Verbandes' });
  });
});

describe('German: quoted phrases inside a sentence', () => {
  it.each([
    ['In einer Erklärung teilte der Verlag mit, dass die Zeitung in einer „schwierigen Lage“ stecke.', 'der Verlag'],
    ['Bei einem Empfang sagte die Präsidentin, dass sie „mehr Zeit für die Familie“ haben möchte.', 'die Präsidentin'],
    ['So warnten Vertreter der Bauindustrie vor einem „drohenden Verlust von Fachkräften“ ins Ausland.', 'Vertreter der Bauindustrie'],
    ['Nach einem Besuch im Hochwassergebiet sprach der Ministerpräsident von der „schlimmsten Flut seit Jahrzehnten“.', 'der Ministerpräsident'],
  ])('%s', (text, speaker) => {
    const s = directs(text);
    expect(s.length).toBe(1);
    check(s[0], { speaker });
  });

  it('"Wie X erklärte, …": the source of the sentence is the subject of the "wie" clause', () => {
    const s = directs('Wie die Finanzministerin Ruth Engel am Dienstag erklärte, sieht die Regierung in dem Gesetz „kein Hindernis für Investoren“.');
    expect(s.length).toBe(1);
    check(s[0], { speaker: 'die Finanzministerin Ruth Engel' });
  });

  it.each([
    ['Die Seuche gilt nach Angaben des Gesundheitsamtes als die „gefährlichste Krankheit der Region“.', 'des Gesundheitsamtes'],
    ['Der Abriss rechtfertige sich nach Einschätzung der Stadtverwaltung durch die „akute Einsturzgefahr des Gebäudes“.', 'der Stadtverwaltung'],
    ['Die Kommission kam laut Süddeutscher Zeitung zu dem Schluss, dass der Minister „mit Absicht abgeschrieben haben muss“.', 'Süddeutscher Zeitung'],
    ['Der Einsatz solle sich, so Innenexperte Jan Gall, „auf wirklich schwere Fälle begrenzen“.', 'Innenexperte Jan Gall'],
  ])('a source named by a frame inside the sentence: %s', (text, speaker) => {
    const s = directs(text);
    expect(s.length).toBe(1);
    check(s[0], { speaker });
  });

  it.each([
    ['Auch der Sprecher der Fraktion, Jonas Brandt, will „in den kommenden Wochen noch einmal sorgfältig prüfen“, ob ein Verbot kommt.', 'der Sprecher der Fraktion, Jonas Brandt'],
    ['Hartmann selbst schrieb in einer Erklärung, sie wolle „den Vorwurf in aller Ruhe aufklären lassen“.', 'Hartmann'],
  ])('a focus particle around the subject: %s', (text, speaker) => {
    const s = directs(text);
    expect(s.length).toBe(1);
    check(s[0], { speaker });
  });

  it('the subjunctive with a thing as its subject goes on with the last speaker', () => {
    const text = 'Die Wissenschaftsministerin Clara Hoff sagte, die Gebühren seien gerecht.\n\nDie neue Studie zeige vor allem, „dass die Gebühren kaum jemanden abschrecken“.';
    const s = directs(text);
    expect(s.length).toBe(1);
    check(s[0], { name: 'Clara Hoff' });
  });
});

describe('German: quotations inside a sentence, words said or names', () => {
  it.each([
    ['Der Verbandschef nannte den Vorschlag eine „Zumutung“.', '„Zumutung“'],
    ['Die Ministerin bezeichnete die Forderung als „unseriös“.', '„unseriös“'],
    ['Der Sprecher sagte, die Lage sei „ernst“.', '„ernst“'],
    ['Die Gewerkschaft sprach am Montag von einem „Angriff auf die Belegschaft“.', '„Angriff auf die Belegschaft“'],
  ])('a short characterisation in a sentence that reports speech is a statement: %s', (text, quote) => {
    const s = directs(text);
    expect(s.length).toBe(1);
    expect(s[0].text).toContain(quote);
  });

  it.each([
    ['Das Programm hat einen neuen Namen, kurz: „Orkan“ oder „Ork“, und erscheint im Mai.'],
    ['Die Firma stellte ihr neues Programm vor. „Orkan“ ist ein Werkzeug für die Planung von Baustellen.'],
  ])('a short capitalised name after a colon or before a verb is not a statement: %s', (text) => {
    expect(directs(text)).toEqual([]);
  });

  it('a short quotation that holds a verb stays a statement after a colon', () => {
    const s = directs('Der Regierungssprecher Tim Ohl versuchte mit den Worten zu beruhigen: „Der Fonds ist stabil“.');
    expect(s.length).toBe(1);
    check(s[0], { speaker: 'Der Regierungssprecher Tim Ohl' });
  });

  it.each([
    ['Die Autorin stellte am Abend ihr neues Buch mit dem Titel „Die Stadt unter dem Eis“ vor, sagte der Verlag.'],
    ['Die „Kampagne für saubere Flüsse und Seen in Europa“ berichtete über einen Protest in der Hauptstadt.'],
    ['Das Magazin hatte laut „nachrichten.de“ über den Fall berichtet, sagte der Sprecher.'],
    ['Der Minister sagte, die so genannten „Prüfsteine“ würden bald veröffentlicht.'],
    ['Laut „Morgenblatt“ sagte der Bürgermeister nichts dazu.'],
  ])('a title, a name or a so-called term is not a statement: %s', (text) => {
    expect(directs(text)).toEqual([]);
  });
});

describe('German: other ways a sentence names the source of its quotation', () => {
  it.each([
    ['Die Brücke wird vom Landesamt für Straßenbau als „nicht mehr sicher befahrbar“ bezeichnet.', 'Landesamt'],
    ['Sie sei „zutiefst erschüttert und traurig“ über das Unglück, sagte die Bürgermeisterin am Abend.', 'die Bürgermeisterin'],
    ['Für den Umweltminister Paul Reuter sei die Lage an der Küste „äußerst bedrohlich“.', 'den Umweltminister Paul Reuter'],
    ['Der Parteitag endete am Abend. Als „völlig überzogen“ bezeichnete die Archäologin Petra Sanz den Bericht.', 'die Archäologin Petra Sanz'],
    ['Wie der Vorsitzende Richter, Otto Brand, ausführte, hätte es „ein Blutbad ohne Beispiel“ gegeben.', 'der Vorsitzende Richter, Otto Brand'],
  ])('%s', (text, speaker) => {
    const s = directs(text);
    expect(s.length).toBe(1);
    check(s[0], { speaker });
  });

  it('a quote standing alone after a sentence about a person is that person’s', () => {
    const text = 'Die Umweltministerin Paula Rehm verteidigte den Plan am Montag im Landtag. „Wir haben keine Zeit mehr zu verlieren.“';
    const s = directs(text);
    expect(s.length).toBe(1);
    check(s[0], { speaker: 'Die Umweltministerin Paula Rehm', name: 'Paula Rehm' });
  });

  it('a quote after a sentence that is itself a statement goes on with that statement’s speaker', () => {
    const text = '„Wir bleiben bei unserem Kurs“, betonte Jonas Brandt in Bonn. „Die Zahlen geben uns recht.“';
    const s = directs(text);
    expect(s.length).toBe(2);
    check(s[1], { speaker: 'Jonas Brandt' });
  });
});

describe('German: a title that heads the compound a person was introduced with', () => {
  it('"der Minister" is the Außenminister named before, not the president named since; "er" goes on with him', () => {
    const s = directs(
      'Russland will nach Angaben von Außenminister Sergej Lawrow weiter mit Washington verhandeln.\n' +
        'Das habe Präsident Wladimir Putin am Morgen im Kreml bekräftigt. „Wir bleiben gesprächsbereit“, sagte der Minister.\n' +
        '„Aber wir lassen uns nicht unter Druck setzen“, fügte er hinzu.',
    );
    expect(s.map((x) => x.actor)).toEqual(['A01', 'A01']);
  });
});
