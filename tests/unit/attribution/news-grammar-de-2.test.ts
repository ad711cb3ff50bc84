/**
 * A second, wider round of German news grammar (after news-grammar-de.test.ts): quotations that belong to a reported
 * statement or are titles, and the ways agencies, quality papers, tabloids, regional papers and live blogs name and
 * name again the person who speaks. Every passage is invented for this file, written the way German copy runs.
 */
import { describe, expect, it } from 'vitest';
import { check, ownWords, statementWith, statements } from './helpers';

/** The speaker's own words in marks that hold `words` (direct, or quoted inside reported speech). */
function quoteWith(text: string, words: string) {
  const found = ownWords(text).filter((s) => s.text.includes(words));
  if (found.length !== 1) throw new Error(`expected one quote holding "${words}", got ${JSON.stringify(ownWords(text).map((s) => s.text))}`);
  return found[0];
}

function directs(text: string) {
  return statements(text).filter((s) => s.kind === 'direct');
}

describe('German: a quotation inside a reporting construction is part of that statement, not a direct one', () => {
  it.each([
    [
      '"forderte X auf, … „…“ einzuschlagen"',
      'Nato-Generalsekretär Mark Rutte hat Russland zu ernsthaften Verhandlungen aufgerufen. Bei einem Treffen der Außenminister in Brüssel forderte Rutte die Regierung in Moskau auf, einen „realistischeren Kurs“ einzuschlagen. Die Allianz werde die Ukraine weiter unterstützen.',
      'realistischeren Kurs',
      'Mark Rutte',
    ],
    [
      '"zeigte sich „…“"',
      'Die Gespräche in Istanbul sind nach zwei Stunden abgebrochen worden. Der ukrainische Außenminister Andrij Sybiha zeigte sich anschließend „tief enttäuscht“. Russland habe kein Interesse an einer Waffenruhe gezeigt.',
      'tief enttäuscht',
      'Andrij Sybiha',
    ],
    [
      '"nannte den Plan „einen …“" with an object of three words',
      'Der Bauernverband lehnt die Kürzungen beim Agrardiesel ab. Verbandspräsident Joachim Rukwied nannte den Plan der Regierung „einen Schlag ins Gesicht der Landwirte“. Das Ministerium verteidigte die Sparpläne.',
      'Schlag ins Gesicht',
      'Joachim Rukwied',
    ],
    [
      '"lobte … als „…“"',
      'Der ungarische Regierungschef Viktor Orbán reiste nach dem Gipfel zurück nach Budapest. Zuvor lobte er das Treffen in Alaska als „großen Schritt in Richtung Frieden“. Die EU-Partner reagierten zurückhaltend.',
      'großen Schritt',
      'Viktor Orbán',
    ],
    [
      '"mahnte eine „…“ an"',
      'Die Rentenkommission hat ihre Arbeit aufgenommen. Der Wirtschaftsweise Martin Werding mahnte zum Auftakt eine „echte Reform statt Flickschusterei“ an. Die Zeit dafür sei knapp.',
      'Flickschusterei',
      'Martin Werding',
    ],
    [
      '"kündigte eine „…“ an"',
      'Verteidigungsminister Boris Pistorius hat den Haushalt seines Ressorts vorgestellt. Er kündigte eine „deutliche Aufstockung“ der Truppe bis Ende des Jahrzehnts an. Dafür brauche es auch mehr Freiwillige.',
      'deutliche Aufstockung',
      'Boris Pistorius',
    ],
    [
      '"sprach sich für eine „…“ aus"',
      'Die Grünen wollen im Haushaltsstreit nicht nachgeben. Fraktionschefin Katharina Dröge sprach sich für eine „Reform der Schuldenbremse ohne Denkverbote“ aus. Die Union lehnt das ab.',
      'ohne Denkverbote',
      'Katharina Dröge',
    ],
    [
      '"sieht in … eine „…“"',
      'Die Industrie- und Handelskammern begrüßen das Abkommen mit Indien. DIHK-Präsident Peter Adrian sieht darin eine „große Chance für den Mittelstand“. Die Verhandlungen hatten zehn Jahre gedauert.',
      'große Chance',
      'Peter Adrian',
    ],
    [
      '"verwies auf die „…“"',
      'Der Bau der neuen Rheinbrücke verzögert sich erneut. Landesverkehrsminister Oliver Krischer verwies auf die „angespannte Lage der Baufirmen“. Ein neuer Termin stehe noch nicht fest.',
      'angespannte Lage',
      'Oliver Krischer',
    ],
  ])('%s', (_form, text, words, name) => {
    expect(directs(text)).toEqual([]);
    const q = quoteWith(text, words);
    expect(q.speakerName).toBe(name);
  });

  // Not yet: a capitalised noun in marks as the object of the cue's verb ("„Wortbruch“", "„Versäumnisse“") is read as a
  // name unless an indefinite article or "als" stands before it (counting it after any noun let titles in: "aus ihren
  // Memoiren „Freiheit“"); "wies … als „absurd“ zurück" has no verb of saying the engine knows ("wies … zurück" alone
  // made "Das Ministerium wies die Kritik zurück" a statement). None of them is reported as a direct quote.
  const objectsInMarks: [string, string, string, string][] = [
    [
      '"warf der Regierung „…“ vor"',
      'Die Linken-Vorsitzende Ines Schwerdtner hat die Mietpolitik der Koalition scharf kritisiert. Sie warf der Bundesregierung „Wortbruch“ vor. Die Koalition habe versprochen, die Mieten zu deckeln.',
      'Wortbruch',
      'Ines Schwerdtner',
    ],
    [
      '"wies … als „…“ zurück"',
      'Moskau hat Berichte über Truppenbewegungen an der Grenze zu Finnland dementiert. Kremlsprecher Dmitri Peskow wies die Meldungen am Montag als „absurd“ zurück. Finnland kündigte an, die Lage weiter zu beobachten.',
      'absurd',
      'Dmitri Peskow',
    ],
    [
      '"räumte „…“ ein"',
      'Die Maskenbeschaffung im Jahr 2020 beschäftigt weiter den Bundestag. Gesundheitsministerin Nina Warken räumte am Donnerstag „Versäumnisse“ ihres Hauses ein. Man werde alle Verträge prüfen.',
      'Versäumnisse',
      'Nina Warken',
    ],
  ];
  it.fails.each(objectsInMarks)('%s', (_form, text, words, name) => {
    expect(directs(text)).toEqual([]);
    const q = quoteWith(text, words);
    expect(q.speakerName).toBe(name);
  });

  it.each(objectsInMarks)('%s: not a direct quote', (_form, text) => {
    expect(directs(text)).toEqual([]);
  });

  it('"sprach von einem „…“", then reported speech given to a broadcaster', () => {
    const text =
      'Der CDU-Außenpolitiker Roderich Kiesewetter hat das Treffen in Alaska scharf kritisiert. Er sprach von einem „historischen Fehler“ des Westens. Europa dürfe sich nicht an den Rand drängen lassen, sagte er dem Deutschlandfunk.';
    expect(directs(text)).toEqual([]);
    expect(quoteWith(text, 'historischen Fehler').speakerName).toBe('Roderich Kiesewetter');
    const s = statementWith(text, 'Rand drängen');
    expect(s.text).not.toContain('Deutschlandfunk');
    check(s, { kind: 'indirect', speaker: 'er', name: 'Roderich Kiesewetter' });
  });

  it('a reported "dass" clause in Konjunktiv with a quoted phrase, continued in the next paragraph', () => {
    const text =
      'Der russische Außenminister Sergej Lawrow hat sich zu den Friedensgesprächen geäußert. Lawrow sagte am Mittwoch in Moskau, Russland sei zu Gesprächen bereit.\n\n' +
      'Voraussetzung sei allerdings, dass der Westen die „Realitäten vor Ort“ anerkenne.';
    expect(directs(text)).toEqual([]);
    const s = statementWith(text, 'Voraussetzung sei');
    expect(s.text).toContain('„Realitäten vor Ort“');
    check(s, { name: 'Sergei Lavrov', actor: 'A01' });
  });
});

