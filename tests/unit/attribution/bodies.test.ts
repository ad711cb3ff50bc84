import { describe, it } from 'vitest';
import { check, spokenByActor, statementWith } from './helpers';

/** A body named in full, then again by its initials, a noun of its name or of bodies, its first words, a spokesperson. */
describe('bodies named again', () => {
  it.each([
    ['en', 'The Nurses’ Staffing Alliance (NSA) said it would ballot members. The NSA said a walkout could start in March.', 'walkout', 'Nurses’ Staffing Alliance'],
    ['pt', 'A greve foi convocada pela Federação Nacional dos Estivadores (FNE) na segunda-feira. Segundo a FNE, os portos vão parar durante três dias.', 'portos', 'Federação Nacional dos Estivadores'],
    ['es', 'Según la CPA (Confederación de Pescadores Artesanales), la flota no saldrá hasta el lunes.', 'flota', 'Confederación de Pescadores Artesanales'],
    ['ru', 'Федерация водителей автобусов пригрозила забастовкой. ФВА заявила, что переговоры зашли в тупик.', 'переговоры', 'Федерация водителей автобусов'],
    // (an ASCII name, its words folded by char code: the initials of "Rail", "Drivers'", "Federation")
    ['en (ASCII)', "The Rail Drivers' Federation called a strike on Monday. The RDF said trains would not run on Tuesday.", 'trains', "Rail Drivers' Federation"],
  ])('initials of a body named before (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });

  it.each([
    ['en', 'The Harbour Pilots Union rejected the offer on Monday. The union said talks would resume next week.', 'talks', 'Harbour Pilots Union'],
    ['fr', 'La Commission de régulation des transports a publié son avis jeudi. Le régulateur estime que les péages augmenteront de 4 %.', 'péages', 'Commission de régulation des transports'],
    ['pt', 'O Sindicato dos Estivadores recusou a proposta. O sindicato afirma que a greve vai continuar.', 'greve', 'Sindicato dos Estivadores'],
    ['en (generic noun)', 'The Federal Aviation Safety Board grounded the jets in May. The agency said at the time that two engines had failed.', 'engines', 'Federal Aviation Safety Board'],
    ['pt (named after)', 'O sindicato afirma que não foi notificado a tempo. “Recebemos a decisão às 23h”, disse a presidente do Sindicato dos Estivadores, Rita Lopes.', 'notificado', 'Sindicato dos Estivadores'],
    ['fr (named after)', 'Le syndicat dénonce une hausse « injustifiée » des cadences. Le Syndicat national des conducteurs de bus réclame l’ouverture de négociations.', 'cadences', 'Syndicat national des conducteurs de bus'],
  ])('a definite noun of its name or of bodies (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });

  // (German capitalises the nouns that open the next sentence: the name ends with its own)
  it.each([
    ['de (a role opens the next sentence)', 'Kritik kam vom Hessischen Volkshochschul-Verband. Sprecherin Anja Roth nannte die Pläne kurzsichtig. Der Verband warnte, bei weiteren Kürzungen würden Lehrkräfte abwandern.', 'Lehrkräfte', 'Hessischen Volkshochschul-Verband'],
    ['de (a noun opens the next sentence)', 'Kritik kam vom Hessischen Volkshochschul-Verband. Mehrere Kurse seien schon gestrichen worden. Der Verband warnte, bei weiteren Kürzungen würden Lehrkräfte abwandern.', 'Lehrkräfte', 'Hessischen Volkshochschul-Verband'],
  ])('a name ends at its sentence\'s end (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });

  it.each([
    ['en', 'A jury ordered Northgate Boiler Co. to pay $3 million. Northgate said it would appeal the verdict.', 'appeal', 'Northgate Boiler Co'],
    ['ru', 'В Службе Республики Карелия по тарифам заявили, что решение принято «в полном соответствии с законом».', 'решение', 'Службе Республики Карелия по тарифам'],
  ])('its first words (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });

  // (the speakers before name no body: the scan of bodies their questions asked for waits, and runs when one is needed)
  it.each([
    ['en (first words)', 'A jury ordered Northgate Boiler Co. to pay $3 million. Jan Kowalski, a lawyer for the family, said the ruling was fair. Northgate said it would appeal the verdict.', 'appeal', 'Northgate Boiler Co'],
    ['pt (short name)', 'A Companhia do Metropolitano de São Paulo (Metrô) suspendeu a circulação. Rita Lopes disse que a greve vai continuar. O Metrô informou que apenas 31 estações abriram.', 'estações abriram', 'Companhia do Metropolitano de São Paulo'],
  ])('named again after people spoke (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });

  it.each([
    ['en', 'The Coastal Ferries Partnership, which runs the routes, said it was disappointed. A spokesperson said: ‘We remain ready to talk at any time.’', 'ready to talk', 'Coastal Ferries Partnership'],
  ])('a spokesperson of a body whose name reads like a person’s (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

describe('a pronoun of no gender after a body', () => {
  it.each([
    ['en', 'The Harbour Pilots Union (HPU) said 90% of members had backed the action. It said the latest offer was ‘worse than the one we rejected’.', 'latest offer', 'Harbour Pilots Union'],
    ['de', 'Das Unternehmen Nordbahn AG teilte mit, der Betrieb laufe normal. Es erklärte, die Verspätungen seien „nicht zu vermeiden“.', 'Verspätungen', 'Unternehmen Nordbahn AG'],
  ])('speaks for the body that spoke before (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

/**
 * A company or a union introduced by what it is ("Der Autozulieferer Rhenotec", "le fabricant Ameublements Rancourt",
 * "the carmaker Stellantis"), then named again by a noun of that kind ("das Unternehmen", "l'entreprise", "the
 * company", "die Gewerkschaft"): that noun is the body, not a word said alone.
 */
describe('a company or union named by what it is, then by a noun of its kind', () => {
  it.each([
    ['de', 'Der Autozulieferer Rhenotec will sein Werk in Zwickau schließen. Die Produktion solle nach Rumänien verlagert werden, teilte das Unternehmen am Dienstag mit.', 'Rumänien', 'Rhenotec'],
    ['de (two words, an adjective before)', 'Der Heilbronner Zulieferer Hallberg Antriebstechnik baut 1200 Stellen ab. Der Konzern erklärte, die Nachfrage sei um ein Drittel eingebrochen.', 'Nachfrage', 'Hallberg Antriebstechnik'],
    ['en', 'The carmaker Stellantis will close its van plant in Luton. The company said demand had collapsed since the spring.', 'demand had collapsed', 'Stellantis'],
    ['fr', 'Le constructeur Valmont fermera son usine de Dole en juin. Selon l’entreprise, les commandes ont baissé de 40 % en deux ans.', 'commandes', 'Valmont'],
    ['fr (a complement between)', 'Le fabricant de meubles de bureau Ameublements Rancourt mettra à pied 85 employés. Selon l’entreprise, la chute des commandes américaines ne lui laisse pas le choix.', 'chute des commandes', 'Ameublements Rancourt'],
    ['es', 'La aerolínea Vuelaire canceló 40 vuelos el lunes. Según la empresa, la huelga afecta a 6.000 pasajeros.', 'huelga afecta', 'Vuelaire'],
    ['it', 'L’azienda Ferrotex ha annunciato 200 esuberi. Secondo il gruppo, il calo degli ordini non lascia alternative.', 'calo degli ordini', 'Ferrotex'],
    ['en (union)', 'The union Unite has balloted 3,000 bus drivers in Leeds. The union said turnout was above 70%.', 'turnout', 'Unite'],
    ['fr (union; read so already)', 'Le syndicat Solidaires appelle à la grève jeudi. Selon le syndicat, six agents sur dix cesseront le travail.', 'six agents', 'Solidaires'],
    ['de (legal form)', 'Die Nordbahn AG hat den Fahrplan ausgedünnt. Fahrgäste sollten sich vorab informieren, teilte das Unternehmen mit.', 'Fahrgäste', 'Nordbahn AG'],
  ])('is the company or union named before (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });

  it.each([
    // (a person named after the company is not what "the company" stands for)
    ['de', 'Der Autozulieferer Rhenotec will sein Werk schließen. „Wir hatten keine Wahl“, sagte Firmenchef Jan Ottmann. Die Produktion solle nach Rumänien gehen, teilte das Unternehmen mit.', 'Rumänien', 'Rhenotec'],
    // (a date after the noun is no company's name: "das Unternehmen Anfang Dezember")
    ['de (a date after)', 'Der Autozulieferer Rhenotec will sein Werk schließen. Wie das Unternehmen Anfang Dezember mitteilte, soll die Produktion nach Rumänien gehen. Der Konzern erklärte, die Nachfrage sei eingebrochen.', 'Nachfrage', 'Rhenotec'],
    // (an article elided onto a name after a frame: the name, not the last body, "l'Office …" being no noun of bodies)
    ['fr (guard: a name after "D\'après l\'")', 'La Commission nationale des transports a rendu son avis lundi. D’après l’Agence de soutien et de paiement, qui le verse, 40 000 exploitations recevront la prime en mars.', 'exploitations', 'Agence de soutien et de paiement'],
  ])('not a person named between, nor a date (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

/**
 * A body of a country that is not its state, a federation, an association, a chamber, a company ("la Fédération
 * hospitalière de France", "Météo-France", "the Football Association of Ukraine"), speaks for itself: the country its
 * name holds is no knowledge-base speaker. A ministry of the country speaks for the country.
 */
describe("a body that only bears a country's name is not the country", () => {
  it.each([
    ['fr', 'Les urgences ferment la nuit dans une soixantaine d’hôpitaux, selon la Fédération hospitalière de France.', 'urgences', 'Fédération hospitalière de France'],
    ['fr (a compound)', 'Une rafale de 162 km/h a été enregistrée à la pointe du Raz, selon Météo-France.', 'rafale', 'Météo-France'],
    ['en (read so already)', 'The Football Association of Ukraine said the match would be played in Kraków.', 'played in Kraków', 'Football Association of Ukraine'],
    ['de', 'Die Deutsch-Russische Handelskammer teilte mit, die Exporte seien um ein Drittel gefallen.', 'Exporte', 'Deutsch-Russische Handelskammer'],
  ])('speaks for itself (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { name, actor: null });
  });

  it.each([
    ['fr', 'Le ministère des Affaires étrangères de la Russie a affirmé que les discussions se poursuivraient.', 'discussions', 'A05'],
    ['en', 'The Foreign Ministry of Ukraine said the talks would resume next week.', 'talks would resume', 'A06'],
  ])('a ministry speaks for its country (%s; read so already)', spokenByActor);
});
