import { describe, expect, it } from 'vitest';
import { spokenBy, statements } from './helpers';

/**
 * Court copy gives a defendant's or a witness's age in brackets after the name ("Dennis K. (29)"), then names them by
 * it ("der 29-Jährige"): the one of that age, not the last man named.
 */
describe('an age in brackets after a name is whom the age names later', () => {
  it.each([
    ['de', 'Jetzt muss Dennis K. (29) ins Gefängnis. Verteidiger Jan-Philipp Sauer plädierte auf drei Jahre. „Es tut mir unendlich leid“, sagte der 29-Jährige in seinem letzten Wort.', 'unendlich leid', 'Dennis K'],
    ['de, a woman', 'Gisela M. (84) sagte als Zeugin aus. Richterin Anja Breitkopf hörte zu, Staatsanwältin Nina Kowalski auch. „Ich habe ihm geglaubt“, sagte die 84-Jährige leise.', 'ihm geglaubt', 'Gisela M'],
    ['pl', 'Sąd skazał Jana K. (29) na cztery lata więzienia. Jego obrońca, mecenas Piotr Nowak, zapowiedział apelację. – Bardzo przepraszam – powiedział 29-latek przed ogłoszeniem wyroku.', 'przepraszam', 'Jana K'],
  ])('%s', spokenBy);
});

/**
 * French, Italian, Spanish and Portuguese copy name someone by the decade of their age ("le trentenaire", "il
 * quarantenne", "el cincuentón", "o cinquentão"): the one the text gave an age in it, not the last person of that gender.
 */
describe('a noun of the decade of an age names the one of that age', () => {
  it.each([
    ['fr', 'Kévin D., 34 ans, comparaissait mardi. Michel Lefebvre, 61 ans, est venu à l’audience avec une canne. À la barre, le trentenaire garde la tête basse. « J’ai paniqué », répète-t-il.', 'paniqué', 'Kévin D'],
    ['fr, the noun the subject', 'Kévin D., 34 ans, a percuté Michel Lefebvre, 61 ans, qui rentrait à vélo. « J’ai paniqué », a reconnu le trentenaire.', 'paniqué', 'Kévin D'],
    ['es', 'Carlos Molina, de 52 años, denunció a su vecino. Luis Pardo, de 27 años, declaró ayer ante el juez. «No pienso callarme», aseguró el cincuentón.', 'callarme', 'Carlos Molina'],
    ['pt', 'Carlos Mendes, de 55 anos, processou o vizinho Rui Costa, de 28 anos. «Não vou desistir», garantiu o cinquentão.', 'desistir', 'Carlos Mendes'],
  ])('%s', spokenBy);
});

/** A name after a noun of a street or a building is a place named after someone ("rue Victor-Hugo"), not a person. */
describe('a street named after someone is no one who speaks', () => {
  it.each([
    ['fr', 'Kévin D., 34 ans, est jugé à Béthune. Le prévenu circulait rue Victor-Hugo lorsqu’il a percuté un cycliste. « Je ne l’ai pas vu », répète-t-il.', 'pas vu', 'Kévin D'],
    ['it', 'Marco Rossi, 29 anni, è a processo. L’imputato guidava in via Giuseppe Mazzini quando ha investito un ciclista. «Non l’ho visto», ha ripetuto.', 'visto', 'Marco Rossi'],
    ['es', 'Carlos Molina, de 34 años, fue juzgado ayer. El acusado circulaba por la calle Ramón Cajal cuando atropelló a un ciclista. «No lo vi», repitió.', 'No lo vi', 'Carlos Molina'],
    ['it, "corso"', 'Il sindaco Marco Rossi ha parlato a lungo. Poi si è fermato sui gradini di corso Vittorio Emanuele con i cronisti. «Andremo avanti, costi quel che costi», ha detto.', 'Andremo avanti', 'Marco Rossi'],
    ['fr, "cours"', "Le maire Marc Roux a longuement parlé. Puis il s'est arrêté sur les marches, cours Jean Jaurès, avec les journalistes. « Nous irons jusqu'au bout, quoi qu'il en coûte », a-t-il dit.", "jusqu'au bout", 'Marc Roux'],
    ['es, "paseo"', 'El alcalde Marcos Ruiz habló largo rato. Luego se detuvo en la escalinata del paseo Juan Carlos con los periodistas. «Seguiremos adelante, cueste lo que cueste», dijo.', 'Seguiremos adelante', 'Marcos Ruiz'],
  ])('%s', spokenBy);
});

