import { describe, it } from 'vitest';
import { check, statementWith } from './helpers';

/** Reported speech as French, Spanish, Italian and Portuguese wire copy writes it. */
describe('a role with its complement, then the name in apposition, before the cue', () => {
  it.each([
    ['fr', 'Le ministre des Transports, Paul Girardin, a estimé que la grève serait injustifiée avant les fêtes.', 'grève', 'Paul Girardin'],
    ['es', 'La ministra de la Vivienda, Marta Ibáñez, aseguró que los alquileres bajarán el próximo año.', 'alquileres', 'Marta Ibáñez'],
    ['it', 'Il presidente della Regione, Carlo Moretti, ha detto che i fondi arriveranno entro marzo.', 'fondi', 'Carlo Moretti'],
    ['pt', 'O ministro das Finanças, Rui Tavares, afirmou que o défice ficará abaixo da meta.', 'défice', 'Rui Tavares'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'indirect', name });
  });
});

describe('a role whose complement names a ministry, then the name with no comma', () => {
  it.each([
    ['fr', 'Le ministre des Affaires étrangères Henri Ballard a estimé que la proposition était inacceptable.', 'proposition', 'Henri Ballard'],
    ['it', 'Il ministro degli Esteri Marco Berti ha detto che il vertice resta in programma.', 'vertice', 'Marco Berti'],
    ['es', 'El ministro de Hacienda Luis Carrasco afirmó que el déficit se reducirá este año.', 'déficit', 'Luis Carrasco'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'indirect', name });
  });
});