describe('German: titles, names, slogans and operations in quotation marks are not statements', () => {
  it.each([
    ['a book', 'Die Altkanzlerin las am Abend in Düsseldorf aus ihren Memoiren „Freiheit“. Der Saal war ausverkauft. Viele Besucher hatten das Buch bereits gelesen.'],
    ['a law and a fund', 'Der Bundestag hat am Freitag das „Rentenpaket II“ verabschiedet. Das „Sondervermögen Infrastruktur“ soll bis 2036 ausgegeben werden. Der Bundesrat muss noch zustimmen.'],
    ['a slogan', 'Unter dem Motto „Nie wieder ist jetzt“ gingen am Samstag in München Zehntausende auf die Straße. Die Demonstration verlief friedlich.'],
    ['a military operation', 'Die ukrainische Armee hat die Operation „Spinnennetz“ monatelang vorbereitet. Dabei wurden mehrere russische Militärflugzeuge zerstört.'],
    ['a ship', 'Das Rettungsschiff „Sea-Watch 5“ hat am Morgen in Italien angelegt. An Bord waren 54 Menschen.'],
  ])('%s', (_form, text) => {
    expect(ownWords(text)).toEqual([]);
  });

  it('a film title next to the director’s own word', () => {
    const text =
      'Der Film „Das Lehrerzimmer“ ist für einen Oscar nominiert worden. Regisseur İlker Çatak sagte, er sei „völlig überwältigt“. Die Verleihung findet im März statt.';
    const q = ownWords(text);
    expect(q.map((s) => s.text)).toEqual(['„völlig überwältigt“']);
    check(q[0], { name: 'İlker Çatak' });
  });

  it('the talk show a politician appeared on is not a quote, and the quote after is his', () => {
    const text =
      'In der ARD-Sendung „Caren Miosga“ hat Bundeskanzler Friedrich Merz seinen Kurs in der Rentenpolitik verteidigt. „Wir werden die Renten nicht kürzen“, sagte der CDU-Chef am Sonntagabend. Die SPD reagierte skeptisch.';
    const q = ownWords(text);
    expect(q.length).toBe(1);
    check(q[0], { kind: 'direct', speaker: 'der CDU-Chef', name: 'Friedrich Merz' });
  });

  // Not yet (the two below): a phrase of an outlet's name in marks is no subject nor frame source for the phrase
  // reader (without the marks "Die Frankfurter Allgemeine Zeitung berichtete …" works); no direct quote is reported.
  it.fails('a newspaper in marks that reports is a source, not a quote', () => {
    const text =
      'Die „Frankfurter Allgemeine Zeitung“ berichtete unter Berufung auf Diplomaten, die Gespräche seien gescheitert. Eine Bestätigung gab es zunächst nicht.';
    expect(ownWords(text)).toEqual([]);
    expect(statementWith(text, 'Gespräche seien gescheitert').speaker?.text).toContain('Frankfurter Allgemeine Zeitung');
  });

  it.fails('"Nach Informationen des „Spiegel“" names the source of the sentence', () => {
    const text = 'Nach Informationen des „Spiegel“ soll der Minister schon im Frühjahr von den Mängeln gewusst haben. Das Ministerium wollte sich dazu nicht äußern.';
    expect(ownWords(text)).toEqual([]);
    expect(statementWith(text, 'von den Mängeln gewusst').speaker?.text).toContain('Spiegel');
  });
});

