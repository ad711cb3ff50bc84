import { afterEach, describe, expect, it } from 'vitest';
import { NewsmarkDatabase } from '../../../lib/db/database';
import { addActor, addAlias, addClaim } from '../../../lib/db/kb-edit';
import { setEntryDisabled, updateActor } from '../../../lib/db/knowledge-base';
import { saveClaim } from '../../../lib/db/saved-claims';
import { applySeed } from '../../../lib/db/seed';
import { getSetting, getSettings, setSetting } from '../../../lib/db/settings';
import { collectExport, importText } from '../../../lib/io/backup';
import { jsonExportText } from '../../../lib/io/export';
import { IMPORT_LIMITS } from '../../../lib/io/format';
import { checkImportSize, jsonDepthExceeds, mergeSavedClaims, parseImport } from '../../../lib/io/import';
import { miniKnowledgeBase } from '../../fixtures/mini-kb';

const dbs: NewsmarkDatabase[] = [];
let n = 0;
async function freshDb(): Promise<NewsmarkDatabase> {
  const db = new NewsmarkDatabase(`io-${n++}`);
  dbs.push(db);
  await applySeed(db, miniKnowledgeBase());
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const T0 = Date.UTC(2025, 2, 1);

function item(i: number, over: Record<string, unknown> = {}) {
  const text = `Sentence number ${i}: Lavrov said Russia would talk, «${'x'.repeat(i % 7)}» — ${i % 3 ? 'ok' : 'Зеленский'}.`;
  return {
    text,
    url: `https://news${i % 13}.example/article-${i % 101}`,
    pageTitle: `Page ${i % 101} <b>bold</b>`,
    claimId: i % 4 ? null : 'C01',
    actorIds: i % 2 ? ['A01'] : ['A01', 'A05'],
    note: i % 5 ? '' : `note ${i}, "quoted", =formula`,
    tags: i % 3 ? [`t${i % 10}`] : [],
    selector: { exact: text, prefix: 'before ', suffix: ' after', start: i, end: i + text.length },
    ...over,
  };
}

async function fill(db: NewsmarkDatabase, count: number) {
  const rows = [];
  for (let i = 0; i < count; i++) rows.push((await saveClaim(db, item(i), T0 + i * 1000)).record);
  return rows;
}

/** Every table, for "nothing changed" checks. */
async function snapshot(db: NewsmarkDatabase) {
  return JSON.stringify({
    saved: await db.savedClaims.orderBy('id').toArray(),
    actors: await db.actors.orderBy('id').toArray(),
    claims: await db.claims.orderBy('id').toArray(),
    settings: await db.settings.orderBy('key').toArray(),
  });
}

describe('export then import', () => {
  it('round-trips 10,000 saved claims losslessly into a fresh database', { timeout: 120_000 }, async () => {
    const source = await freshDb();
    const rows = Array.from({ length: 10_000 }, (_, i) => {
      const it = item(i);
      return {
        ...it,
        id: `id-${i}`,
        dedupeKey: '',
        createdAt: T0 + i * 1000,
        updatedAt: T0 + i * 1000 + (i % 9),
      };
    });
    const { dedupeKeyFor } = await import('../../../lib/db/dedupe');
    for (const row of rows) row.dedupeKey = dedupeKeyFor(row.url, row.text);
    await source.savedClaims.bulkAdd(rows);
    await setSetting(source, 'claimThreshold', 0.62);
    await setSetting(source, 'actorStyle', 'green');
    await setSetting(source, 'disabledSites', ['blocked.example']);

    const text = jsonExportText(await collectExport(source, new Date(T0)));
    const parsed = JSON.parse(text);
    expect(parsed).toMatchObject({ format: 'newsmark', version: 1, exportedAt: new Date(T0).toISOString() });
    expect(parsed.savedClaims).toHaveLength(10_000);
    expect(parsed.savedClaims[0]).not.toHaveProperty('words');

    const target = await freshDb();
    const outcome = await importText(target, text);
    expect(outcome).toMatchObject({ ok: true, added: 10_000, merged: 0 });
    const a = await source.savedClaims.orderBy('id').toArray();
    const b = await target.savedClaims.orderBy('id').toArray();
    expect(b).toEqual(a);
    expect(await getSetting(target, 'claimThreshold')).toBe(0.62);
    expect(await getSetting(target, 'actorStyle')).toBe('green');
    expect(await getSetting(target, 'disabledSites')).toEqual(['blocked.example']);

    // Importing the same file again merges everything and adds nothing.
    const again = await importText(target, text);
    expect(again).toMatchObject({ ok: true, added: 0, merged: 10_000 });
    expect(await target.savedClaims.count()).toBe(10_000);
  });

  it('carries the reader’s actors, claims, edits and disabled entries', async () => {
    const source = await freshDb();
    const actor = await addActor(source, { name: 'Quintavius Borodane', kind: 'person', role: 'Envoy', description: 'Made up.', lang: 'en' });
    await addAlias(source, 'A01', { text: 'Lawrow', lang: 'de', type: 'variant' });
    await setEntryDisabled(source, 'actors', 'A05', true);
    const claim = await addClaim(source, {
      summary: 'Borodane says talks resume',
      speakerId: actor.id,
      attribution: 'Borodane',
      subjectIds: ['A05'],
      polarity: 'affirmative',
      lang: 'en',
      cues: 'talks: talks, negotiations\nresume*',
    });
    await fill(source, 3);
    const text = jsonExportText(await collectExport(source));
    const data = JSON.parse(text);
    expect(data.actors.map((a: { id: string }) => a.id).sort()).toEqual(['A01', 'A05', actor.id].sort());
    expect(data.claims.map((c: { id: string }) => c.id)).toEqual([claim.id]);

    const target = await freshDb();
    const before = await getSetting(target, 'kbRevision');
    const outcome = await importText(target, text);
    expect(outcome).toMatchObject({ ok: true, added: 3, actors: 3, claims: 1 });
    expect(await getSetting(target, 'kbRevision')).toBe(before + 1);
    expect(await target.actors.get(actor.id)).toMatchObject({ origin: 'user', name: 'Quintavius Borodane' });
    const lavrov = await target.actors.get('A01');
    expect(lavrov).toMatchObject({ origin: 'seed', edited: true });
    expect(lavrov?.aliases.map((a) => a.text)).toContain('Lawrow');
    expect(lavrov?.seedCopy?.aliases.map((a) => a.text)).not.toContain('Lawrow');
    expect(await target.actors.get('A05')).toMatchObject({ origin: 'seed', disabled: true, edited: false });
    expect((await target.claims.get(claim.id))?.concepts).toHaveLength(2);
  });
});

describe('duplicates merge', () => {
  it('keeps the stored item, adds the imported tags, keeps the longer note', async () => {
    const db = await freshDb();
    const [stored] = await fill(db, 1);
    await db.savedClaims.update(stored!.id, { tags: ['mine'], note: 'short' });
    const file = {
      format: 'newsmark',
      version: 1,
      exportedAt: new Date().toISOString(),
      savedClaims: [
        // the same quote on the same page, spaced and #fragmented differently
        { ...item(0), id: 'other-id', url: `${stored!.url}#frag`, text: `  ${stored!.text}  `, tags: ['theirs', 'mine'], note: 'a much longer note', createdAt: T0, updatedAt: T0 },
        { ...item(0), id: 'other-id-2', url: `${stored!.url}`, tags: ['third'], note: 'x', createdAt: T0, updatedAt: T0 },
        { ...item(1), id: stored!.id, createdAt: T0, updatedAt: T0 }, // an id collision with a different item
      ],
      actors: [],
      claims: [],
      settings: {},
    };
    const outcome = await importText(db, JSON.stringify(file));
    expect(outcome).toMatchObject({ ok: true, added: 1, merged: 2 });
    const row = await db.savedClaims.get(stored!.id);
    expect(row).toMatchObject({ text: stored!.text, createdAt: stored!.createdAt, note: 'a much longer note' });
    expect(row?.tags).toEqual(['mine', 'theirs', 'third']);
    expect(await db.savedClaims.count()).toBe(2);
    const other = (await db.savedClaims.toArray()).find((r) => r.id !== stored!.id)!;
    expect(other.text).toBe(item(1).text);
  });

  it('merges duplicates within one file', () => {
    const a = { ...item(3), id: 'a', createdAt: T0, updatedAt: T0, tags: ['x'] };
    const b = { ...a, id: 'b', tags: ['y'], note: 'longer note here' };
    const merged = mergeSavedClaims([a, b], new Map(), new Set());
    expect(merged.puts).toHaveLength(1);
    expect(merged.puts[0]).toMatchObject({ id: 'a', tags: ['x', 'y'], note: 'longer note here' });
    expect(merged).toMatchObject({ added: 1, merged: 1 });
  });
});

describe('hostile and broken files are refused whole, and nothing changes', () => {
  const valid = () => ({
    format: 'newsmark',
    version: 1,
    exportedAt: new Date(T0).toISOString(),
    savedClaims: [0, 1, 2].map((i) => ({ ...item(100 + i), id: `new-${i}`, createdAt: T0, updatedAt: T0 })),
    actors: [] as unknown[],
    claims: [] as unknown[],
    settings: { paused: true },
  });

  const cases: Array<[string, () => string, RegExp]> = [
    ['malformed JSON', () => '{"format": "newsmark", "version": 1, savedClaims: []}', /not valid JSON/],
    ['a truncated file', () => JSON.stringify(valid()).slice(0, 200), /cut short/],
    ['not JSON at all (a CSV)', () => 'id,text\n1,hello', /not JSON/],
    ['another format', () => JSON.stringify({ ...valid(), format: 'pocket' }), /not a Newsmark export.*pocket/],
    ['a newer version', () => JSON.stringify({ ...valid(), version: 3 }), /newer Newsmark.*version 3/],
    ['a nonsense version', () => JSON.stringify({ ...valid(), version: '1' }), /version is "1"/],
    ['an unknown top-level field', () => JSON.stringify({ ...valid(), extra: 1 }), /file\.extra: unknown field/],
    [
      'an unknown field in an item',
      () => {
        const v = valid();
        (v.savedClaims[1] as Record<string, unknown>).evil = '<script>';
        return JSON.stringify(v);
      },
      /savedClaims\[1\]\.evil: unknown field/,
    ],
    [
      'a wrong type deep inside',
      () => {
        const v = valid();
        (v.savedClaims[2]!.selector as Record<string, unknown>).start = -5;
        return JSON.stringify(v);
      },
      /savedClaims\[2\]\.selector\.start/,
    ],
    [
      'a javascript: address',
      () => {
        const v = valid();
        v.savedClaims[0]!.url = 'javascript:alert(1)';
        return JSON.stringify(v);
      },
      /savedClaims\[0\]\.url: expected a web page address/,
    ],
    ['nesting deeper than the format', () => `{"format":"newsmark","version":1,"x":${'['.repeat(5000)}${']'.repeat(5000)}}`, /nests .* deeper/],
    [
      'too many items',
      () => `{"format":"newsmark","version":1,"exportedAt":"2025-01-01","savedClaims":[${Array(IMPORT_LIMITS.savedClaims + 1).fill('0').join(',')}]}`,
      /savedClaims: too many items/,
    ],
    [
      'an over-long text',
      () => {
        const v = valid();
        v.savedClaims[0]!.note = 'n'.repeat(IMPORT_LIMITS.note + 1);
        return JSON.stringify(v);
      },
      /note: too long/,
    ],
    [
      'a bad setting',
      () => JSON.stringify({ ...valid(), settings: { actorStyle: 'url(javascript:x)' } }),
      /settings\.actorStyle/,
    ],
    [
      'an invalid knowledge-base actor',
      () =>
        JSON.stringify({
          ...valid(),
          actors: [{ id: 'U-1', ref: 'U-1', kind: 'alien', name: 'X', role: '', description: '', aliases: [], relations: [], sourceIds: [], origin: 'user', edited: false, disabled: false }],
        }),
      /knowledge-base entries have problems.*actors\[0\]/,
    ],
    [
      'an actor whose ref collides with a stored one',
      () =>
        JSON.stringify({
          ...valid(),
          actors: [{ id: 'U-2', ref: 'A01', kind: 'person', name: 'Fake', role: '', description: '', aliases: [{ text: 'Fake', lang: 'en', type: 'name' }], relations: [], sourceIds: [], origin: 'user', edited: false, disabled: false }],
        }),
      /duplicate ref "A01"/,
    ],
    [
      'a "__proto__" key',
      () =>
        `{"format":"newsmark","version":1,"exportedAt":"2025-01-01","savedClaims":[],"actors":[{"__proto__":{"polluted":true},"id":"U-3","ref":"U-3","kind":"person","name":"P","role":"","description":"","aliases":[{"text":"P","lang":"en","type":"name"}],"relations":[],"sourceIds":[],"origin":"user","edited":false,"disabled":false}],"claims":[],"settings":{}}`,
      /__proto__: unknown field/,
    ],
  ];

  for (const [name, make, message] of cases) {
    it(`refuses ${name}, saying why`, async () => {
      const db = await freshDb();
      await fill(db, 5);
      const before = await snapshot(db);
      const outcome = await importText(db, make());
      expect(outcome.ok).toBe(false);
      expect(outcome.message + '\n' + outcome.errors.join('\n')).toMatch(message);
      expect(outcome.message).toMatch(/[Nn]othing was imported/);
      expect(await snapshot(db)).toBe(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('refuses a 50 MB file by its size, before reading it', () => {
    expect(checkImportSize(50 * 1024 * 1024)).toMatch(/too large.*50\.0 MB/);
    expect(checkImportSize(0)).toMatch(/empty/);
    expect(checkImportSize(1024)).toBeNull();
    expect(parseImport(' '.repeat(IMPORT_LIMITS.bytes + 1))).toMatchObject({ ok: false, message: expect.stringMatching(/too large/) });
  });

  it('a write that fails half-way leaves nothing half-written', async () => {
    const db = await freshDb();
    await fill(db, 5);
    const before = await snapshot(db);
    const file = valid();
    file.settings = { paused: true };
    // Break the settings table mid-transaction: saved claims were already put by then.
    const original = db.settings.put.bind(db.settings);
    db.settings.put = (() => Promise.reject(new Error('simulated crash'))) as unknown as typeof db.settings.put;
    const outcome = await importText(db, JSON.stringify(file));
    db.settings.put = original;
    expect(outcome).toMatchObject({ ok: false });
    expect(outcome.message).toMatch(/simulated crash/);
    expect(await snapshot(db)).toBe(before);
  });

  it('reports quota exhaustion in plain words, with nothing written', async () => {
    const db = await freshDb();
    const before = await snapshot(db);
    const original = db.savedClaims.bulkPut.bind(db.savedClaims);
    db.savedClaims.bulkPut = (() => {
      const error = new Error('The quota has been exceeded.');
      error.name = 'QuotaExceededError';
      return Promise.reject(error);
    }) as unknown as typeof db.savedClaims.bulkPut;
    const outcome = await importText(db, JSON.stringify(valid()));
    db.savedClaims.bulkPut = original;
    expect(outcome.message).toMatch(/no room left/);
    expect(await snapshot(db)).toBe(before);
  });

  it('keeps HTML in fields as plain text', async () => {
    const db = await freshDb();
    const file = valid();
    file.savedClaims[0]!.note = '<img src=x onerror="alert(1)">';
    const outcome = await importText(db, JSON.stringify(file));
    expect(outcome.ok).toBe(true);
    const row = await db.savedClaims.get('new-0');
    expect(row?.note).toBe('<img src=x onerror="alert(1)">');
    expect((await getSettings(db)).paused).toBe(true);
  });
});

describe('the nesting check', () => {
  it('ignores brackets inside strings and stops early', () => {
    expect(jsonDepthExceeds('{"a":"[[[[[[[[[[[[[[[[["}', 3)).toBe(false);
    expect(jsonDepthExceeds('{"a":"\\"[[[[[["}', 2)).toBe(false);
    expect(jsonDepthExceeds('[[[[]]]]', 3)).toBe(true);
    expect(jsonDepthExceeds('[[[]]]', 3)).toBe(false);
  });
});

describe('exported actors survive an edit', () => {
  it('an edited description is exported and restored', async () => {
    const db = await freshDb();
    await updateActor(db, 'A05', { description: 'Edited here.' });
    const data = await collectExport(db);
    expect(data.actors).toEqual([expect.objectContaining({ id: 'A05', description: 'Edited here.', edited: true, origin: 'seed' })]);
    expect(data.actors[0]).not.toHaveProperty('seedCopy');
  });
});
