import { describe, it } from 'vitest';
import { check, statementWith } from './helpers';

/** A role after a plural article is a group that speaks as one, not the last person named with a role. */
describe('a role after a plural definite article names a group', () => {
  it.each([
    ['fr', "Catherine Dupont, pédiatre, a coordonné le travail. Les auteurs de l'étude estiment que les élèves dorment trop peu.", 'dorment trop peu', "Les auteurs de l'étude"],
    ['es (read so already)', 'Carmen López, pediatra, coordinó el trabajo. Los autores del estudio dijeron que los alumnos duermen muy poco durante la semana.', 'duermen muy poco', 'Los autores del estudio'],
    ['it (read so already)', 'Chiara Rossi, pediatra, ha coordinato il lavoro. Gli autori dello studio hanno detto che gli studenti dormono troppo poco durante la settimana.', 'dormono troppo poco', 'Gli autori dello studio'],
    ['pt (read so already)', 'Ana Souza, pediatra, coordenou o trabalho. Os autores do estudo disseram que os alunos dormem muito pouco durante a semana.', 'dormem muito pouco', 'Os autores do estudo'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'indirect', speaker: name, name });
  });
});

/** French "le rectorat de Créteil", the education authority, is a body like "la préfecture de l'Aisne". */
describe('the rectorat is an institution', () => {
  it('speaks as itself, not as the last person named', () => {
    const text = 'Julien Marchetti, principal du collège, regrette la décision. Contacté, le rectorat de Créteil assure que la baisse de dotation « correspond à la baisse des effectifs ».';
    check(statementWith(text, 'baisse de dotation'), { speaker: 'le rectorat de Créteil', name: 'rectorat de Créteil' });
  });
});

/**
 * A verb of saying followed by its object inside reported speech is the reported words' own verb when an incise set off
 * by commas comes after it: "Les infirmières enchaînent les heures supplémentaires, dénonce-t-elle, …".
 */
describe('an incise after a verb that takes an object', () => {
  it('is the cue, and the words before it are the content', () => {
    const text = 'Pour Nancy Bouchard, présidente du syndicat local, la situation était « prévisible ». Les infirmières enchaînent les heures supplémentaires obligatoires, dénonce-t-elle, et plusieurs ont déjà quitté le réseau.';
    check(statementWith(text, 'heures supplémentaires'), { kind: 'indirect', speaker: 'elle', name: 'Nancy Bouchard' });
  });

  it('keeps the verb the cue of a quote before it (read so already): "« … », enchaîne le maire Paul Roy"', () => {
    const text = '« Nous tiendrons nos promesses », enchaîne le maire Paul Roy.';
    check(statementWith(text, 'tiendrons nos promesses'), { kind: 'direct', name: 'Paul Roy' });
  });
});
