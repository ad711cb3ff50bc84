/**
 * What the page holds right now: every match with a live DOM Range. Live
 * ranges follow the page's own edits; a re-scan of a changed region replaces
 * exactly the matches inside it. The report, the highlights and
 * jump-to-mention all read from here.
 */
import type { HighlightKind } from '../highlight-styles';
import { REPORT_LIMITS, type ReportedActor, type ReportedClaim, type ReportedSpeaker } from '../report';

export interface LiveMatch {
  kind: HighlightKind;
  /** actor or claim id */
  id: string;
  ref: string;
  range: Range;
  /** the page's words: the name as written, or the claim's sentence */
  text: string;
  /** claim score, or actor mention confidence */
  score: number;
  /** claims: who says it on the page, when known */
  speaker?: ReportedSpeaker;
}

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

function documentOrder(a: LiveMatch, b: LiveMatch): number {
  if (a.range.startContainer === b.range.startContainer) return a.range.startOffset - b.range.startOffset;
  // START_TO_START: how a's start compares to b's start.
  try {
    return a.range.compareBoundaryPoints(0, b.range);
  } catch {
    return 0; // ranges in different documents or shadow trees: order unknown
  }
}

function inside(node: Node, roots: readonly Node[]): boolean {
  for (const root of roots) if (root === node || root.contains(node)) return true;
  return false;
}

export class PageMatches {
  private items: LiveMatch[] = [];

  /** Replaces everything: a full scan. */
  replaceAll(matches: LiveMatch[]): void {
    this.items = matches.slice().sort(documentOrder);
  }

  /**
   * Replaces the matches inside `roots` (re-scanned regions) with `matches`,
   * and drops those whose text left the page.
   */
  replaceWithin(roots: readonly Node[], matches: LiveMatch[]): void {
    const kept = this.items.filter((m) => m.range.startContainer.isConnected && !inside(m.range.startContainer, roots));
    this.items = kept.concat(matches).sort(documentOrder);
  }

  clear(): void {
    this.items = [];
  }

  list(kind: HighlightKind): LiveMatch[] {
    return this.items.filter((m) => m.kind === kind);
  }

  /** The n-th match of an actor or claim, in document order. */
  nth(kind: HighlightKind, id: string, index: number): LiveMatch | null {
    let seen = 0;
    for (const m of this.items) {
      if (m.kind !== kind || m.id !== id) continue;
      if (seen++ === index) return m;
    }
    return null;
  }

  /** Ids of the matches of a kind that lie inside `outer` (the actors a claim sentence names). */
  idsWithin(outer: Range, kind: HighlightKind): string[] {
    const ids = new Set<string>();
    for (const m of this.items) {
      if (m.kind !== kind) continue;
      try {
        // START_TO_START = 0, END_TO_END = 2
        if (outer.compareBoundaryPoints(0, m.range) <= 0 && outer.compareBoundaryPoints(2, m.range) >= 0) ids.add(m.id);
      } catch {
        // a range in another tree
      }
    }
    return [...ids];
  }

  get size(): number {
    return this.items.length;
  }

  /** Per-actor counts and the page's claim sentences, for the background. */
  summary(): { actors: ReportedActor[]; claims: ReportedClaim[] } {
    const actors = new Map<string, ReportedActor>();
    const claims: ReportedClaim[] = [];
    const claimSeen = new Map<string, number>();
    for (const m of this.items) {
      if (m.kind === 'actor') {
        let entry = actors.get(m.id);
        if (!entry) actors.set(m.id, (entry = { actorId: m.id, ref: m.ref, count: 0, forms: [] }));
        entry.count++;
        const form = clip(m.text.replace(/\s+/g, ' ').trim(), REPORT_LIMITS.form);
        if (entry.forms.length < REPORT_LIMITS.formsPerActor && !entry.forms.includes(form)) entry.forms.push(form);
      } else if (claims.length < REPORT_LIMITS.claims) {
        const index = claimSeen.get(m.id) ?? 0;
        claimSeen.set(m.id, index + 1);
        claims.push({
          claimId: m.id,
          ref: m.ref,
          score: Math.round(m.score * 1000) / 1000,
          text: clip(m.text.replace(/\s+/g, ' ').trim(), REPORT_LIMITS.snippet),
          index,
          ...(m.speaker ? { speaker: { ...m.speaker, text: clip(m.speaker.text.replace(/\s+/g, ' ').trim(), REPORT_LIMITS.form) } } : {}),
        });
      }
    }
    return {
      actors: [...actors.values()].sort((a, b) => b.count - a.count).slice(0, REPORT_LIMITS.actors),
      claims,
    };
  }
}
