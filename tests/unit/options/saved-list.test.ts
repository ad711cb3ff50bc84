import { afterEach, describe, expect, it } from 'vitest';
import { NewsmarkDatabase } from '../../../lib/db/database';
import { saveClaim } from '../../../lib/db/saved-claims';
import {
  cleanTags,
  deleteSavedClaims,
  parseTagList,
  querySavedIds,
  restoreSavedClaims,
  savedFacets,
  savedPage,
  tagSavedClaims,
  updateSavedClaim,
} from '../../../lib/db/saved-list';
import { searchTokens, searchWordsFor, siteOf } from '../../../lib/db/search';

let db: NewsmarkDatabase;
let n = 0;
afterEach(async () => {
  await db?.delete();
});

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 3, 1);

async function seedItems() {
  db = new NewsmarkDatabase(`saved-list-${n++}`);
  const items = [
    { text: 'Lavrov rejected European peacekeepers in Ukraine.', url: 'https://news.example/a', tags: ['security'], actorIds: ['A01'], claimId: 'C06', note: 'key quote' },
    { text: 'Зеленский заявил о гарантиях безопасности.', url: 'https://ru.example/b', tags: ['security', 'ru'], actorIds: ['A02'], claimId: null, note: '' },
    { text: 'Trump said the talks were going well.', url: 'https://news.example/c', tags: [], actorIds: ['A03', 'A01'], claimId: 'C10', note: 'Über-wichtig' },
    { text: 'Macron discussed peacekeeping troops.', url: 'https://other.example/d', tags: ['europe'], actorIds: ['A04'], claimId: 'C06', note: '' },
  ];
  const ids: string[] = [];
  for (const [i, item] of items.entries()) {
    const { record } = await saveClaim(
      db,
      { ...item, pageTitle: `Page ${i}`, selector: { exact: item.text, prefix: '', suffix: '', start: 0, end: item.text.length } },
      T0 + i * DAY,
    );
    ids.push(record.id);
  }
  return ids;
}

describe('search tokens', () => {
  it('folds case and accents, splits on punctuation, keeps Cyrillic', () => {
    expect(searchTokens('Über-Wichtig, Zelenskyy! Зеленский')).toEqual(['uber', 'wichtig', 'zelenskyy', 'зеленскии']);
    expect(searchTokens('«Peace» — now?')).toEqual(['peace', 'now']);
  });

  it('indexes sentence, note, tags and page title, each word once', () => {
    const words = searchWordsFor({ text: 'Peace now, peace later', note: 'A note', tags: ['Tag One'], pageTitle: 'Title' });
    expect(words.sort()).toEqual(['a', 'later', 'note', 'now', 'one', 'peace', 'tag', 'title']);
  });

  it('finds the site of an address', () => {
    expect(siteOf('https://News.Example:8080/x?y')).toBe('news.example:8080');
    expect(siteOf('not a url')).toBe('');
  });
});

