/**
 * What the database stores. Knowledge-base entries carry bookkeeping that
 * lets a seed update replace what the user never touched and keep what they did.
 */
import type { Actor, Claim, Source } from '../kb/types';
import type { AnchorState } from '../report';

/** Where an entry came from. User entries are never touched by seeding. */
export type Origin = 'seed' | 'user';

export interface EntryMeta {
  origin: Origin;
  /** the user changed this seed entry: seed updates keep their version */
  edited: boolean;
  /** the user turned this entry off: not compiled into the index */
  disabled: boolean;
  /** a seed entry that a newer seed no longer has: kept (things may point at it) but not matched */
  retired: boolean;
  /** seed version this entry was last written from, for seed entries */
  seedVersion: string | null;
  /** epoch ms */
  updatedAt: number;
}

export type SourceRecord = Source & Pick<EntryMeta, 'origin' | 'seedVersion' | 'updatedAt'>;

export type ActorRecord = Actor &
  EntryMeta & {
    /** the seed's latest version of this entry, so "restore seed" needs no network */
    seedCopy: Actor | null;
  };

export type ClaimRecord = Claim &
  EntryMeta & {
    seedCopy: Claim | null;
  };

/**
 * Where a saved quote sits in its page: a W3C Web Annotation
 * TextQuoteSelector (exact + context) and a TextPositionSelector.
 */
export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export interface SavedClaimRecord {
  /** random id (crypto.randomUUID) */
  id: string;
  /** page URL + normalised quote: saving the same thing twice finds this */
  dedupeKey: string;
  /** the sentence as the reader saved it */
  text: string;
  url: string;
  pageTitle: string;
  /** epoch ms */
  createdAt: number;
  updatedAt: number;
  /** the knowledge-base claim it matches, if any */
  claimId: string | null;
  /** actors it mentions */
  actorIds: string[];
  note: string;
  tags: string[];
  selector: QuoteSelector;
  /**
   * Derived, for the saved list's indexes (lib/db/search.ts writes them on
   * every put): the normalised tokens it is found by, and its URL's host.
   */
  words?: string[];
  site?: string;
  /**
   * Where the quote stood when its page was last read (the content script's
   * report): found as saved, found with other words, or no longer on the page.
   * Absent until a visit after the save. Indexed: the saved list filters on it.
   */
  anchorState?: AnchorState;
  /** the page's words at that visit, when they differ from the saved text (`text` stays as saved) */
  pageText?: string;
  /** epoch ms of that visit */
  anchorCheckedAt?: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}
