/**
 * Our own multilingual set (tests/attribution/, written for Newsmark): every language's direct quotes and
 * speakers, scored as `npm run eval:attribution` scores them, on the part the rules were tuned on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addTally, dedupeGold, emptyTally, nameSpeaker, parseOwnSet, prf, score } from '../../../scripts/lib/attribution-score';
import { statements } from './helpers';

const dir = join(__dirname, '../../attribution/set');
const langs = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4));

describe('our own attribution set', () => {
  it('covers the nine languages', () => {
    expect(langs.sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'pl', 'pt', 'ru', 'uk']);
  });

  it.each(langs)('%s: direct-quote F1 ≥ 0.90 and speaker accuracy ≥ 0.85', (lang) => {
    let t = emptyTally();
    for (const a of parseOwnSet(readFileSync(join(dir, `${lang}.txt`), 'utf8'), lang)) {
      const gold = dedupeGold(a.gold).filter((g) => g.kind === 'direct');
      const pred = statements(a.text).filter((s) => s.kind === 'direct');
      t = addTally(t, score(gold, pred, nameSpeaker, (g) => !!g.name));
    }
    const r = prf(t);
    expect(r.f1).toBeGreaterThanOrEqual(0.9);
    expect(r.acc).toBeGreaterThanOrEqual(0.85);
  });
});

describe('scoring our own set', () => {
  const article = `=== xx-1
"We will appeal," the club's lawyer Ana Ruiz said. "Nobody saw the contract."

"The season is over."
---
direct | "We will appeal," | the club's lawyer Ana Ruiz | Ana Ruiz | -
direct | "Nobody saw the contract." | - | Ana Ruiz | -
direct | "The season is over." | - | - | -
`;
  const [a] = parseOwnSet(article, 'en');
  const pred = (i: number, speakerName: string | null) => {
    const [[start, end]] = a.gold[i].content;
    return { kind: 'direct', start, end, speaker: null, speakerName, actor: null };
  };

  it('scores a quote whose speaker is named elsewhere by the name it resolves to', () => {
    const t = score(a.gold.slice(1, 2), [pred(1, 'Ana Ruiz')], nameSpeaker, (g) => !!g.name);
    expect([t.withSpeaker, t.speakerRight]).toEqual([1, 1]);
  });

  it('leaves a quote nobody is named for out of speaker accuracy', () => {
    expect(a.gold[2].name).toBeNull();
    const t = score(a.gold.slice(2), [pred(2, null)], nameSpeaker, (g) => !!g.name);
    expect([t.matched, t.withSpeaker]).toEqual([1, 0]);
  });

  describe('a speaker the text only describes', () => {
    const check = (gold: { name: string; ref?: string }, speakerName: string, actor: string | null = null) =>
      nameSpeaker({ kind: 'direct', content: [[0, 1]], source: [], name: gold.name, ref: gold.ref ?? null }, { kind: 'direct', start: 0, end: 1, speaker: null, speakerName, actor });

    it('is right when the prediction is a shorter form of the gold description', () => {
      expect(check({ name: 'Sprecher der Stadt Stuttgart' }, 'ein Sprecher der Stadt')).toBe(true);
      expect(check({ name: 'ARS Occitanie' }, 'ARS')).toBe(true);
      expect(check({ name: 'soignante anonyme' }, 'une soignante')).toBe(true);
      expect(check({ name: 'two diplomats familiar with the matter' }, 'two diplomats')).toBe(true);
    });

    it('reads the head of a German compound as the compound', () => {
      expect(check({ name: 'Sprecher des Bundesgesundheitsministeriums' }, 'ein Sprecher des Ministeriums')).toBe(true);
    });

    it('is wrong when the prediction says something the gold does not', () => {
      expect(check({ name: 'Sprecher der Polizei' }, 'ein Sprecher der Stadt')).toBe(false);
      expect(check({ name: 'direction de la SNCF' }, 'la défense')).toBe(false);
      expect(check({ name: 'soignante anonyme' }, 'une')).toBe(false);
    });

    it('judges a knowledge-base speaker by its actor when one is linked, by its name when none is', () => {
      expect(check({ name: 'ukrainisches Präsidialamt', ref: 'A06' }, 'Präsidialamt')).toBe(true);
      expect(check({ name: 'ukrainisches Präsidialamt', ref: 'A06' }, 'Präsidialamt', 'A05')).toBe(false);
      expect(check({ name: 'plusieurs diplomates européens' }, 'European leaders and allies', 'A13')).toBe(false);
    });
  });
});
