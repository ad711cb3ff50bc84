/**
 * What the matcher produces. Offsets are UTF-16 indices into the text that was
 * scanned, exactly as given (not the normalised text).
 */
import type { AliasType } from '../kb/types';
import type { Segmented } from '../text/segment';

export interface ActorMention {
  actorId: string;
  ref: string;
  start: number;
  end: number;
  /** text.slice(start, end) */
  text: string;
  /** how the mention was recognised; names are surer than metonyms */
  aliasType: AliasType;
  /** 0..1 */
  confidence: number;
}

export interface ClaimMatch {
  claimId: string;
  ref: string;
  /** calibrated 0..1; compared with the user's threshold */
  score: number;
  /** the statement that expresses the claim: one sentence, or the sentences of one quote */
  start: number;
  end: number;
  text: string;
  /** who says it on this page, when the statement names or implies a known speaker */
  speaker?: ClaimSpeaker;
}

export interface ClaimSpeaker {
  actorId: string;
  ref: string;
  /**
   * how the page names the speaker: "named" next to the statement ("Lavrov said", "the
   * Russian foreign minister said"), "pronoun" (he / the minister, resolved to an
   * earlier speaker), "lead-in" (the person the sentence before the quote is about)
   */
  via: 'named' | 'pronoun' | 'lead-in';
  /** the mention that names the speaker (possibly in an earlier sentence) */
  start: number;
  end: number;
  text: string;
  /** whether this is the knowledge base's speaker of the claim */
  isClaimSpeaker: boolean;
}

export interface ScanOptions {
  /** claims scoring below are dropped; default DEFAULT_CLAIM_THRESHOLD */
  threshold?: number;
  /**
   * Ids of actors already named earlier on the same page (when a long page is
   * scanned in chunks): their surnames that need a prior name, and their
   * sentence-initial mentions, are accepted as if the name were in this text.
   */
  priorActorIds?: string[];
  /**
   * Ids of actors whose surname alone an earlier chunk gave to someone else, after another given name ("Игорь
   * Лавров"), without naming the actor in full (ScanResult.otherBearerIds): the surname alone is that person's here too.
   */
  priorOtherBearerIds?: string[];
  /**
   * The text already segmented (lib/text/segment.ts): a caller that runs
   * other passes over the same text (attribution) normalises it once.
   */
  segmented?: Segmented;
  /**
   * false: every sentence is scored as its own statement and no speaker is read —
   * the scan as it was before statements, which the benchmark measures against.
   */
  statements?: boolean;
  /**
   * 'throw': a scan that needs attribution's tables before they are built throws the ColdTables error
   * (lib/attribution/cold-tables.ts) instead of building them inside its task; the caller builds them with
   * warmStep, a step per task, and scans again. Default 'build'.
   */
  whenCold?: 'build' | 'throw';
}

export interface ScanResult {
  actors: ActorMention[];
  claims: ClaimMatch[];
  /** the actors whose surname alone names someone else in this text and the chunks before (ScanOptions.priorOtherBearerIds) */
  otherBearerIds?: string[];
}

/** A compiled, scan-ready form of the knowledge base (see compile.ts). */
export interface Matcher {
  /** knowledge-base version the index was compiled from */
  readonly version: string;
  scan(text: string, options?: ScanOptions): ScanResult;
  /** Drops what scans cached about the words they met (the next scan is a little slower). */
  release?(): void;
  /**
   * Builds the next piece of the tables a scan may need and builds on first use (attribution's lexicons);
   * true when none is left. For callers that scan with `whenCold: 'throw'`.
   */
  warmStep?(): boolean;
}
