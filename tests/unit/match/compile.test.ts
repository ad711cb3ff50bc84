import { describe, expect, it } from 'vitest';
import { compileIndex, indexSizeBytes } from '../../../lib/match/compile';
import { createMatcher } from '../../../lib/match/matcher';
import { fixtureKb } from './fixture-kb';

const TEXT =
  'Russian Foreign Minister Sergei Lavrov said Russia rejects the deployment of peacekeepers in Ukraine. ' +
  'Лавров и Зеленского. The city council is willing to build a new bridge over the river.';

describe('compiled index', () => {
  it('is plain JSON: survives a JSON round trip and scans the same', () => {
    const index = compileIndex(fixtureKb);
    const json = JSON.stringify(index);
    const copy = JSON.parse(json);
    expect(copy).toEqual(index);
    expect(JSON.stringify(copy)).toBe(json);
    expect(createMatcher(copy).scan(TEXT)).toEqual(createMatcher(index).scan(TEXT));
    expect(createMatcher(copy).version).toBe('fixture-1');
  });

  it('holds no Map, Set, typed array or class instance', () => {
    const check = (v: unknown, path: string) => {
      if (v === null || typeof v !== 'object') {
        expect(['string', 'number', 'boolean'].includes(typeof v) || v === null, path).toBe(true);
        return;
      }
      const proto = Object.getPrototypeOf(v);
      expect(proto === Object.prototype || proto === Array.prototype, path).toBe(true);
      for (const [k, x] of Object.entries(v)) check(x, `${path}.${k}`);
    };
    check(compileIndex(fixtureKb), 'index');
  });

  it('reports its size in UTF-8 bytes', () => {
    const index = compileIndex(fixtureKb);
    expect(indexSizeBytes(index)).toBe(new TextEncoder().encode(JSON.stringify(index)).length);
  });

  it('scans empty, symbol-only and very long unpunctuated text', () => {
    const m = createMatcher(compileIndex(fixtureKb));
    expect(m.scan('')).toEqual({ actors: [], claims: [] });
    expect(m.scan('🇺🇦 — … !!! \n\n')).toEqual({ actors: [], claims: [] });
    const long = 'word '.repeat(50_000) + 'Sergei Lavrov';
    expect(m.scan(long).actors.map((a) => a.text)).toEqual(['Sergei Lavrov']);
  });

  it('works with an empty knowledge base', () => {
    const m = createMatcher(compileIndex({ version: 'empty', actors: [], claims: [] }));
    expect(m.scan('Sergei Lavrov said so.')).toEqual({ actors: [], claims: [] });
    expect(m.rankClaims('anything')).toEqual([]);
  });

  it('carries the knowledge-base version', () => {
    expect(compileIndex({ ...fixtureKb, version: '2025-12-01' }).version).toBe('2025-12-01');
  });
});
