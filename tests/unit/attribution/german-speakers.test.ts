/**
 * German speakers that word order, frames and newsroom phrasing name: the subject after the verb when a thing opens
 * the clause, the source a frame names, cut before the verb, ", so urteilte X", "mit diesen Worten". Every passage is invented
 * for this file, written the way German copy runs.
 */
import { describe, expect, it } from 'vitest';
import { check, ownWords, spokenBy, statements, statementWith } from './helpers';

/** The speaker's own words in marks that hold `words` (direct, or quoted inside reported speech). */
function quoteWith(text: string, words: string) {
  const found = ownWords(text).filter((s) => s.text.includes(words));
  if (found.length !== 1) throw new Error(`expected one quote holding "${words}", got ${JSON.stringify(ownWords(text).map((s) => s.text))}`);
  return found[0];
}

describe('German: "er" right after the verb is its subject, whatever opens the clause', () => {
  it.each([
    [
      'an object with a possessive in the Vorfeld',
      'Die Pflegekräfte der Kreisklinik haben die Arbeit niedergelegt. Landrat Jörg Hansen zeigte wenig Verständnis. Deren Forderungen bezeichnete er als „völlig überzogen und nicht bezahlbar“.',
      'völlig überzogen',
      'er',
      'Jörg Hansen',
    ],
    [
      'an object that names a person in the Vorfeld, a colon',
      'Nach der Abstimmung trat Fraktionschef Malte Sommer vor die Presse. Die Rede der Bürgermeisterin lobte er ausdrücklich: „Sie hat heute für die ganze Stadt gesprochen.“',
      'ganze Stadt',
      'er',
      'Malte Sommer',
    ],
  ])('%s', (_, text, words, speaker, name) => check(quoteWith(text, words), { speaker, name }));
});

describe('German: the source a frame names ends before the verb', () => {
  it('"Nach Aussagen eines Anwohners sei der Wagen „…“": the resident, not "eines Anwohners sei der Wagen"', () => {
    const text = 'Auf der Landstraße bei Hofheim ist ein Lieferwagen verunglückt. Laut Polizei war die Fahrbahn trocken. Nach Aussagen eines Anwohners sei der Wagen „wie ein Geschoss“ durch die Kurve gefahren.';
    check(quoteWith(text, 'Geschoss'), { speaker: 'eines Anwohners' });
  });
});

describe('German: ", so" with a verb or a place after the speaker', () => {
  it.each([
    [
      '", so urteilte X über …"',
      'Das Stadtfest hat am Wochenende mehr Besucher angezogen als je zuvor. Ein „großer Gewinn für die ganze Altstadt“, so urteilte Bürgermeisterin Petra Lamm über die drei Tage.',
      'großer Gewinn',
      'Bürgermeisterin Petra Lamm',
    ],
    [
      '", so X gegenüber …"',
      'Die Bahnstrecke bleibt bis Ende März gesperrt. Die Arbeiten seien „dringender als gedacht“, so Projektleiter Ralf Quast gegenüber dem Lokalradio.',
      'dringender als gedacht',
      'Projektleiter Ralf Quast',
    ],
  ])('%s', (_, text, words, speaker) => check(quoteWith(text, words), { speaker }));

  it('a frame after ", so X" stays the source: ", so die Lesart laut der Agentur X"', () => {
    const text = 'Die Gefangenen wurden am Morgen freigelassen, als „Zeichen des guten Willens“, so die amtliche Lesart laut der Nachrichtenagentur Tasnim.';
    check(quoteWith(text, 'guten Willens'), { speaker: 'der Nachrichtenagentur Tasnim' });
  });
});

describe('German: "mit diesen Worten" after the quote names who said it', () => {
  it('„…“, mit diesen Worten meldete sich X zurück', () => {
    const text = 'Nach sechs Wochen Pause stand der Kapitän wieder auf dem Platz. „Ich bin fit und habe richtig Lust auf das Derby“, mit diesen Worten meldete sich Jonas Wendt am Dienstag zurück.';
    check(quoteWith(text, 'richtig Lust'), { speaker: 'Jonas Wendt', name: 'Jonas Wendt' });
  });
});

