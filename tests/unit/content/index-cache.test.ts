import { describe, expect, it, vi } from 'vitest';
import { INDEX_CACHE_KEY, loadIndex, type IndexCachePorts } from '../../../lib/content/index-cache';
import { compileIndex } from '../../../lib/match/compile';
import { encodeFlatIndex } from '../../../lib/match/flat';
import { flattenIndex } from '../../../lib/match/flatten';
import { createFlatMatcher } from '../../../lib/match/matcher';
import { fixtureKb } from '../match/fixture-kb';

const TEXT = 'Russian Foreign Minister Sergei Lavrov said Moscow rejects the deployment of peacekeepers in Ukraine.';

const PIECE = 4096;

/** storage.local as Chrome keeps it: every value through JSON. */
function fakeStorage() {
  const data = new Map<string, string>();
  return {
    data,
    pieceChars: PIECE,
    get: async (key: string) => (data.has(key) ? JSON.parse(data.get(key)!) : undefined),
    set: async (items: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(items)) data.set(k, JSON.stringify(v));
    },
    remove: async (keys: string[]) => {
      for (const k of keys) data.delete(k);
    },
  };
}

function background(version: string) {
  const encoded = encodeFlatIndex(flattenIndex(compileIndex({ ...fixtureKb, version })));
  return { encoded, fetch: vi.fn(async (known: string | null) => ({ index: known === version ? null : encoded })) };
}

describe('the tab’s cache of the flat index', () => {
  it('stores what the background sent in pieces named by version, then reads it back piece by piece', async () => {
    const storage = fakeStorage();
    const bg = background('v1');
    const pause = vi.fn(async () => {});
    const ports: IndexCachePorts = { ...storage, fetch: bg.fetch, pause };
    const first = await loadIndex(ports);
    expect(first.source).toBe('background');
    const pieces = Math.ceil((bg.encoded.length - bg.encoded.indexOf('\n') - 1) / PIECE);
    expect(pieces).toBeGreaterThan(1);
    expect(storage.data.get(INDEX_CACHE_KEY)).toContain(`"pieces":${pieces}`);
    expect([...storage.data.keys()].filter((k) => k.startsWith(`${INDEX_CACHE_KEY}:v1:`))).toHaveLength(pieces);
    // Decoded between pauses: no task of ours holds the whole decoding.
    expect(pause).toHaveBeenCalledTimes(pieces - 1);

    const second = await loadIndex(ports);
    expect(second.source).toBe('cache');
    expect(bg.fetch).toHaveBeenLastCalledWith('v1');
    expect(Buffer.from(second.flat.bytes).equals(Buffer.from(first.flat.bytes))).toBe(true);
    const expected = createFlatMatcher(first.flat).scan(TEXT);
    expect(expected.actors.length).toBeGreaterThan(0);
    expect(createFlatMatcher(second.flat).scan(TEXT)).toEqual(expected);
  });

  it('replaces an older version and drops its pieces', async () => {
    const storage = fakeStorage();
    await loadIndex({ ...storage, fetch: background('v1').fetch, pause: async () => {} });
    const next = await loadIndex({ ...storage, fetch: background('v2').fetch, pause: async () => {} });
    expect(next.source).toBe('background');
    expect(next.flat.header.version).toBe('v2');
    expect([...storage.data.keys()].some((k) => k.includes(':v1:'))).toBe(false);
    expect([...storage.data.keys()].some((k) => k.includes(':v2:'))).toBe(true);
  });

  it('asks the background again when a piece is missing, or what is cached is from before the flat layout', async () => {
    const storage = fakeStorage();
    const bg = background('v1');
    await loadIndex({ ...storage, fetch: bg.fetch, pause: async () => {} });
    storage.data.delete(`${INDEX_CACHE_KEY}:v1:1`);
    const again = await loadIndex({ ...storage, fetch: bg.fetch, pause: async () => {} });
    expect(again.source).toBe('background');
    expect(bg.fetch).toHaveBeenLastCalledWith(null);
    expect(storage.data.has(`${INDEX_CACHE_KEY}:v1:1`)).toBe(true);

    const old = fakeStorage();
    await old.set({ [INDEX_CACHE_KEY]: JSON.stringify(compileIndex(fixtureKb)) });
    const fresh = background('v1');
    expect((await loadIndex({ ...old, fetch: fresh.fetch, pause: async () => {} })).source).toBe('background');
    expect(fresh.fetch).toHaveBeenCalledWith(null);
  });

  it('still matches when storage refuses to keep the index', async () => {
    const storage = fakeStorage();
    const loaded = await loadIndex({
      ...storage,
      set: async () => {
        throw new Error('QUOTA_BYTES quota exceeded');
      },
      fetch: background('v1').fetch,
      pause: async () => {},
    });
    expect(createFlatMatcher(loaded.flat).scan(TEXT).actors.length).toBeGreaterThan(0);
  });
});
