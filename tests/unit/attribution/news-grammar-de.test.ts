/**
 * The constructions by which German news copy names, and names again, the person who speaks, one passage of invented
 * wire copy per form (tests/attribution/README.md: speaker = the mention next to the cue as written, name = who said it).
 * Written from how the German press writes, not from any article of the set or a corpus.
 */
import { describe, expect, it } from 'vitest';
import { check, ownWords, statementWith } from './helpers';

/** The speaker's own words in marks that hold `words` (direct, or quoted inside reported speech). */
function quoteWith(text: string, words: string) {
  const found = ownWords(text).filter((s) => s.text.includes(words));
  if (found.length !== 1) throw new Error(`expected one quote holding "${words}", got ${JSON.stringify(ownWords(text).map((s) => s.text))}`);
  return found[0];
}

describe('German: speaker position around the cue', () => {
  it.each([
    ['preposed with a colon', 'Die Gewerkschaft Verdi hat zu neuen Warnstreiks aufgerufen. Verdi-Chef Frank Werneke sagte: „Die Arbeitgeber haben kein ernsthaftes Angebot vorgelegt.“ Die Arbeitgeber wiesen das zurück.', 'ernsthaftes Angebot', 'Verdi-Chef Frank Werneke', 'Frank Werneke'],
    ['postposed, the surname', 'Bundesinnenministerin Nancy Faeser hat am Montag neue Grenzkontrollen angekündigt. „Wir werden die Lage sehr genau beobachten“, sagte Faeser in Berlin. Die Opposition kritisierte den Schritt.', 'genau beobachten', 'Faeser', 'Nancy Faeser'],
    ['"so der Grünen-Politiker"', 'Bei der Pressekonferenz in Stuttgart sprach Ministerpräsident Winfried Kretschmann über die Energiewende. „Wir brauchen mehr Windräder im Land“, so der Grünen-Politiker. Die Opposition sieht das anders.', 'Windräder', 'der Grünen-Politiker', 'Winfried Kretschmann'],
    ['"erklärte die Politikerin"', 'Die SPD-Vorsitzende Saskia Esken verteidigte den Haushaltsentwurf. „Wir sparen nicht an der falschen Stelle“, erklärte die Politikerin am Dienstag. FDP-Fraktionschef Christian Dürr widersprach.', 'falschen Stelle', 'die Politikerin', 'Saskia Esken'],
    ['"sagte der CSU-Chef"', 'Bayerns Ministerpräsident Markus Söder hat die Ampel scharf angegriffen. „Diese Regierung ist am Ende“, sagte der CSU-Chef in München. Der Kanzler solle den Weg für Neuwahlen freimachen.', 'am Ende', 'der CSU-Chef', 'Markus Söder'],
    ['"fügte der Kapitän hinzu" after a colon quote', 'Trainer Julian Nagelsmann war nach dem Spiel enttäuscht. „Wir haben zu viele Chancen liegen lassen“, sagte der Bundestrainer. Kapitän Joshua Kimmich sah das ähnlich: „Wir müssen das abhaken.“', 'abhaken', 'Kapitän Joshua Kimmich', 'Joshua Kimmich'],
    ['the subject after the verb, the outlet after it', 'Finanzminister Christian Lindner will an der Schuldenbremse festhalten. Im Gespräch mit dem „Handelsblatt“ sagte der FDP-Chef: „Die Schuldenbremse ist nicht verhandelbar.“ SPD-Fraktionschef Rolf Mützenich sieht das anders.', 'nicht verhandelbar', 'der FDP-Chef', 'Christian Lindner'],
    ['"versicherte X" after a meeting of two', 'Außenministerin Annalena Baerbock reiste am Sonntag nach Kiew. Dort traf sie Präsident Wolodymyr Selenskyj. „Deutschland bleibt an Ihrer Seite“, versicherte Baerbock.', 'Ihrer Seite', 'Baerbock', 'Annalena Baerbock'],
  ])('%s', (_form, text, words, speaker, name) => {
    check(quoteWith(text, words), { speaker, name });
  });

  it('a subject and the name set off by commas before the verb speak, not the phrase after the verb', () => {
    const text =
      'Die Zahl der Arbeitslosen ist im Mai gesunken. Der Chef der Bundesagentur für Arbeit, Detlef Scheele, sagte in Nürnberg, der Arbeitsmarkt sei robust. Die Zahl der offenen Stellen sei aber zurückgegangen.';
    check(statementWith(text, 'Arbeitsmarkt sei robust'), { name: 'Detlef Scheele' });
    const text2 =
      'Das Verfassungsgericht hat am Dienstag seinen Jahresbericht vorgelegt. Die Präsidentin des Gerichts, Doris König, warnte am Abend, die Justiz gerate unter Druck. „Die Unabhängigkeit der Gerichte ist kein Selbstzweck“, sagte König.';
    const s = statementWith(text2, 'unter Druck');
    expect(s.speakerName).toBe('Doris König');
    expect(s.text).not.toContain('Doris König');
  });

  it('reported speech in Konjunktiv I goes on over sentences with no cue of their own', () => {
    const text =
      'Der Bürgermeister von Hannover, Belit Onay, hat den Neubau gestoppt. Das Projekt sei zu teuer geworden, sagte Onay am Mittwoch. Man müsse die Kosten neu berechnen. Eine Entscheidung werde es frühestens im Herbst geben.';
    check(statementWith(text, 'Kosten neu berechnen'), { name: 'Belit Onay' });
    check(statementWith(text, 'frühestens im Herbst'), { name: 'Belit Onay' });
  });

  it('a quote in marks after "sagte X", the next with no cue, stays with X', () => {
    const text =
      '„Wir lassen uns nicht erpressen“, sagte Bundeskanzler Olaf Scholz am Donnerstag in Brüssel. „Die Ukraine kann sich auf uns verlassen.“ Der ungarische Regierungschef Viktor Orbán blockiert die Hilfen seit Wochen.';
    check(quoteWith(text, 'verlassen'), { name: 'Olaf Scholz' });
  });
});

