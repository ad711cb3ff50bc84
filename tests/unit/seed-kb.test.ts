import { describe, expect, it } from 'vitest';
import { SEED_KNOWLEDGE_BASE } from '../../seeds/index';
import { loadSeedKnowledgeBase } from '../../seeds/node';
import { assembleKnowledgeBase, type SeedFile } from '../../lib/kb/assemble';
import {
  CATALOGUE_ACTOR_REFS,
  CATALOGUE_CLAIM_REFS,
  LIMITS,
  missingCatalogueRefs,
  validateKnowledgeBase,
} from '../../lib/kb/validate';
import type { KnowledgeBase } from '../../lib/kb/types';

/** A small valid knowledge base of our own, broken one way per test. */
function fixture(): KnowledgeBase {
  const text = 'Lavrov said Russia rejects peacekeepers. Zelensky disagreed.';
  return {
    version: '1.0.0',
    sources: [{ id: 'S1', title: 'Fixture', publisher: 'Tests', lang: 'en', text }],
    actors: [
      {
        id: 'A1',
        ref: 'A1',
        kind: 'person',
        name: 'Sergei Lavrov',
        role: 'Foreign minister',
        description: 'Speaks for Russia.',
        aliases: [
          { text: 'Sergei Lavrov', lang: 'en', type: 'name' },
          { text: 'Lavrov', lang: 'en', type: 'surname' },
          { text: 'Лавров', lang: 'ru', type: 'surname' },
        ],
        relations: [{ type: 'serves', target: 'A2', label: 'foreign minister of' }],
        sourceIds: ['S1'],
      },
      {
        id: 'A2',
        ref: 'A2',
        kind: 'country',
        name: 'Russia',
        role: 'State',
        description: '',
        aliases: [
          { text: 'Russia', lang: 'en', type: 'name' },
          { text: 'Moscow', lang: 'en', type: 'metonym', unlessFollowedBy: ['Mule'] },
        ],
        relations: [],
        sourceIds: ['S1'],
      },
    ],
    claims: [
      {
        id: 'C1',
        ref: 'C1',
        speakerId: 'A1',
        attribution: 'Lavrov',
        subjectIds: ['A2'],
        summary: 'Russia rejects peacekeepers.',
        lang: 'en',
        polarity: 'negative',
        concepts: [
          { label: 'peacekeepers', weight: 3, required: true, terms: [{ text: 'peacekeep*', lang: 'en' }] },
          { label: 'reject', weight: 2, terms: [{ text: 'reject*', lang: 'en' }, { text: 'отверга*', lang: 'ru' }] },
        ],
        evidence: [{ sourceId: 'S1', start: 0, end: 40, text: text.slice(0, 40) }],
        tags: ['test'],
      },
    ],
  };
}