/**
 * German nouns are capitalised, so a word in lower case after a role is a preposition and what follows it no name:
 * "sagte die Rentnerin unter Tränen" is the pensioner's, not someone named "Tränen".
 */
describe('German: a preposition after a role ends the speaker phrase', () => {
  it.each([
    ['unter Tränen', 'Am zweiten Tag des Prozesses sagte Gisela M. (84) aus. Sie hatte dem Angeklagten ihr Erspartes und den Schmuck ihrer Mutter übergeben. Der Mann am Telefon sei so freundlich gewesen, sagte die Rentnerin unter Tränen.', 'so freundlich', 'Gisela M'],
    ['ohne Zögern', 'Bürgermeisterin Heike Lorenz trat vor die Presse. Die Stadt habe kein Geld mehr, sagte die Bürgermeisterin ohne Zögern.', 'kein Geld', 'Heike Lorenz'],
  ])('%s', spokenBy);
  it.each([
    ['pl: a role and its complement in the genitive before the name', 'Piłkarze wrócili do Polski. – Jesteśmy gotowi – powiedział trener kadry Marek Rutkowski.', 'gotowi', 'Marek Rutkowski'],
  ])('%s', spokenBy);
});

/** A body's word and the place after it ("die Polizei Bielefeld") are the body of that place, not someone named for it. */
describe('German: the police of a town is the body, not a person named for the town', () => {
  it.each([
    ['Polizei Bielefeld', 'Die Zahl illegaler Autorennen in Ostwestfalen sei zuletzt deutlich gestiegen, teilte die Polizei Bielefeld am Montag mit.', 'illegaler Autorennen', 'Polizei Bielefeld'],
    ['Gericht, a person after it', 'Der Prozess beginnt im Mai. Die Anklage sei zugelassen, sagte die Sprecherin des Landgerichts, Anja Berger.', 'Anklage sei zugelassen', 'Anja Berger'],
  ])('%s', spokenBy);
});

/**
 * Regional copy heads its news with the town and a colon ("Sarreguemines : 140 emplois menacés …"): the body names the
 * town after a preposition ("à Sarreguemines"), so it is no one who speaks, and no "il" later is the town.
 */
describe('a town before a headline colon is no speaker', () => {
  it.each([
    ['fr', "Livry-Gargan : un retraité de 78 ans ligoté et dépouillé chez lui\n\nUn homme de 78 ans a été agressé à son domicile de Livry-Gargan (Seine-Saint-Denis). Sa voisine, Martine Roux, 64 ans, a donné l'alerte. « Il tremblait encore », raconte-t-elle.", 'Il tremblait', 'Martine Roux'],
    ['de', 'Bielefeld: Raser erfasst Radfahrerin\n\nEin 24-Jähriger hat in Bielefeld eine Radfahrerin schwer verletzt. Die Polizei sucht Zeugen. „Der Wagen war viel zu schnell“, sagte ein Anwohner aus Bielefeld.', 'viel zu schnell', 'ein Anwohner aus Bielefeld'],
    ['it', "Bergamo: anziano truffato da un falso carabiniere\n\nUn uomo di 84 anni è stato truffato a Bergamo. La figlia, Laura Colombo, ha sporto denuncia. «Era convinto di aiutare la polizia», ha detto.", 'convinto di aiutare', 'Laura Colombo'],
  ])('%s', spokenBy);

  it.each([
    ['fr', "Livry-Gargan : un retraité de 78 ans ligoté et dépouillé chez lui\n\nUn homme de 78 ans a été agressé à son domicile de Livry-Gargan (Seine-Saint-Denis). Les trois agresseurs sont en fuite."],
    ['de', 'Bielefeld: Raser erfasst Radfahrerin\n\nEin 24-Jähriger hat in Bielefeld eine Radfahrerin schwer verletzt. Die Polizei sucht Zeugen aus Bielefeld.'],
  ])('no statement of the town (%s)', (_l, text) => {
    expect(statements(text).filter((s) => s.speakerName !== null && /Livry|Bielefeld/.test(s.speakerName))).toEqual([]);
  });

  it('a person the body names with a given name stays the headline speaker: "Macron : …"', () => {
    const text = "Macron : la France ne reculera pas sur les retraites\n\nEmmanuel Macron a réuni ses ministres à l'Élysée. « Nous irons au bout », a déclaré le président.";
    expect(statements(text).some((s) => s.text.includes('ne reculera pas') && s.speakerName !== null && /Macron/.test(s.speakerName))).toBe(true);
  });
});

