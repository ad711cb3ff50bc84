/**
 * Export from and import into the database. The pure halves live beside this
 * file (export.ts, import.ts); here they meet Dexie. An import is checked
 * whole (file, then its knowledge-base entries against what is stored) before
 * one transaction writes all of it: a failure anywhere leaves nothing changed.
 */
import type { NewsmarkDatabase } from '../db/database';
import { dedupeKeyFor } from '../db/dedupe';
import type { ActorRecord, ClaimRecord, SavedClaimRecord, SourceRecord } from '../db/records';
import { getSettings, setSetting, type Settings } from '../db/settings';
import { validateKnowledgeBase } from '../kb/validate';
import type { Actor, Claim, Source } from '../kb/types';
import { buildJsonExport, type ExportNames } from './export';
import type { ExportedEntryMeta, NewsmarkExport } from './format';
import { mergeSavedClaims, parseImport, type ParsedImport } from './import';

export async function collectExport(db: NewsmarkDatabase, now = new Date()): Promise<NewsmarkExport> {
  return db.transaction('r', [db.savedClaims, db.actors, db.claims, db.sources, db.settings], async () => {
    const [savedClaims, actors, claims, sources, settings] = await Promise.all([
      db.savedClaims.orderBy('createdAt').toArray(),
      db.actors.toArray(),
      db.claims.toArray(),
      db.sources.toArray(),
      getSettings(db),
    ]);
    return buildJsonExport({ savedClaims, actors, claims, sources, settings, now });
  });
}

/** Saved claims in the given order (or all, oldest first), for CSV and Markdown. */
export async function savedRowsForExport(db: NewsmarkDatabase, ids?: readonly string[]): Promise<SavedClaimRecord[]> {
  if (!ids) return db.savedClaims.orderBy('createdAt').toArray();
  const rows = await db.savedClaims.bulkGet([...ids]);
  return rows.filter((row): row is SavedClaimRecord => !!row);
}

export async function exportNames(db: NewsmarkDatabase): Promise<ExportNames> {
  const [actors, claims] = await Promise.all([db.actors.toArray(), db.claims.toArray()]);
  const actorNames = new Map(actors.map((a) => [a.id, a.name]));
  const claimInfo = new Map(claims.map((c) => [c.id, { ref: c.ref, summary: c.summary }]));
  return { actorName: (id) => actorNames.get(id), claim: (id) => claimInfo.get(id) };
}

export interface ImportOutcome {
  ok: boolean;
  /** one sentence for the reader: what happened, or what is wrong with the file */
  message: string;
  /** every problem found, each naming where it is */
  errors: string[];
  added: number;
  merged: number;
  actors: number;
  claims: number;
  settings: number;
}

const failed = (message: string, errors: string[] = []): ImportOutcome => ({
  ok: false,
  message,
  errors,
  added: 0,
  merged: 0,
  actors: 0,
  claims: 0,
  settings: 0,
});

const META = ['origin', 'edited', 'disabled', 'retired', 'seedVersion', 'updatedAt', 'seedCopy'];
function stripMeta<T>(row: object): T {
  const copy = { ...row } as Record<string, unknown>;
  for (const key of META) delete copy[key];
  return copy as T;
}

/**
 * The imported entries checked by the knowledge-base validator together with
 * what is stored (imported entries replace stored ones of the same id), so
 * references to the reader's other actors resolve and no id or ref collides.
 */
