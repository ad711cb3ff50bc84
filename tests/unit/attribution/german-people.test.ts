import { describe, expect, it } from 'vitest';
import { check, spokenBy, statementWith } from './helpers';
import { isRole, makeDoc } from '../../../lib/attribution/doc';
import { segment } from '../../../lib/text/segment';

/**
 * German local copy and tabloids give an ordinary person's age in brackets after the name: "Kemal Y. (34)", "Kemal
 * Yilmaz (34)". That names someone even when the given name is one our lists lack, whom the next "er" or "sie" is.
 */
describe('a name with its age in brackets names someone', () => {
  it.each([
    ['a surname by its initial', 'Ein Feuer brach aus. Kemal Y. (34) wohnt direkt gegenüber. Er wird wach. „Ich bin ans Fenster gerannt“, erzählt er.', 'ans Fenster', 'Kemal Y'],
    ['a whole surname', 'Ein Feuer brach aus. Kemal Yilmaz (34) wohnt direkt gegenüber. Er wird wach. „Ich bin ans Fenster gerannt“, erzählt er.', 'ans Fenster', 'Kemal Yilmaz'],
    ['"(60 Jahre)"', 'Die Forscherin Anna Berg leitete das Team. Geführt wurde die Expedition von Telesforo Santillan (60 Jahre). Er hofft, dass das Dorf profitiert.', 'das Dorf profitiert', 'Telesforo Santillan'],
    ['a woman', 'Der Bürgermeister Hans Weber sprach zuerst. Ayşe Demir (52) wohnt seit zwanzig Jahren hier. „Das habe ich noch nie erlebt“, sagt sie.', 'noch nie erlebt', 'Ayşe Demir'],
  ])('%s', spokenBy);

  it('a club and its score in brackets name no one', () => {
    const text = 'Trainer Hans Weber war zufrieden. Schalke 04 (2) lag lange vorn. „Wir haben gekämpft“, sagte er.';
    expect(statementWith(text, 'gekämpft').speakerName).toBe('Hans Weber');
  });
});

/** Words German copy names a person by, which the role list lacked: a role is no part of the name that follows it. */
describe('German roles: Ankläger, Nachbar, Schüler', () => {
  it.each([
    ['"der Ankläger" is the prosecutor named before, not the defendant named last', 'Dennis K. schwieg. Staatsanwalt Henrik Lübbers sprach von einer Schutzbehauptung. K. habe gewusst, worauf er sich einlasse. „Wer so viel Geld bekommt, der weiß Bescheid“, sagte der Ankläger.', 'so viel Geld', 'Henrik Lübbers'],
    ['"Nachbar Kemal"', 'Ein Feuer brach aus. „Ich hörte nur noch das Baby schreien“, sagt Nachbar Kemal.', 'Baby schreien', 'Kemal'],
    ['"Schüler Jonas (17)"', 'Die Nachbarn sind fassungslos. Auch Schüler Jonas (17) ist geschockt: „Man denkt immer, so was passiert nur im Fernsehen.“', 'im Fernsehen', 'Jonas'],
  ])('%s', spokenBy);
});

/**
 * A sentence that opens with "Sollte" is a condition ("Sollte die Koalition Truppen schicken, wären diese …"): the modal
 * is no one's name, and a quotation in it is the last speaker's.
 */
describe('"Sollte …" opening a sentence is a condition, not a speaker', () => {
  it.each([
    ['Sollte', 'Lawrow sprach in Moskau. „Wir lehnen das ab“, sagte er. Sollte die Koalition der Willigen Truppen schicken, wären diese „legitime Ziele für unsere Streitkräfte“.', 'legitime Ziele', 'Sergei Lavrov'],
    ['Sollte es', 'Die Ministerin Anna Berg sprach in Berlin. „Wir sind bereit“, sagte sie. Sollte es so weit kommen, drohe eine „lange und teure Blockade für alle“.', 'teure Blockade', 'Anna Berg'],
  ])('%s', spokenBy);
});

/** "Nur", "Beide" opening a sentence name no one: the quote after them is not theirs. */
describe('"Nur" and "Beide" are no speakers', () => {
  it('"Nur so viel: „…“" is not said by "Nur"', () => {
    const text = 'Vorstandschef Matthias Rehberg sprach. Rehberg wollte das nicht kommentieren. Nur so viel: „Wir schauen uns alle Optionen an.“';
    expect(statementWith(text, 'alle Optionen').speakerName).not.toBe('Nur');
  });
  it.each([
    ['"Beide … stünden" before a quote', 'Die Politologin Katharina Wendl sieht die SPÖ unter Druck. „Hier geht es um Profilierung“, sagt sie. Beide ehemaligen Großparteien stünden vor einem Dilemma. „Die SPÖ braucht einen sichtbaren Erfolg.“', 'sichtbaren Erfolg', 'Katharina Wendl'],
  ])('%s', spokenBy);
});

