/**
 * The saved list's queries and edits. Every criterion is answered by an
 * index (words, actorIds, claimId, site, tags, createdAt/updatedAt) as a set
 * of primary keys; the sort index gives their order. Only the page shown is
 * read as rows, so 10,000 saved claims cost about what 100 do.
 */
import type { NewsmarkDatabase } from './database';
import type { SavedClaimRecord } from './records';
import type { AnchorState } from '../report';
import { searchTokens } from './search';

export type SavedSort = 'newest' | 'oldest' | 'edited' | 'site';

export const SAVED_SORTS: ReadonlyArray<{ id: SavedSort; label: string }> = [
  { id: 'newest', label: 'Newest first' },
  { id: 'oldest', label: 'Oldest first' },
  { id: 'edited', label: 'Recently edited' },
  { id: 'site', label: 'Site (A–Z)' },
];

export interface SavedQuery {
  /** words, each matched as a prefix of a word of the sentence, note, tags or page title */
  text?: string;
  actorId?: string | null;
  claimId?: string | null;
  site?: string | null;
  tag?: string | null;
  /** how the quote stood on its page's last visit ('orphaned': no longer on the page) */
  anchor?: AnchorState | null;
  /** epoch ms, inclusive */
  from?: number | null;
  /** epoch ms, inclusive */
  to?: number | null;
  sort?: SavedSort;
}

export const MAX_TAG_LENGTH = 100;
export const MAX_TAGS = 50;
export const MAX_NOTE_LENGTH = 10_000;

type Key = string;

async function keySet(promise: Promise<Key[]>): Promise<Set<Key>> {
  return new Set(await promise);
}

/**
 * The whole list's order for each sort, read once and reused while the data
 * does not change: a search then costs only its own index lookups. Whoever
 * writes saved claims clears it.
 */
export class SavedOrderCache {
  private readonly orders = new Map<string, Promise<string[]>>();
  get(key: string, load: () => Promise<string[]>): Promise<string[]> {
    let order = this.orders.get(key);
    if (!order) {
      order = load();
      this.orders.set(key, order);
      order.catch(() => this.orders.delete(key));
    }
    return order;
  }
  clear(): void {
    this.orders.clear();
  }
}

/** Ids of the saved claims matching `query`, in its sort order. */
export async function querySavedIds(
  db: NewsmarkDatabase,
  query: SavedQuery = {},
  cache?: SavedOrderCache,
): Promise<string[]> {
  const sort = query.sort ?? 'newest';
  const from = query.from ?? null;
  const to = query.to ?? null;
  const hasRange = from !== null || to !== null;
  const lower = from ?? -Infinity;
  const upper = to ?? Infinity;

  return db.transaction('r', db.savedClaims, async () => {
    const t = db.savedClaims;
    const filters: Array<Promise<Set<Key>>> = [];
    const tokens = [...new Set(searchTokens(query.text ?? ''))];
    for (const token of tokens) filters.push(keySet(t.where('words').startsWith(token).primaryKeys()));
    if (query.actorId) filters.push(keySet(t.where('actorIds').equals(query.actorId).primaryKeys()));
    if (query.claimId) filters.push(keySet(t.where('claimId').equals(query.claimId).primaryKeys()));
    if (query.site) filters.push(keySet(t.where('site').equals(query.site).primaryKeys()));
    if (query.tag) filters.push(keySet(t.where('tags').equals(query.tag).primaryKeys()));
    if (query.anchor) filters.push(keySet(t.where('anchorState').equals(query.anchor).primaryKeys()));
    const byDate = sort === 'newest' || sort === 'oldest';
    if (hasRange && !byDate) filters.push(keySet(t.where('createdAt').between(lower, upper, true, true).primaryKeys()));

    let ordered: Promise<Key[]>;
    if (byDate && hasRange) {
      ordered = t.where('createdAt').between(lower, upper, true, true).primaryKeys();
    } else {
      const index = byDate ? 'createdAt' : sort === 'edited' ? 'updatedAt' : 'site';
      const load = () => t.orderBy(index).primaryKeys();
      ordered = cache ? cache.get(index, load) : load();
    }
    const [ascending, sets] = await Promise.all([ordered, Promise.all(filters)]);
    // Smallest set first: most rows fail on the first check.
    sets.sort((a, b) => a.size - b.size);
    const keys = sets.length === 0 ? [...ascending] : ascending.filter((key) => sets.every((set) => set.has(key)));
    if (sort === 'newest' || sort === 'edited') keys.reverse();
    return keys;
  });
}

