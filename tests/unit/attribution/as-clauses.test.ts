import { describe, expect, it } from 'vitest';
import { check, statements, statementWith } from './helpers';

/**
 * A clause of "as" whose subject follows its verb ("Comme l'a rappelé le ministre, …", "Como ha señalado la ministra,
 * …", "…, come ha detto il sindaco."): the words of the sentence around it are the subject's, and "as" is no speaker.
 */
describe('a clause of "as" opening the sentence', () => {
  it.each([
    ['fr, "l\'" elided onto the verb', "Le ministre de la Santé, Paul Roy, était à Lyon lundi. Comme l'annonce le ministre Paul Roy, les urgences fermeront la nuit.", 'les urgences fermeront la nuit', 'Paul Roy'],
    ['fr, "l\'" elided onto the auxiliary', "Le conseil s'est réuni mardi. Comme l'a rappelé le maire Marc Petit, la ville manque de médecins.", 'la ville manque de médecins', 'Marc Petit'],
    ['fr, a pronoun before the verb (read so already)', "Le maire Marc Petit était présent. Comme il l'a rappelé mardi, la ville manque de médecins.", 'la ville manque de médecins', 'Marc Petit'],
    ['es', 'El ministro Pablo Ruiz visitó Sevilla. Como ha señalado el ministro Pablo Ruiz, la sequía es grave.', 'la sequía es grave', 'Pablo Ruiz'],
    ['it', 'Il ministro Paolo Rossi era a Roma. Come ha detto il ministro Paolo Rossi, la crisi è grave.', 'la crisi è grave', 'Paolo Rossi'],
    ['pt', 'O ministro Paulo Reis esteve em Lisboa. Como disse o ministro Paulo Reis, a crise é grave.', 'a crise é grave', 'Paulo Reis'],
  ])('%s', (_l, text, words, name) => {
    const s = statementWith(text, words);
    expect(s.text).toBe(words);
    check(s, { kind: 'indirect', name });
  });
});

describe('a clause of "as" after the words it attributes, or set off inside them', () => {
  it.each([
    ['fr, after', "Le maire Marc Petit était présent. La ville manque de médecins, comme l'a rappelé Marc Petit.", 'La ville manque de médecins', 'Marc Petit'],
    ['es, after', 'El ministro Pablo Ruiz visitó Sevilla. La sequía es grave, como ha señalado el ministro Pablo Ruiz.', 'La sequía es grave', 'Pablo Ruiz'],
    ['it, after', 'Il sindaco Paolo Rossi era in aula. La crisi è grave, come ha detto il sindaco Paolo Rossi.', 'La crisi è grave', 'Paolo Rossi'],
  ])('%s', (_l, text, words, name) => {
    const s = statementWith(text, words);
    expect(s.text).toBe(words);
    check(s, { kind: 'indirect', name });
  });

  it('reads the words on both sides of a clause set off by commas', () => {
    const s = statementWith("Marc Petit était là. La ville, comme l'a rappelé Marc Petit, manque de médecins.", 'manque de médecins');
    expect(s.text.startsWith('La ville')).toBe(true);
    check(s, { name: 'Marc Petit' });
  });

  it('reads no statement in "comme prévu", which says nothing', () => {
    expect(statements('Comme prévu, la ville a voté le budget mardi soir.')).toEqual([]);
  });
});