describe('German: compound role nouns and descriptions that name the speaker', () => {
  it.each([
    [
      '"Kremlsprecher X", not the president he refers to',
      'Der Kreml hat die Vorschläge aus Washington zurückhaltend aufgenommen. „Wir prüfen die Signale sehr genau“, sagte Kremlsprecher Dmitri Peskow am Donnerstag in Moskau. Eine Antwort werde es erst nach Rücksprache mit Präsident Wladimir Putin geben.',
      'Signale sehr genau',
      'Kremlsprecher Dmitri Peskow',
      'Dmitri Peskow',
    ],
    [
      '"betonte der Niederländer" for the Nato chief',
      '„Die Ukraine muss aus einer Position der Stärke verhandeln“, sagte Nato-Generalsekretär Mark Rutte in Brüssel. Ein Abkommen dürfe nicht über die Köpfe der Europäer hinweg geschlossen werden. „Wir sind bereit, unseren Teil beizutragen“, betonte der Niederländer.',
      'unseren Teil',
      'der Niederländer',
      'Mark Rutte',
    ],
    [
      '"Die Grünen-Politikerin X hielt dagegen:"',
      'Bundesinnenminister Alexander Dobrindt (CSU) verteidigte die Zurückweisungen an der Grenze. Die Grünen-Politikerin Irene Mihalic hielt dagegen: „Das ist europarechtswidrig.“ Dobrindt zeigte sich unbeeindruckt.',
      'europarechtswidrig',
      'Die Grünen-Politikerin Irene Mihalic',
      'Irene Mihalic',
    ],
    [
      '"sagte der CSU-Politiker" for "Bundesinnenminister X (CSU)"',
      'Bundesinnenminister Alexander Dobrindt (CSU) verteidigte die Zurückweisungen an der Grenze. Die Grünen kritisierten das scharf. „Wir halten Kurs“, sagte der CSU-Politiker.',
      'halten Kurs',
      'der CSU-Politiker',
      'Alexander Dobrindt',
    ],
    [
      '"die Sozialdemokratin"',
      'Arbeitsministerin Bärbel Bas will das Rentenniveau langfristig sichern. „Wer ein Leben lang gearbeitet hat, muss davon leben können“, sagte die Sozialdemokratin am Mittwoch im Bundestag. Unionsfraktionschef Jens Spahn mahnte zur Geduld.',
      'Leben lang',
      'die Sozialdemokratin',
      'Bärbel Bas',
    ],
    [
      '"der 85-Jährige" after an interview with the „Spiegel“, not the man he speaks of',
      'Im Interview mit dem „Spiegel“ kritisierte der frühere Bundespräsident Joachim Gauck die Zögerlichkeit des Westens. „Wir haben Putin zu lange unterschätzt“, sagte der 85-Jährige.',
      'unterschätzt',
      'der 85-Jährige',
      'Joachim Gauck',
    ],
    [
      '"poltert der CSU-Chef" (tabloid verb)',
      'Klare Kante von Markus Söder! „Mit uns wird es keine Steuererhöhungen geben“, poltert der CSU-Chef. Die SPD reagierte verschnupft.',
      'Steuererhöhungen',
      'der CSU-Chef',
      'Markus Söder',
    ],
    [
      '"teilt er aus:" (tabloid)',
      'Klare Kante von Markus Söder! „Mit uns wird es keine Steuererhöhungen geben“, poltert der CSU-Chef. Auch gegen die Grünen teilt er aus: „Die haben nichts verstanden.“',
      'nichts verstanden',
      'er',
      'Markus Söder',
    ],
    [
      '"erzählt Rentnerin X, die …" (regional paper)',
      'In Unterhaching ist die Freude groß. „Endlich bekommt unser Ort eine Umgehungsstraße“, erzählt Rentnerin Helga Maier, die seit 50 Jahren an der Hauptstraße wohnt. Der Bau soll im Herbst beginnen.',
      'Umgehungsstraße',
      'Rentnerin Helga Maier',
      'Helga Maier',
    ],
    [
      '"gab die Ökonomin X zu bedenken"',
      'Die neuen US-Zölle belasten die deutschen Exporteure. „Höhere Zölle treffen am Ende die Verbraucher“, gab die Ökonomin Monika Schnitzer zu bedenken. Die Wirtschaftsweisen senkten ihre Prognose.',
      'Verbraucher',
      'die Ökonomin Monika Schnitzer',
      'Monika Schnitzer',
    ],
    [
      '"antwortete X:" after "Auf die Frage, ob …"',
      'Nordrhein-Westfalens Ministerpräsident Hendrik Wüst hält sich die Kanzlerkandidatur offen. Auf die Frage, ob er 2029 antreten wolle, antwortete der CDU-Politiker: „Das entscheide ich nicht heute.“',
      'nicht heute',
      'der CDU-Politiker',
      'Hendrik Wüst',
    ],
    [
      '"sagte am Dienstagabend in Kiew der ukrainische Präsident" (subject last)',
      'Die Ukraine lehnt die Abtretung von Gebieten weiter ab. „Wir werden keine Zugeständnisse auf Kosten unserer Souveränität machen“, sagte am Dienstagabend in Kiew der ukrainische Präsident Wolodymyr Selenskyj.',
      'Zugeständnisse',
      'der ukrainische Präsident Wolodymyr Selenskyj',
      'Volodymyr Zelensky',
    ],
  ])('%s', (_form, text, words, speaker, name) => {
    check(quoteWith(text, words), { speaker, name });
  });

  it('"Die Sprecherin fügte hinzu, …" names the government spokeswoman again', () => {
    const text =
      'Die Bundesregierung sieht keinen Anlass für eine Reisewarnung. „Die Lage wird laufend neu bewertet“, sagte die stellvertretende Regierungssprecherin Christiane Hoffmann. Die Sprecherin fügte hinzu, man stehe in engem Kontakt mit den Partnern.';
    check(quoteWith(text, 'laufend neu bewertet'), { name: 'Christiane Hoffmann' });
    check(statementWith(text, 'engem Kontakt'), { kind: 'indirect', speaker: 'Die Sprecherin', name: 'Christiane Hoffmann' });
  });

  it('the Kremlin spokesman’s reported speech goes on in Konjunktiv I, not with the president it names', () => {
    const text =
      'Der Kreml hat die Vorschläge aus Washington zurückhaltend aufgenommen. „Wir prüfen die Signale sehr genau“, sagte Kremlsprecher Dmitri Peskow am Donnerstag in Moskau. Eine Antwort werde es erst nach Rücksprache mit Präsident Wladimir Putin geben.';
    check(statementWith(text, 'Eine Antwort werde'), { kind: 'indirect', name: 'Dmitri Peskow', actor: null });
  });

  it('a role compound on an actor’s name ("Nato-Generalsekretär") is the person, not the organisation', () => {
    const text = '„Die Ukraine muss aus einer Position der Stärke verhandeln“, sagte Nato-Generalsekretär Mark Rutte in Brüssel.';
    check(quoteWith(text, 'Position der Stärke'), { name: 'Mark Rutte', actor: null });
  });
});