describe('German: reported speech in the subjunctive goes on with the person the sentence before is about', () => {
  it.each([
    [
      'the subject before the verb, no cue in that sentence',
      '„Wir liegen im Plan“, sagte Projektleiter Karl Ostrowski. Bürgermeisterin Ines Rauch legte am Montag den Haushalt vor. Die Rücklagen seien „fast vollständig aufgebraucht“.',
      'vollständig aufgebraucht',
      'Bürgermeisterin Ines Rauch',
      'Ines Rauch',
    ],
    [
      'the subject after the verb ("nahm … Stellung")',
      '„Wir liegen im Plan“, sagte Projektleiter Karl Ostrowski. Am Abend nahm auch Landrätin Heike Brandl zu dem Streit Stellung. Jede Gemeinde könne „selbst über ihre Schulen entscheiden“.',
      'selbst über ihre Schulen',
      'Landrätin Heike Brandl',
      'Heike Brandl',
    ],
  ])('%s', (_, text, words, speaker, name) => check(quoteWith(text, words), { speaker, name }));

  it('not when the sentence before is a statement of its own: the last speaker goes on', () => {
    const text = 'Bürgermeisterin Ines Rauch legte am Montag den Haushalt vor. „Wir müssen sparen“, sagte Projektleiter Karl Ostrowski. Die Rücklagen seien „fast vollständig aufgebraucht“.';
    check(quoteWith(text, 'vollständig aufgebraucht'), { name: 'Karl Ostrowski' });
  });
});

describe('German: the one "zitiert" names is who spoke', () => {
  it.each([
    [
      '"„…“, zitierte man X"',
      'Die Schlichtung ist gescheitert. „Wir bleiben hart bis zum letzten Tag“, zitierte man den Gewerkschafter Uwe Roth am Abend.',
      'bis zum letzten Tag',
      'den Gewerkschafter Uwe Roth',
    ],
    [
      '"…, „…“, wird X, Sprecher …, zitiert"',
      'Der Landkreis will die Buslinien ausbauen. Das sei eine „echte Chance für die Dörfer im Süden“, wird Uwe Roth, Sprecher des Verkehrsverbunds, zitiert.',
      'echte Chance',
      'Uwe Roth',
    ],
    [
      '"…, „…“, wie X von der Zeitung zitiert wird"',
      'Der Skandal um die Schiedsrichter weitet sich aus. Der Betreuer habe jedem Geld gegeben, „damit wir einen schönen Abend haben“, wie Linienrichter Tom Hoyer von der Zeitung zitiert wird.',
      'schönen Abend',
      'Linienrichter Tom Hoyer von der Zeitung',
    ],
    [
      '"…, wie sich X ausdrückte"',
      'Der Tarifstreit wird schärfer. Die Arbeitgeber sprechen von „purer Erpressung durch die Gewerkschaft“, wie sich Verbandschef Uwe Roth ausdrückte.',
      'purer Erpressung',
      'Verbandschef Uwe Roth',
    ],
  ])('%s', (_, text, words, speaker) => check(quoteWith(text, words), { speaker }));
});

describe('German: an adverb between the subject and the participle of the cue', () => {
  it('"…, hatte Koch-Brandt damals gesagt": the name, not the pronoun that opens the sentence', () => {
    const text = 'Die Autorin Lena Koch-Brandt hat ihren Doktortitel verloren. Sie wisse, dass ihre Arbeit „nicht frei von Fehlern und manchmal ungenau“ sei, hatte Koch-Brandt damals gesagt.';
    check(quoteWith(text, 'nicht frei von Fehlern'), { speaker: 'Koch-Brandt' });
  });
});