async function checkEntries(
  db: NewsmarkDatabase,
  data: ParsedImport,
): Promise<{ ok: true; actors: Actor[]; claims: Claim[]; sources: Source[] } | { ok: false; errors: string[] }> {
  if (data.actors.length === 0 && data.claims.length === 0) return { ok: true, actors: [], claims: [], sources: [] };
  const [storedActors, storedClaims, sources] = await Promise.all([
    db.actors.toArray(),
    db.claims.toArray(),
    db.sources.toArray(),
  ]);
  const importedActorIds = new Set(data.actors.map((a) => a.entry.id));
  const importedClaimIds = new Set(data.claims.map((c) => c.entry.id));
  const importedSourceIds = new Set(data.sources.map((s) => s.id));
  const kb = {
    version: 'import',
    sources: [...data.sources, ...sources.filter((s) => !importedSourceIds.has(s.id)).map((s) => stripMeta<Record<string, unknown>>(s))],
    actors: [
      ...data.actors.map((a) => a.entry),
      ...storedActors.filter((a) => !importedActorIds.has(a.id)).map((a) => stripMeta<Actor>(a)),
    ],
    claims: [
      ...data.claims.map((c) => c.entry),
      ...storedClaims.filter((c) => !importedClaimIds.has(c.id)).map((c) => stripMeta<Claim>(c)),
    ],
  };
  const result = validateKnowledgeBase(kb, { allowClaimsWithoutConcepts: true });
  if (!result.ok) return { ok: false, errors: result.errors };
  return {
    ok: true,
    actors: result.kb.actors.slice(0, data.actors.length),
    claims: result.kb.claims.slice(0, data.claims.length),
    sources: result.kb.sources.slice(0, data.sources.length),
  };
}

