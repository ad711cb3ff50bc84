import { describe, it } from 'vitest';
import { check, statementWith } from './helpers';

/** A role whose capitalised complement names no person: the role speaks, and resolves as roles do. */
describe('roles with a capitalised complement', () => {
  it.each([
    ['es', 'La ministra Lucía Garrido presentó el plan el martes. La titular de Transición Ecológica explicó que el recargo será temporal.', 'recargo', 'Lucía Garrido'],
    ['it', 'Il ministro Paolo Neri era a Roma per il vertice. «Nessun taglio alle pensioni», ha detto il titolare dell\'Economia.', 'pensioni', 'Paolo Neri'],
    ['ru', 'Мэр Игорь Белов выступил на сессии городского совета. «Мы не будем платить по таким счетам», — заявил мэр Сыктывкара.', 'счетам', 'Игорь Белов'],
    ['uk', 'Мер Олег Бондар виступив на сесії міської ради. «Ми не платитимемо за такими рахунками», — заявив мер Житомира.', 'рахунками', 'Олег Бондар'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });

  it.each([
    ['ru', '«Повышения не будет», — сказал министр Петров.', 'Повышения', 'Петров'],
    ['pl', '„Nie będzie podwyżek” – powiedział prezydent Duda.', 'podwyżek', 'Duda'],
  ])('a surname after a role is still a name (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});
