/** Track this claim in the database: written with its speaker and source, compiled, kept by seed updates, undone. */
import { afterEach, describe, expect, it } from 'vitest';
import { NewsmarkDatabase } from '../../../lib/db/database';
import { activeKnowledgeBase, knowledgeBaseVersion } from '../../../lib/db/knowledge-base';
import { applySeed } from '../../../lib/db/seed';
import { addPersonInDb, removeAddedActor, trackClaimInDb, untrackClaim } from '../../../lib/db/track';
import { collectExport, importText } from '../../../lib/io/backup';
import { jsonExportText } from '../../../lib/io/export';
import { compileIndex } from '../../../lib/match/compile';
import { createMatcher } from '../../../lib/match/matcher';
import { miniKnowledgeBase } from '../../fixtures/mini-kb';

let db: NewsmarkDatabase;
let counter = 0;
afterEach(async () => {
  await db?.delete();
});

const input = {
  text: 'the port would invest 1.2 billion euros in automated terminals at the Maasvlakte by 2030',
  speaker: { name: 'Pieter Vos', role: 'port spokesman' },
  lang: 'en',
  source: { title: 'Rotterdam port volumes fall', url: 'https://news.example/2026/02/12/rotterdam', date: '2026-02-12' },
  selector: { exact: 'the port would invest 1.2 billion euros in automated terminals at the Maasvlakte by 2030', prefix: 'Vos said ', suffix: '. Union leader', start: 40, end: 127 },
};

describe('trackClaimInDb', () => {
  it('stores the claim, a new speaker and the source as the reader’s, bumps the version and is matched', async () => {
    db = new NewsmarkDatabase(`track-test-${counter++}`);
    await applySeed(db, miniKnowledgeBase());
    const before = await knowledgeBaseVersion(db);
    const t = await trackClaimInDb(db, input);
    expect(await knowledgeBaseVersion(db)).not.toBe(before);
    expect(await db.claims.get(t.claim.id)).toMatchObject({ origin: 'user', tags: ['tracked'], speakerId: t.newActors[0].id });
    expect(await db.actors.get(t.newActors[0].id)).toMatchObject({ origin: 'user', name: 'Pieter Vos', role: 'port spokesman' });
    expect(await db.sources.get(t.source!.id)).toMatchObject({ origin: 'user', url: input.source.url, published: '2026-02-12' });

    const m = createMatcher(compileIndex(await activeKnowledgeBase(db)));
    const hits = m.scan('Port spokesman Pieter Vos said 1.2 billion euros would be invested in automated Maasvlakte terminals by 2030.').claims;
    expect(hits.map((h) => h.claimId)).toEqual([t.claim.id]);

    // A seed update leaves it alone.
    await applySeed(db, { ...miniKnowledgeBase(), version: 'next' });
    expect(await db.claims.get(t.claim.id)).toBeDefined();

    // A second statement by the same person reuses the actor.
    const t2 = await trackClaimInDb(db, { ...input, text: 'throughput fell 3% last year' });
    expect(t2.newActors).toEqual([]);
    expect(t2.claim.speakerId).toBe(t.newActors[0].id);

    // Undo removes the claim and its source, and the speaker only once nothing points at them.
    expect(await untrackClaim(db, t.receipt)).toBe(true);
    expect(await db.claims.get(t.claim.id)).toBeUndefined();
    expect(await db.sources.get(t.source!.id)).toBeUndefined();
    expect(await db.actors.get(t.newActors[0].id)).toBeDefined();
    expect(await untrackClaim(db, t2.receipt)).toBe(true);
    expect(await untrackClaim(db, { ...t.receipt, actorIds: [t.newActors[0].id] })).toBe(false);
    expect(await db.actors.get(t.newActors[0].id)).toBeDefined();
  });

  it('refuses what the validator refuses and writes nothing', async () => {
    db = new NewsmarkDatabase(`track-test-${counter++}`);
    await applySeed(db, miniKnowledgeBase());
    const claims = await db.claims.count();
    await expect(trackClaimInDb(db, { ...input, lang: 'English' })).rejects.toThrow();
    expect(await db.claims.count()).toBe(claims);
  });

  it('keeps a tracked claim and an added person through a seed update and an export imported elsewhere, where they are still found', async () => {
    db = new NewsmarkDatabase(`track-test-${counter++}`);
    await applySeed(db, miniKnowledgeBase());
    const t = await trackClaimInDb(db, input);
    const person = await addPersonInDb(db, { name: 'Marieke Janssen', role: 'union leader', forms: ['Janssen'], lang: 'en' });
    await applySeed(db, { ...miniKnowledgeBase(), version: 'next' });
    expect(await db.actors.get(person.id)).toMatchObject({ origin: 'user', role: 'union leader' });

    const text = jsonExportText(await collectExport(db));
    const other = new NewsmarkDatabase(`track-test-${counter++}`);
    try {
      await applySeed(other, miniKnowledgeBase());
      const outcome = await importText(other, text);
      expect(outcome.ok, outcome.errors.join('\n')).toBe(true);
      expect(await other.claims.get(t.claim.id)).toMatchObject({ tags: ['tracked'], summary: input.text });
      expect(await other.actors.get(person.id)).toMatchObject({ name: 'Marieke Janssen' });
      const m = createMatcher(compileIndex(await activeKnowledgeBase(other)));
      const found = m.scan('Port spokesman Pieter Vos said 1.2 billion euros would be invested in automated Maasvlakte terminals by 2030. Marieke Janssen said nothing.');
      expect(found.claims.map((h) => h.claimId)).toEqual([t.claim.id]);
      expect(found.actors.map((a) => a.actorId)).toContain(person.id);
    } finally {
      await other.delete();
    }

    // Undo of the person: only while no claim names them.
    expect(await removeAddedActor(db, t.newActors[0].id)).toBe(false);
    expect(await removeAddedActor(db, person.id)).toBe(true);
  });
});
