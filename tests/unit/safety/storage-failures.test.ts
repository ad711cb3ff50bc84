/**
 * Nothing the reader made is lost when storage fails half-way. Failures are injected below Dexie,
 * at IndexedDB itself (fake-indexeddb's IDBObjectStore), so Dexie, the transactions and our code
 * all see what a browser would give them:
 * - the quota runs out after N writes: IDBObjectStore.put/add throw a QuotaExceededError
 *   DOMException (saving a claim, seeding a new knowledge-base version);
 * - the browser kills a transaction in the middle of an import (IDBTransaction.abort()).
 * Each time the stored data must be exactly what it was, and the reader must get a clear message.
 * (The 10,000-item export → import round trip is in tests/unit/io/import-export.test.ts.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BackgroundService, type BackgroundPorts, type SenderInfo } from '../../../lib/background/service';
import { NewsmarkDatabase } from '../../../lib/db/database';
import { updateActor } from '../../../lib/db/knowledge-base';
import { saveClaim } from '../../../lib/db/saved-claims';
import { applySeed } from '../../../lib/db/seed';
import { getSetting, setSetting } from '../../../lib/db/settings';
import { QUOTA_MESSAGE, isQuotaError, storageErrorMessage } from '../../../lib/db/storage-errors';
import { collectExport, importText } from '../../../lib/io/backup';
import { jsonExportText } from '../../../lib/io/export';
import type { KnowledgeBase } from '../../../lib/kb/types';
import { miniKnowledgeBase } from '../../fixtures/mini-kb';

const dbs: NewsmarkDatabase[] = [];
let n = 0;
const disarms: Array<() => void> = [];

afterEach(async () => {
  for (const disarm of disarms.splice(0)) disarm();
  for (const db of dbs.splice(0)) await db.delete();
});

async function freshDb(kb: KnowledgeBase = miniKnowledgeBase()): Promise<NewsmarkDatabase> {
  const db = new NewsmarkDatabase(`safety-${n++}`);
  dbs.push(db);
  await applySeed(db, kb);
  return db;
}

const T0 = Date.UTC(2025, 2, 1);

function item(i: number) {
  const text = `Sentence ${i}: Lavrov said Russia would talk.`;
  return {
    text,
    url: `https://news.example/story-${i % 7}`,
    pageTitle: `Story ${i % 7}`,
    claimId: i % 2 ? null : 'C01',
    actorIds: ['A01'],
    note: i % 3 ? '' : `note ${i}`,
    tags: [`t${i % 4}`],
    selector: { exact: text, prefix: 'before ', suffix: ' after', start: i, end: i + text.length },
  };
}

async function fill(db: NewsmarkDatabase, count: number, from = 0) {
  for (let i = from; i < from + count; i++) await saveClaim(db, item(i), T0 + i * 1000);
}

/** Every table, for "nothing changed" checks. */
async function snapshot(db: NewsmarkDatabase) {
  return JSON.stringify({
    saved: await db.savedClaims.orderBy('id').toArray(),
    actors: await db.actors.orderBy('id').toArray(),
    claims: await db.claims.orderBy('id').toArray(),
    sources: await db.sources.orderBy('id').toArray(),
    settings: await db.settings.orderBy('key').toArray(),
  });
}

type StoreProto = { put: (...args: unknown[]) => unknown; add: (...args: unknown[]) => unknown; name: string; transaction: { abort(): void } };

/**
 * Lets `writes` more rows through IndexedDB's put/add, then acts on every following one:
 * 'quota' throws the DOMException a full disk gives; 'kill' aborts the transaction under way.
 */
function failAfter(writes: number, how: 'quota' | 'kill', stores?: string[]): { readonly failures: number } {
  const proto = (globalThis as unknown as { IDBObjectStore: { prototype: StoreProto } }).IDBObjectStore.prototype;
  const original = { put: proto.put, add: proto.add };
  let left = writes;
  const state = { failures: 0 };
  const wrap = (method: 'put' | 'add') =>
    function (this: StoreProto, ...args: unknown[]) {
      if (!stores || stores.includes(this.name)) {
        if (left <= 0) {
          state.failures++;
          if (how === 'quota') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          this.transaction.abort();
          return original[method].apply(this, args);
        }
        left--;
      }
      return original[method].apply(this, args);
    };
  proto.put = wrap('put');
  proto.add = wrap('add');
  disarms.push(() => {
    proto.put = original.put;
    proto.add = original.add;
  });
  return state;
}

const disarm = () => {
  for (const undo of disarms.splice(0)) undo();
};

function service(db: NewsmarkDatabase, seed: KnowledgeBase = miniKnowledgeBase()) {
  const session = new Map<string, unknown>();
  const ports: BackgroundPorts = {
    db,
    seed,
    compile: (kb: { version: string }) => ({ version: kb.version, encoded: '' }),
    session: {
      get: async (k) => session.get(k),
      set: async (k, v) => void session.set(k, v),
      remove: async (k) => void session.delete(k),
    },
    tabUrl: async () => 'https://news.example/story-1',
    tabsOfHost: async () => [7],
    notifyPages: () => {},
    notifyTab: () => {},
  };
  return new BackgroundService(ports);
}

const extensionPage: SenderInfo = { tabId: null, url: 'chrome-extension://abc/popup.html', fromExtensionPage: true };