describe('German: of two main clauses before a colon, the last one\'s subject speaks', () => {
  it.each([
    [
      'joined by a comma, the subject with its name in apposition',
      'Der Streit um die Gesamtschulen geht weiter. Schulministerin Eva Lenz wies die Vorwürfe zurück, die Sprecherin der Elternvertretung, Sandra Kern, erklärte: „Neid hilft hier keinem einzigen Kind.“',
      'keinem einzigen Kind',
      'Sandra Kern',
    ],
    [
      'joined by "und"',
      'Vor dem Rathaus versammelten sich am Samstag Hunderte. Die Menge pfiff lautstark und der Sprecher der Initiative, Karl Baum, rief vom Podium: „Wir geben nicht auf, niemals!“',
      'geben nicht auf',
      'Karl Baum',
    ],
  ])('%s', (_, text, words, name) => check(quoteWith(text, words), { name }));

  it.each([
    ['a subject and its apposition are one clause', 'Anna Berg, die das Amt seit zehn Jahren leitet, sagte am Montag: „Wir geben nicht auf, niemals!“', 'Anna Berg'],
    [
      'the "und" of two compounds that share their head',
      'Am Rande des Parteitags trat Otto Brenner vor die Presse. Brenner hatte die Rolle der Fraktions- und Parteivorsitzenden betont: „Die Entscheidungen fallen im kleinen Kreis.“',
      'Brenner',
    ],
  ])('not when %s', (_, text, speaker) => check(ownWords(text)[0], { speaker }));
});

describe('German: what opens the clause is not the subject', () => {
  it.each([
    [
      'a preposition with its capital at the sentence start ("Angesichts solcher …")',
      'Herkömmliche Äpfel sind billiger und halten länger. Angesichts solcher Alternativen nannte Reinhard Jung, Geschäftsführer des Obstbauernverbands, die neue Sorte „so überflüssig wie ein Kropf“.',
      'überflüssig wie ein Kropf',
      'Reinhard Jung',
    ],
    [
      'a long object with a party in brackets, "er" after the verb',
      'Der Altkanzler gab der Zeitung ein langes Interview. Die Arbeit der Regierung in den ersten Wochen seit dem Amtsantritt von Anna Berg (SPD) als Ministerin lobte er mit den Worten: „Sie handelt ruhig und ohne jedes Getöse.“',
      'ohne jedes Getöse',
      'er',
    ],
  ])('%s', (_, text, words, speaker) => check(quoteWith(text, words), { speaker }));
});

describe('German: "Für X" gives X\'s view', () => {
  it.each([
    [
      'a role and a name with no article, a party in brackets',
      'Der Sportverein stellt eine frühere Straftäterin als Trainerin ein. Für Bildungssenatorin Anna Berg (SPD) gilt die Anstellung als „gelungenes Beispiel für einen Neuanfang“.',
      'gelungenes Beispiel',
      'Bildungssenatorin Anna Berg',
    ],
    [
      'in the subjunctive after another speaker\'s quote, a noun the lexicon lacks before the name',
      'Als „verpasste Chance“ wertete der Abgeordnete Volker Kern die Amtszeit. „Unter ihm ist die Kirche hinter viele Reformen zurückgefallen“, sagte Kern.\n\nFür den Theologen Hans Kunz sei der Rücktritt dagegen „aus vielen Gründen verständlich“. Kunz gilt seit Jahren als Kritiker.',
      'aus vielen Gründen',
      'den Theologen Hans Kunz',
    ],
  ])('%s', (_, text, words, speaker) => check(quoteWith(text, words), { speaker }));
});

describe('German: the subject after the verb ends before the object', () => {
  it('"Als „…“ beurteilte der Abgeordnete X die Amtszeit. „…“": X, and X again for the quote that follows', () => {
    const text = '„Wir hoffen auf einen Neuanfang“, sagte die Bischöfin. Als „verpasste Chance“ beurteilte der Abgeordnete Volker Kern die Amtszeit des Bischofs. „Unter ihm ist die Kirche hinter viele Reformen zurückgefallen.“';
    check(quoteWith(text, 'verpasste Chance'), { speaker: 'der Abgeordnete Volker Kern' });
    check(quoteWith(text, 'Unter ihm'), { name: 'Volker Kern' });
  });
});

