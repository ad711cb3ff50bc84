/**
 * Writes the bundled seed knowledge base into the database, on install and
 * whenever the seed's version changes. Idempotent, and it never overwrites
 * what the user made: entries the user edited keep the user's version (the
 * new seed is kept beside them for "restore seed"), the user's own entries
 * and saved claims are never touched, and a disabled entry stays disabled.
 */
import type { Actor, Claim, KnowledgeBase } from '../kb/types';
import type { NewsmarkDatabase } from './database';
import type { ActorRecord, ClaimRecord, EntryMeta } from './records';
import { getSetting, setSetting } from './settings';

export interface SeedReport {
  version: string;
  /** false when the database already had this seed version: nothing was written */
  applied: boolean;
  added: number;
  updated: number;
  /** seed entries the user edited: left as the user made them */
  keptUserEdits: number;
  /** seed entries that the new seed dropped */
  retired: number;
}

function freshMeta(version: string, now: number): EntryMeta {
  return {
    origin: 'seed',
    edited: false,
    disabled: false,
    retired: false,
    seedVersion: version,
    updatedAt: now,
  };
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

type SeedRecord<T> = T & EntryMeta & { seedCopy: T | null };

/**
 * The stored row after a seed version `version` brings `entry`:
 * new entries are added, untouched ones replaced, edited ones keep the
 * user's fields and only learn the new seed copy.
 */
function merge<T extends Actor | Claim>(
  existing: SeedRecord<T> | undefined,
  entry: T,
  version: string,
  now: number,
): { row: SeedRecord<T> | null; outcome: 'added' | 'updated' | 'kept' | 'same' } {
  if (!existing) {
    return { row: { ...entry, ...freshMeta(version, now), seedCopy: entry } as unknown as SeedRecord<T>, outcome: 'added' };
  }
  if (existing.origin === 'user') {
    // An id collision with a user entry: the user's entry wins.
    return { row: null, outcome: 'kept' };
  }
  if (existing.edited) {
    if (sameJson(existing.seedCopy, entry) && !existing.retired) return { row: null, outcome: 'kept' };
    return {
      row: { ...existing, seedCopy: entry, retired: false, seedVersion: version } as unknown as SeedRecord<T>,
      outcome: 'kept',
    };
  }
  if (sameJson(existing.seedCopy, entry) && !existing.retired) return { row: null, outcome: 'same' };
  return {
    row: {
      ...entry,
      ...freshMeta(version, now),
      disabled: existing.disabled,
      seedCopy: entry,
    } as unknown as SeedRecord<T>,
    outcome: 'updated',
  };
}

export async function applySeed(
  db: NewsmarkDatabase,
  kb: KnowledgeBase,
  now = Date.now(),
): Promise<SeedReport> {
  const report: SeedReport = {
    version: kb.version,
    applied: false,
    added: 0,
    updated: 0,
    keptUserEdits: 0,
    retired: 0,
  };

  await db.transaction('rw', [db.sources, db.actors, db.claims, db.settings], async () => {
    const current = await getSetting(db, 'seedVersion');
    if (current === kb.version) return;
    report.applied = true;

    await db.sources.bulkPut(
      kb.sources.map((source) => ({ ...source, origin: 'seed' as const, seedVersion: kb.version, updatedAt: now })),
    );

    const apply = async <T extends Actor | Claim>(
      table: typeof db.actors | typeof db.claims,
      entries: T[],
    ) => {
      const existingRows = (await table.toArray()) as unknown as unknown as SeedRecord<T>[];
      const byId = new Map(existingRows.map((row) => [row.id, row]));
      const writes: SeedRecord<T>[] = [];
      for (const entry of entries) {
        const { row, outcome } = merge(byId.get(entry.id), entry, kb.version, now);
        if (outcome === 'added') report.added++;
        else if (outcome === 'updated') report.updated++;
        else if (outcome === 'kept') report.keptUserEdits++;
        if (row) writes.push(row);
      }
      const seedIds = new Set(entries.map((entry) => entry.id));
      for (const row of existingRows) {
        if (row.origin === 'seed' && !row.retired && !seedIds.has(row.id)) {
          writes.push({ ...row, retired: true, updatedAt: now } as unknown as SeedRecord<T>);
          report.retired++;
        }
      }
      await (table as unknown as { bulkPut(rows: unknown[]): Promise<unknown> }).bulkPut(writes);
    };

    await apply<Actor>(db.actors, kb.actors);
    await apply<Claim>(db.claims, kb.claims);
    await setSetting(db, 'seedVersion', kb.version);
    await setSetting(db, 'kbRevision', (await getSetting(db, 'kbRevision')) + 1);
  });

  return report;
}

export type { ActorRecord, ClaimRecord };
