import { describe, it } from 'vitest';
import { check, statementWith } from './helpers';

/**
 * Role nouns and reporting-verb forms of French, Portuguese, Spanish and Italian news copy that the lexicons list
 * (cues/fr.ts, pt.ts, es.ts, it.ts): a speaker named again by a role is the person named with it before, not the last
 * person of its article's gender; a quote whose cue is a verb form the lists lacked gets its own speaker instead of
 * the previous quote's.
 */
describe('a role noun names the person introduced with it, though someone else was named after', () => {
  it.each([
    ['fr', "Le procès de l'ancien maire de Villeneuve s'est ouvert lundi. Le pénaliste Hervé Lacombe, qui défend l'élu, a demandé un renvoi au juge Paul Marchand. « Ce dossier est vide depuis le premier jour », a martelé le pénaliste devant la presse.", 'Ce dossier est vide', 'Hervé Lacombe'],
    ['fr (feminine)', "L'incendie a détruit trois hangars dans la nuit. La vétérinaire Sophie Garnier est arrivée la première. L'éleveuse Martine Dubreuil a compté les bêtes au matin. « Une vingtaine de brebis n'ont pas survécu », a indiqué la vétérinaire.", 'Une vingtaine de brebis', 'Sophie Garnier'],
    ['pt', 'A Câmara aprovou o novo plano de trânsito na terça-feira. O vereador Paulo Mendes votou contra ao lado do deputado Rui Carvalho. "O centro vai ficar fechado aos moradores", afirmou o vereador.', 'O centro vai ficar', 'Paulo Mendes'],
    ['es', 'El pleno aprobó el presupuesto municipal con los votos del Gobierno local. El concejal Andrés Molina votó en contra junto al diputado Luis Herrera. «Es un presupuesto de campaña», criticó el concejal.', 'Es un presupuesto', 'Andrés Molina'],
    ['it', "Il processo riprenderà a gennaio davanti alla Corte d'assise. Il difensore Marco Rinaldi ha incontrato il pm Luca Ferri prima dell'udienza. «Il mio assistito è innocente», ha detto il difensore.", 'Il mio assistito', 'Marco Rinaldi'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

describe('a chief executive named again by the office\'s short form ("la PDG", "the CEO")', () => {
  it.each([
    ['fr', "« Nous avons épuisé toutes les options », a expliqué la présidente-directrice générale de l'hôpital, Claire Tremblay. L'attachée de presse du ministre, Julie Roy, dit comprendre l'inquiétude. « Les fermetures doivent rester l'exception », a-t-elle écrit. « Dès qu'on aura le personnel, on rouvre », a assuré la PDG de l'hôpital.", 'on rouvre', 'Claire Tremblay'],
    ['en', '"We ran out of options," said Karen Holt, the chief executive of the hospital group. The minister\'s press secretary, Julie Roy, said she understood the anger. "Closures must stay the exception," she wrote. "As soon as we have the staff, we reopen," the CEO said.', 'we reopen', 'Karen Holt'],
    ['de (read so before)', '„Wir haben alles versucht“, sagte Geschäftsführerin Karin Holt. Die Sprecherin des Ministeriums, Julia Roth, äußerte Verständnis. „Schließungen müssen die Ausnahme bleiben“, schrieb sie. „Sobald wir das Personal haben, öffnen wir wieder“, versicherte die Firmenchefin.', 'öffnen wir wieder', 'Karin Holt'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

describe('a reporting verb in a form the lists lacked is the quote’s cue', () => {
  it.each([
    ['fr (present)', "Le conseil municipal a voté la fermeture de la piscine. « On nous prend pour des imbéciles », a déclaré l'opposant Paul Renard. « Nous irons jusqu'au bout », soupire la présidente de l'association, Claire Dumont.", "Nous irons jusqu'au bout", 'Claire Dumont'],
    ['fr (passé simple)', "Le ministre Jean Castel a longuement écouté la députée Anne Vidal. « Nous voterons contre », a-t-elle prévenu. « Le texte passera », répliqua-t-il.", 'Le texte passera', 'Jean Castel'],
    ['pt (retrucou)', 'O ministro Carlos Nunes ouviu a deputada Ana Ribeiro no plenário. "Vamos votar contra", avisou ela. "O texto vai passar", retrucou ele.', 'O texto vai passar', 'Carlos Nunes'],
    ['es (preterite)', 'El ministro Pablo Serrano escuchó a la diputada Elena Prieto en el pleno. «Votaremos en contra», avisó ella. «La ley saldrá adelante», espetó él.', 'La ley saldrá', 'Pablo Serrano'],
    ['it (passato remoto)', 'Il ministro Paolo Neri ascoltò la deputata Anna Conti in aula. «Voteremo contro», ha avvertito lei. «Il testo passerà», ribatté lui.', 'Il testo passerà', 'Paolo Neri'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

describe('a given name whose ending does not tell the gender: the pronoun finds its person', () => {
  it.each([
    ['it (a man’s name in -a)', 'Mattia Bianchi, portavoce del comitato, ha incontrato la ministra Anna Conti in prefettura. «Non ci fermeremo adesso», ha detto lui all’uscita.', 'Non ci fermeremo', 'Mattia Bianchi'],
    ['fr (a woman’s name not in -a)', "Ségolène Morel, porte-parole du collectif, a été reçue par le ministre Paul Roux lundi. « Nous ne lâcherons rien », a-t-elle affirmé.", 'Nous ne lâcherons rien', 'Ségolène Morel'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});