describe('German: who speaks when an outlet reports it, or a list names them', () => {
  it('"Wie der Sender berichtet, gab X eine Antwort: „…“": X, not the outlet', () => {
    const text = 'Eine offizielle Stellungnahme gab es zunächst nicht. Wie der Sender berichtet, gab Pressesprecher Karl Moos dem Sender eine kurze Antwort: „Dazu sagen wir heute gar nichts.“';
    check(quoteWith(text, 'gar nichts'), { name: 'Karl Moos' });
  });

  it('"…, so X („…“), und die Ministerin Y: „…“": the last of the list speaks after the colon', () => {
    const text = '„Wir freuen uns sehr“, sagte ein Sprecher des Vereins. Auch andere gratulierten, so der Leiter der Behörde, Hans Kern („Niemand hat diese Ehre mehr verdient.“), und die Ministerin Eva Lenz: „Der Preis kommt genau zur richtigen Zeit.“';
    check(quoteWith(text, 'Ehre mehr verdient'), { name: 'Hans Kern' });
    check(quoteWith(text, 'richtigen Zeit'), { speaker: 'die Ministerin Eva Lenz', name: 'Eva Lenz' });
  });
});

describe('German: the quotation\'s own clause names who said it', () => {
  it('"…, weil die Regierung das Land als „…“ bezeichnet hat": the subject of the "weil" clause', () => {
    const text = '„Wir prüfen den Bericht“, sagte ein Sprecher der Kommission. Der Bericht ist heikel, weil die Regierung das Land im letzten Monat als „junge und mutige Demokratie“ bezeichnet hat.';
    check(quoteWith(text, 'mutige Demokratie'), { speaker: 'die Regierung' });
  });

  it('"wird die Gefahr von Bränden vom Wetterdienst als „…“ eingestuft": the last agent of the passive', () => {
    const text = 'Die Trockenheit hält an. In weiten Teilen des Landes wird die Gefahr von Bränden vom Wetterdienst als „sehr hoch“ eingestuft.';
    check(quoteWith(text, 'sehr hoch'), { speaker: 'Wetterdienst' });
  });
});

describe('German: a noun of saying names its source in the genitive', () => {
  it('"Auf den Vorwurf der Opposition, es handele sich um „…“, …": the opposition', () => {
    const text = 'Der Stadtrat stimmte dem Bauantrag zu. Auf den Vorwurf der Opposition, es handele sich um einen „Antrag für die Reichen“, ging niemand ein.';
    check(quoteWith(text, 'für die Reichen'), { speaker: 'der Opposition' });
  });
});

/** Clauses inside the German Vorfeld and after the subject, and "stellen" without its particle. */
describe('German clause structure around a cue (session of 2026-12-06)', () => {
  it.each([
    ['a relative clause in the Vorfeld holds no main verb', 'Der Konzernchef Axel Reinholz, 61, trat am Montag zurück. Aufsichtsratschef Bernd Kleinschmidt sprach von einem Einschnitt.\n\nIn einer persönlichen Stellungnahme, die Aufsichtsratschef Bernd Kleinschmidt vor Journalisten verlas, erklärte der 61-Jährige: „Ich übernehme die Verantwortung für eine Kommunikation, die Vertrauen gekostet hat.“', 'Ich übernehme', 'Axel Reinholz'],
    ['"…, stellte der 58-Jährige klar, auch wenn …": the clause ends at the particle', 'Die CSU verlor bei der Wahl deutlich. „Das ist ein herber Dämpfer“, sagte der Kreisvorsitzende Georg Aumüller am Montag. Die Verantwortung dafür trage der Vorstand, nicht Kandidatin Helga Rötzer, stellte der 58-Jährige klar, auch wenn Rötzer nur auf dem dritten Platz gelandet war.', 'Verantwortung dafür', 'Georg Aumüller'],
    ['a noun of a person opening the sentence before a given name is no part of the name', 'Eine Bahnsprecherin wies die Darstellung zurück.\n\nGemeinderat Ulrich Pfänder (CDU) stellte sich hinter die Bürgermeisterin. „Wenn man sich auf das Wort eines Konzerns nicht verlassen kann, worauf dann?“, fragte er.', 'Wort eines Konzerns', 'Ulrich Pfänder'],
  ])('%s', (_case, text, words, name) => check(statementWith(text, words), { name }));

  it.each([
    ['"stellte sich … nicht"', 'Der Konzernchef Axel Reinholz trat am Montag zurück. Reinholz selbst stellte sich den Fragen der Presse nicht.'],
    ['"stellt … bereit"', 'Der Hersteller hat am Montag ein Update veröffentlicht. Apple stellt die neue Version ab sofort zum Download bereit.'],
    ['"stellte sich hinter"', 'Der Gemeinderat tagte am Abend. Gemeinderat Ulrich Pfänder stellte sich hinter die Bürgermeisterin.'],
  ])('"stellen" without a particle of saying says nothing: %s', (_case, text) => {
    expect(statements(text)).toEqual([]);
  });

  it.each([
    ['"stellte fest, …"', 'Die Regierung hat am Montag in Berlin über die Lage beraten. Der Minister stellte fest, die Lage sei ernst.', 'Lage sei ernst'],
    ['"stellte … infrage"', 'Die Regierung hat am Montag in Berlin über die Wahl beraten. Der Minister stellte zudem den Zeitpunkt der Wahl infrage.', 'Zeitpunkt der Wahl'],
    ['"stellte … in Frage"', 'Die Regierung hat am Montag in Berlin über die Wahl beraten. Der Minister stellte zudem den Zeitpunkt der Wahl in Frage.', 'Zeitpunkt der Wahl'],
  ])('"stellen" with its particle is a cue: %s', (_case, text, words) => {
    check(statementWith(text, words), { speaker: 'Der Minister' });
  });
});