describe('German lexicon from local and sports copy', () => {
  it.each([
    ['"SPD-Ratsfrau Heike Overbeck" is a role and a name', 'Die Bürgermeisterin Claudia Wiegand sprach. Auch SPD-Ratsfrau Heike Overbeck stimmte gegen den Plan. „Wir sind nicht gegen Wohnungen“, sagte sie.', 'gegen Wohnungen', 'Heike Overbeck'],
    ['"ÖVP-Klubobmann Gerald Pichlmayr" (Austrian copy) is a role and a name', 'Die Wohnministerin Sabine Hafner sprach. ÖVP-Klubobmann Gerald Pichlmayr sieht das naturgemäß anders. „Wir lassen uns nicht unter Druck setzen“, sagte er.', 'unter Druck', 'Gerald Pichlmayr'],
    ['"Lindemann sitze fest im Sattel" goes on with the reported speech', 'Sportdirektor Ralf Decker wollte nichts kleinreden. Die Mannschaft habe gezeigt, „dass sie lebt“, sagte er. Auch Lindemann sitze trotz der Negativserie fest im Sattel. „Sven hatte nie ein Problem mit uns.“', 'nie ein Problem', 'Ralf Decker'],
  ])('%s', spokenBy);
});

describe('German word order and compounds from a Bundestag debate', () => {
  it.each([
    ['a prepositional phrase before the verb is no subject: "Über ein Telefonat mit …, X und Y sagte Trump, …"', 'Trump sprach lange. Über ein Telefonat mit dem britischen Premier Keir Starmer, Frankreichs Präsident Emmanuel Macron und Bundeskanzler Friedrich Merz sagte Trump, es habe „ein paar kleine Meinungsverschiedenheiten“ gegeben.', 'Meinungsverschiedenheiten', 'Donald Trump'],
    ['"Bauministerin Sabine Rehberg" (a first part of three letters) is a role and a name', 'Die Abgeordnete Janina Ostermeier sprach. Schließlich trat Bauministerin Sabine Rehberg (SPD) ans Pult. Sie wies die Kritik zurück: „Der Bau-Turbo wirkt.“', 'Bau-Turbo', 'Sabine Rehberg'],
  ])('%s', spokenBy);

  it('"Mitten in ihren Ausführungen rief ein AfD-Abgeordneter: „…“" is a heckler in the body, not a headline', () => {
    const text = 'Bauministerin Sabine Rehberg sprach. „Da sind wir noch nicht da, wo wir sein müssen.“\n\nMitten in ihren Ausführungen rief ein AfD-Abgeordneter: „Bezahlbar für wen denn?“ Die Ministerin drehte sich um.';
    expect(statementWith(text, 'Bezahlbar').speaker?.text).toBe('ein AfD-Abgeordneter');
  });
});

describe('German openings before a name and a cue before a colon', () => {
  it.each([
    ['"Für Bernd Kowalczyk war …" names him', 'Die Studie stammt von der Universität Tübingen. Für Bernd Kowalczyk war genau das der Punkt. Der 63-Jährige aus Reutlingen hat teilgenommen. „Ich bin kein Sportler“, sagt er.', 'kein Sportler', 'Bernd Kowalczyk'],
    ['"…, warnt Wittkamp: „…“" after a sentence that opens with an infinitive', 'Der Diabetologe Jochen Wittkamp ist skeptisch. Ersetzen könne die Bewegung Medikamente nicht, warnt Wittkamp: „Niemand sollte deshalb eigenmächtig seine Tabletten absetzen.“', 'Tabletten', 'Jochen Wittkamp'],
  ])('%s', spokenBy);
});

describe('a role stem opens an inflected role, not a compound with a head of its own', () => {
  const roleAt = (text: string, word: string) => {
    const d = makeDoc(text, segment(text));
    return isRole(d, d.keys.indexOf(word));
  };
  it.each([
    ['Trainerinnen', true],
    ['Trainers', true],
    ['Trainerdiskussion', false],
  ] as const)('%s', (word, role) => {
    expect(roleAt(`Die ${word} waren da.`, word.toLowerCase())).toBe(role);
  });
});