describe('German: the outlet a statement is given to', () => {
  it('"sagte er der „Süddeutschen Zeitung“", then "X fügte hinzu, …"', () => {
    const text =
      'SPD-Fraktionschef Matthias Miersch hat die Union vor einem Bruch der Koalition gewarnt. „Verträge sind einzuhalten“, sagte er der „Süddeutschen Zeitung“. Miersch fügte hinzu, die SPD werde keine weiteren Kürzungen mittragen.';
    expect(ownWords(text).map((s) => s.text)).toEqual(['„Verträge sind einzuhalten“']);
    check(quoteWith(text, 'einzuhalten'), { speaker: 'er', name: 'Matthias Miersch' });
    check(statementWith(text, 'keine weiteren Kürzungen'), { speaker: 'Miersch', name: 'Matthias Miersch' });
  });

  it('"sagte X dem Sender n-tv, …" and the Konjunktiv after it', () => {
    const text =
      'CDU-Generalsekretär Carsten Linnemann sagte dem Sender n-tv, die Koalition werde die Stromsteuer für alle senken. Das sei eine Frage der Glaubwürdigkeit. Die SPD verwies auf die Kosten.';
    const s = statementWith(text, 'Stromsteuer');
    expect(s.text).not.toContain('n-tv');
    check(s, { name: 'Carsten Linnemann' });
    check(statementWith(text, 'Glaubwürdigkeit'), { name: 'Carsten Linnemann' });
  });

  it('"Im ZDF-„Morgenmagazin“ sagte X:"', () => {
    const text = 'Die Grünen werfen der Koalition Stillstand vor. Im ZDF-„Morgenmagazin“ sagte Grünen-Chef Felix Banaszak: „Die Regierung verspielt jeden Tag Vertrauen.“';
    const q = ownWords(text);
    expect(q.length).toBe(1);
    check(q[0], { kind: 'direct', speaker: 'Grünen-Chef Felix Banaszak', name: 'Felix Banaszak' });
  });

  it('"sagte X den Zeitungen der Funke-Mediengruppe"', () => {
    const text = 'Die Bahn soll pünktlicher werden. „Die Fahrgäste haben lange genug gewartet“, sagte Verkehrsminister Patrick Schnieder den Zeitungen der Funke-Mediengruppe.';
    check(quoteWith(text, 'lange genug'), { speaker: 'Verkehrsminister Patrick Schnieder', name: 'Patrick Schnieder' });
  });

  it('"erklärte ein Sprecher … gegenüber der Deutschen Presse-Agentur"', () => {
    const text = 'Der Neubau der Schule verzögert sich. „Wir rechnen mit einer Fertigstellung bis Ostern“, erklärte ein Sprecher der Stadtverwaltung gegenüber der Deutschen Presse-Agentur.';
    check(quoteWith(text, 'Ostern'), { speaker: 'ein Sprecher der Stadtverwaltung' });
  });
});

