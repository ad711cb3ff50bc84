import { describe, expect, it } from 'vitest';
import { check, statementWith } from './helpers';

/**
 * "…, said X, <a description of X>." The description set off after the name may run long, a title and two
 * complements, and its head need not be a role the lexicon knows ("Obmann", "patron"): it still describes the speaker,
 * and the words before the cue are what was said. The quote that follows is the same speaker's.
 */
describe('a long apposition after the speaker of a cue that ends the sentence', () => {
  it.each([
    ['de', 'Die Tarife für eine Untersuchung seien seit Jahren kaum gestiegen, argumentiert Gerald Fuchsbichler, Obmann der Fachgruppe Gesundheitsbetriebe der Wirtschaftskammer Wien. „Wir würden gerne mehr Kassenpatienten untersuchen.“', 'Die Tarife für eine Untersuchung seien seit Jahren kaum gestiegen', 'Gerald Fuchsbichler', 'mehr Kassenpatienten'],
    ['fr', "Les tarifs n'ont presque pas augmenté depuis des années, argumente Gérard Dupont, patron de la fédération départementale des exploitants agricoles du Finistère. « Nous voudrions recevoir plus de patients. »", "Les tarifs n'ont presque pas augmenté depuis des années", 'Gérard Dupont', 'plus de patients'],
    ['en', 'The rates have barely risen in years, argues Gerald Fox, chairman of the regional branch of the National Federation of Independent Clinics. “We would like to see more patients.”', 'The rates have barely risen in years', 'Gerald Fox', 'more patients'],
    ['es', 'Las tarifas apenas han subido en años, argumenta Gerardo Fuentes, responsable de la agrupación regional de clínicas privadas de Castilla y León. «Nos gustaría atender a más pacientes».', 'Las tarifas apenas han subido en años', 'Gerardo Fuentes', 'más pacientes'],
  ])('%s', (_l, text, content, name, quote) => {
    const said = statementWith(text, content.slice(0, 20));
    expect(said.text).toBe(content);
    check(said, { kind: 'indirect', name });
    // the quote after it, with no cue of its own
    check(statementWith(text, quote), { kind: 'direct', name });
  });
});
