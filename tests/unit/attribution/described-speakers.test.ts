import { describe, it } from 'vitest';
import { expect } from 'vitest';
import { check, spokenBy, statements, statementWith } from './helpers';

/**
 * Someone new whom the copy describes and never names is known by all of the description, its complement too: that is
 * how a reader tells them from the next "un conseiller" or "ein Anwohner", and how the statements page lists them.
 */
describe('a description of someone new keeps its complement', () => {
  it.each([
    ['fr, de + noun + adjective, after the cue', '« Erevan ne cédera rien », a confié à l\'AFP un conseiller du gouvernement arménien, qui a requis l\'anonymat.', 'Erevan', 'un conseiller du gouvernement arménien'],
    ['fr, a compound noun', '« On l\'a appris par un courriel », raconte une technicienne du service après-vente.', 'courriel', 'une technicienne du service après-vente'],
    ['fr, elided "d\'" twice', '« Le compte n\'y est pas », résume un négociateur d\'un pays d\'Amérique latine, sous couvert d\'anonymat.', 'compte', "un négociateur d'un pays d'Amérique latine"],
    ['fr, where they serve', '« Personne ne signera », observe un diplomate européen en poste à Varsovie, qui préfère rester discret.', 'signera', 'un diplomate européen en poste à Varsovie'],
    ['fr, not the day it was said', '« Ça suffit », a dit un proche du dossier lundi soir.', 'suffit', 'un proche du dossier'],
    ['it', '« Così non si va avanti », ha detto un dirigente della Lega ieri sera.', 'avanti', 'un dirigente della Lega'],
    ['es', '«No nos han escuchado», dijo una vecina del barrio de Triana.', 'escuchado', 'una vecina del barrio de Triana'],
    ['de, what marks them out, before a colon', 'Die Apotheken blieben geschlossen. Ein Rentner mit Gehstock nahm es gelassen: „Einen Tag hält man das aus.“', 'Einen Tag', 'Ein Rentner mit Gehstock'],
    ['de, where, with its article', 'Der Strom fiel aus. Ein Metzger in der Bahnhofstraße musste schließen: „Die ganze Ware ist hin.“', 'Ware', 'Ein Metzger in der Bahnhofstraße'],
    ['de, an adjective inside the complement', '„Das kennen wir schon“, sagte ein Beamter im polnischen Innenministerium, der nicht genannt werden wollte.', 'kennen wir', 'ein Beamter im polnischen Innenministerium'],
    ['de, the genitive, read from the subject', 'Eine Pflegerin der Intensivstation sagte dem Sender, das Team sei erschöpft. „Wir können nicht mehr“, sagte sie.', 'können nicht', 'Eine Pflegerin der Intensivstation'],
  ])('%s', spokenBy);

  it('a German dative of the press after the cue is whom it was said to, not the description', () => {
    check(statementWith('„Das ist bitter“, sagte ein Anwohner der Zeitung.', 'bitter'), { name: 'ein Anwohner' });
  });

  it('"mit Blick auf" is what was said about, not who said it', () => {
    check(statementWith('„Das ist zu wenig“, sagte ein Gewerkschafter mit Blick auf das Angebot.', 'zu wenig'), { name: 'ein Gewerkschafter' });
  });

  it('a named person after "un proche de" is not a complement read as the description', () => {
    check(statementWith('« Non », a dit un conseiller de la maire, qui a requis l\'anonymat.', 'Non'), { name: 'un conseiller de la maire' });
  });
});

/**
 * A quote inside someone's words, introduced by "der", "er" or "he" and a colon, is the words of the person those words
 * last named: the supervisor the witness went to, not the witness nor whoever the article named last.
 */
describe('the speaker of a quote inside a quote is whom the outer words last named', () => {
  it.each([
    ['de, "der" after a possessive and a role', 'Der Lagerist schilderte den Unfall anders. „Ich bin zu meinem Vorarbeiter gegangen und habe ihm die Leiter gezeigt. Und der hat nur gesagt: ‚Dann pass halt auf.‘ Drei Tage später lag ich am Boden“, erzählte der 41-Jährige.', 'pass halt', 'Vorarbeiter'],
    ['de, "die" and a feminine role', '„Ich bin damit zur Teamleiterin gegangen, und die hat nur gesagt: ‚Das klären wir intern.‘ Danach kam nichts mehr“, sagte die Zeugin.', 'klären wir', 'Teamleiterin'],
    ['de, "er" after a role and a name', '„Ich saß dem damaligen Werksleiter Bernd Ostrowski gegenüber, und er hat mir gesagt: ‚Dieses Werk schließt nicht.‘ Ein Jahr später war es zu“, berichtete die Bürgermeisterin.', 'Werk schließt', 'Bernd Ostrowski'],
    ['fr, "il" after a possessive and a role', "« Je suis allée voir mon chef, et il m'a répondu : “Débrouille-toi avec ça.” Deux semaines après, je suis tombée », raconte l'ouvrière.", 'Débrouille', 'chef'],
  ])('%s', (_case, text, words, name) => {
    // (the inner quote: the shortest statement holding the words; the outer one holds them too)
    const found = statements(text).filter((s) => s.text.includes(words)).sort((a, b) => a.text.length - b.text.length);
    expect(found.length).toBe(2);
    check(found[0], { name });
  });
});

/**
 * German capitalises the noun that describes someone before the name ("die Thüringerin Anna Lindner", "den Favoriten
 * Adrian Gerber"), names people by where they come from ("der Serbe", "der Vorarlberger") and spells ages out ("der 49
 * Jahre alte Finne"); a surname after a preposition that opens the sentence ("Für Moosbrugger blieb …") is who the text
 * now speaks of, in any language.
 */