describe('German: source frames', () => {
  it.each([
    ['"laut X"', 'Laut Polizeisprecher Jens Hoffmann gab es keine Verletzten bei dem Unfall. „Die Lage ist unter Kontrolle“, sagte Hoffmann. Die Feuerwehr war mit 80 Kräften im Einsatz.', 'keine Verletzten', 'Jens Hoffmann'],
    ['"nach Angaben des X"', 'Nach Angaben des Gesundheitsministers Karl Lauterbach steigen die Infektionszahlen wieder. Die Länder sollten sich vorbereiten, hieß es in Berlin.', 'Infektionszahlen', 'Karl Lauterbach'],
    ['"wie X sagte"', 'Wirtschaftsminister Robert Habeck sprach am Montag von einem wichtigen Tag für die Industrie. Wie Habeck sagte, sollen die Hilfen noch im Sommer fließen.', 'im Sommer fließen', 'Robert Habeck'],
  ])('%s', (_form, text, words, name) => {
    check(statementWith(text, words), { name });
  });

  it('the outlet a statement is given to, in the dative, is not the speaker nor part of the content', () => {
    const text =
      'Der Vorstandschef von Siemens, Roland Busch, zeigte sich mit dem Quartal zufrieden. „Wir sind auf einem guten Weg“, sagte der Manager der Deutschen Presse-Agentur. Auch der Betriebsrat sei eingebunden worden.';
    check(quoteWith(text, 'guten Weg'), { speaker: 'der Manager', name: 'Roland Busch' });
    const text2 =
      'Nach Angaben des Gesundheitsministers Karl Lauterbach steigen die Infektionszahlen wieder. Lauterbach sagte der „Bild“-Zeitung, er rechne mit einer neuen Welle im Herbst. Die Länder sollten sich vorbereiten.';
    const s = statementWith(text2, 'neuen Welle');
    expect(s.text.startsWith('er rechne')).toBe(true);
    check(s, { name: 'Karl Lauterbach' });
  });
});

