/**
 * "Track this claim" in the database: trackClaim() (lib/kb/track-claim.ts)
 * against the stored actors, checked by the same validator as every edit,
 * written in one transaction with its new speaker and its source, and the
 * revision bumped so the index is recompiled and open tabs re-read it.
 * Entries are the reader's (origin "user"): seed updates never touch them.
 */
import { trackClaim, TRACKED_TAG, type TrackInput, type TrackedClaim } from '../kb/track-claim';
import type { Actor } from '../kb/types';
import type { NewsmarkDatabase } from './database';
import { checkEntries, EntryValidationError, userMeta } from './kb-edit';
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
