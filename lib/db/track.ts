/**
 * "Track this claim" in the database: trackClaim() (lib/kb/track-claim.ts)
 * against the stored actors, checked by the same validator as every edit,
 * written in one transaction with its new speaker and its source, and the
 * revision bumped so the index is recompiled and open tabs re-read it.
 * Entries are the reader's (origin "user"): seed updates never touch them.
 */
import { newPersonActor, resolveSpeaker, trackClaim, TRACKED_TAG, type TrackInput, type TrackedClaim } from '../kb/track-claim';
import type { Actor, Lang } from '../kb/types';
import type { NewsmarkDatabase } from './database';
import { addUserActor, checkEntries, EntryValidationError, userMeta } from './kb-edit';
import { bumpRevision } from './knowledge-base';
import type { ActorRecord, ClaimRecord, SourceRecord } from './records';

/** What one Track action wrote: what its undo removes. */
export interface TrackReceipt {
  claimId: string;
  actorIds: string[];
  sourceId: string | null;
}

const newId = (kind: 'A' | 'C' | 'S') => `U-${kind}-${crypto.randomUUID().slice(0, 8)}`;

export async function trackClaimInDb(
  db: NewsmarkDatabase,
  input: TrackInput,
  now = Date.now(),
): Promise<TrackedClaim & { receipt: TrackReceipt }> {
  const actors = (await db.actors.toArray()).filter((a) => !a.retired) as Actor[];
  const tracked = trackClaim(input, { actors, newId });
  const errors = await checkEntries(db, {
    actors: tracked.newActors,
    claims: [tracked.claim],
    sources: tracked.source ? [tracked.source] : [],
  });
  if (errors.length) throw new EntryValidationError(errors);
  await db.transaction('rw', [db.actors, db.claims, db.sources, db.settings], async () => {
    if (tracked.newActors.length) await db.actors.bulkAdd(tracked.newActors.map((a) => ({ ...a, ...userMeta(now) }) as ActorRecord));
    if (tracked.source) await db.sources.add({ ...tracked.source, origin: 'user', seedVersion: null, updatedAt: now } as SourceRecord);
    await db.claims.add({ ...tracked.claim, ...userMeta(now) } as ClaimRecord);
    await bumpRevision(db);
  });
  return {
    ...tracked,
    receipt: { claimId: tracked.claim.id, actorIds: tracked.newActors.map((a) => a.id), sourceId: tracked.source?.id ?? null },
  };
}

/**
 * Undo of a Track action: removes the claim, its source, and the speaker it created unless
 * something else of the knowledge base now points at them. Only the reader's tracked entries.
 */
export async function untrackClaim(db: NewsmarkDatabase, receipt: TrackReceipt): Promise<boolean> {
  return db.transaction('rw', [db.actors, db.claims, db.sources, db.settings], async () => {
    const claim = await db.claims.get(receipt.claimId);
    if (!claim || claim.origin !== 'user' || !claim.tags?.includes(TRACKED_TAG)) return false;
    await db.claims.delete(claim.id);
    if (receipt.sourceId) {
      const source = await db.sources.get(receipt.sourceId);
      const cited = await db.claims.filter((c) => c.evidence.some((e) => e.sourceId === receipt.sourceId)).count();
      if (source?.origin === 'user' && cited === 0) await db.sources.delete(source.id);
    }
    for (const id of receipt.actorIds) {
      const actor = await db.actors.get(id);
      if (!actor || actor.origin !== 'user') continue;
      const used = await db.claims.filter((c) => c.speakerId === id || c.subjectIds.includes(id)).count();
      const related = await db.actors.filter((a) => a.relations.some((r) => r.target === id)).count();
      if (used === 0 && related === 0) await db.actors.delete(id);
    }
    await bumpRevision(db);
    return true;
  });
}

/**
 * A person who speaks on a page, added as the reader's actor: their fullest name, the other forms
 * the page uses as variants (a bare surname only after the full name on a page), the page's title
 * for them as role. Refused when the knowledge base already knows the name.
 */
export async function addPersonInDb(
  db: NewsmarkDatabase,
  person: { name: string; role: string; forms: string[]; lang: Lang },
  now = Date.now(),
): Promise<Actor> {
  const actors = (await db.actors.toArray()).filter((a) => !a.retired) as Actor[];
  const known = resolveSpeaker(person.name, actors);
  if (known) throw new EntryValidationError([`${person.name} is already in the knowledge base as ${known.name}`]);
  const actor = newPersonActor(newId('A'), person.name, person.lang, person.role);
  const have = new Set(actor.aliases.map((a) => a.text.toLowerCase()));
  for (const form of person.forms) {
    const f = form.replace(/\s+/g, ' ').trim();
    if (!f || have.has(f.toLowerCase())) continue;
    have.add(f.toLowerCase());
    // A form that is one word is a surname: too often someone else's without the full name nearby.
    const single = !f.includes(' ');
    actor.aliases.push(single ? { text: f, lang: person.lang, type: 'surname', requiresPriorName: true } : { text: f, lang: person.lang, type: 'variant' });
  }
  return addUserActor(db, actor, now);
}

/** Undo of addPersonInDb: removes the reader's actor while no claim or relation points at them. */
export async function removeAddedActor(db: NewsmarkDatabase, actorId: string): Promise<boolean> {
  return db.transaction('rw', [db.actors, db.claims, db.settings], async () => {
    const actor = await db.actors.get(actorId);
    if (!actor || actor.origin !== 'user') return false;
    const used = await db.claims.filter((c) => c.speakerId === actorId || c.subjectIds.includes(actorId)).count();
    const related = await db.actors.filter((a) => a.relations.some((r) => r.target === actorId)).count();
    if (used > 0 || related > 0) return false;
    await db.actors.delete(actorId);
    await bumpRevision(db);
    return true;
  });
}