describe('German: quotation marks of other styles and quotes in pieces', () => {
  it('»…« (book-style marks), the second quote with no cue', () => {
    const text =
      'Der ukrainische Präsident Wolodymyr Selenskyj hat sich nach dem Angriff auf Kiew an die Bevölkerung gewandt. »Wir lassen uns nicht einschüchtern«, sagte Selenskyj. »Die Ukraine wird bestehen.«';
    const q = directs(text);
    expect(q.map((s) => s.text)).toEqual(['»Wir lassen uns nicht einschüchtern«', '»Die Ukraine wird bestehen.«']);
    expect(q.map((s) => s.actor)).toEqual(['A04', 'A04']);
  });

  // ("Bundesrat", a Swiss minister's title, is left out of the roles: it is also the German chamber, which a role would
  // make a person. The name is the registry's, read from the given name, now that "äusserte sich … zu den Zöllen" is no
  // statement whose speaker phrase kept the title in it.)
  it('Swiss «…» and "ss" spelling', () => {
    const text =
      'Bundesrat Ignazio Cassis äusserte sich am Montag in Bern zu den Zöllen. «Die Schweiz verhandelt weiter», sagte der Aussenminister. «Aber nicht um jeden Preis.»';
    const q = directs(text);
    expect(q.length).toBe(2);
    check(q[0], { speaker: 'der Aussenminister', name: 'Ignazio Cassis' });
    check(q[1], { name: 'Ignazio Cassis' });
  });

  it('a headline "X: ‚…‘" with single marks', () => {
    const text =
      'Selenskyj: ‚Wir geben kein Land ab‘\n\nKiew (dpa) - Der ukrainische Präsident Wolodymyr Selenskyj hat Gebietsabtretungen an Russland erneut ausgeschlossen. Die Verfassung verbiete das.';
    const q = directs(text);
    expect(q.length).toBe(1);
    expect(q[0].text).toBe('‚Wir geben kein Land ab‘');
    check(q[0], { actor: 'A04' });
  });

  it('a quote interrupted by its cue, the comma outside the marks: two quotes of one speaker', () => {
    const text = 'Selenskyj äußerte sich am Abend in seiner Videoansprache. „Wir sind zu Gesprächen bereit“, sagte er, „aber nicht zu einer Kapitulation.“';
    const q = directs(text);
    expect(q.map((s) => s.text)).toEqual(['„Wir sind zu Gesprächen bereit“', '„aber nicht zu einer Kapitulation.“']);
    expect(q.map((s) => s.actor)).toEqual(['A04', 'A04']);
  });

  it('a quote in the next paragraph with no cue goes on with the speaker', () => {
    const text =
      '„Wir haben die Grenze des Machbaren erreicht“, sagte Landrätin Anja Weber am Abend in Passau.\n\n„Die Helfer sind seit 48 Stunden im Einsatz. Mehr geht nicht.“\n\nDas Hochwasser soll am Wochenende zurückgehen.';
    check(quoteWith(text, 'Mehr geht nicht'), { name: 'Anja Weber' });
  });

  // Not yet: the inner quote gets the outer speaker (Trump), not the subject of "Putin hat mir gesagt:" inside the quote.
  it.fails('a quote inside a quote that gives someone’s words is theirs', () => {
    const text = '„Putin hat mir am Telefon gesagt: ‚Ich will Frieden‘“, sagte Trump am Freitag vor Journalisten im Weißen Haus.';
    const q = directs(text);
    const inner = q.find((s) => s.text === '‚Ich will Frieden‘');
    const outer = q.find((s) => s.text.startsWith('„Putin hat mir'));
    expect(inner?.actor).toBe('A02');
    expect(outer?.actor).toBe('A03');
  });
});