/** A query that keeps every item: its first page can be read straight off the sort index. */
export function isWholeList(query: SavedQuery): boolean {
  return (
    searchTokens(query.text ?? '').length === 0 &&
    !query.actorId && !query.claimId && !query.site && !query.tag && !query.anchor &&
    (query.from ?? null) === null && (query.to ?? null) === null
  );
}

/** The first `limit` items of the whole list in a sort order, without reading every key. */
export async function savedHead(db: NewsmarkDatabase, sort: SavedSort, limit: number): Promise<SavedClaimRecord[]> {
  const index = sort === 'edited' ? 'updatedAt' : sort === 'site' ? 'site' : 'createdAt';
  const ordered = db.savedClaims.orderBy(index);
  return (sort === 'newest' || sort === 'edited' ? ordered.reverse() : ordered).limit(limit).toArray();
}

/** The rows of one page of a result, in order. */
export async function savedPage(
  db: NewsmarkDatabase,
  ids: readonly string[],
  offset: number,
  limit: number,
): Promise<SavedClaimRecord[]> {
  const rows = await db.savedClaims.bulkGet(ids.slice(offset, offset + limit));
  return rows.filter((row): row is SavedClaimRecord => row !== undefined);
}

/** The values the filters offer: every site and tag in use, from the indexes' unique keys. */
export async function savedFacets(db: NewsmarkDatabase): Promise<{ sites: string[]; tags: string[]; total: number }> {
  return db.transaction('r', db.savedClaims, async () => {
    const [sites, tags, total] = await Promise.all([
      db.savedClaims.orderBy('site').uniqueKeys(),
      db.savedClaims.orderBy('tags').uniqueKeys(),
      db.savedClaims.count(),
    ]);
    return {
      sites: (sites as string[]).filter((site) => site !== ''),
      tags: tags as string[],
      total,
    };
  });
}

/** Trimmed, single-spaced, bounded, without duplicates (compared case-insensitively). */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_TAG_LENGTH);
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
    if (out.length >= MAX_TAGS) break;
  }
  return out;
}

/** "a, b;c" → ["a", "b", "c"] */
export function parseTagList(text: string): string[] {
  return cleanTags(text.split(/[,;\n]/));
}

export interface SavedEdit {
  note?: string;
  tags?: string[];
}

export async function updateSavedClaim(
  db: NewsmarkDatabase,
  id: string,
  edit: SavedEdit,
  now = Date.now(),
): Promise<SavedClaimRecord> {
  return db.transaction('rw', db.savedClaims, async () => {
    const row = await db.savedClaims.get(id);
    if (!row) throw new Error('This saved claim no longer exists.');
    const next: SavedClaimRecord = {
      ...row,
      note: edit.note !== undefined ? edit.note.slice(0, MAX_NOTE_LENGTH) : row.note,
      tags: edit.tags !== undefined ? cleanTags(edit.tags) : row.tags,
      updatedAt: now,
    };
    await db.savedClaims.put(next);
    return next;
  });
}

/** Deletes and hands back what it deleted, so the caller can offer undo. */
export async function deleteSavedClaims(db: NewsmarkDatabase, ids: readonly string[]): Promise<SavedClaimRecord[]> {
  return db.transaction('rw', db.savedClaims, async () => {
    const rows = (await db.savedClaims.bulkGet([...ids])).filter((row): row is SavedClaimRecord => !!row);
    await db.savedClaims.bulkDelete(rows.map((row) => row.id));
    return rows;
  });
}

/** Undo of a delete: puts the rows back as they were. */
export async function restoreSavedClaims(db: NewsmarkDatabase, rows: readonly SavedClaimRecord[]): Promise<void> {
  await db.savedClaims.bulkPut([...rows]);
}

/** Adds a tag to many saved claims at once; returns how many changed. */
export async function tagSavedClaims(
  db: NewsmarkDatabase,
  ids: readonly string[],
  tag: string,
  now = Date.now(),
): Promise<number> {
  const [clean] = cleanTags([tag]);
  if (!clean) return 0;
  return db.transaction('rw', db.savedClaims, async () => {
    const rows = (await db.savedClaims.bulkGet([...ids])).filter((row): row is SavedClaimRecord => !!row);
    const changed = rows
      .filter((row) => !row.tags.some((t) => t.toLowerCase() === clean.toLowerCase()) && row.tags.length < MAX_TAGS)
      .map((row) => ({ ...row, tags: [...row.tags, clean], updatedAt: now }));
    await db.savedClaims.bulkPut(changed);
    return changed.length;
  });
}
