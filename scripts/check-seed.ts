/**
 * Checks the seed knowledge base: complete validation, catalogue coverage and
 * the seed's own rules (ids are the catalogue refs, every claim has evidence,
 * no duplicate aliases or terms). Prints a one-line summary; exits 1 with the
 * errors when anything is wrong.
 *
 *   npx tsx scripts/check-seed.ts
 */
import { loadSeedKnowledgeBase } from '../seeds/node';
import { missingCatalogueRefs, validateKnowledgeBase } from '../lib/kb/validate';
import type { KnowledgeBase } from '../lib/kb/types';

/** Rules for the seed only: user knowledge bases may legitimately break them. */
function seedLint(kb: KnowledgeBase): string[] {
  const errors: string[] = [];
  kb.actors.forEach((a, i) => {
    if (a.id !== a.ref) errors.push(`actors[${i}] (${a.id}): seed ids must equal their ref, got ref "${a.ref}"`);
    const seen = new Map<string, number>();
    a.aliases.forEach((al, j) => {
      const first = seen.get(al.text);
      if (first !== undefined) errors.push(`actors[${i}] (${a.id}).aliases[${j}].text: "${al.text}" duplicates aliases[${first}]`);
      else seen.set(al.text, j);
    });
    if (a.sourceIds.length === 0) errors.push(`actors[${i}] (${a.id}).sourceIds: a seed actor must name its source`);
  });
  kb.claims.forEach((c, i) => {
    if (c.id !== c.ref) errors.push(`claims[${i}] (${c.id}): seed ids must equal their ref, got ref "${c.ref}"`);
    if (c.evidence.length === 0) errors.push(`claims[${i}] (${c.id}).evidence: a seed claim needs at least one piece of evidence`);
    if (!c.concepts.some((k) => k.required)) errors.push(`claims[${i}] (${c.id}).concepts: a seed claim needs at least one required concept`);
    c.concepts.forEach((k, j) => {
      const seen = new Map<string, number>();
      k.terms.forEach((t, n) => {
        const key = t.text.toLowerCase();
        const first = seen.get(key);
        if (first !== undefined) errors.push(`claims[${i}] (${c.id}).concepts[${j}].terms[${n}].text: "${t.text}" duplicates terms[${first}]`);
        else seen.set(key, n);
      });
    });
  });
  return errors;
}

function summary(kb: KnowledgeBase): string {
  const langs = new Map<string, number>();
  let aliases = 0;
  let concepts = 0;
  let terms = 0;
  for (const a of kb.actors) {
    aliases += a.aliases.length;
    for (const al of a.aliases) langs.set(al.lang, (langs.get(al.lang) ?? 0) + 1);
  }
  for (const c of kb.claims) {
    concepts += c.concepts.length;
    for (const k of c.concepts) {
      terms += k.terms.length;
      for (const t of k.terms) langs.set(t.lang, (langs.get(t.lang) ?? 0) + 1);
    }
  }
  const byLang = [...langs.entries()]
    .sort((x, y) => y[1] - x[1])
    .map(([l, n]) => `${l} ${n}`)
    .join(', ');
  return (
    `seed ${kb.version}: ${kb.actors.length} actors, ${aliases} aliases, ${kb.claims.length} claims, ` +
    `${concepts} concepts, ${terms} terms; ${langs.size} languages (aliases+terms: ${byLang})`
  );
}

function main(): number {
  let loaded: KnowledgeBase;
  try {
    loaded = loadSeedKnowledgeBase();
  } catch (err) {
    console.error(`seed: cannot load: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  const result = validateKnowledgeBase(loaded);
  if (!result.ok) {
    console.error(`seed: ${result.errors.length} validation error(s):`);
    for (const e of result.errors) console.error(`  ${e}`);
    return 1;
  }
  const errors = [
    ...missingCatalogueRefs(result.kb).map((ref) => `catalogue: no entry with ref ${ref}`),
    ...seedLint(result.kb),
  ];
  if (errors.length > 0) {
    console.error(`seed: ${errors.length} error(s):`);
    for (const e of errors) console.error(`  ${e}`);
    return 1;
  }
  console.log(summary(result.kb));
  return 0;
}

process.exitCode = main();
