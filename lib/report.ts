/**
 * What a content script found on its page, as kept by the background for the
 * popup and the side panel. Only references and page snippets: names, roles
 * and descriptions come from the database when shown.
 */
export interface ReportedActor {
  actorId: string;
  ref: string;
  count: number;
  /** the distinct ways the page names the actor ("Lavrov", "Лавров", "the Russian foreign minister") */
  forms: string[];
}

export interface ReportedClaim {
  claimId: string;
  ref: string;
  score: number;
  /** the page's statement: a sentence, or the sentences of one quote */
  text: string;
  /** the n-th sentence of the page matching this claim, in document order: for jumping to it */
  index: number;
  /** who says it on the page, when the statement names or implies a known speaker */
  speaker?: ReportedSpeaker;
}

/** The speaker of a claim's statement on the page (see ClaimSpeaker in lib/match/types.ts). */
export interface ReportedSpeaker {
  actorId: string;
  ref: string;
  /** the page's words for the speaker ("Lavrov", "the Russian foreign minister") */
  text: string;
  /** whether that is the knowledge base's speaker of the claim */
  isClaimSpeaker: boolean;
}

export interface ScanTimings {
  extractMs: number;
  matchMs: number;
  highlightMs: number;
  /** wall time from the scan's start to its end, slices and pauses between them included */
  totalMs: number;
}

/** Where a saved quote of this page stands in the page as it is now. */
export type AnchorState = 'found' | 'changed' | 'orphaned';

export interface SavedAnchoring {
  /** the saved item's id */
  id: string;
  /** found as saved; found with other words (the page was edited); or no longer on the page */
  state: AnchorState;
  /** the page's current words when `changed`; empty otherwise */
  text: string;
}

export interface PageReport {
  url: string;
  title: string;
  /** knowledge-base version the page was scanned with */
  kbVersion: string;
  textLength: number;
  actors: ReportedActor[];
  claims: ReportedClaim[];
  timings: ScanTimings;
  /** the reader's saved quotes of this page, once anchored (absent until then) */
  saved?: SavedAnchoring[];
  /** epoch ms */
  scannedAt: number;
}

/** Why a tab has no report. */
export type PageState =
  | { kind: 'scanned'; report: PageReport }
  | { kind: 'pending' }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'disabled'; hostname: string }
  /** the reader has not allowed Newsmark on this site (host permissions) */
  | { kind: 'no-access'; hostname: string }
  | { kind: 'paused' };

export const REPORT_LIMITS = {
  actors: 2000,
  formsPerActor: 20,
  form: 200,
  claims: 1000,
  snippet: 4000,
  saved: 1000,
  url: 8192,
  title: 2000,
} as const;

/** One line per knowledge-base claim: its best-scoring sentence, and how many sentences matched it. */
export function bestMatchPerClaim(claims: ReportedClaim[]): Array<ReportedClaim & { sentences: number }> {
  const best = new Map<string, ReportedClaim & { sentences: number }>();
  for (const claim of claims) {
    const seen = best.get(claim.claimId);
    if (!seen) best.set(claim.claimId, { ...claim, sentences: 1 });
    else {
      seen.sentences++;
      if (claim.score > seen.score) Object.assign(seen, claim, { sentences: seen.sentences });
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}
