/**
 * The learn-then-find set (tests/eval/learn): its JSONL files are the build of
 * its markup, its labels point at their text, and the engine stays above the
 * floor of `npm run eval` (tests/eval/learn/report.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ADD_CLAIMS_FILE, buildLearnSet, loadLearnSet, serialiseLearnSet } from '../eval/learn/build';
import { evaluateLearn, loadLearnEngine, type LearnSummary } from '../eval/learn/evaluate';
import { LEARN_FLOOR } from '../eval/learn/report';
import { LEARN_LANGS } from '../eval/learn/markup';
import { parseAddClaims } from '../../scripts/lib/add-claims';

describe('learn-then-find set', () => {
  const set = loadLearnSet();

  it('is the build of tests/eval/learn/src (run npx tsx tests/eval/learn/build.ts)', () => {
    const built = buildLearnSet();
    expect(set).toEqual(built);
    expect(readFileSync(ADD_CLAIMS_FILE, 'utf8')).toBe(serialiseLearnSet(built).addClaims);
  });

  it('labels point at their text; every statement is tracked from one article and found in another', () => {
    const byId = new Map(set.articles.map((a) => [a.id, a]));
    for (const s of set.statements) {
      expect(byId.get(s.article)!.text.slice(s.start, s.end), s.id).toBe(s.text);
      expect(set.articles.some((a) => a.id !== s.article && a.occurrences.some((o) => o.ref === s.id)), s.id).toBe(true);
    }
    for (const a of set.articles) for (const o of a.occurrences) expect(a.text.slice(o.start, o.end), a.id).toBe(o.sentence);
  });

  it('holds ≥ 25 groups and ≥ 80 statements in the nine languages, with a sealed part and distractors', () => {
    expect(new Set(set.articles.map((a) => a.group)).size).toBeGreaterThanOrEqual(25);
    expect(set.statements.length).toBeGreaterThanOrEqual(80);
    expect(new Set(set.statements.map((s) => s.lang))).toEqual(new Set(LEARN_LANGS));
    expect(set.statements.some((s) => s.sealed)).toBe(true);
    expect(set.articles.filter((a) => a.distractor).length).toBeGreaterThanOrEqual(25);
  });

  it('its add-claims file is what `npm run scan -- --add-claims` reads', () => {
    const lines = parseAddClaims(readFileSync(ADD_CLAIMS_FILE, 'utf8'));
    expect(lines.map((l) => l.id)).toEqual(set.statements.map((s) => s.id));
    expect(() => parseAddClaims('{"id":"X1","text":"a","speaker":null,"lang":"en"}\n{"id":"X1","text":"b","speaker":null,"lang":"en"}')).toThrow(/twice/);
  });
});

describe('engine on the learn-then-find set', () => {
  let s: LearnSummary;
  beforeAll(async () => {
    s = await evaluateLearn(await loadLearnEngine());
  }, 300_000);

  it(`same-language precision ≥ ${LEARN_FLOOR.precision} and recall ≥ ${LEARN_FLOOR.recall}; no seed claim on the set`, () => {
    expect(s.same.precision).toBeGreaterThanOrEqual(LEARN_FLOOR.precision);
    expect(s.same.recall).toBeGreaterThanOrEqual(LEARN_FLOOR.recall);
    expect(s.seedClaimMatches).toBe(0);
  });
});