describe('German: source frames and anonymous sources', () => {
  it('"…, hieß es aus Diplomatenkreisen" with a quoted word', () => {
    const text =
      'Die Verhandlungen über eine Waffenruhe sollen kommende Woche in Genf weitergehen. Beide Seiten hätten „konstruktiv“ miteinander gesprochen, hieß es aus Diplomatenkreisen.';
    expect(directs(text)).toEqual([]);
    const s = statementWith(text, '„konstruktiv“');
    expect(s.kind).toBe('mixed');
    expect(s.speaker?.text).toContain('Diplomatenkreisen');
  });

  it('"Aus Regierungskreisen hieß es, …"', () => {
    const text = 'Der Gipfel findet am Donnerstag in Brüssel statt. Die Staats- und Regierungschefs wollen über die Hilfen für die Ukraine beraten. Aus Regierungskreisen hieß es, der Kanzler werde persönlich teilnehmen.';
    const s = statementWith(text, 'persönlich teilnehmen');
    expect(s.text).toBe('der Kanzler werde persönlich teilnehmen');
    expect(s.speaker?.text).toContain('Regierungskreisen');
  });

  it('"…, so der US-Sondergesandte X" with a quoted phrase is one mixed statement', () => {
    const text = 'Die Gespräche in Miami seien „sehr produktiv“ gewesen, so der US-Sondergesandte Steve Witkoff. Ein weiteres Treffen sei geplant.';
    expect(directs(text)).toEqual([]);
    check(statementWith(text, 'sehr produktiv'), { kind: 'mixed', name: 'Steve Witkoff' });
  });

  it('"Dem ukrainischen Generalstab zufolge …"', () => {
    const text = 'Russland hat die Ukraine erneut mit Drohnen angegriffen. Dem ukrainischen Generalstab zufolge wurden in der Nacht 120 Drohnen abgefangen.';
    const s = statementWith(text, '120 Drohnen');
    expect(s.speaker?.text).toContain('Generalstab');
  });

  it('"Ihm zufolge …" names the man before', () => {
    const text = 'Bürgermeister Jan Peters hat die Sperrung der Brücke verteidigt. Ihm zufolge ist das Bauwerk einsturzgefährdet.';
    check(statementWith(text, 'einsturzgefährdet'), { name: 'Jan Peters' });
  });

  it('"…, wie X betonte, …" inside the clause', () => {
    const text = 'Die Ukraine werde, wie Präsident Wolodymyr Selenskyj betonte, keine Gebiete abtreten. Die Gespräche sollen dennoch weitergehen.';
    check(statementWith(text, 'keine Gebiete'), { actor: 'A04' });
  });

  it('"Ein Sprecher des Auswärtigen Amts sagte auf Anfrage, …"; "Weitere Angaben machte er nicht" is no statement', () => {
    const text = 'Ein Sprecher des Auswärtigen Amts sagte auf Anfrage, man prüfe die Berichte. Weitere Angaben machte er nicht.';
    check(statementWith(text, 'prüfe die Berichte'), { speaker: 'Ein Sprecher des Auswärtigen Amts' });
    expect(statements(text).some((s) => s.text.includes('Weitere Angaben'))).toBe(false);
  });

  it('"sagte ein hochrangiger EU-Diplomat, der anonym bleiben wollte"', () => {
    const text = 'Die Einigung auf das Sanktionspaket gilt als unsicher. „Das ist ein Spiel auf Zeit“, sagte ein hochrangiger EU-Diplomat, der anonym bleiben wollte.';
    check(quoteWith(text, 'Spiel auf Zeit'), { speaker: 'ein hochrangiger EU-Diplomat' });
  });

  it('"Laut einer Sprecherin der Stadt …"', () => {
    const text = 'Laut einer Sprecherin der Stadt Köln bleibt die Mülheimer Brücke bis Freitag gesperrt. Autofahrer sollen die Umleitung nutzen.';
    expect(statementWith(text, 'bis Freitag gesperrt').speaker?.text).toContain('Sprecherin der Stadt Köln');
  });

  it('"zitierte X mit den Worten:": the person quoted speaks, not the agency', () => {
    const text = 'Die Agentur Interfax zitierte Vize-Außenminister Sergej Rjabkow mit den Worten: „Washington spielt mit dem Feuer.“ Eine Reaktion aus den USA gab es zunächst nicht.';
    check(quoteWith(text, 'Feuer'), { name: 'Sergej Rjabkow' });
  });

  it('"…, zitiert die „Bild“ einen Insider": the insider speaks', () => {
    const text = 'Im Kanzleramt herrscht dicke Luft. „Der Chef ist stinksauer“, zitiert die „Bild“ einen Insider.';
    const q = directs(text);
    expect(q.length).toBe(1);
    expect(q[0].speaker?.text).toContain('Insider');
  });

  it('nobody speaks where a source declines to comment', () => {
    const text = 'Der Kreml äußerte sich zunächst nicht zu den Berichten. Eine Sprecherin des Ministeriums war für eine Stellungnahme nicht zu erreichen.';
    expect(statements(text)).toEqual([]);
  });
});

