import { describe, it } from 'vitest';
import { check, statementWith } from './helpers';

/**
 * A French description after the verb of an incise that the role list lacks: the noun and what follows it up to its
 * manner, its complement or its age ("le sexagénaire d'une voix sourde", "la municipale chargée de la Mobilité,
 * Valérie Chappuis", "la jeune femme de 23 ans"), and, article elided, a noun of a person ("l'arrière"), who is the
 * person named before.
 */
describe('French descriptions of the speaker after the verb', () => {
  it.each([
    ['a manner after the noun', "Gérard Lemaire, 61 ans, était jugé mercredi. « Je ne suis pas un marchand de sommeil », a affirmé le sexagénaire d'une voix sourde, assurant que les locataires avaient surchargé les prises.", 'marchand de sommeil', 'le sexagénaire', 'Gérard Lemaire'],
    ['a complement, then the name in apposition', "Le projet a été présenté lundi. «Nous voulons en faire un lieu où l'on s'arrête», a expliqué la municipale chargée de la Mobilité, Valérie Chappuis.", 'lieu où', 'la municipale chargée de la Mobilité, Valérie Chappuis', 'Valérie Chappuis'],
    ['an age after the noun', "L'ailière gauche Léa Fournier ne cachait pas sa frustration. « On avait les cartes en main », soupirait la jeune femme de 23 ans.", 'cartes en main', 'la jeune femme de 23 ans', 'Léa Fournier'],
    ['a noun of a person, its article elided', "Auteur de l'essai de la victoire, Hugo Lemaire savourait. « J'ai juste eu à finir le travail », assurait l'arrière.", 'finir le travail', 'arrière', 'Hugo Lemaire'],
  ])('%s', (_l, text, words, speaker, name) => {
    check(statementWith(text, words), { kind: 'direct', speaker, name });
  });

  it('keeps a paragraph of quotes with the described speaker', () => {
    const text = "L'ailière gauche Léa Fournier ne cachait pas sa frustration. « On avait les cartes en main », soupirait la jeune femme de 23 ans. « C'est un match qui nous échappe. »";
    check(statementWith(text, 'nous échappe'), { name: 'Léa Fournier' });
  });

  it('keeps the person of an age noun the one given that age: "le septuagénaire" (read so already)', () => {
    const text = 'Son voisin de palier, Gérard Lemoine, un retraité de 71 ans, a été évacué. « Je ne pouvais pas sortir », confie le septuagénaire, encore sous le choc.';
    check(statementWith(text, 'pas sortir'), { name: 'Gérard Lemoine' });
  });
});
