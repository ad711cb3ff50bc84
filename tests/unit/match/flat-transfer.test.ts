import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, decodeLoop, encodeLoop } from '../../../lib/match/base64';
import { compileIndex } from '../../../lib/match/compile';
import { decodeFlatIndex, encodeFlatIndex, flatHeaderOf, FLAT_FORMAT, openTables } from '../../../lib/match/flat';
import { flattenIndex } from '../../../lib/match/flatten';
import { createFlatMatcher, createMatcher } from '../../../lib/match/matcher';
import { StringPool, StringPoolBuilder } from '../../../lib/match/string-pool';
import { fixtureKb } from './fixture-kb';

const TEXT =
  'MOSCOW, Dec 3 (Reuters) - Russian Foreign Minister Sergei Lavrov said on Wednesday that Moscow rejects the deployment of ' +
  'European peacekeepers in Ukraine. "We will not accept it," Lavrov told reporters. Лавров заявил, что Москва готова. ' +
  'Kremlin spokesman Dmitry Peskov declined to comment on Zelenskyy’s remarks.';

describe('the flat index in transit', () => {
  const flat = flattenIndex(compileIndex(fixtureKb));
  const encoded = encodeFlatIndex(flat);
  const expected = createMatcher(compileIndex(fixtureKb)).scan(TEXT);

  it('is one string that survives JSON (Chrome’s storage and messages) and structured clone (Firefox’s)', () => {
    expect(typeof encoded).toBe('string');
    for (const copy of [JSON.parse(JSON.stringify({ index: encoded })).index as string, structuredClone({ index: encoded }).index]) {
      const back = decodeFlatIndex(copy);
      expect(back.header).toEqual(flat.header);
      expect(Buffer.from(back.bytes).equals(Buffer.from(flat.bytes))).toBe(true);
      expect(createFlatMatcher(back).scan(TEXT)).toEqual(expected);
    }
    expect(expected.actors.length).toBeGreaterThan(2);
    expect(expected.claims.length).toBeGreaterThan(0);
  });

  it('states its version and layout in a header read without decoding the buffer', () => {
    expect(flatHeaderOf(encoded)).toMatchObject({ format: FLAT_FORMAT, version: fixtureKb.version });
    // What tabs cached before the flat layout (one JSON string), and other layouts, are refetched.
    expect(flatHeaderOf(JSON.stringify(compileIndex(fixtureKb)))).toBeNull();
    expect(flatHeaderOf(`${JSON.stringify({ ...flat.header, format: FLAT_FORMAT + 1 })}\n`)).toBeNull();
    expect(() => decodeFlatIndex('not an index')).toThrow();
  });

  it('opens views on a buffer that starts anywhere, and refuses one too short', () => {
    const shifted = new Uint8Array(flat.bytes.length + 3);
    shifted.set(flat.bytes, 3);
    const misaligned = { header: flat.header, bytes: shifted.subarray(3) };
    expect(createFlatMatcher(misaligned).scan(TEXT)).toEqual(expected);
    expect(() => openTables({ header: flat.header, bytes: flat.bytes.subarray(0, flat.bytes.length - 8) })).toThrow(/bytes/);
  });

  it('scans the same after release() drops the caches', () => {
    const m = createFlatMatcher(decodeFlatIndex(encoded));
    expect(m.scan(TEXT)).toEqual(expected);
    m.release();
    expect(m.scan(TEXT)).toEqual(expected);
    expect(m.scan(TEXT, { priorActorIds: ['A01', 'nobody'] })).toEqual(createMatcher(compileIndex(fixtureKb)).scan(TEXT, { priorActorIds: ['A01', 'nobody'] }));
  });
});

describe('base64', () => {
  const random = (n: number, seed: number) => {
    const out = new Uint8Array(n);
    let s = seed;
    for (let i = 0; i < n; i++) out[i] = (s = (s * 1103515245 + 12345) >>> 0) >>> 24;
    return out;
  };

  it('encodes and decodes every padding case as Node does, with the engine’s codec and without', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = random(n * 7 + (n % 3), n);
      const reference = Buffer.from(bytes).toString('base64');
      expect(encodeLoop(bytes)).toBe(reference);
      expect(bytesToBase64(bytes)).toBe(reference);
      expect(Buffer.from(decodeLoop(reference)).equals(Buffer.from(bytes))).toBe(true);
      expect(Buffer.from(base64ToBytes(`head\n${reference}`, 5)).equals(Buffer.from(bytes))).toBe(true);
    }
  });

  it('refuses what is not base64', () => {
    expect(() => decodeLoop('ab$d')).toThrow(/unexpected character/);
  });
});

describe('the string pool', () => {
  const words = ['lavrov', 'лавров', 'peace', 'peacekeep', '~putin', '', 'a', 'zelenskyy', '🇺🇦 flag', 'guarante'];
  const builder = new StringPoolBuilder();
  const ids = words.map((w) => builder.intern(w));
  const pool = new StringPool(builder.build());

  it('gives each string one id, in order of first use', () => {
    expect(ids).toEqual(words.map((_, i) => i));
    expect(builder.intern('peace')).toBe(2);
    expect(pool.size).toBe(words.length);
  });

  it('finds every string it holds, and nothing else', () => {
    words.forEach((w, i) => expect(pool.lookup(w)).toBe(i));
    for (const w of ['Lavrov', 'lavro', 'lavrovv', 'peacek', 'putin', 'b', '🇺🇦']) expect(pool.lookup(w)).toBe(-1);
  });

  it('looks up the start of a word without slicing it', () => {
    expect(pool.lookup('peacekeepers', 5)).toBe(2);
    expect(pool.lookup('peacekeepers', 9)).toBe(3);
    expect(pool.lookup('guarantees', 8)).toBe(9);
    expect(pool.lookup('guarantees', 7)).toBe(-1);
    expect(pool.isPrefixOf(9, 'guarantees')).toBe(true);
    expect(pool.isPrefixOf(9, 'guarant')).toBe(false);
    expect(pool.isPrefixOf(5, 'anything')).toBe(true);
  });

  it('makes its strings back, surrogate pairs and Cyrillic included', () => {
    words.forEach((w, i) => expect(pool.str(i)).toBe(w));
    const long = 'x'.repeat(10_000) + 'é';
    const b = new StringPoolBuilder();
    b.intern(long);
    expect(new StringPool(b.build()).str(0)).toBe(long);
  });
});
