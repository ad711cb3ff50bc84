import { describe, it } from 'vitest';
import { check, statementWith } from './helpers';

/** Speaker phrases that name no one fall back to the speaker the other mechanisms give, not the phrase as written. */
describe('speaker phrases that name no one', () => {
  it.each([
    ['pl (frame word)', 'Burmistrz Adam Wrona zapowiedział odwołanie. Jak powiedział dziennikarzom, sąd „bezkrytycznie uwierzył” świadkom.', 'bezkrytycznie', 'Adam Wrona'],
    ['uk (frame word)', 'Мер Олег Бондар виступив на сесії. Як зазначив журналістам, бюджет «буде збалансований».', 'збалансований', 'Олег Бондар'],
    ['pl (participle)', 'Minister Anna Sowa odwiedziła szpital. Pytana, czy będą zwolnienia, odparła: „Nie ma takich planów”.', 'takich planów', 'Anna Sowa'],
    ['de (a thing)', 'Landrätin Eva Brandt besuchte am Mittag die Baustelle. Ein Streik sei ein legitimes Mittel, sagte die Landrätin, er dürfe aber nicht zur Regel werden.', 'Regel', 'Eva Brandt'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});