it('Swiss offices are roles: "Nationalrätin Simone Wyss" is Simone Wyss', () => {
  expect(statementWith('«Der Bundesrat redet seit zwanzig Jahren vom Bauen», sagt Nationalrätin Simone Wyss (sp., Zürich).', 'vom Bauen').speakerName).toBe('Simone Wyss');
});

describe('German local copy: described witnesses and ages', () => {
  it.each([
    ['"Eine 38-jährige Anwohnerin hatte … gesehen" names someone, whom "sie" is', 'Polizeisprecherin Miriam Schönborn sprach. „Sie wussten genau, wann wenig los ist“, so die Sprecherin.\n\nEine 38-jährige Anwohnerin hatte die Männer kurz vor der Tat gesehen. „Die standen da bestimmt zehn Minuten rum“, sagte sie.', 'zehn Minuten', 'Eine 38-jährige Anwohnerin'],
    ['"Eine 67 Jahre alte Passantin … sagt sie": an age in three words before the noun, someone described', 'Pressesprecherin Anja Vogt erklärte den Ablauf. „Wir sperren ab Montag“, sagte Vogt.\n\nEine 67 Jahre alte Passantin bleibt am Bauzaun stehen. „Das dauert doch wieder ewig“, sagt sie.', 'dauert doch', 'Eine 67 Jahre alte Passantin'],
    ['"Die Passantin aus Harburg … sagte sie": the one described so before, not the last woman named', 'Eine 67 Jahre alte Passantin aus Harburg hörte zu. „Das dauert ewig“, sagte sie. Dann sprach Bauleiterin Jana Roth. „Wir liegen im Plan“, sagte Roth.\n\nDie Passantin aus Harburg ging kopfschüttelnd weiter. Auf dem Gehweg sagte sie nur: „Das glaube ich erst, wenn ich es sehe.“', 'glaube ich erst', 'Eine 67 Jahre alte Passantin aus Harburg'],
    ['"Die Bauleiterin … sagte sie": a role names the one named with it, as before', 'Eine Passantin hörte zu. „Das dauert ewig“, sagte sie. Dann sprach Bauleiterin Jana Roth.\n\nDie Bauleiterin ging weiter. Auf dem Gehweg sagte sie nur: „Wir liegen im Plan.“', 'im Plan', 'Jana Roth'],
    ['"Auch Kovačić wollte nichts beschönigen. „…“, meinte er": the surname after the particle, not the coach who spoke before', 'Trainer Ralf Hinrichs sprach zuerst. Kapitän Luka Kovačić traf per Kopf.\n\n„Das war zu wenig“, sagte Hinrichs nach dem Spiel.\n\nAuch Kovačić wollte nichts beschönigen. „Wir haben den Sieg hergeschenkt“, meinte er.', 'hergeschenkt', 'Luka Kovačić'],
    ['"Selbst Baumann räumte ein: „…“": the surname after "Selbst"', 'Stadträtin Vera Baumann und Bürgermeister Olaf Kirchner stritten lange. „Wir bleiben dabei“, sagte Kirchner.\n\nSelbst Baumann räumte ein: „Ganz ohne Kürzungen geht es nicht.“', 'ohne Kürzungen', 'Vera Baumann'],
    ['"Die 74-Jährige kauft …" before a quote is its speaker', 'Eine 38-jährige Anwohnerin hatte die Männer gesehen. „Die standen da rum“, sagte sie.\n\nHelga Brandt wohnt seit mehr als 40 Jahren über dem Kiosk. Die 74-Jährige kauft dort jeden Morgen ihre Zeitung. „Herr Aydın ist die gute Seele der Straße.“', 'gute Seele', 'Helga Brandt'],
  ])('%s', spokenBy);
});

/** Two people named after one role in the plural, and German nouns around a role that name no one. */
describe('people after a role, and the words that are not theirs', () => {
  it.each([
    ['"den CDU-Abgeordneten X und Y. Letzterer": the second, whatever the given name', 'Kritik kam von der Opposition, etwa von den CDU-Abgeordneten Kerstin Wolff und Falk Brettschneider. Letzterer befürchtet einen Dominoeffekt: „Erst die Geburtshilfe, dann die Chirurgie.“', 'Geburtshilfe', 'Falk Brettschneider'],
    ['"Der Berater begleitet … Rheinland-Pfalz Gründungen" names no one', 'Ganz so romantisch sieht es Günter Raab nicht. Der Berater begleitet für das Netzwerk Dorfläden Rheinland-Pfalz Gründungen im ganzen Land. Viele Projekte gäben wieder auf, warnt er. „Ein Dorfladen ist kein Hobby.“', 'kein Hobby', 'Günter Raab'],
    ['"Dessen Präsident, der Zürcher Anwalt X, spricht": the name in apposition', 'Gemeindepräsidentin Seraina Gianotti ist erleichtert. «So kann es nicht weitergehen», sagt sie. Enttäuscht zeigt sich der Verein. Dessen Präsident, der Zürcher Anwalt Hansjörg Meier, spricht von einer «Strafsteuer für Leute, die seit Jahrzehnten Steuern zahlen».', 'Strafsteuer', 'Hansjörg Meier'],
  ])('%s', spokenBy);
});