function errorsOf(kb: unknown): string[] {
  const result = validateKnowledgeBase(kb);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

function expectError(kb: unknown, ...fragments: string[]): void {
  const errors = errorsOf(kb);
  const hit = errors.find((e) => fragments.every((f) => e.includes(f)));
  expect(hit, `no error containing ${JSON.stringify(fragments)} in:\n${errors.join('\n')}`).toBeDefined();
}

describe('seed knowledge base', () => {
  it('validates completely', () => {
    const result = validateKnowledgeBase(SEED_KNOWLEDGE_BASE);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('exposes every catalogue actor and claim, with id equal to ref', () => {
    expect(missingCatalogueRefs(SEED_KNOWLEDGE_BASE)).toEqual([]);
    const actors = new Map(SEED_KNOWLEDGE_BASE.actors.map((a) => [a.ref, a]));
    const claims = new Map(SEED_KNOWLEDGE_BASE.claims.map((c) => [c.ref, c]));
    for (const ref of CATALOGUE_ACTOR_REFS) expect(actors.get(ref)?.id).toBe(ref);
    for (const ref of CATALOGUE_CLAIM_REFS) expect(claims.get(ref)?.id).toBe(ref);
    expect(CATALOGUE_ACTOR_REFS).toHaveLength(14);
    expect(CATALOGUE_CLAIM_REFS).toHaveLength(16);
  });

  it('is the same through the bundle loader and the Node loader', () => {
    expect(loadSeedKnowledgeBase()).toEqual(SEED_KNOWLEDGE_BASE);
  });

  it('quotes every evidence exactly from its source', () => {
    const sources = new Map(SEED_KNOWLEDGE_BASE.sources.map((s) => [s.id, s]));
    let count = 0;
    for (const claim of SEED_KNOWLEDGE_BASE.claims) {
      expect(claim.evidence.length, `${claim.id} has no evidence`).toBeGreaterThan(0);
      for (const ev of claim.evidence) {
        const source = sources.get(ev.sourceId);
        expect(source, `${claim.id}: unknown source ${ev.sourceId}`).toBeDefined();
        expect(source!.text.slice(ev.start, ev.end)).toBe(ev.text);
        expect(source!.text.indexOf(ev.text)).toBeGreaterThanOrEqual(0);
        count++;
      }
    }
    expect(count).toBeGreaterThanOrEqual(16);
  });

  it('gives every claim at least two concepts, one of them required', () => {
    for (const claim of SEED_KNOWLEDGE_BASE.claims) {
      expect(claim.concepts.length, claim.id).toBeGreaterThanOrEqual(2);
      expect(claim.concepts.some((k) => k.required), claim.id).toBe(true);
    }
  });

  it('covers the nine languages in aliases and terms', () => {
    const langs = new Set<string>();
    for (const a of SEED_KNOWLEDGE_BASE.actors) for (const al of a.aliases) langs.add(al.lang);
    for (const c of SEED_KNOWLEDGE_BASE.claims) for (const k of c.concepts) for (const t of k.terms) langs.add(t.lang);
    for (const l of ['en', 'ru', 'uk', 'de', 'fr', 'es', 'pt', 'it', 'pl']) expect(langs.has(l), l).toBe(true);
  });

  it('fails loudly when a source text is missing from the bundle', () => {
    const file: SeedFile = {
      version: '1',
      sources: [{ id: 'S9', title: 't', publisher: 'p', lang: 'en', file: 'source/missing.txt' }],
      actors: [],
      claims: [],
    };
    expect(() => assembleKnowledgeBase(file, {})).toThrow(/S9.*source\/missing\.txt/);
  });
});

describe('validateKnowledgeBase', () => {
  it('accepts the fixture and returns a clean copy', () => {
    const kb = fixture();
    const result = validateKnowledgeBase(kb);
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (result.ok) {
      expect(result.kb).toEqual(kb);
      expect(result.kb).not.toBe(kb);
    }
  });

  it('rejects input that is not an object', () => {
    for (const bad of [null, 42, 'kb', [], undefined]) {
      expectError(bad, 'knowledge base', 'expected an object');
    }
  });

  it('rejects a wrong actor kind', () => {
    const kb = fixture() as any;
    kb.actors[0].kind = 'politician';
    expectError(kb, 'actors[0] (A1).kind', 'expected one of person|country|organisation|group', '"politician"');
  });

  it('rejects a wrong alias type, naming the entry and the field', () => {
    const kb = fixture() as any;
    kb.actors[0].aliases[2].type = 'nickname';
    expectError(kb, 'actors[0] (A1).aliases[2].type', 'expected one of name|surname|');
  });

  it('rejects an actor without a name alias', () => {
    const kb = fixture();
    kb.actors[1].aliases = [{ text: 'Moscow', lang: 'en', type: 'metonym' }];
    expectError(kb, 'actors[1] (A2).aliases', 'at least one alias of type "name"');
  });

  it('rejects a dangling relation target', () => {
    const kb = fixture();
    kb.actors[0].relations[0].target = 'A99';
    expectError(kb, 'actors[0] (A1).relations[0].target', 'no actor with id "A99"');
  });

  it('rejects a dangling speakerId', () => {
    const kb = fixture();
    kb.claims[0].speakerId = 'A42';
    expectError(kb, 'claims[0] (C1).speakerId', 'no actor with id "A42"');
  });

  it('rejects a dangling subject and evidence source', () => {
    const kb = fixture();
    kb.claims[0].subjectIds = ['A2', 'A7'];
    kb.claims[0].evidence[0].sourceId = 'S5';
    const errors = errorsOf(kb);
    expect(errors.some((e) => e.includes('claims[0] (C1).subjectIds[1]') && e.includes('"A7"'))).toBe(true);
    expect(errors.some((e) => e.includes('claims[0] (C1).evidence[0].sourceId') && e.includes('"S5"'))).toBe(true);
  });

  it('rejects evidence offsets off by one', () => {
    const kb = fixture();
    const ev = kb.claims[0].evidence[0];
    ev.start += 1;
    ev.end += 1;
    expectError(kb, 'claims[0] (C1).evidence[0].text', 'does not match source S1 at 1..41');
  });

  it('rejects evidence running past the end of its source', () => {
    const kb = fixture();
    const ev = kb.claims[0].evidence[0];
    ev.end = kb.sources[0].text.length + 1;
    expectError(kb, 'claims[0] (C1).evidence[0]', 'not a non-empty span inside source S1');
  });

  it('rejects evidence text that differs from the source', () => {
    const kb = fixture();
    kb.claims[0].evidence[0].text = 'Lavrov said Russia accepts peacekeepers.';
    expectError(kb, 'claims[0] (C1).evidence[0].text', 'does not match source S1');
  });

  it('rejects a duplicate id', () => {
    const kb = fixture();
    kb.actors[1].id = 'A1';
    expectError(kb, 'actors[1] (A1).id', 'duplicate id "A1"', 'actors[0] (A1)');
  });

  it('rejects a duplicate ref, across actors and claims', () => {
    const kb = fixture();
    kb.claims[0].ref = 'A2';
    expectError(kb, 'claims[0] (C1).ref', 'duplicate ref "A2"');
  });

  it('rejects a bad language code', () => {
    const kb = fixture();
    kb.actors[0].aliases[1].lang = 'English';
    expectError(kb, 'actors[0] (A1).aliases[1].lang', 'language code', '"English"');
    const kb2 = fixture();
    kb2.claims[0].concepts[1].terms[1].lang = 'RU';
    expectError(kb2, 'claims[0] (C1).concepts[1].terms[1].lang', 'language code');
  });

  it('rejects a zero weight', () => {
    const kb = fixture();
    kb.claims[0].concepts[1].weight = 0;
    expectError(kb, 'claims[0] (C1).concepts[1].weight', 'expected a number > 0', '0');
  });

  it('rejects an oversize string', () => {
    const kb = fixture();
    kb.actors[0].description = 'x'.repeat(LIMITS.string + 1);
    expectError(kb, 'actors[0] (A1).description', 'string too long', `at most ${LIMITS.string}`);
  });

  it('rejects too many aliases', () => {
    const kb = fixture();
    kb.actors[0].aliases = Array.from({ length: LIMITS.aliasesPerActor + 1 }, (_, i) => ({
      text: `Name ${i}`,
      lang: 'en',
      type: 'name' as const,
    }));
    expectError(kb, 'actors[0] (A1).aliases', 'too many entries');
  });

  it('rejects empty strings, empty concept lists and concepts without terms', () => {
    const kb = fixture();
    kb.actors[0].aliases[0].text = '  ';
    kb.claims[0].concepts[0].terms = [];
    const errors = errorsOf(kb);
    expect(errors.some((e) => e.startsWith('actors[0] (A1).aliases[0].text: expected a non-empty string'))).toBe(true);
    expect(errors.some((e) => e.startsWith('claims[0] (C1).concepts[0].terms: expected at least one entry'))).toBe(true);
    const kb2 = fixture();
    kb2.claims[0].concepts = [];
    expectError(kb2, 'claims[0] (C1).concepts', 'at least one entry');
    // A user's saved claim may have no cues when the caller says so.
    expect(validateKnowledgeBase(kb2, { allowClaimsWithoutConcepts: true }).ok).toBe(true);
  });

  it('rejects a wildcard that is not at the end of a word or has no prefix', () => {
    const kb = fixture();
    kb.claims[0].concepts[1].terms = [{ text: 're*ject', lang: 'en' }, { text: '*', lang: 'en' }];
    const errors = errorsOf(kb);
    expect(errors.some((e) => e.includes('terms[0].text') && e.includes('may only end a word'))).toBe(true);
    expect(errors.some((e) => e.includes('terms[1].text') && e.includes('at least 2 characters'))).toBe(true);
  });

  it('rejects unknown fields, including __proto__ from JSON', () => {
    const kb = JSON.parse(JSON.stringify(fixture()).replace('"kind":"person"', '"kind":"person","__proto__":{"x":1},"admin":true'));
    const errors = errorsOf(kb);
    expect(errors).toContain('actors[0] (A1).__proto__: unknown field');
    expect(errors).toContain('actors[0] (A1).admin: unknown field');
  });

  it('rejects a non-null, non-string speaker and a bad polarity', () => {
    const kb = fixture() as any;
    kb.claims[0].speakerId = 7;
    kb.claims[0].polarity = 'neutral';
    const errors = errorsOf(kb);
    expect(errors.some((e) => e.startsWith('claims[0] (C1).speakerId: expected an actor id or null'))).toBe(true);
    expect(errors.some((e) => e.startsWith('claims[0] (C1).polarity: expected one of affirmative|negative'))).toBe(true);
  });

  it('caps the number of errors it reports', () => {
    const kb = fixture() as any;
    kb.actors[0].aliases = Array.from({ length: LIMITS.errors + 50 }, () => ({ text: '', lang: 'xx1', type: 'bad' }));
    const errors = errorsOf(kb);
    expect(errors.length).toBe(LIMITS.errors + 1);
    expect(errors[errors.length - 1]).toMatch(/^… and \d+ more errors$/);
  });
});
