import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { NewsmarkDatabase } from '../../../lib/db/database';
import { dedupeKeyFor } from '../../../lib/db/dedupe';
import { declareSchema, LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../lib/db/schema';
import { querySavedIds, savedFacets } from '../../../lib/db/saved-list';
import { recordAnchoring } from '../../../lib/db/anchoring';

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

  it('upgrades a populated version 2 database: saved claims become searchable by word, site and last edit', async () => {
    const name = 'upgrade-from-2';
    const old = openAsVersion(name, 2);
    await old.open();
    const saved = Array.from({ length: 60 }, (_, i) => {
      const text = i % 2 ? `Lavrov rejected peacekeepers, item ${i}.` : `Зеленский говорит о гарантиях ${i}.`;
      const url = `https://Site${i % 3}.example/page-${i}`;
      return {
        id: `saved-${i}`,
        dedupeKey: dedupeKeyFor(url, text),
        text,
        url,
        pageTitle: `Title ${i}`,
        createdAt: 1_700_000_000_000 + i,
        updatedAt: 1_700_000_000_000 + (60 - i),
        claimId: i % 4 ? null : 'C06',
        actorIds: i % 2 ? ['A01'] : ['A02'],
        note: i === 7 ? 'Remember Élysée' : '',
        tags: i % 5 ? [] : ['five'],
        selector: { exact: text, prefix: '', suffix: '', start: 0, end: text.length },
      };
    });
    await old.table('savedClaims').bulkAdd(saved);
    await old.table('actors').add({ id: 'A01', ref: 'A01', kind: 'person', name: 'Sergei Lavrov', origin: 'seed' });
    await old.table('settings').add({ key: 'kbRevision', value: 4 });
    old.close();

    const db = new NewsmarkDatabase(name);
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await db.savedClaims.count()).toBe(60);
    expect(await db.actors.count()).toBe(1);
    expect((await db.settings.get('kbRevision'))?.value).toBe(4);
    const row = (await db.savedClaims.get('saved-7'))!;
    // Everything stored before is as it was, with the derived fields added.
    const { words, site, ...rest } = row;
    expect(rest).toEqual(saved[7]);
    expect(site).toBe('site1.example');
    expect(words).toEqual(expect.arrayContaining(['lavrov', 'peacekeepers', 'remember', 'elysee', 'title']));
    expect(await querySavedIds(db, { text: 'peacekeep' })).toHaveLength(30);
    expect(await querySavedIds(db, { text: 'зеленск' })).toHaveLength(30);
    expect(await querySavedIds(db, { text: 'elysée' })).toEqual(['saved-7']);
    expect(await querySavedIds(db, { site: 'site0.example' })).toHaveLength(20);
    expect((await querySavedIds(db, { sort: 'edited' }))[0]).toBe('saved-0');
    expect((await savedFacets(db)).tags).toEqual(['five']);
    await db.delete();
  });

  it('upgrades a populated version 3 database: saved claims keep every field and can be filtered by their page’s anchoring', async () => {
    const name = 'upgrade-from-3';
    const old = openAsVersion(name, 3);
    await old.open();
    const saved = Array.from({ length: 40 }, (_, i) => {
      const text = `The ministry said talks would resume, item ${i}.`;
      const url = `https://wire.example/story-${i % 4}`;
      return {
        id: `saved-${i}`,
        dedupeKey: dedupeKeyFor(url, text),
        text,
        url,
        pageTitle: `Story ${i % 4}`,
        createdAt: 1_700_000_000_000 + i,
        updatedAt: 1_700_000_000_000 + i,
        claimId: null,
        actorIds: [],
        note: '',
        tags: i % 2 ? ['talks'] : [],
        selector: { exact: text, prefix: 'Earlier. ', suffix: ' Later.', start: 9, end: 9 + text.length },
        words: ['ministry', 'talks', `item${i}`],
        site: 'wire.example',
      };
    });
    await old.table('savedClaims').bulkAdd(saved);
    old.close();

    const db = new NewsmarkDatabase(name);
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await db.savedClaims.count()).toBe(40);
    const { words, ...rest } = (await db.savedClaims.get('saved-5'))!;
    const { words: oldWords, ...oldRest } = saved[5]!;
    expect(rest).toEqual(oldRest);
    expect(words).toEqual(expect.arrayContaining(['ministry', 'talks']));
    // Nothing is known of their pages until a visit: no item is said to be gone.
    expect(await querySavedIds(db, { anchor: 'orphaned' })).toEqual([]);
    await recordAnchoring(db, 'https://wire.example/story-1', [
      { id: 'saved-1', state: 'orphaned', text: '' },
      { id: 'saved-5', state: 'changed', text: 'The ministry said talks would restart, item 5.' },
      { id: 'saved-9', state: 'found', text: '' },
    ]);
    expect(await querySavedIds(db, { anchor: 'orphaned' })).toEqual(['saved-1']);
    expect(await querySavedIds(db, { anchor: 'changed', tag: 'talks' })).toEqual(['saved-5']);
    expect((await db.savedClaims.get('saved-5'))!.text).toBe(saved[5]!.text);
    await db.delete();
  });

  it('a version 1 database reaches the latest version searchable too', async () => {
    const name = 'upgrade-from-1-search';
    const old = openAsVersion(name, 1);
    await old.open();
    await old.table('savedClaims').bulkAdd([
      { id: 'old-1', text: 'Old peacekeepers quote.', url: 'https://old.example/x', claimId: null, createdAt: 1_600_000_000_000 },
      { id: 'old-2', text: 'Another one.', url: 'not a url', claimId: null, createdAt: 1_600_000_000_001 },
    ]);
    old.close();
    const db = new NewsmarkDatabase(name);
    await db.open();
    expect(await querySavedIds(db, { text: 'peacekeepers' })).toEqual(['old-1']);
    expect(await querySavedIds(db, { site: 'old.example' })).toEqual(['old-1']);
    expect((await db.savedClaims.get('old-2'))?.site).toBe('');
    expect(await querySavedIds(db, { sort: 'edited' })).toEqual(['old-2', 'old-1']);
    await db.delete();
  });
});