/** A role after the words it attributes is none of the people those words name; a party member is named by the party. */
describe('a role after the words: not someone they name; "der Republikaner", "der Freiheitliche"', () => {
  it.each([
    ['de "sagte der Unternehmer"', 'Paul Weber sprach am Montag in Berlin. Peter Roth müsse „realistischer“ werden, sagte der Unternehmer vor Journalisten.', 'realistischer', 'Paul Weber'],
    ['fr "a dit l’entrepreneur"', 'Paul Weber a parlé lundi à Paris. Pierre Roth doit devenir « plus réaliste », a dit l’entrepreneur devant les journalistes.', 'plus réaliste', 'Paul Weber'],
    ['en "the businessman told"', 'Paul Weber spoke in Boston on Monday. Peter Roth must become "more realistic," the businessman told reporters.', 'more realistic', 'Paul Weber'],
    ['de "sagte der Republikaner"', 'US-Präsident Donald Trump hatte zuvor im Weißen Haus gesprochen. Selenskyj müsse „realistischer“ werden, sagte der Republikaner. „Er hat nicht die Karten.“', 'nicht die Karten', 'Donald Trump'],
    ['de "sagte der Freiheitliche"', 'FPÖ-Landesparteichef Günther Aigner stellt klare Bedingungen. „Die Wähler haben uns einen klaren Auftrag gegeben“, sagte der Freiheitliche im Radio.', 'klaren Auftrag', 'Günther Aigner'],
  ])('%s', spokenBy);
});

/** Someone named after a time or a place, described after a comma, or by a feminine role in -wältin, -ärztin, -login. */
describe('German witnesses and officials named in court and local copy', () => {
  it.each([
    ['"sagte am Nachmittag Gisela M. aus, eine Rentnerin aus Oberursel": the witness, not someone new', 'Die Parks habe es nie gegeben, sagte Oberstaatsanwältin Katrin Wehner. Als erste Zeugin sagte am Nachmittag Gisela M. aus, eine Rentnerin aus Oberursel. Sie hatte dem Berater ihre Ersparnisse anvertraut. „Er hat mir in die Augen gesehen und gelogen“, sagte die frühere Grundschullehrerin.', 'gelogen', 'Gisela M'],
    ['"am Nachmittag Gisela Maier": the time is no part of the name', 'Bürgermeister Jens Kraus eröffnete die Sitzung. Dann sprach am Nachmittag Gisela Maier. „Wir geben nicht auf“, sagte sie.', 'nicht auf', 'Gisela Maier'],
    ['"Oberstaatsanwältin Katrin Wehner" is a woman: "er" is not her', 'Verteidiger Jörg Hellmann widersprach. Danach verlas Oberstaatsanwältin Katrin Wehner die Anklage. „Das ist nicht glaubhaft“, sagte er.', 'nicht glaubhaft', 'Jörg Hellmann'],
  ])('%s', spokenBy);
});

/** Someone the text introduces by a definite article and an age, and names again by that age; a body is no role. */
describe('German: "Die 84-jährige Zeugin", "Die 84-Jährige", "Die Staatsanwaltschaft"', () => {
  it.each([
    ['"Die 84-jährige Zeugin aus Lindenthal glaubte jedes Wort": someone new, whom "sie" is', 'Es war ein Anruf, wie ihn die Polizei seit Jahren beschreibt. Die 84-jährige Zeugin aus Lindenthal glaubte jedes Wort. „Ich war wie in einem Tunnel“, sagte sie am Dienstag.', 'Tunnel', 'Die 84-jährige Zeugin aus Lindenthal'],
    ['"Die 84-Jährige hat …" names her again after another woman', 'Die 84-jährige Zeugin aus Lindenthal glaubte jedes Wort. Die Vorsitzende Richterin Ulrike Berghoff fragte nach. Die 84-Jährige hat ihr Geld bis heute nicht zurück. „Ich will, dass andere Leute gewarnt sind“, sagte die Rentnerin.', 'gewarnt', 'Die 84-jährige Zeugin aus Lindenthal'],
    ['"Die Staatsanwaltschaft" is a body, not the last woman named', 'Die 38-jährige Frau war sofort tot. Die Staatsanwaltschaft gab am Dienstag eine Stellungnahme ab. Darin steht: „Besonders betroffen sind wir, weil die Möglichkeit bestanden hätte.“', 'Besonders betroffen', 'Staatsanwaltschaft'],
  ])('%s', spokenBy);
});