/**
 * A subject of a role with its article elided and a name set off after it, the name's party in brackets ("l'échevine
 * des Sports, Valérie Dethier (MR), a détaillé les résultats"), is the verb's subject: no "…, a détaillé X" statement
 * whose speaker is the verb's object, and the "elle" of the next quote is hers.
 */
describe('an elided role, a name and its party before the verb are its subject', () => {
  it.each([
    ['fr, the party in brackets', "Lors du conseil communal, l'échevine des Sports, Valérie Dethier (MR), a détaillé les résultats de l'expertise commandée au printemps. « La charpente est beaucoup plus abîmée que prévu », a-t-elle expliqué.", 'La charpente', 'Valérie Dethier'],
    ['fr, no party', "Lors du conseil municipal, l'adjointe aux finances, Claire Roux, a présenté les comptes de l'année écoulée. « Nous avons tenu le budget », a-t-elle assuré.", 'tenu le budget', 'Claire Roux'],
    ['it', "Durante il consiglio comunale, l'assessora ai Trasporti, Giulia Neri (Pd), ha illustrato i risultati dello studio commissionato in primavera. «La linea è più fragile del previsto», ha spiegato.", 'più fragile', 'Giulia Neri'],
  ])('%s', spokenBy);
});

/**
 * A document named again as the speaker ("hieß es in der Erklärung", "précise la lettre", "the statement said") speaks
 * for the one person the sentence that brought it in named.
 */
describe('a document speaks for whom its sentence named', () => {
  it.each([
    ['de', 'Der Prozess gegen den Geldabholer ging am Dienstag weiter. Über seinen Anwalt ließ Dennis K. eine Erklärung verlesen. „Ich schäme mich dafür“, hieß es in der Erklärung.', 'schäme mich', 'Dennis K'],
    ['fr', "Le préfet n'a toujours pas répondu. Jeudi, la maire Marie Dupont lui a adressé une lettre de trois pages. « Nous ne pouvons plus attendre », précise la lettre.", 'plus attendre', 'Marie Dupont'],
    ['en', 'The vote was delayed again. On Friday, Senator Jane Holt released a statement. “We will not back down on this,” the statement said.', 'not back down', 'Jane Holt'],
  ])('%s', spokenBy);
});

/**
 * An opening adverbial, then a name and the age set off after it, then the verb and its object ("En revanche, Camille
 * Thériault, 34 ans, a dénoncé un projet « mal ficelé »"): the name is the verb's subject, the object no speaker.
 */
describe('a subject with its age after an opening adverbial', () => {
  it.each([
    ['fr', "Le maire Luc Ferland a présenté le plan. En revanche, Camille Thériault, 34 ans, a dénoncé un projet « mal ficelé ». « On n'a rien demandé », a-t-elle ajouté.", "rien demandé", 'Camille Thériault'],
    ['es', 'El alcalde Luis Pardo presentó el plan. En cambio, Marta Gil, de 34 años, criticó un proyecto «mal hecho». «Nadie nos preguntó», añadió.', 'Nadie nos', 'Marta Gil'],
    ['it', 'Il sindaco Luca Ferri ha presentato il piano. Al contrario, Giulia Neri, 34 anni, ha criticato un progetto «fatto male». «Nessuno ci ha chiesto niente», ha aggiunto.', 'Nessuno ci', 'Giulia Neri'],
  ])('%s', spokenBy);
});