describe('the storage quota runs out', () => {
  it('saving a claim: the error is a quota error, and what was stored is intact', async () => {
    const db = await freshDb();
    await fill(db, 3);
    const before = await snapshot(db);
    const quota = failAfter(0, 'quota');
    const error = await saveClaim(db, item(10), T0).then(
      () => null,
      (e: unknown) => e,
    );
    disarm();
    expect(quota.failures, 'the write reached IndexedDB').toBeGreaterThan(0);
    expect(error, 'saveClaim rejects').not.toBeNull();
    expect(isQuotaError(error), `recognised as a quota error: ${String(error)}`).toBe(true);
    expect(await snapshot(db)).toBe(before);
    // Room again: the same save goes through.
    await saveClaim(db, item(10), T0);
    expect(await db.savedClaims.count()).toBe(4);
  });

  it('saving from the popup, side panel or a card: the reader is told in plain words, nothing changes', async () => {
    const db = await freshDb();
    await fill(db, 3);
    const bg = service(db);
    await bg.ensureSeeded();
    const before = await snapshot(db);
    failAfter(0, 'quota');
    const answer = await bg.handle({ type: 'claim/save', item: { ...item(20), note: '', tags: [] } }, extensionPage);
    disarm();
    expect(answer).toEqual({ ok: false, error: QUOTA_MESSAGE });
    // What the popup shows ("Could not save: " + the background's error).
    expect(`Could not save: ${(answer as { error: string }).error}`).toMatch(/no room left.*nothing was changed.*Free some disk space/);
    expect(await snapshot(db)).toBe(before);
    const retry = await bg.handle({ type: 'claim/save', item: { ...item(20), note: '', tags: [] } }, extensionPage);
    expect(retry).toMatchObject({ ok: true, value: { created: true } });
  });

  it('seeding a new knowledge-base version half-way: the old version, the reader’s edits and saves stay as they were', async () => {
    const db = await freshDb(miniKnowledgeBase('1.0.0'));
    await updateActor(db, 'A01', { description: 'Edited by the reader.' });
    await fill(db, 4);
    await setSetting(db, 'actorStyle', 'green');
    const before = await snapshot(db);

    const next = miniKnowledgeBase('2.0.0');
    next.actors[0]!.aliases = [...next.actors[0]!.aliases, { text: 'Lavrov the Second', lang: 'en', type: 'variant' }];
    // Sources and some actors get written, then the disk is full.
    const quota = failAfter(2, 'quota');
    const error = await applySeed(db, next).then(
      () => null,
      (e: unknown) => e,
    );
    disarm();
    expect(quota.failures).toBeGreaterThan(0);
    expect(isQuotaError(error), `seeding fails with a quota error: ${String(error)}`).toBe(true);
    expect(await snapshot(db)).toBe(before);
    expect(await getSetting(db, 'seedVersion')).toBe('1.0.0');
  });

  it('seeding through the background: every request says why, and the next one after room is freed seeds', async () => {
    const db = await freshDb(miniKnowledgeBase('1.0.0'));
    await updateActor(db, 'A01', { description: 'Edited by the reader.' });
    await fill(db, 2);
    const before = await snapshot(db);
    const bg = service(db, miniKnowledgeBase('2.0.0'));
    failAfter(1, 'quota');
    const answer = await bg.handle({ type: 'kb/status' }, extensionPage);
    disarm();
    expect(answer).toEqual({ ok: false, error: QUOTA_MESSAGE });
    expect(await snapshot(db)).toBe(before);

    const again = await bg.handle({ type: 'kb/status' }, extensionPage);
    expect(again.ok, JSON.stringify(again)).toBe(true);
    expect(await getSetting(db, 'seedVersion')).toBe('2.0.0');
    expect((await db.actors.get('A01'))?.description, 'the reader’s edit survives the new seed').toBe('Edited by the reader.');
    expect(await db.savedClaims.count()).toBe(2);
  });

  it('other failures keep their own message', () => {
    expect(storageErrorMessage(new Error('claim/save: the quote is not from the sender’s page'))).toBe('claim/save: the quote is not from the sender’s page');
    expect(isQuotaError(Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: new DOMException('x', 'QuotaExceededError') }))).toBe(true);
    expect(isQuotaError(new Error('Transaction aborted'))).toBe(false);
  });
});

describe('an import killed half-way', () => {
  async function exportOf(count: number): Promise<string> {
    const source = await freshDb();
    await fill(source, count, 1000);
    await setSetting(source, 'claimThreshold', 0.7);
    await setSetting(source, 'disabledSites', ['blocked.example']);
    return jsonExportText(await collectExport(source, new Date(T0)));
  }

  it('a transaction aborted in the middle of writing saved claims leaves nothing half-written', async () => {
    const text = await exportOf(300);
    const db = await freshDb();
    await fill(db, 5);
    const before = await snapshot(db);
    const kill = failAfter(150, 'kill', ['savedClaims']);
    const outcome = await importText(db, text);
    disarm();
    expect(kill.failures, 'the import reached the abort').toBeGreaterThan(0);
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toMatch(/nothing was imported/);
    expect(await snapshot(db)).toBe(before);
    // The same file imports whole once nothing interferes.
    const retry = await importText(db, text);
    expect(retry).toMatchObject({ ok: true, added: 300 });
    expect(await db.savedClaims.count()).toBe(305);
  });

  it('killed after the saved claims, while the settings are written: still nothing', async () => {
    const text = await exportOf(50);
    const db = await freshDb();
    await fill(db, 2);
    const before = await snapshot(db);
    const kill = failAfter(0, 'kill', ['settings']);
    const outcome = await importText(db, text);
    disarm();
    expect(kill.failures).toBeGreaterThan(0);
    expect(outcome.ok).toBe(false);
    expect(await snapshot(db)).toBe(before);
  });

  it('the quota running out mid-import is reported in plain words, with nothing written', async () => {
    const text = await exportOf(200);
    const db = await freshDb();
    await fill(db, 3);
    const before = await snapshot(db);
    failAfter(100, 'quota', ['savedClaims']);
    const outcome = await importText(db, text);
    disarm();
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toMatch(/no room left/);
    expect(await snapshot(db)).toBe(before);
  });
});