describe('German: who is not the speaker', () => {
  it('"Trumps Sondergesandter X": the envoy speaks, not Trump', () => {
    const text = 'Trumps Sondergesandter Steve Witkoff traf am Donnerstag in Moskau ein. „Wir sind hier, um zuzuhören“, sagte Witkoff.';
    check(quoteWith(text, 'zuzuhören'), { name: 'Steve Witkoff', actor: null });
  });

  it('"Putins Berater X sagte, …": the adviser speaks, not Putin', () => {
    const text = 'Putins außenpolitischer Berater Juri Uschakow sagte, ein Gipfel sei noch nicht vereinbart. Zuerst müssten die Delegationen sprechen.';
    check(statementWith(text, 'Gipfel sei'), { name: 'Juri Uschakow', actor: null });
  });

  it('"sagte X an die Adresse Putins"', () => {
    const text = 'Kanzler Friedrich Merz hat Russland zu einer Waffenruhe aufgefordert. „Die Zeit der Ausreden ist vorbei“, sagte Merz an die Adresse Putins.';
    check(quoteWith(text, 'Ausreden'), { speaker: 'Merz', name: 'Friedrich Merz', actor: null });
  });

  it('"Die Grünen warfen Merz vor, …": the accusers speak, not the accused', () => {
    const text = 'Die Grünen warfen Merz vor, er habe die Wähler über die Schulden getäuscht. Der Kanzler wies das zurück.';
    expect(statementWith(text, 'Wähler').speaker?.text).toBe('Die Grünen');
  });

  it('"schrieb Trump auf seiner Plattform Truth Social"', () => {
    const text = 'Der US-Präsident zeigte sich optimistisch. „Es wird sehr bald einen Deal geben“, schrieb Trump auf seiner Plattform Truth Social.';
    check(quoteWith(text, 'Deal'), { speaker: 'Trump', actor: 'A03' });
  });
});

