/**
 * The Newsmark export file, declared once for the exporter, the importer and
 * their tests. Version 1:
 *
 * {format: "newsmark", version: 1, exportedAt: ISO date,
 *  savedClaims: [...], actors: [...], claims: [...], settings: {...}}
 *
 * Version 2 adds `sources`: the reader's own sources their claims cite (the
 * pages they tracked claims from). A file without any is still written as
 * version 1, which every Newsmark reads.
 *
 * `actors` and `claims` hold what the reader made or changed: their own
 * entries, and seed entries they edited or turned off. Seed entries they
 * never touched come with every install and are not repeated.
 */
import type { Actor, Claim, Source } from '../kb/types';
import type { Origin, SavedClaimRecord } from '../db/records';
import type { Settings } from '../db/settings';

export const EXPORT_FORMAT = 'newsmark';
/** the highest version this Newsmark writes and reads */
export const EXPORT_VERSION = 2;

/** A saved claim as exported: the stored record without its derived fields. */
export type ExportedSavedClaim = Omit<SavedClaimRecord, 'dedupeKey' | 'words' | 'site'>;

/** Bookkeeping exported with an entry: whose it is and whether it is on. */
export interface ExportedEntryMeta {
  origin: Origin;
  edited: boolean;
  disabled: boolean;
}

export type ExportedActor = Actor & ExportedEntryMeta;
export type ExportedClaim = Claim & ExportedEntryMeta;

/** The settings a backup carries; bookkeeping (seed version, revision) stays with the install. */
export type ExportedSettings = Partial<
  Pick<Settings, 'paused' | 'disabledSites' | 'claimThreshold' | 'highlightActors' | 'highlightClaims' | 'actorStyle' | 'claimStyle'>
>;

export const EXPORTED_SETTING_KEYS = [
  'paused',
  'disabledSites',
  'claimThreshold',
  'highlightActors',
  'highlightClaims',
  'actorStyle',
  'claimStyle',
] as const satisfies ReadonlyArray<keyof ExportedSettings>;

export interface NewsmarkExport {
  format: typeof EXPORT_FORMAT;
  version: 1 | typeof EXPORT_VERSION;
  exportedAt: string;
  savedClaims: ExportedSavedClaim[];
  actors: ExportedActor[];
  claims: ExportedClaim[];
  /** version 2: the reader's sources the exported claims cite */
  sources?: Source[];
  settings: ExportedSettings;
}

/** What an import accepts at most. */
export const IMPORT_LIMITS = {
  /** bytes of file; checked before the file is read, let alone parsed */
  bytes: 40 * 1024 * 1024,
  /** arrays and objects inside each other; the format needs 7 */
  depth: 12,
  savedClaims: 100_000,
  actors: 10_000,
  claims: 10_000,
  sources: 10_000,
  /** the longest quote a save accepts (lib/messaging/validate.ts) */
  text: 100_000,
  note: 10_000,
  url: 8192,
  title: 2000,
  id: 200,
  tags: 50,
  tag: 100,
  actorIds: 500,
  selectorContext: 200,
} as const;
