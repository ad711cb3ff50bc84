/**
 * Reading and editing the knowledge base as stored. Every edit bumps the
 * revision, so the compiled index (keyed by version) is rebuilt once per change.
 */
import type { Actor, Claim, Source } from '../kb/types';
import type { NewsmarkDatabase } from './database';
import type { ActorRecord, ClaimRecord, EntryMeta } from './records';
import { getSetting, setSetting } from './settings';

export interface ActiveKnowledgeBase {
  version: string;
  actors: Actor[];
  claims: Claim[];
}

const META_KEYS = ['origin', 'edited', 'disabled', 'retired', 'seedVersion', 'updatedAt', 'seedCopy'] as const;

function strip<T extends object>(row: T): Omit<T, (typeof META_KEYS)[number]> {
  const copy = { ...row } as Record<string, unknown>;
  for (const key of META_KEYS) delete copy[key];
  return copy as Omit<T, (typeof META_KEYS)[number]>;
}

function isActive(row: EntryMeta): boolean {
  return !row.disabled && !row.retired;
}

/** Seed version plus edit revision: changes whenever what the matcher sees changes. */
export async function knowledgeBaseVersion(db: NewsmarkDatabase): Promise<string> {
  const [seed, revision] = await Promise.all([getSetting(db, 'seedVersion'), getSetting(db, 'kbRevision')]);
  return `${seed ?? 'none'}+r${revision}`;
}

/** What the index is compiled from: entries that are neither disabled nor retired. */
export async function activeKnowledgeBase(db: NewsmarkDatabase): Promise<ActiveKnowledgeBase> {
  return db.transaction('r', [db.actors, db.claims, db.settings], async () => {
    const [version, actors, claims] = await Promise.all([
      knowledgeBaseVersion(db),
      db.actors.toArray(),
      db.claims.toArray(),
    ]);
    return {
      version,
      actors: actors.filter(isActive).map((row) => strip(row) as Actor),
      claims: claims.filter(isActive).map((row) => strip(row) as Claim),
    };
  });
}

/** Marks the knowledge base changed: the background recompiles its index on the next request. */
export async function bumpRevision(db: NewsmarkDatabase): Promise<void> {
  await setSetting(db, 'kbRevision', (await getSetting(db, 'kbRevision')) + 1);
}

export type ActorPatch = Partial<Pick<Actor, 'name' | 'role' | 'description' | 'aliases' | 'relations' | 'kind'>>;
export type ClaimPatch = Partial<
  Pick<Claim, 'summary' | 'attribution' | 'speakerId' | 'subjectIds' | 'concepts' | 'polarity' | 'tags'>
>;

export async function updateActor(db: NewsmarkDatabase, id: string, patch: ActorPatch, now = Date.now()) {
  await db.transaction('rw', [db.actors, db.settings], async () => {
    const row = await db.actors.get(id);
    if (!row) throw new Error(`No actor ${id}`);
    await db.actors.put({ ...row, ...patch, edited: row.origin === 'seed', updatedAt: now });
    await bumpRevision(db);
  });
}

export async function updateClaim(db: NewsmarkDatabase, id: string, patch: ClaimPatch, now = Date.now()) {
  await db.transaction('rw', [db.claims, db.settings], async () => {
    const row = await db.claims.get(id);
    if (!row) throw new Error(`No claim ${id}`);
    await db.claims.put({ ...row, ...patch, edited: row.origin === 'seed', updatedAt: now });
    await bumpRevision(db);
  });
}

export async function setEntryDisabled(
  db: NewsmarkDatabase,
  table: 'actors' | 'claims',
  id: string,
  disabled: boolean,
  now = Date.now(),
) {
  await db.transaction('rw', [db[table], db.settings], async () => {
    const updated = await db[table].update(id, { disabled, updatedAt: now });
    if (updated === 0) throw new Error(`No ${table === 'actors' ? 'actor' : 'claim'} ${id}`);
    await bumpRevision(db);
  });
}

/** Undo the user's edits of a seed entry: back to the latest seed copy. */
export async function restoreSeedEntry(db: NewsmarkDatabase, table: 'actors' | 'claims', id: string, now = Date.now()) {
  await db.transaction('rw', [db[table], db.settings], async () => {
    const row = (await db[table].get(id)) as ActorRecord | ClaimRecord | undefined;
    if (!row || row.origin !== 'seed' || !row.seedCopy) throw new Error(`${id} is not a seed entry`);
    await (db[table] as unknown as { put(row: unknown): Promise<unknown> }).put({
      ...row.seedCopy,
      origin: 'seed',
      edited: false,
      disabled: false,
      retired: row.retired,
      seedVersion: row.seedVersion,
      updatedAt: now,
      seedCopy: row.seedCopy,
    });
    await bumpRevision(db);
  });
}

export async function listSources(db: NewsmarkDatabase): Promise<Source[]> {
  return (await db.sources.toArray()).map((row) => strip(row) as Source);
}