describe('German: live blogs and interviews', () => {
  it('a live-blog entry with its time, the speaker named again as "der Präsident"', () => {
    const text =
      '14.32 Uhr: Selenskyj meldet sich auf X zu Wort. „Russland hat in der Nacht erneut zivile Ziele angegriffen“, schrieb der Präsident.\n\n' +
      '14.10 Uhr: In Charkiw ist der Strom ausgefallen.';
    check(quoteWith(text, 'zivile Ziele'), { speaker: 'der Präsident', actor: 'A04' });
    expect(statements(text).some((s) => s.text.includes('Strom ausgefallen'))).toBe(false);
  });

  // Not yet: interview lines "Name: answer" after a question line are not read as the interviewee's answers.
  it.fails('an interview: the answers are the interviewee’s, the questions are not', () => {
    const text =
      'Verteidigungsminister Boris Pistorius über die Wehrpflicht und die Lage an der Ostflanke.\n\n' +
      'SPIEGEL: Herr Pistorius, ist die Bundeswehr schon kriegstüchtig?\n\n' +
      'Pistorius: Noch nicht. Aber wir holen auf, schneller als viele glauben.\n\n' +
      'SPIEGEL: Wann wird sie es sein?\n\n' +
      'Pistorius: Bis 2029 müssen wir so weit sein.';
    const all = statements(text);
    expect(all.some((s) => s.text.includes('kriegstüchtig') && s.speakerName === 'Boris Pistorius')).toBe(false);
    expect(all.some((s) => s.text.includes('Bis 2029') && s.speakerName === 'Boris Pistorius')).toBe(true);
  });
});

/**
 * A quantifier opening the sentence before a quote ("Viele arbeiteten seit Monaten …") is no one who speaks: the quote
 * goes on with the speaker before it.
 */
describe('German: a quantifier as the subject before a quote names no speaker', () => {
  it.each([
    ['Viele', 'Vor dem Landtag hatten sich rund 200 Lehrerinnen versammelt. Die Kolleginnen seien „am Limit“, sagte die GEW-Landesvorsitzende Sabine Kühnert. Viele arbeiteten seit Monaten über ihre Stundenzahl hinaus. „Wer jetzt noch Mehrarbeit verordnet, treibt die Leute in die Teilzeit.“', 'Mehrarbeit verordnet', 'Sabine Kühnert'],
    ['Manche', 'Der Betriebsratschef Thomas Brenner war empört über den Plan. Die Belegschaft sei „tief enttäuscht“, sagte er am Abend vor dem Werkstor. Manche haben schon gekündigt. „Wir verlieren gerade unsere besten Leute an die Konkurrenz.“', 'besten Leute', 'Thomas Brenner'],
  ])('%s', (_w, text, words, name) => check(statementWith(text, words), { name }));
});

/** German possessives are determiners: "Mein Großvater", "Unser Klinikum" name no one called "Mein" or "Unser". */
describe('German: a possessive opening a speaker phrase is no name', () => {
  it.each([
    ['Mein', 'Die Familie Wirtz lebt seit vier Generationen im Dorf. Jana Wirtz erinnert sich gut. „Der Bund hat aus mir einen Menschen gemacht“, sagte mein Großvater immer. Mein Großvater sagte: „Wir bleiben hier.“', 'Wir bleiben hier'],
    ['Unser', 'Die Kreisklinik bleibt offen. Unser Klinikum erklärte: „Die Versorgung der Region ist gesichert.“', 'Versorgung der Region'],
  ])('%s', (w, text, words) => {
    expect(statementWith(text, words).speakerName).not.toBe(w);
  });
});

describe('"Gemeint ist …" says whom words meant, no one speaks', () => {
  it('is no statement, and the spokeswoman after it is not its "speaker"', () => {
    const text = '„Für die Versorgung sind am Ende andere zuständig“, sagt Amtsdirektor Ralf Dittmann.\n\nGemeint ist die Kassenärztliche Vereinigung Brandenburg (KVBB). Eine Sprecherin sagte auf Anfrage, man bemühe sich um eine Lösung.';
    expect(statements(text).some((s) => s.speakerName === 'Gemeint' || s.text.startsWith('ist die'))).toBe(false);
    check(statementWith(text, 'bemühe sich'), { name: 'Eine Sprecherin' });
  });
});
