import { describe, expect, it } from 'vitest';
import { check, spokenBy, statements, statementWith } from './helpers';

/**
 * A verb of saying with its clause after it ("affirme qu'elle …", "sagte, sie habe …", "said that she …") has its
 * subject before it: the words before the verb are no content of a cue set off after them ("…, affirme-t-elle"), and
 * the pronoun that opens the clause is not who speaks.
 */
describe('a subject set off by commas, then the verb and its clause', () => {
  it.each([
    ['fr, "qu\'" elided onto the pronoun', "Jacques Bélanger a passé trois jours sur une civière. Sa fille, Nathalie Bélanger, affirme qu'elle a dû apporter elle-même des couvertures.", 'des couvertures', 'Sa fille, Nathalie Bélanger'],
    ['de, the clause set off by a comma', 'Der Angeklagte schwieg. Seine Frau, Anna Kessler, sagte, sie habe nichts gewusst.', 'nichts gewusst', 'Seine Frau'],
    ['en (read so already)', 'He was silent. His wife, Anna Kessler, said that she had known nothing.', 'known nothing', 'His wife, Anna Kessler'],
  ])('%s', (_l, text, words, speaker) => {
    const s = statementWith(text, words);
    check(s, { kind: 'indirect', speaker });
    expect(s.text).not.toContain(',');
  });

  it('keeps the inverted incise its speaker after the verb: "…, affirme-t-elle", "…, sagte sie"', () => {
    check(statementWith("Les couvertures manquaient, affirme-t-elle.", 'couvertures manquaient'), { speaker: 'elle' });
    check(statementWith('Die Decken fehlten, sagte sie.', 'Decken fehlten'), { speaker: 'sie' });
  });
});

/** A possessive and a noun of kin, then the name in apposition: the person named ("Sa fille, Nathalie Bélanger"). */
describe('a relative named in apposition after the noun of kin', () => {
  it.each([
    ['fr', "Le retraité a passé trois jours aux urgences. Sa fille, Nathalie Bélanger, a déclaré que l'attente était indigne.", "l'attente était indigne", 'Nathalie Bélanger'],
    ['en', 'The retired miner spent three days in the corridor. His daughter, Nathalie Bélanger, said the wait was a disgrace.', 'was a disgrace', 'Nathalie Bélanger'],
  ])('%s', spokenBy);
});

/** French "y" and "en" before the verb of an incise after a quote: where it was said, of what ("y écrit", "en dit"). */
describe('French clitics "y" and "en" before the verb of an incise', () => {
  it.each([
    ['y écrit', "Santé Québec annonce 22 lits de plus. « Nous sommes conscients de la pression que vivent les équipes », y écrit la porte-parole Geneviève Ouellet.", 'conscients de la pression', 'Geneviève Ouellet'],
    ['en a dit', "Le rapport sera publié lundi. « C'est un document accablant », en a dit la ministre Anne Roy.", 'document accablant', 'Anne Roy'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'direct', name });
  });
});