describe('German: naming again', () => {
  it.each([
    ['an age, "der 76-Jährige", a man whose given name ends in -a', 'Der frühere Außenminister Joschka Fischer warnte vor einem Rückzug der USA aus Europa. „Wir müssen endlich erwachsen werden“, betonte der 76-Jährige im Interview. Europa habe zu lange auf Washington gesetzt.', 'erwachsen', 'der 76-Jährige', 'Joschka Fischer'],
    ['"die 70-Jährige" past a man named later', 'Die frühere Kanzlerin Angela Merkel hat ihre Memoiren vorgestellt. Ihr Nachfolger Olaf Scholz war nicht dabei. „Ich habe keine Fehler bereut“, sagte die 70-Jährige am Dienstag in Berlin.', 'Fehler bereut', 'die 70-Jährige', 'Angela Merkel'],
    ['"die Ministerin"', 'Für Umweltministerin Steffi Lemke ist der Plan ein Erfolg. „Wir schützen endlich unsere Moore“, sagte die Ministerin. Bauernpräsident Joachim Rukwied sprach dagegen von einem Angriff auf die Landwirtschaft.', 'Moore', 'die Ministerin', 'Steffi Lemke'],
    ['"der ukrainische Präsident"', 'Außenministerin Annalena Baerbock reiste am Sonntag nach Kiew. Dort traf sie Präsident Wolodymyr Selenskyj. „Deutschland bleibt an Ihrer Seite“, versicherte Baerbock. Selenskyj dankte für die Unterstützung. „Wir brauchen mehr Luftabwehr“, sagte der ukrainische Präsident.', 'Luftabwehr', 'der ukrainische Präsident', 'Volodymyr Zelensky'],
    ['"die Vorsitzende Richterin"', 'Die Richterin Anna Berger verkündete am Freitag das Urteil. „Der Angeklagte hat aus Habgier gehandelt“, sagte die Vorsitzende Richterin. Die Verteidigung kündigte Revision an.', 'Habgier', 'die Vorsitzende Richterin', 'Anna Berger'],
    ['"sie" and "er", each to the last person of that gender', 'Die Ärztin Mia Schulz arbeitet seit zehn Jahren auf der Intensivstation. „Wir sind am Limit“, sagt sie. Ihr Kollege Jonas Weber sieht das ähnlich. „Es fehlt an allem“, sagt er.', 'an allem', 'er', 'Jonas Weber'],
    ['"Sie fügte hinzu:"', 'Die Präsidentin des Verfassungsgerichts, Doris König, sprach am Dienstag in Karlsruhe. „Die Unabhängigkeit der Gerichte ist kein Selbstzweck“, sagte König. Sie fügte hinzu: „Sie schützt jeden Bürger.“', 'jeden Bürger', 'Sie', 'Doris König'],
  ])('%s', (_form, text, words, speaker, name) => {
    check(quoteWith(text, words), { speaker, name });
  });

  it.each([
    ['"Letzterer" is the second of the last two named', 'Grünen-Chefin Ricarda Lang traf am Dienstag CSU-Chef Markus Söder in München. Letzterer sagte anschließend, das Gespräch sei offen gewesen. Eine Einigung gebe es aber nicht.', 'offen gewesen', 'Letzterer', 'Markus Söder'],
    ['"Erstere" is the first of the last two named', 'Grünen-Chefin Ricarda Lang traf am Dienstag CSU-Chef Markus Söder in München. Erstere sagte anschließend, das Gespräch sei offen gewesen. Eine Einigung gebe es aber nicht.', 'offen gewesen', 'Erstere', 'Ricarda Lang'],
  ])('%s', (_form, text, words, speaker, name) => {
    check(statementWith(text, words), { speaker, name });
  });
});

describe('German: not a speaker', () => {
  it('the person spoken to or spoken of in the quote', () => {
    const text =
      'Kanzler Olaf Scholz und Frankreichs Präsident Emmanuel Macron trafen sich am Montag in Paris. „Europa muss souveräner werden“, sagte Macron. Scholz stimmte zu: „Wir müssen mehr in unsere Verteidigung investieren.“';
    check(quoteWith(text, 'souveräner'), { name: 'Emmanuel Macron' });
    check(quoteWith(text, 'Verteidigung investieren'), { speaker: 'Scholz', name: 'Olaf Scholz' });
  });

  it('the news agency a statement was given to', () => {
    const text =
      'Der Vorsitzende des Ethikrats, Helmut Frister, sieht die Pläne der Regierung kritisch. Er sagte der Nachrichtenagentur dpa: „Ein solches Gesetz wäre verfassungswidrig.“ Die Regierung wollte sich nicht äußern.';
    check(quoteWith(text, 'verfassungswidrig'), { speaker: 'Er', name: 'Helmut Frister' });
  });
});

