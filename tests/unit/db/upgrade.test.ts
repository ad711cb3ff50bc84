import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { NewsmarkDatabase } from '../../../lib/db/database';
import { dedupeKeyFor } from '../../../lib/db/dedupe';
import { declareSchema, LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../lib/db/schema';

/** Opens the database as an older release of Newsmark would have. */
function openAsVersion(name: string, version: number): Dexie {
  const db = new Dexie(name);
  declareSchema(db, version);
  return db;
}

describe('schema upgrades', () => {
  it('declares strictly increasing versions', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(LATEST_SCHEMA_VERSION).toBe(versions.at(-1));
  });

  it('upgrades a populated version 1 database without losing a row', async () => {
    const name = 'upgrade-from-1';
    const old = openAsVersion(name, 1);
    await old.open();
    const actors = Array.from({ length: 30 }, (_, i) => ({
      id: `A${i}`,
      ref: `A${i}`,
      kind: 'person',
      name: `Person ${i}`,
      origin: i % 2 ? 'seed' : 'user',
    }));
    const claims = Array.from({ length: 20 }, (_, i) => ({ id: `C${i}`, ref: `C${i}`, speakerId: 'A1', origin: 'seed' }));
    const saved = Array.from({ length: 50 }, (_, i) => ({
      id: `saved-${i}`,
      text: `Saved sentence number ${i}.`,
      url: `https://news.example/${i % 5}`,
      claimId: i % 3 ? null : 'C1',
      createdAt: 1_700_000_000_000 + i,
    }));
    await old.table('actors').bulkAdd(actors);
    await old.table('claims').bulkAdd(claims);
    await old.table('savedClaims').bulkAdd(saved);
    await old.table('settings').bulkAdd([
      { key: 'seedVersion', value: '0.9.0' },
      { key: 'disabledSites', value: ['example.org'] },
    ]);
    await old.table('sources').add({ id: 'S1', title: 'Old source', text: 'Old text.' });
    old.close();

    const db = new NewsmarkDatabase(name);
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await db.actors.count()).toBe(30);
    expect(await db.claims.count()).toBe(20);
    expect(await db.savedClaims.count()).toBe(50);
    expect(await db.sources.count()).toBe(1);
    expect((await db.settings.get('disabledSites'))?.value).toEqual(['example.org']);

    const row = (await db.savedClaims.get('saved-7'))!;
    expect(row).toMatchObject({ text: 'Saved sentence number 7.', url: 'https://news.example/2', tags: [], actorIds: [], note: '' });
    expect(row.dedupeKey).toBe(dedupeKeyFor(row.url, row.text));
    expect(row.updatedAt).toBe(row.createdAt);
    // The new indexes answer queries.
    expect(await db.savedClaims.where('dedupeKey').equals(row.dedupeKey).count()).toBe(1);
    expect(await db.savedClaims.where('url').equals('https://news.example/2').count()).toBe(10);
    await db.delete();
  });
});
