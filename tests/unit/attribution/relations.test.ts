import { describe, it } from 'vitest';
import { spokenBy } from './helpers';

/**
 * Court and local copy brings people in by their relation to someone, with no name: "La veuve de la victime", "Die Witwe
 * des Getöteten", "The victim's widow". Opening a sentence, such a description is someone new, whom the next "elle",
 * "sie" or "she" names, not the last woman the text named.
 */
describe('a relation that opens a sentence is someone new', () => {
  it.each([
    ['fr', 'La procureure, Hélène Rouvier, a requis trois ans de prison. Son confrère, Me Paul Girard, a plaidé la relaxe.\n\nLa veuve de la victime a suivi les débats au premier rang. Dans une déclaration lue par Me Girard, elle a écrit : « Je n’attends rien de ce procès. »', 'attends rien', 'La veuve de la victime'],
    ['de', 'Oberstaatsanwältin Sabine Roth forderte eine lebenslange Haftstrafe. Der Verteidiger Markus Feldhaus sprach von einem Unfall.\n\nDie Witwe des Getöteten verfolgte die Plädoyers in der ersten Reihe. In einer Erklärung, die ihr Anwalt verlas, schrieb sie: „Ich erwarte nicht, dass ein Urteil meinen Mann zurückbringt.“', 'meinen Mann', 'Die Witwe des Getöteten'],
    ['en, after a possessive', 'Prosecutor Sarah Roth asked for a life sentence. Defense lawyer Mark Feld spoke of an accident.\n\nThe victim’s widow followed the hearing from the front row. In a statement read by her lawyer, she wrote: “I do not expect a verdict to bring my husband back.”', 'my husband back', 'The victim’s widow'],
  ])('%s', spokenBy);
});

describe('a relation the text has named someone with is that person again', () => {
  it('fr', () => {
    spokenBy('', 'Sa sœur, Fiona Parry, a témoigné mardi. « Elle avait peur depuis des mois », a-t-elle dit. La procureure Hélène Rouvier a ensuite pris la parole.\n\nLa sœur de la victime a quitté la salle en larmes. « Rien ne me la rendra », a-t-elle lancé.', 'Rien ne me', 'Fiona Parry');
  });
});
