import { describe, it } from 'vitest';
import { check, statementWith } from './helpers';

/** A side of a trial speaks through the advocate named for it. */
describe('the defence and the prosecution', () => {
  it.each([
    ['fr', 'La procureure Sandrine Morel a requis deux ans de prison. Pour la défense, Me Olivier Sarrat a plaidé la relaxe, dénonçant un dossier « monté de toutes pièces ».', 'monté', 'Olivier Sarrat'],
    ['fr (then a pronoun)', 'La procureure Sandrine Morel a requis deux ans de prison. Pour la défense, Me Olivier Sarrat a plaidé la relaxe. « On juge un homme sur des rumeurs », a-t-il lancé.', 'rumeurs', 'Olivier Sarrat'],
    ['es', 'La fiscal Ana Ruiz pidió cuatro años de cárcel. Según la defensa, el abogado Luis Mora, el caso se basa en «rumores sin pruebas».', 'rumores', 'Luis Mora'],
    ['it', 'Il pm Anna Riva ha chiesto tre anni. Secondo la difesa, l\'avvocato Marco Neri, l\'accusa si fonda su «voci senza riscontri».', 'voci', 'Marco Neri'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

/** The defendant is none of those the copy named as the judge, the prosecutor or a lawyer, whoever spoke last. */
describe('the defendant after the judge has spoken', () => {
  it.each([
    ['fr', 'Dans le box, Kévin D., 34 ans, baisse la tête. « Pourquoi avez-vous repris le volant ? » interroge le président Bernard Chaumette. Le prévenu bredouille : « Je pensais que j’étais capable de rentrer. »', 'capable de rentrer', 'Kévin D'],
    ['de', 'Auf der Anklagebank sitzt Dennis K. (34). „Warum sind Sie gefahren?“, fragte der Vorsitzende Richter Bernd Koch. Der Angeklagte sagte: „Ich dachte, ich schaffe das.“', 'schaffe das', 'Dennis K'],
    ['en', 'In the dock sat Kevin Doyle, 34. “Why did you drive?” asked the presiding judge, Bernard Keane. The defendant said: “I thought I could make it.”', 'make it', 'Kevin Doyle'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});