describe('German nouns of a person, nationalities and ages; a surname after an opening preposition', () => {
  it.each([
    ['de, a noun of origin before the name, then "sie"', 'Die Sächsin Julia Hartung gewann vor Lokalmatadorin Laura Pichler. „Das war mein Tag“, sagte Hartung.\n\nFür Pichler war es ein bitterer Nachmittag. „Ich habe zu viel riskiert“, sagte sie.', 'zu viel riskiert', 'Laura Pichler'],
    ['de, the object of a verb, named again by surname', 'Im Finale besiegte der 24-Jährige den Favoriten Lukas Wenger. Trainer Paul Mattes lobte seinen Schützling: „Er war heute stärker.“\n\nWenger hingegen war enttäuscht. „Ich war zu passiv“, sagte er.', 'zu passiv', 'Lukas Wenger'],
    ['de, "Für" and a surname opening the sentence', 'Gewonnen hat der Norweger Erik Dahl vor dem Österreicher Stefan Moser. Nationaltrainer Jan Wolf war zufrieden: „Ein großer Tag.“\n\nFür Moser blieb nur Platz zwei. „Die Landung war schlampig“, sagte er.', 'Landung', 'Stefan Moser'],
    ['fr, "Pour" and a surname opening the sentence', "Le Norvégien Olaf Dahl a devancé Paul Girard. L'entraîneur Marc Roux s'est félicité : « Une grande journée. »\n\nPour Girard, la pilule est amère. « J'ai raté mon saut », a-t-il reconnu.", 'raté mon saut', 'Paul Girard'],
    ['de, a nationality', 'Der Klub hat sich von Cheftrainer Dragan Ilić getrennt. Dem Blatt sagte der Serbe: „Ich bin überrascht.“', 'überrascht', 'Dragan Ilić'],
    ['de, an age spelled out', 'Straubings Coach Mikko Laine sprach von einem Arbeitssieg. „Wir haben nie aufgegeben“, sagte der 49 Jahre alte Finne.', 'nie aufgegeben', 'Mikko Laine'],
  ])('%s', spokenBy);

  it('a German paper in the genitive is no person whom "der Serbe" could be', () => {
    check(statementWith('Der Klub hat sich von Cheftrainer Dragan Ilić getrennt. Nach Informationen des Coburger Tageblatts erfuhr er es am Abend. „Ich bin überrascht“, sagte der Serbe.', 'überrascht'), { name: 'Dragan Ilić' });
  });
});

/** German sets how someone spoke before the verb and the person after it; the Vorfeld is no speaker. */
describe('a German Vorfeld of manner, the verb, then the subject', () => {
  it.each([
    ['a reflexive verb of saying', 'Skeptisch äußert sich die Ökonomin Judith Brandt vom Institut. „Der Deckel hilft nicht“, sagte sie.', 'Deckel', 'Judith Brandt'],
    ['"Kein …" and a colon', 'Kein Verständnis zeigte eine Pendlerin aus Augsburg, die nach Mailand wollte: „Ich nehme ab jetzt das Auto.“', 'das Auto', 'eine Pendlerin aus Augsburg'],
  ])('%s', spokenBy);

  it('a reflexive verb of saying with its subject after it reports nothing of its own', () => {
    const text = 'Die Regierung will die Mieten deckeln. Skeptisch äußert sich die Ökonomin Judith Brandt vom Institut. „Der Deckel hilft nicht“, sagte sie.';
    expect(statements(text).map((s) => s.text)).toEqual(['„Der Deckel hilft nicht“']);
  });
});

/** A place named after someone is no one a pronoun could stand for. */
describe('a place named after a person', () => {
  it.each([
    ['fr', "Au stade Ernest-Wallon, le pilier Paul Durand savourait. « On voulait répondre », a-t-il expliqué.", 'voulait répondre', 'Paul Durand'],
    ['de', 'Im Stadion Willy Brandt feierte Trainer Jonas Weber den Sieg. „Wir haben es verdient“, sagte er.', 'verdient', 'Jonas Weber'],
    ['es', 'En el estadio Fernando Torres, el entrenador Pablo Ruiz celebró la victoria. «Lo merecíamos», dijo él.', 'merecíamos', 'Pablo Ruiz'],
  ])('%s', spokenBy);
});

/** German's feminine suffix on a role says who she is, whatever a given name the lists lack would guess. */
describe('a German feminine role before a name the lists lack', () => {
  it.each([
    ['a cue after it', 'Präsidentin Rahel Zimmermann erinnerte an die Initiative, die das Volk angenommen hat. Deren Umsetzung komme zu langsam voran, sagte sie.', 'Umsetzung', 'Rahel Zimmermann'],
    ['a man named before', 'Der Direktor Kurt Amman lobte das Spital. Ministerin Rahel Zimmermann erinnerte an die Initiative, die das Volk angenommen hat. „Wir tun zu wenig“, sagte sie.', 'zu wenig', 'Rahel Zimmermann'],
  ])('%s', spokenBy);
});

/** A role and its article after an opening that describes the subject is the person named with that role before. */
describe('a role after an opening aside', () => {
  it.each([
    ['fr, another word for the office', "L'entraîneur Julien Roux garde la confiance du président Christophe Legrand. « Il a tout mon soutien », a dit le président.\n\nArrivé l'été dernier de Cholet, le technicien assume sa part. « Je suis le premier responsable », a-t-il admis.", 'premier responsable', 'Julien Roux'],
    ['fr, the same word', "La maire Claire Vidal a reçu le préfet Paul Morel. « Nous avançons », a dit le préfet.\n\nÉlue depuis six ans, la maire reste prudente. « Rien n'est signé », a-t-elle nuancé.", "Rien n'est signé", 'Claire Vidal'],
  ])('%s', spokenBy);
});
