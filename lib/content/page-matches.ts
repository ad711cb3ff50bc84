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

/** Is `node` in one of `roots`? A walk up from the node: n matches cost n × depth, not n × roots native calls. */
function inside(node: Node, roots: ReadonlySet<Node>): boolean {
  for (let at: Node | null = node; at; at = at.parentNode) if (roots.has(at)) return true;
  return false;
}

/** `matches` in document order: a scan delivers them so, and then this costs one pass. */
function ordered(matches: LiveMatch[]): LiveMatch[] {
  for (let i = 1; i < matches.length; i++) {
    if (documentOrder(matches[i - 1]!, matches[i]!) > 0) return matches.slice().sort(documentOrder);
  }
  return matches;
}

/** Two lists in document order, merged; at equal places `a`'s come first. */
function merge(a: LiveMatch[], b: LiveMatch[]): LiveMatch[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: LiveMatch[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = documentOrder(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

export class PageMatches {
  private items: LiveMatch[] = [];
  private byKind = new Map<HighlightKind, LiveMatch[]>();

  /** Replaces everything: a full scan. */
  replaceAll(matches: LiveMatch[]): void {
    this.set(ordered(matches.slice()));
  }

  /**
   * Replaces the matches inside `roots` (re-scanned regions) with `matches`,
   * and drops those whose text left the page.
   */
  replaceWithin(roots: readonly Node[], matches: LiveMatch[]): void {
    const rootSet = new Set(roots);
    const kept = this.items.filter((m) => m.range.startContainer.isConnected && !inside(m.range.startContainer, rootSet));
    this.set(merge(kept, ordered(matches)));
  }

  clear(): void {
    this.set([]);
  }

  /** The matches of a kind, in document order (the same array until the next change: do not modify). */
  list(kind: HighlightKind): LiveMatch[] {
    let list = this.byKind.get(kind);
    if (!list) this.byKind.set(kind, (list = this.items.filter((m) => m.kind === kind)));
    return list;
  }

  private set(items: LiveMatch[]): void {
    this.items = items;
    this.byKind.clear();
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
