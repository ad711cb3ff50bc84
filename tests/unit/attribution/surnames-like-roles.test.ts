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

/**
 * The same surname said alone later, at a sentence's start where every word is capitalised: the person named before, not
 * a role ("wójt", "mayor", "капитан") that the last man named would hold.
 */
describe("a surname spelt like a role's form, said alone again", () => {
  it.each([
    ['pl', 'Po spotkaniu szkoleniowiec Pogoni Dariusz Wojtasik nie szukał wymówek. W 58. minucie wynik podwyższył z rzutu karnego Hiszpan Álvaro Ruiz.\n\nWojtasik przyznał, że jego zespół stanął po pierwszym golu.', 'zespół stanął', 'Dariusz Wojtasik'],
    ['es', 'El entrenador del Betis, Pedro Mayorga, no buscó excusas tras el partido. El segundo gol lo marcó de penalti el delantero Javier Ruiz.\n\nMayorga reconoció que su equipo se vino abajo tras el primer gol.', 'se vino abajo', 'Pedro Mayorga'],
    ['ru', 'После матча главный тренер «Урала» Сергей Капитанов не искал оправданий. Второй гол с пенальти забил нападающий Иван Белов.\n\nКапитанов признал, что команда остановилась после первого гола.', 'команда остановилась', 'Сергей Капитанов'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});
