import { afterEach, describe, expect, it } from 'vitest';
import { NewsmarkDatabase } from '../../../lib/db/database';
import { activeKnowledgeBase, knowledgeBaseVersion, restoreSeedEntry, setEntryDisabled, updateActor } from '../../../lib/db/knowledge-base';
import { saveClaim } from '../../../lib/db/saved-claims';
import { applySeed } from '../../../lib/db/seed';
import { miniKnowledgeBase } from '../../fixtures/mini-kb';

let db: NewsmarkDatabase;
let counter = 0;
function freshDb() {
  db = new NewsmarkDatabase(`seed-test-${counter++}`);
  return db;
}
afterEach(async () => {
  await db?.delete();
});

const selector = { exact: 'Russia would talk.', prefix: 'Lavrov said ', suffix: ' Kyiv', start: 12, end: 30 };

describe('seeding the knowledge base', () => {
  it('writes every source, actor and claim of the seed on install', async () => {
    const report = await applySeed(freshDb(), miniKnowledgeBase());
    expect(report).toMatchObject({ applied: true, added: 3, updated: 0 });
    expect(await db.actors.count()).toBe(2);
    expect(await db.claims.count()).toBe(1);
    expect(await db.sources.count()).toBe(1);
    const lavrov = await db.actors.get('A01');
    expect(lavrov).toMatchObject({ origin: 'seed', edited: false, disabled: false, name: 'Sergei Lavrov' });
  });

  it('is idempotent: the same version twice writes nothing the second time', async () => {
    freshDb();
    await applySeed(db, miniKnowledgeBase());
    const before = JSON.stringify(await db.actors.toArray());
    const again = await applySeed(db, miniKnowledgeBase());
    expect(again.applied).toBe(false);
    expect(JSON.stringify(await db.actors.toArray())).toBe(before);
  });

  it('a new seed version updates untouched entries but keeps user edits, user entries, disabled flags and saved claims', async () => {
    freshDb();
    await applySeed(db, miniKnowledgeBase('1.0.0'));
    await updateActor(db, 'A01', { description: 'My own note on Lavrov.' });
    await setEntryDisabled(db, 'actors', 'A05', true);
    await db.actors.add({
      id: 'U-1',
      ref: 'U-1',
      kind: 'person',
      name: 'Someone Mine',
      role: 'Added by me',
      description: '',
      aliases: [{ text: 'Someone Mine', lang: 'en', type: 'name' }],
      relations: [],
      sourceIds: [],
      origin: 'user',
      edited: false,
      disabled: false,
      retired: false,
      seedVersion: null,
      updatedAt: 1,
      seedCopy: null,
    });
    const saved = await saveClaim(db, {
      text: 'Russia would talk.',
      url: 'https://news.example/a',
      pageTitle: 'A',
      claimId: 'C01',
      actorIds: ['A05'],
      selector,
    });

    const next = miniKnowledgeBase('2.0.0');
    next.actors[0]!.description = 'Seed 2 description of Lavrov.';
    next.actors[1]!.role = 'Seed 2 role of Russia';
    next.claims[0]!.summary = 'Seed 2 summary.';
    const report = await applySeed(db, next);

    expect(report).toMatchObject({ applied: true, keptUserEdits: 1, updated: 2 });
    const lavrov = (await db.actors.get('A01'))!;
    expect(lavrov.description).toBe('My own note on Lavrov.');
    expect(lavrov.edited).toBe(true);
    expect(lavrov.seedCopy?.description).toBe('Seed 2 description of Lavrov.');
    const russia = (await db.actors.get('A05'))!;
    expect(russia.role).toBe('Seed 2 role of Russia');
    expect(russia.disabled).toBe(true);
    expect((await db.claims.get('C01'))!.summary).toBe('Seed 2 summary.');
    expect(await db.actors.get('U-1')).toMatchObject({ name: 'Someone Mine', origin: 'user' });
    expect(await db.savedClaims.get(saved.record.id)).toEqual(saved.record);

    // "Restore seed" brings the newest seed back and forgets the edit.
    await restoreSeedEntry(db, 'actors', 'A01');
    expect((await db.actors.get('A01'))!).toMatchObject({ description: 'Seed 2 description of Lavrov.', edited: false });
  });

  it('retires seed entries a new seed drops instead of deleting them', async () => {
    freshDb();
    await applySeed(db, miniKnowledgeBase('1.0.0'));
    const next = miniKnowledgeBase('2.0.0');
    next.claims = [];
    const report = await applySeed(db, next);
    expect(report.retired).toBe(1);
    expect((await db.claims.get('C01'))!.retired).toBe(true);
    expect((await activeKnowledgeBase(db)).claims).toHaveLength(0);
  });

  it('changes the knowledge-base version on every edit, and compiles only active entries', async () => {
    freshDb();
    await applySeed(db, miniKnowledgeBase());
    const v1 = await knowledgeBaseVersion(db);
    await setEntryDisabled(db, 'actors', 'A05', true);
    const v2 = await knowledgeBaseVersion(db);
    expect(v2).not.toBe(v1);
    const active = await activeKnowledgeBase(db);
    expect(active.version).toBe(v2);
    expect(active.actors.map((a) => a.id)).toEqual(['A01']);
    expect(active.actors[0]).not.toHaveProperty('origin');
    expect(active.actors[0]).not.toHaveProperty('seedCopy');
  });
});

describe('saving claims', () => {
  it('does not duplicate a quote saved twice, whatever its spacing and quote marks', async () => {
    freshDb();
    const input = { text: 'Lavrov said “no”.', url: 'https://news.example/a#top', pageTitle: 'A', claimId: null, actorIds: ['A01', 'A01'], selector };
    const first = await saveClaim(db, input);
    const second = await saveClaim(db, { ...input, text: '  Lavrov said  "no".', url: 'https://news.example/a' });
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.record.id).toBe(first.record.id);
    expect(first.record.actorIds).toEqual(['A01']);
    expect(await db.savedClaims.count()).toBe(1);
  });
});
