/**
 * Every schema version the database has had, oldest first. Never edit a
 * released version: add a new one with an upgrade, and a test in
 * tests/unit/db/upgrade.test.ts that opens a populated older version.
 */
import type Dexie from 'dexie';
import type { Transaction } from 'dexie';
import { dedupeKeyFor } from './dedupe';
import { withSearchFields } from './search';

export const DB_NAME = 'newsmark';

interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: SchemaVersion[] = [
  {
    // 0.1.0-dev: the first layout.
    version: 1,
    stores: {
      sources: 'id',
      actors: 'id, &ref, kind, origin',
      claims: 'id, &ref, speakerId, origin',
      savedClaims: 'id, url, claimId, createdAt',
      settings: 'key',
    },
  },
  {
    // Saved claims gain a dedupe key (saving twice must not duplicate) and
    // multi-entry indexes for tags and actors, which the saved list filters on.
    version: 2,
    stores: {
      savedClaims: 'id, dedupeKey, url, claimId, createdAt, *tags, *actorIds',
    },
    upgrade: async (tx) => {
      await tx
        .table('savedClaims')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          const text = typeof row.text === 'string' ? row.text : '';
          const url = typeof row.url === 'string' ? row.url : '';
          row.dedupeKey = dedupeKeyFor(url, text);
          if (!Array.isArray(row.tags)) row.tags = [];
          if (!Array.isArray(row.actorIds)) row.actorIds = [];
          if (typeof row.note !== 'string') row.note = '';
          if (typeof row.updatedAt !== 'number') row.updatedAt = row.createdAt ?? Date.now();
        });
    },
  },
  {
    // The options page's saved list: full-text search through a multi-entry
    // index of normalised tokens (`words`), a site filter (`site`, the URL's
    // host) and sorting by last edit, all answered by indexes at any size.
    version: 3,
    stores: {
      savedClaims: 'id, dedupeKey, url, claimId, createdAt, updatedAt, site, *tags, *actorIds, *words',
    },
    upgrade: async (tx) => {
      await tx
        .table('savedClaims')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          const derived = withSearchFields(row);
          row.words = derived.words;
          row.site = derived.site;
        });
    },
  },
  {
    // Saved quotes that their page no longer holds: the content script reports
    // each saved quote's anchoring, the background records it (`anchorState`),
    // and the saved list filters on it through this index. Rows keep no value
    // until their page is visited again, so there is nothing to rewrite.
    version: 4,
    stores: {
      savedClaims: 'id, dedupeKey, url, claimId, createdAt, updatedAt, site, anchorState, *tags, *actorIds, *words',
    },
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/** Declares versions up to `upTo` (all by default); tests open older versions this way. */
export function declareSchema(db: Dexie, upTo = LATEST_SCHEMA_VERSION): void {
  for (const step of SCHEMA_VERSIONS) {
    if (step.version > upTo) break;
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
}