/** French nouns spelt as a cue verb: "une demande", "l'alarme", "la note". */
describe('French nouns that are cue verbs too', () => {
  it('reads "demande" after a determiner as the noun, and the cue after it', () => {
    const text = "L'échevin de l'Urbanisme, Benoît Gérard, se montre prudent. Aucune demande de permis n'a encore été introduite, souligne-t-il.";
    const s = statementWith(text, 'permis');
    expect(s.text).toBe("Aucune demande de permis n'a encore été introduite");
    check(s, { speaker: 'il', name: 'Benoît Gérard' });
  });

  it('reads "l\'alarme" as the noun and "s\'alarme" as the cue', () => {
    const said = statements('Le personnel soignant sonne l\'alarme dans plusieurs hôpitaux de la région.');
    expect(said).toEqual([]);
    check(statementWith("« On nous condamne à une heure de route », s'alarme le maire, Patrick Roumens.", 'heure de route'), { kind: 'direct', name: 'Patrick Roumens' });
  });

  it.each([
    ['souriait', "« On a souffert, mais ça fait du bien », souriait Kévin, 34 ans, abonné depuis six saisons.", 'fait du bien', 'Kévin'],
    ['appuie', "« C'est une mesure simple et peu coûteuse », appuie le Dr Marc Vanderlinden, pédiatre à Charleroi.", 'mesure simple', 'Marc Vanderlinden'],
    ['a illustré', "Jean-François Lavoie critique le ministre. « Le ministre ouvre la porte d'en avant », a illustré l'élu de Québec solidaire.", "porte d'en avant", 'Jean-François Lavoie'],
    ['analyse', "« L'isolement progresse plus vite dans les zones rurales », analyse Anne-Claire Dumont, sociologue.", 'zones rurales', 'Anne-Claire Dumont'],
    ['tacle', "« On fait payer aux retraités l'échec de la politique budgétaire », tacle Patrick Morin, de Force ouvrière.", 'payer aux retraités', 'Patrick Morin'],
    ['calcule', "« Avec l'essence à deux euros, je perds cent euros par mois », calcule Rachid Amrani, taxi depuis quinze ans.", 'cent euros', 'Rachid Amrani'],
    ["s'étrangle", "« Ce plan est une insulte », s'étrangle Sandrine Vautrin, déléguée CFDT du site.", 'une insulte', 'Sandrine Vautrin'],
    ['a recommandé', "« Prévoyez une marge de trois heures », a recommandé le porte-parole Marc Petit.", 'trois heures', 'Marc Petit'],
  ])('reads "%s" after a quotation as its cue', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'direct', name });
  });

  it('keeps "analyse", "tacle" and "illustre" nouns after an article: no statement (read so already)', () => {
    const text = "Selon l'analyse de l'Insee, le chômage recule dans la région.";
    expect(statements(text).map((s) => (s.cue ? text.slice(s.cue.start, s.cue.end) : null))).toEqual(['Selon']);
    expect(statements("Une analyse des comptes a été confiée à un cabinet.")).toEqual([]);
    expect(statements("Le défenseur a écopé d'un carton pour un tacle dangereux.")).toEqual([]);
    expect(statements("L'illustre écrivain a reçu le prix mardi.")).toEqual([]);
  });

  it('reads "tonné" after the auxiliary "a" as the cue, not the noun "tonne" ("a tonné le sénateur")', () => {
    const text = "Les sénateurs ont voté mardi. « Nous ne serons pas la variable d'ajustement », a tonné Jean-Marc Delorme, sénateur de la Haute-Loire.";
    check(statementWith(text, "variable d'ajustement"), { kind: 'direct', name: 'Jean-Marc Delorme' });
    expect(statements('Une tonne de sable a été déversée sur la route.')).toEqual([]);
  });

  it('keeps the verb after a subject and an object pronoun: "Le syndicat demande que …", "il la demande"', () => {
    check(statementWith('Le syndicat demande que les salaires soient relevés.', 'salaires'), { speaker: 'Le syndicat' });
    check(statementWith('La ministre Anne Roy annonce que les écoles fermeront lundi.', 'écoles fermeront'), { name: 'Anne Roy' });
  });
});

/** A participle of saying set off by a comma has the subject of its sentence: "…, estimant qu'elles …", "…, saying that …". */
describe('a participle of saying after a comma', () => {
  it.each([
    ['fr, "qu\'" elided', "Donald Trump a parlé lundi. Le président américain a mis en doute des élections en Ukraine, estimant qu'elles pourraient compliquer les négociations.", 'compliquer les négociations', 'Donald Trump'],
    ['fr, "que"', "Donald Trump a parlé lundi. Le président américain a mis en doute des élections en Ukraine, estimant que le scrutin pourrait compliquer les négociations.", 'compliquer les négociations', 'Donald Trump'],
    ['en (read so already)', 'Donald Trump spoke on Monday. The US president questioned elections in Ukraine, saying that they could complicate the talks.', 'complicate the talks', 'Donald Trump'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'indirect', name });
  });
});
