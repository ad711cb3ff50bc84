import { describe, it } from 'vitest';
import { spokenBy } from './helpers';

/**
 * "L'un d'eux", "uno de ellos", "einer von ihnen": the speaker is one of the group of people the copy has just named, and
 * is known by the group's name ("un député Ensemble pour la République"), not by the words "one of them".
 */
describe('"one of them" is a member of the group named before', () => {
  it.each([
    ['fr, a title and its complement', 'Dans le camp présidentiel, plusieurs députés Ensemble pour la République se sont abstenus. « On nous demande de voter une taxe que personne n’a expliquée », confiait l’un d’eux, sous le couvert de l’anonymat.', 'voter une taxe', 'un député Ensemble pour la République'],
    ['fr, a number of people and an adjective, not the words quoted', 'Dans le parcage visiteurs, la centaine de supporters valmontais n’a pas caché sa colère. « On veut des joueurs qui mouillent le maillot, pas des touristes », criait l’un d’eux.', 'mouillent le maillot', 'un supporter valmontais'],
    ['es', 'Varios diputados del PP se abstuvieron. «Nos piden votar un impuesto que nadie ha explicado», dijo uno de ellos.', 'impuesto', 'un diputado del PP'],
    ['it, a plural in -i', 'Diversi deputati del Pd si sono astenuti. «Ci chiedono di votare una tassa che nessuno ha spiegato», ha detto uno di loro.', 'tassa', 'un deputato del Pd'],
    ['pt, "um deles"', 'Vários deputados do PSD abstiveram-se. «Pedem-nos para votar um imposto que ninguém explicou», disse um deles.', 'imposto', 'um deputado do PSD'],
  ])('%s', spokenBy);
});

/** Where a cue was said may stand between the verb and its subject: "confiait dans les couloirs l'un d'eux". */
describe('a place between the cue and its subject', () => {
  it.each([
    ['fr, "dans les couloirs"', 'Plusieurs députés Ensemble pour la République se sont abstenus. « On nous demande de voter une taxe que personne n’a expliquée », confiait dans les couloirs l’un d’eux.', 'voter une taxe', 'un député Ensemble pour la République'],
    ['fr, "devant la presse"', 'Le ministre de l’Intérieur, Paul Morel, était à Lyon mardi. « Nous ne reculerons pas », a déclaré devant la presse le ministre.', 'reculerons', 'Paul Morel'],
    ['es, "en los pasillos"', 'Varios diputados del PP se abstuvieron. «Nos piden votar un impuesto que nadie ha explicado», dijo en los pasillos uno de ellos.', 'impuesto', 'un diputado del PP'],
  ])('%s', spokenBy);
});

/**
 * Someone new a role describes keeps the place they serve in as part of the description, not as their name: "un diplomate
 * européen en poste à Berlin" is no person called Berlin, and "ce diplomate" is them next.
 */
describe('where someone new serves is no name, and a frame introduces them', () => {
  it.each([
    ['fr, a frame', 'D’après un diplomate européen en poste à Berlin, les conseillers « se parlent plusieurs fois par jour ». « Aucun de nous ne signera un accord », glisse ce diplomate.', 'Aucun de nous', 'un diplomate européen en poste à Berlin'],
    ['fr, after a live blog\'s time stamp and an elided article', 'Sergueï Lavrov a averti les Européens. « L’Europe ferait bien de prendre cet avertissement au sérieux », a lancé le chef de la diplomatie russe.\n\n16h40 : D’après un diplomate européen en poste à Berlin, les conseillers « se parlent plusieurs fois par jour ». « Aucun de nous ne signera un accord », glisse ce diplomate.', 'Aucun de nous', 'un diplomate européen en poste à Berlin'],
    // (Spanish and Italian phrases stop before the participle or the preposition: the frame's source is who speaks next)
    ['es, the frame introduces whom "el diplomático" is', 'Según un diplomático europeo destinado en Berlín, los asesores «hablan varias veces al día». «Ninguno de nosotros firmará un acuerdo», dijo el diplomático.', 'Ninguno de nosotros', 'un diplomático'],
    ['it, the same', 'Secondo un diplomatico europeo in servizio a Berlino, i consiglieri «si sentono più volte al giorno». «Nessuno di noi firmerà un accordo», ha detto il diplomatico.', 'Nessuno di noi', 'un diplomatico europeo'],
  ])('%s', spokenBy);
});