/** The stored row for an imported entry: seed edits stay seed entries (restorable), the rest are the reader's. */
function entryRow<T extends Actor | Claim>(
  entry: T,
  meta: ExportedEntryMeta,
  stored: (T & { origin: 'seed' | 'user'; retired: boolean; seedVersion: string | null; seedCopy: T | null; edited: boolean }) | undefined,
  now: number,
) {
  if (stored && stored.origin === 'seed') {
    // Only turned off, not edited: keep this install's (maybe newer) seed text.
    const content = meta.edited || meta.origin === 'user' ? entry : stripMeta<T>(stored);
    return {
      ...content,
      origin: 'seed' as const,
      edited: meta.edited || meta.origin === 'user' || stored.edited,
      disabled: meta.disabled,
      retired: stored.retired,
      seedVersion: stored.seedVersion,
      updatedAt: now,
      seedCopy: stored.seedCopy,
    };
  }
  return {
    ...entry,
    origin: 'user' as const,
    edited: false,
    disabled: meta.disabled,
    retired: false,
    seedVersion: null,
    updatedAt: now,
    seedCopy: null,
  };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** Up to this many imported items, each is looked up; beyond, one pass over the keys is cheaper. */
const LOOKUP_LIMIT = 500;

/** The stored items an import's items duplicate (by dedupe key), and which of its ids are taken. */
async function storedMatches(
  db: NewsmarkDatabase,
  data: ParsedImport,
): Promise<{ existing: Map<string, SavedClaimRecord>; taken: Set<string> }> {
  const keys = [...new Set(data.savedClaims.map((item) => dedupeKeyFor(item.url, item.text)))];
  const ids = data.savedClaims.map((item) => item.id);
  const existing = new Map<string, SavedClaimRecord>();
  if (keys.length === 0) return { existing, taken: new Set() };
  if (keys.length <= LOOKUP_LIMIT) {
    const rows = await Promise.all(keys.map((key) => db.savedClaims.where('dedupeKey').equals(key).first()));
    for (const row of rows) if (row) existing.set(row.dedupeKey, row);
    const found = await db.savedClaims.bulkGet(ids);
    return { existing, taken: new Set(found.filter((row) => row !== undefined).map((row) => row!.id)) };
  }
  const wanted = new Set(keys);
  const matchIds: string[] = [];
  await db.savedClaims.orderBy('dedupeKey').eachKey((key, cursor) => {
    if (wanted.has(key as string)) matchIds.push(cursor.primaryKey as string);
  });
  for (const row of await db.savedClaims.bulkGet(matchIds)) if (row) existing.set(row.dedupeKey, row);
  const taken = new Set(await db.savedClaims.toCollection().primaryKeys());
  return { existing, taken };
}

/** Imports checked data in one transaction. */
export async function importChecked(
  db: NewsmarkDatabase,
  data: ParsedImport,
  now = Date.now(),
  newId?: () => string,
): Promise<ImportOutcome> {
  const entries = await checkEntries(db, data);
  if (!entries.ok) {
    return failed(
      `The file's knowledge-base entries have problems, so nothing was imported. First: ${entries.errors[0]}`,
      entries.errors,
    );
  }
  try {
    return await db.transaction('rw', [db.savedClaims, db.actors, db.claims, db.sources, db.settings], async () => {
      const { existing, taken } = await storedMatches(db, data);
      const merge = mergeSavedClaims(data.savedClaims, existing, taken, newId);
      if (merge.puts.length) await db.savedClaims.bulkPut(merge.puts);

      const storedActors = await db.actors.bulkGet(entries.actors.map((a) => a.id));
      const actorRows = entries.actors.map((actor, i) =>
        entryRow(actor, data.actors[i]!.meta, storedActors[i] as never, now),
      );
      const storedClaims = await db.claims.bulkGet(entries.claims.map((c) => c.id));
      const claimRows = entries.claims.map((claim, i) =>
        entryRow(claim, data.claims[i]!.meta, storedClaims[i] as never, now),
      );
      // The reader's sources their imported claims cite; a seed source of the same id stays the seed's.
      const storedSources = await db.sources.bulkGet(entries.sources.map((s) => s.id));
      const sourceRows = entries.sources.flatMap((source, i) => (storedSources[i]?.origin === 'seed' ? [] : [{ ...source, origin: 'user' as const, seedVersion: null, updatedAt: now }]));
      if (sourceRows.length) await db.sources.bulkPut(sourceRows as SourceRecord[]);
      if (actorRows.length) await db.actors.bulkPut(actorRows as ActorRecord[]);
      if (claimRows.length) await db.claims.bulkPut(claimRows as ClaimRecord[]);

      let settingsWritten = 0;
      const current = await getSettings(db);
      for (const [key, value] of Object.entries(data.settings) as Array<[keyof Settings, unknown]>) {
        const next =
          key === 'disabledSites'
            ? [...new Set([...current.disabledSites, ...(value as string[])])].sort()
            : value;
        if (JSON.stringify(next) === JSON.stringify(current[key])) continue;
        await setSetting(db, key, next as never);
        settingsWritten++;
      }
      if (actorRows.length || claimRows.length) await setSetting(db, 'kbRevision', current.kbRevision + 1);

      const parts = [
        `${plural(merge.added, 'saved claim')} added`,
        merge.merged ? `${plural(merge.merged, 'duplicate')} merged with saved claims you had` : '',
        actorRows.length ? plural(actorRows.length, 'actor') : '',
        claimRows.length ? plural(claimRows.length, 'claim') : '',
        settingsWritten ? plural(settingsWritten, 'setting') : '',
      ].filter(Boolean);
      return {
        ok: true,
        message: `Imported: ${parts.join(', ')}.`,
        errors: [],
        added: merge.added,
        merged: merge.merged,
        actors: actorRows.length,
        claims: claimRows.length,
        settings: settingsWritten,
      };
    });
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const detail = error instanceof Error ? error.message : String(error);
    if (name === 'QuotaExceededError' || /quota/i.test(detail)) {
      return failed('The browser has no room left to store this import, so nothing was imported. Free some disk space and try again.', [detail]);
    }
    return failed(`The import could not be written, so nothing was imported (${detail}).`, [detail]);
  }
}

/** A file's text to the database: checked whole, then written in one transaction. */
export async function importText(db: NewsmarkDatabase, text: string, now = Date.now()): Promise<ImportOutcome> {
  const checked = parseImport(text);
  if (!checked.ok) return failed(checked.message, checked.errors);
  return importChecked(db, checked.data, now);
}
