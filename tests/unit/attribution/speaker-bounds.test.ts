import { describe, it } from 'vitest';
import { check, statementWith } from './helpers';

/** The words around a cue that name its speaker, and where they stop. */
describe('the speaker after a dash cue stays in the cue’s sentence', () => {
  it.each([
    ['pl', 'Prezes spółki Ewa Lis broniła oferty. – Zaproponowaliśmy 600 złotych. To jest maksimum – powiedziała na konferencji prasowej. Rzecznik podkreślił, że rozmowy trwają.', 'maksimum', 'Ewa Lis'],
    ['pl (a verb opens the next sentence)', 'Wiceprezydent miasta Anna Bury zaapelowała o rozmowy. – Mieszkańcy nie mogą być zakładnikami sporu – mówiła dziennikarzom. Zapowiedziała też, że miasto nie dołoży pieniędzy.', 'zakładnikami', 'Anna Bury'],
    ['uk', 'Мер Олена Гай відвідала депо. – Ми запропонували максимум. Більше не буде – сказала вона на брифінгу. Профспілка відповіла, що страйк триває.', 'максимум', 'Олена Гай'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

describe('Polish "się" after a cue verb belongs to the verb', () => {
  it.each([
    ['skarżyła się', '– Czekam już czterdzieści minut – skarżyła się pani Halina, emerytka z Nowej Huty.', 'czterdzieści', 'pani Halina', 'Halina'],
    ['żalił się', '„Nikt nic nie mówi” – żalił się Marek Wójcik, kierowca autobusu.', 'Nikt nic', 'Marek Wójcik', 'Marek Wójcik'],
  ])('%s', (_l, text, words, speaker, name) => {
    check(statementWith(text, words), { speaker, name });
  });
});

describe('a role with an institution in the genitive, then the name', () => {
  it.each([
    ['pl (a role word inside the institution’s name)', '– Ludzie są zmęczeni – mówi przewodniczący Związku Zawodowego Kierowców MPK Krzysztof Nowak.', 'zmęczeni', 'Krzysztof Nowak'],
    ['pl (the outlet spoken to, before the role)', '– Ludzie są zmęczeni – mówi TVN24 przewodniczący Związku Zawodowego Kierowców MPK Krzysztof Nowak.', 'zmęczeni', 'Krzysztof Nowak'],
    ['ru', '«Цены вырастут», — сказал председатель Союза Водителей Автобусов Игорь Белов.', 'вырастут', 'Игорь Белов'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

describe('a surname that is a function word of another language', () => {
  it.each([
    ['fr (Polish "jego")', 'Pour Martine Jégo, conseillère municipale, « la justice a simplement rappelé la loi ».', 'rappelé', 'Martine Jégo'],
    ['es (Italian "dal")', '«No vamos a ceder», afirmó Ana Dal, portavoz del sindicato.', 'ceder', 'Ana Dal'],
    ['en (Spanish "del")', '“We will not give in,” said Maria Del, a union spokeswoman.', 'give in', 'Maria Del'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});
