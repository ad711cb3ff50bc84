import { describe, it } from 'vitest';
import { check, statementWith } from './helpers';

/**
 * A capitalised word right after a given name is the surname even where an inflected role has its letters: "Valérie
 * Herman" (Spanish "hermana", "hermano" open alike), so the pronoun after her next quote is hers.
 */
describe("a surname spelt like an inflected role's form", () => {
  it.each([
    ['fr', "La commune a présenté le projet lundi. Pour l'échevine de la Ruralité, Valérie Herman, il s'agit d'un investissement « dans le lien social ». « Un village sans magasin, c'est un village qui meurt », ajoute-t-elle.", 'village qui meurt', 'Valérie Herman'],
    ['es (read so already)', 'El ayuntamiento presentó el proyecto el lunes. La concejala de Cultura, Laura Herman, defendió la inversión. «Un pueblo sin tienda es un pueblo que se muere», añadió ella.', 'pueblo que se muere', 'Laura Herman'],
    ['en (read so already)', 'The council presented the plan on Monday. Councillor Laura Herman defended the cost. "A village without a shop is a village that dies," she said.', 'village that dies', 'Laura Herman'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});