describe('an age noun names the one the text gave that age', () => {
  it.each([
    ['de, "der 61-Jährige" after another man', 'Der Konzernchef Axel Reinholz, 61, trat zurück. Aufsichtsratschef Bernd Kleinschmidt, 70, sprach von einem Einschnitt. „Ich übernehme die Verantwortung“, sagte der 61-Jährige.', 'Verantwortung', 'Axel Reinholz'],
    ['de, "die 52-Jährige" after another woman', 'Die Pflegerin Sabine Roth, 52, sagte aus. Die Richterin Anna Berg, 45, hörte zu. „Ich habe alles gemeldet“, sagte die 52-Jährige.', 'alles gemeldet', 'Sabine Roth'],
    ['de, "der 49 Jahre alte Finne"', 'Der Läufer Mika Virtanen, 49, gewann das Rennen. Sein Trainer Jukka Salo, 55, jubelte im Ziel. „Ich habe nicht mehr daran geglaubt“, sagte der 49 Jahre alte Finne.', 'daran geglaubt', 'Mika Virtanen'],
  ])('%s', (_case, text, words, name) => check(statementWith(text, words), { name }));
});

/** ", so X weiter": German's tail frame with an adverb after the name, before a full stop or a colon and a quote. */
describe('German: ", so X weiter" and the quote after its colon', () => {
  const lead = 'Der Ökonom Peter Elshorst sprach am Montag in Berlin über die Lage der Branche. Der Finanzvorstand Martin Finck sagte: „Solche Zahlungen gab es überall.“ ';
  it.each([
    ['an adverb after the name, then a full stop', lead + 'Die Lage sei ernst, so Elshorst weiter.', 'Die Lage sei ernst', 'Peter Elshorst'],
    ['a role and an adverb', lead + 'Die Lage sei ernst, so der Ökonom abschließend.', 'Die Lage sei ernst', 'Peter Elshorst'],
    ['the quote after the frame, an adverb before its colon', lead + 'Die Lage sei ernst, so Elshorst weiter: „Das ist in anderen Firmen auch üblich.“', 'anderen Firmen', 'Peter Elshorst'],
    ['the quote after the frame, the name before its colon', lead + 'Die Lage sei ernst, so Elshorst: „Das ist in anderen Firmen auch üblich.“', 'anderen Firmen', 'Peter Elshorst'],
  ])('%s', spokenBy);

  it('keeps the reported words before the frame a statement of their own', () => {
    spokenBy('', lead + 'Die Lage sei ernst, so Elshorst weiter: „Das ist in anderen Firmen auch üblich.“', 'Die Lage sei ernst', 'Peter Elshorst');
  });
});