/** German capitalises every noun: an adjective and a noun at a sentence's start, an article and a noun after them, name no one. */
describe('a German description of a scene is no name', () => {
  it('"Dunkelblauer Anzug, die Hände gefaltet: Gerhard Pichler …" — "er" after it is Pichler', () => {
    const text = 'Wien. Dunkelblauer Anzug, die Hände vor sich auf dem Tisch gefaltet: Gerhard Pichler wirkt am Mittwoch im Straflandesgericht gefasst. „Ich wollte niemandem schaden“, sagt er gleich zu Beginn.';
    check(statementWith(text, 'niemandem schaden'), { name: 'Gerhard Pichler' });
  });

  it.each([
    ['a role in apposition (guard)', 'Vor dem Gericht wartete eine kleine Gruppe. Kasimir Wolanski, der Sprecher der Initiative, hielt ein Plakat hoch. „Wir erwarten ein klares Urteil“, sagte er.', 'klares Urteil', 'Kasimir Wolanski'],
    ['a relative clause (guard)', 'Vor dem Gericht wartete eine kleine Gruppe. Kasimir Wolanski, der seit Jahren gegen das Projekt kämpft, hielt ein Plakat hoch. „Wir erwarten ein klares Urteil“, sagte er.', 'klares Urteil', 'Kasimir Wolanski'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

/**
 * German puts the subject after the verb when something else opens the clause: "Das sieht Olaf Reimers anders." A word
 * in lower case between a determiner and the name is the verb there, not a noun the name is the object of (as French "la
 * favorite Anna Gruber" is): the name is someone the next "er" or "der Politiker" is.
 */
describe('German: a name after the verb of a clause that a pronoun opens', () => {
  it.each([
    ['"er"', 'Die Stadt will die Halle schließen. Das sieht Olaf Reimers anders. „Erst wird zu wenig investiert, dann heißt es, es lohne sich nicht mehr“, sagte er.', 'lohne sich nicht', 'Olaf Reimers'],
    ['"der SPD-Politiker"', 'Die Stadt will die Halle schließen. Das überzeugt Olaf Reimers nicht. „Das ist eine politische Entscheidung“, sagte der SPD-Politiker.', 'politische Entscheidung', 'Olaf Reimers'],
  ])('%s', spokenBy);
});

/**
 * A definite description with an age that opens the sentence after someone is named ("… weiss Sandra Gerber. Die
 * 34-jährige Primarlehrerin aus Burgdorf hat …") names them again and gives them that age; an indefinite one ("Eine
 * 34-jährige Lehrerin") is someone new.
 */
describe('German: a definite description with an age after a name is that person', () => {
  it.each([
    ['"Die 34-jährige Primarlehrerin"', 'Wie es in der Praxis aussieht, weiss Sandra Gerber. Die 34-jährige Primarlehrerin aus Burgdorf hat einen Quereinsteiger begleitet. «Er war hoch motiviert», erzählt sie.', 'hoch motiviert', 'Sandra Gerber'],
    ['"Der 63-jährige Winzer", a quote with no cue', '„So etwas habe ich in 40 Jahren nicht erlebt“, sagt Josef Pölzl. Der 63-jährige Winzer steht am Dienstagmorgen zwischen seinen Rebzeilen. „Die Trauben sind weg, die Triebe sind kaputt.“', 'Trauben sind weg', 'Josef Pölzl'],
    ['and "die 34-Jährige" later is her by that age', 'Wie es in der Praxis aussieht, weiss Sandra Gerber. Die 34-jährige Primarlehrerin aus Burgdorf hat einen Quereinsteiger begleitet. Schulleiter Martin Roth lobt sie. „Sie hat viel Zeit investiert“, sagt Roth. „Es hat sich gelohnt“, sagt die 34-Jährige.', 'gelohnt', 'Sandra Gerber'],
  ])('%s', spokenBy);

  it('keeps an indefinite description someone new (read so already)', () => {
    const text = 'Wie es in der Praxis aussieht, weiss Sandra Gerber. Eine 29-jährige Kollegin aus Thun hat es anders erlebt. „Ich war allein“, sagt sie.';
    expect(statementWith(text, 'allein').speakerName).not.toBe('Sandra Gerber');
  });
});