describe('the saved list queries', () => {
  it('writes the search fields on save, so the index answers word prefixes', async () => {
    const ids = await seedItems();
    const row = await db.savedClaims.get(ids[0]!);
    expect(row?.words).toContain('peacekeepers');
    expect(row?.site).toBe('news.example');
    expect(await querySavedIds(db, { text: 'peacek' })).toEqual([ids[3], ids[0]]);
    expect(await querySavedIds(db, { text: 'PEACEKEEPERS lavrov' })).toEqual([ids[0]]);
    expect(await querySavedIds(db, { text: 'зеленск' })).toEqual([ids[1]]);
    expect(await querySavedIds(db, { text: 'uber' })).toEqual([ids[2]]); // from the note
    expect(await querySavedIds(db, { text: 'security' })).toEqual([ids[1], ids[0]]); // from tags
    expect(await querySavedIds(db, { text: 'nothing-like-this' })).toEqual([]);
  });

  it('uses the index, not a scan of rows', async () => {
    await seedItems();
    const tables = db.savedClaims;
    const original = tables.toArray.bind(tables);
    let scanned = 0;
    (tables as unknown as { toArray: () => Promise<unknown> }).toArray = () => {
      scanned++;
      return original();
    };
    await querySavedIds(db, { text: 'peace', tag: 'security' });
    expect(scanned).toBe(0);
  });

  it('filters by actor, claim, site, tag and date range, and combines them', async () => {
    const ids = await seedItems();
    expect(await querySavedIds(db, { actorId: 'A01' })).toEqual([ids[2], ids[0]]);
    expect(await querySavedIds(db, { claimId: 'C06' })).toEqual([ids[3], ids[0]]);
    expect(await querySavedIds(db, { site: 'news.example' })).toEqual([ids[2], ids[0]]);
    expect(await querySavedIds(db, { tag: 'security' })).toEqual([ids[1], ids[0]]);
    expect(await querySavedIds(db, { from: T0 + DAY, to: T0 + 2 * DAY })).toEqual([ids[2], ids[1]]);
    expect(await querySavedIds(db, { from: T0 + DAY })).toEqual([ids[3], ids[2], ids[1]]);
    expect(await querySavedIds(db, { claimId: 'C06', site: 'other.example' })).toEqual([ids[3]]);
    expect(await querySavedIds(db, { actorId: 'A01', text: 'trump', from: T0 + 2 * DAY, sort: 'site' })).toEqual([ids[2]]);
  });

  it('sorts newest, oldest, by last edit and by site', async () => {
    const ids = await seedItems();
    expect(await querySavedIds(db, { sort: 'newest' })).toEqual([ids[3], ids[2], ids[1], ids[0]]);
    expect(await querySavedIds(db, { sort: 'oldest' })).toEqual(ids);
    await updateSavedClaim(db, ids[1]!, { note: 'edited later' }, T0 + 10 * DAY);
    expect((await querySavedIds(db, { sort: 'edited' }))[0]).toBe(ids[1]);
    const bySite = await querySavedIds(db, { sort: 'site' });
    const sites = (await savedPage(db, bySite, 0, 10)).map((row) => row.site);
    expect(sites).toEqual([...sites].sort());
  });

  it('pages through results in order', async () => {
    const ids = await seedItems();
    const all = await querySavedIds(db, { sort: 'oldest' });
    expect((await savedPage(db, all, 1, 2)).map((r) => r.id)).toEqual([ids[1], ids[2]]);
  });

  it('editing a note or tags re-indexes the item', async () => {
    const ids = await seedItems();
    await updateSavedClaim(db, ids[3]!, { note: 'Remember Elysée', tags: ['france', ' France ', 'diplomacy'] });
    const row = await db.savedClaims.get(ids[3]!);
    expect(row?.tags).toEqual(['france', 'diplomacy']);
    expect(await querySavedIds(db, { text: 'elysee' })).toEqual([ids[3]]);
    expect(await querySavedIds(db, { tag: 'france' })).toEqual([ids[3]]);
    expect(await querySavedIds(db, { tag: 'europe' })).toEqual([]);
  });

  it('deletes with undo, and tags in bulk', async () => {
    const ids = await seedItems();
    const removed = await deleteSavedClaims(db, [ids[0]!, ids[2]!]);
    expect(removed).toHaveLength(2);
    expect(await db.savedClaims.count()).toBe(2);
    expect(await querySavedIds(db, { text: 'lavrov' })).toEqual([]);
    await restoreSavedClaims(db, removed);
    expect(await db.savedClaims.count()).toBe(4);
    expect(await querySavedIds(db, { text: 'lavrov' })).toEqual([ids[0]]);
    expect(await tagSavedClaims(db, ids, 'Security')).toBe(2);
    expect(await querySavedIds(db, { tag: 'Security' })).toHaveLength(2);
    expect((await savedFacets(db)).tags).toEqual(expect.arrayContaining(['Security', 'security', 'europe', 'ru']));
  });

  it('offers each site and tag in use', async () => {
    await seedItems();
    const facets = await savedFacets(db);
    expect(facets.sites).toEqual(['news.example', 'other.example', 'ru.example']);
    expect(facets.total).toBe(4);
  });

  it('cleans tag lists', () => {
    expect(parseTagList('a, b;  a ,c\nB')).toEqual(['a', 'b', 'c']);
    expect(cleanTags(Array.from({ length: 80 }, (_, i) => `t${i}`))).toHaveLength(50);
  });
});