/** A name, then its role set off by commas, then the verb: the name is the subject, not a phrase after the verb. */
describe('German: a name and its apposition before "äußerte sich"', () => {
  it('names the speaker of what follows, not "einem Interview"', () => {
    const text = 'Hansjörg Elshorst, Vorstandsvorsitzender von Transparency International, äußerte sich in einem Interview mit dem Deutschlandfunk zu dem Vorfall. Er sagte: „Das ist in vielen Firmen üblich.“';
    spokenBy('', text, 'vielen Firmen', 'Hansjörg Elshorst');
  });
  it('reports nothing when only where and on what someone commented is said', () => {
    const text = 'Hansjörg Elshorst, Vorstandsvorsitzender von Transparency International, äußerte sich in einem Interview mit dem Deutschlandfunk zu dem Vorfall.';
    expect(statements(text)).toEqual([]);
  });
  it('still reports "äußerte sich" with a clause after it', () => {
    spokenBy('', 'Hansjörg Elshorst, Vorstandsvorsitzender von Transparency International, äußerte sich zuversichtlich, dass der Konzern die Affäre aufklären werde.', 'Affäre aufklären', 'Hansjörg Elshorst');
  });
});

describe('German: an indirect question is no statement, and "aussagen" is a cue', () => {
  it('reads "Was er gesagt habe, …, sagte der Minister" as the minister\'s, whole', () => {
    const text = 'Der Minister Thomas Weber hat sich am Montag in Berlin zu den Vorwürfen geäußert. Was er gesagt habe, sei falsch verstanden worden, sagte der Minister.';
    const s = statementWith(text, 'falsch verstanden');
    check(s, { name: 'Thomas Weber', speaker: 'der Minister' });
    expect(s.text.startsWith('Was er gesagt habe')).toBe(true);
  });
  it('gives a quote after "hatte als Zeugin ausgesagt" to the witness, described and not named', () => {
    const text = 'Rechtsanwalt Thomas Rieder sprach von einem politischen Verfahren. Eine frühere Mitarbeiterin der Bauverwaltung hatte zuvor als Zeugin ausgesagt. Sie habe Bedenken gegen die Vergabe geäußert. „Die Antwort war immer dieselbe.“';
    spokenBy('', text, 'immer dieselbe', 'Eine frühere Mitarbeiterin der Bauverwaltung');
  });
});

/**
 * A German perfect with its object between the auxiliary and the participle ("Lawrow hat die Bereitschaft Moskaus
 * bekräftigt, …"): the name before the auxiliary is the subject, not the object, whose article may be a nominative's
 * too. After an adverbial opening the subject follows the auxiliary ("Am Montag hat die Ministerin betont, …").
 */
describe('German: the name before the auxiliary, not the object after it', () => {
  it.each([
    ['a surname', 'Die Gespräche dauerten drei Stunden. Lawrow hat die Bereitschaft Moskaus bekräftigt, der Ukraine Sicherheitsgarantien zu geben.', 'Sicherheitsgarantien', 'Sergei Lavrov'],
    ['a role and a name', 'Die Gespräche dauerten drei Stunden. Russlands Außenminister Sergej Lawrow hat die Bereitschaft Moskaus bekräftigt, der Ukraine Garantien zu geben.', 'Garantien zu geben', 'Sergei Lavrov'],
    ['a role and a name of someone new (read so already)', 'Der Streit dauert seit Wochen. Bürgermeisterin Anja Kessler hat die Bereitschaft der Stadt bekräftigt, den Vereinen neue Hallen zu bauen.', 'neue Hallen', 'Anja Kessler'],
  ])('%s', spokenBy);

  it.each([
    ['an adverbial opening (read so already)', 'Die Gespräche dauerten drei Stunden. Am Montag hat die Ministerin betont, die Lage sei ernst.', 'Lage sei ernst', 'die Ministerin'],
  ])('%s', spokenBy);
});
