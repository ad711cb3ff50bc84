import { describe, it } from 'vitest';
import { check, statementWith } from './helpers';

/** Who a role, a description or a verb with no subject stands for in French, Spanish, Italian, Portuguese and German copy. */
describe('a role or a description, a short complement, then the name in apposition: the name is the speaker', () => {
  it.each([
    ['fr (a noun the role list lacks)', 'Le conseil municipal de Brive a voté le budget lundi soir. « Les travaux de la gare commenceront en mars », a indiqué le sous-préfet, Gilles Armand, lors de la séance.', 'travaux de la gare', 'Gilles Armand'],
    ['es (a place in the complement)', 'La cooperativa Agrovega pidió ayudas al Gobierno regional. «Sin riego no habrá cosecha este año», señaló su presidente en Almería, Tomás Beltrán.', 'Sin riego', 'Tomás Beltrán'],
    ['pt (a body in the complement, then brackets)', 'O deputado Carlos Meireles criticou o orçamento. O líder do governo na Assembleia, Paulo Dinis Rocha (PS), respondeu: "Os números falam por si e o défice continua a descer."', 'Os números falam', 'Paulo Dinis Rocha'],
    ['it (a noun the role list lacks)', 'Il sindaco Marco Ferri ha chiuso le scuole. «La piena arriverà nella notte», ha spiegato il geologo, Luca Bernardi, in conferenza stampa.', 'La piena arriverà', 'Luca Bernardi'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

describe('Italian "il" before a lower-case noun after the cue is an article, not the French pronoun', () => {
  it.each([
    ['it', 'La frana ha bloccato la statale per ore. «Il versante resta instabile», ha avvertito il geologo.', 'Il versante', 'il geologo'],
    ['it (two words)', 'La rapina è durata pochi minuti. «Avevano le pistole e gridavano a tutti di stendersi», ha raccontato il cassiere ferito.', 'Avevano le pistole', 'il cassiere ferito'],
  ])('%s', (_l, text, words, speaker) => {
    check(statementWith(text, words), { speaker });
  });
});

describe('a headline speaker named by a role alone is the person the body names with that role or institution', () => {
  it.each([
    ['fr', '« Nous avons tenu jusqu’au bout », se félicite la capitaine des Bleues\n\nLes Françaises ont battu la Suède 3-1 samedi à Lyon. « Nous avons tenu jusqu’au bout, même à dix », a déclaré la capitaine, Julie Marchal, après la rencontre.', 'tenu jusqu’au bout »', 'Julie Marchal'],
    ['pt', 'Tarifa da água vai subir "por causa da inflação", diz diretor da Sanepar\n\nCURITIBA - A Sanepar anunciou nesta segunda-feira um reajuste de 6%. "Não há outra saída para manter os investimentos", afirmou o diretor da Sanepar Marcos Prado.', 'por causa da inflação', 'Marcos Prado'],
    ['de', 'IG-Metall-Sprecher: „Wir lassen uns nicht erpressen“\n\nStuttgart (dpa) – Im Tarifstreit der Metallindustrie verschärft sich der Ton. „Die Arbeitgeber spielen auf Zeit“, sagte IG-Metall-Bezirksleiter Thomas Wendel am Montag.', 'nicht erpressen', 'Thomas Wendel'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});
