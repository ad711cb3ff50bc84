import { describe, expect, it } from 'vitest';
import { spokenBy, statementWith } from './helpers';

/** "parole" is a role only as the head of "porte-parole": "a demandé la parole :" names no one. */
describe('"la parole" is no one', () => {
  it.each([
    ['"a demandé la parole :"', 'La maire, Anne Le Goff, parle. Dans le public, Marcel Hervé, 78 ans, a demandé la parole : « J’ai usé mes culottes courtes sur ces bancs. »', 'culottes', 'Marcel Hervé'],
    ['"a pris la parole :"', 'La maire, Anne Le Goff, parle. Dans le public, Marcel Hervé, 78 ans, a pris la parole : « J’ai usé mes culottes courtes sur ces bancs. »', 'culottes', 'Marcel Hervé'],
    ['"la porte-parole" still is', 'La porte-parole, Julie Martin, a confirmé la date. « C’est vrai », a dit la porte-parole.', 'C’est vrai', 'Julie Martin'],
  ])('%s', spokenBy);
});

/** An adverb between the auxiliary and the participle of an inverted cue: "», a d'emblée rappelé la maire, X." */
describe('an adverb inside an inverted compound cue', () => {
  it.each([
    ['"a d’emblée rappelé"', '« Mais la décision ne relève pas de la commune », a d’emblée rappelé la maire, Anne Martin.', 'ne relève pas', 'Anne Martin'],
    ['"a déjà indiqué"', '« Le calendrier sera tenu », a déjà indiqué le ministre, Paul Girard.', 'calendrier', 'Paul Girard'],
  ])('%s', spokenBy);
});

/** A hyphenated given name is one word of the name: "la maire, Anne-Marie Le Goff" is a name of three words. */
describe('a hyphenated given name and a particle in apposition', () => {
  it.each([
    ['fr', '« Mais la décision ne relève pas de la commune », a rappelé la maire, Anne-Marie Le Goff.', 'ne relève pas', 'Le Goff'],
    ['en', '“We reject this,” said the mayor, Mary-Ann De Luca.', 'reject this', 'De Luca'],
    ['it', '«Respingiamo tutto», ha detto la sindaca, Anna-Maria De Luca.', 'Respingiamo', 'De Luca'],
  ])('%s', (_lang, text, words, surname) => {
    expect(statementWith(text, words).speakerName).toContain(surname);
  });
});