describe('German: descriptions that name a person again', () => {
  it.each([
    ['"der Sozialdemokrat", "der Christdemokrat"', 'SPD-Chef Lars Klingbeil hat die Union scharf kritisiert. „Das ist unanständig“, sagte der Sozialdemokrat am Montag. CDU-Generalsekretär Carsten Linnemann wies das zurück. „Die SPD hat keine Antworten“, sagte der Christdemokrat.', 'keine Antworten', 'der Christdemokrat', 'Carsten Linnemann'],
    ['"die frühere SPD-Chefin", an adjective before a compound', 'Die Bundestagsabgeordnete Saskia Esken hat am Dienstag ihren Rückzug angekündigt. „Ich gehe ohne Groll“, sagte die frühere SPD-Chefin in Berlin. Ihre Partei dankte ihr.', 'ohne Groll', 'die frühere SPD-Chefin', 'Saskia Esken'],
    ['a compound on "-chef" introduces a person ("Messechef")', 'Oberbürgermeisterin Henriette Reker eröffnete am Montag die Messe. „Köln ist eine offene Stadt“, sagte Reker. Auch Messechef Gerald Böse sprach. „Wir erwarten 100.000 Besucher“, sagte der Manager.', 'Besucher', 'der Manager', 'Gerald Böse'],
    ['"der Kanzler" for "Bundeskanzler X"', 'Bundeskanzler Olaf Scholz hat am Mittwoch in Berlin die Regierungserklärung abgegeben. „Wir stehen zu unseren Zusagen“, sagte der Kanzler. Oppositionsführer Friedrich Merz nannte die Rede enttäuschend.', 'Zusagen', 'der Kanzler', 'Olaf Scholz'],
    ['"der 50-Jährige", then "der Kapitän" for "Torwart X" after a role of his', 'Trainer Thomas Tuchel war nach dem Spiel sauer. „Das war nicht gut genug“, sagte der 50-Jährige. Kapitän Manuel Neuer sah es ähnlich. „Wir müssen uns steigern“, sagte der Kapitän.', 'steigern', 'der Kapitän', 'Manuel Neuer'],
    ['"die 28-Jährige der „Zeit“": the outlet after an age', 'Die Klimaaktivistin Luisa Neubauer hat die Bundesregierung kritisiert. „Die Regierung bricht ihre Versprechen“, sagte die 28-Jährige der „Zeit“. Auch Greenpeace äußerte sich.', 'Versprechen', 'die 28-Jährige', 'Luisa Neubauer'],
  ])('%s', (_form, text, words, speaker, name) => {
    check(quoteWith(text, words), { speaker, name });
  });

  it('a paragraph of quotes: a new speaker named with a cue between takes the quotes after', () => {
    const text =
      'Bundesgesundheitsminister Karl Lauterbach warnte vor einer neuen Welle. „Wir müssen vorsichtig bleiben“, sagte der SPD-Politiker. „Das Virus ist nicht weg.“ Die Opposition wirft ihm Panikmache vor. „Er verunsichert die Menschen“, sagte CDU-Gesundheitsexperte Tino Sorge. „Das ist unverantwortlich.“';
    check(quoteWith(text, 'nicht weg'), { name: 'Karl Lauterbach' });
    check(quoteWith(text, 'unverantwortlich'), { name: 'Tino Sorge' });
  });

  it('"Über X sagte er:": the person spoken of is not the speaker', () => {
    const text =
      'Der frühere Bundespräsident Joachim Gauck hat vor Naivität gegenüber Russland gewarnt. „Putin versteht nur die Sprache der Stärke“, sagte Gauck. Über Kanzler Scholz sagte er: „Er zögert zu oft.“';
    check(quoteWith(text, 'zögert'), { speaker: 'er', name: 'Joachim Gauck' });
  });

  it('"Sein Anwalt X sagte:" names the lawyer, not the client', () => {
    const text =
      'Der Sänger Herbert Grönemeyer hat sich in die Debatte eingeschaltet. Sein Anwalt Christian Schertz sagte: „Wir prüfen rechtliche Schritte.“ Die Gegenseite äußerte sich nicht.';
    check(quoteWith(text, 'rechtliche Schritte'), { name: 'Christian Schertz' });
  });

  it('"X zufolge" after the person was named', () => {
    const text = 'Kanzler Olaf Scholz hat die Einigung gelobt. Scholz zufolge ist sie ein wichtiger Schritt für Europa. Die Hilfen sollen noch im Sommer fließen.';
    check(statementWith(text, 'wichtiger Schritt'), { name: 'Olaf Scholz' });
  });
});

describe('German: role nouns of the boardroom and the economy', () => {
  it.each([
    ['"Personalvorstand X"', 'Die Deutsche Bahn hat für Montag einen Notfahrplan angekündigt.\n\n„Wir tun alles, um die Fahrgäste ans Ziel zu bringen“, sagte Personalvorstand Martin Seiler. „Aber der Streik trifft uns hart.“', 'hart', 'Personalvorstand Martin Seiler', 'Martin Seiler'],
    ['"Vorständin X"', 'Der Bundesverband der Verbraucherzentralen warnt vor Betrug. „Die Maschen werden immer raffinierter“, sagte Vorständin Ramona Pop. Die Betrüger gäben sich als Bankmitarbeiter aus.', 'raffinierter', 'Vorständin Ramona Pop', 'Ramona Pop'],
    ['"Die Ökonomin X", then the surname', 'Die Ökonomin Veronika Grimm hält die Prognose für zu optimistisch. „Die Konjunktur wird schwach bleiben“, sagte Grimm dem „Spiegel“. Die Bundesregierung widersprach.', 'schwach bleiben', 'Grimm', 'Veronika Grimm'],
  ])('%s', (_form, text, words, speaker, name) => {
    check(quoteWith(text, words), { speaker, name });
  });
});
