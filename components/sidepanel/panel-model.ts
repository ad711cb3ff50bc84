/**
 * What the side panel shows, worked out from a page report and the knowledge
 * base: pure functions, so they are tested without a browser.
 */
import { displayKbVersion } from '@/lib/kb/version';
import { canonicalQuote } from '@/lib/db/dedupe';
import type { ActorRecord, ClaimRecord } from '@/lib/db/records';
import type { ActorKind } from '@/lib/kb/types';
import type { PageReport, ReportedActor, ReportedClaim } from '@/lib/report';

export const KIND_ORDER: readonly ActorKind[] = ['person', 'country', 'organisation', 'group'];

export const KIND_HEADING: Record<ActorKind | 'unknown', string> = {
  person: 'People',
  country: 'States',
  organisation: 'Organisations',
  group: 'Groups',
  unknown: 'No longer in your knowledge base',
};

export const KIND_LABEL: Record<ActorKind, string> = {
  person: 'Person',
  country: 'State',
  organisation: 'Organisation',
  group: 'Group',
};

export interface ActorEntry {
  found: ReportedActor;
  /** null when the entry was deleted since the page was scanned */
  actor: ActorRecord | null;
}

export interface ActorGroup {
  kind: ActorKind | 'unknown';
  heading: string;
  actors: ActorEntry[];
  /** mentions of every actor of the group */
  mentions: number;
}

/**
 * The page's actors by kind (people, states, organisations, groups), most
 * mentioned first within a kind; ties by name, so the order never jumps
 * between two updates of the same page.
 */
export function groupActorsByKind(found: readonly ReportedActor[], actors: ReadonlyMap<string, ActorRecord>): ActorGroup[] {
  const byKind = new Map<ActorKind | 'unknown', ActorEntry[]>();
  for (const item of found) {
    const actor = actors.get(item.actorId) ?? null;
    const kind = actor ? actor.kind : 'unknown';
    const list = byKind.get(kind) ?? [];
    list.push({ found: item, actor });
    byKind.set(kind, list);
  }
  const groups: ActorGroup[] = [];
  for (const kind of [...KIND_ORDER, 'unknown'] as const) {
    const list = byKind.get(kind);
    if (!list || list.length === 0) continue;
    list.sort(
      (a, b) =>
        b.found.count - a.found.count ||
        (a.actor?.name ?? a.found.ref).localeCompare(b.actor?.name ?? b.found.ref) ||
        a.found.actorId.localeCompare(b.found.actorId),
    );
    groups.push({
      kind,
      heading: KIND_HEADING[kind],
      actors: list,
      mentions: list.reduce((sum, entry) => sum + entry.found.count, 0),
    });
  }
  return groups;
}

export interface ClaimGroup {
  claimId: string;
  ref: string;
  /** the best score among the page's sentences */
  score: number;
  /** the page's sentences matching the claim, in document order */
  sentences: ReportedClaim[];
}

/**
 * One entry per knowledge-base claim the page repeats, in the order the page
 * first makes it, with every sentence that makes it.
 */
export function groupClaims(found: readonly ReportedClaim[]): ClaimGroup[] {
  const groups = new Map<string, ClaimGroup>();
  for (const item of found) {
    let group = groups.get(item.claimId);
    if (!group) groups.set(item.claimId, (group = { claimId: item.claimId, ref: item.ref, score: item.score, sentences: [] }));
    group.sentences.push(item);
    if (item.score > group.score) group.score = item.score;
  }
  for (const group of groups.values()) group.sentences.sort((a, b) => a.index - b.index);
  return [...groups.values()];
}

/** The knowledge base's claims by an actor that are still in use, those the page makes first. */
export function claimsOfActor(
  actorId: string,
  bySpeaker: ReadonlyMap<string, ClaimRecord[]>,
  onPage: ReadonlySet<string>,
): Array<{ claim: ClaimRecord; onPage: boolean }> {
  return (bySpeaker.get(actorId) ?? [])
    .filter((claim) => !claim.retired && !claim.disabled)
    .map((claim) => ({ claim, onPage: onPage.has(claim.id) }))
    .sort((a, b) => Number(b.onPage) - Number(a.onPage) || a.claim.ref.localeCompare(b.claim.ref, undefined, { numeric: true }));
}

/**
 * The mention a prev/next arrow goes to: from "none yet" (null), next is the
 * first and previous the last; both wrap around the ends.
 */
export function stepMention(current: number | null, delta: 1 | -1, total: number): number | null {
  if (total <= 0) return null;
  if (current === null || current < 0 || current >= total) return delta > 0 ? 0 : total - 1;
  return (((current + delta) % total) + total) % total;
}

/** How a saved item is recognised as one of the page's claim sentences. */
export function savedKey(claimId: string | null, text: string): string {
  return `${claimId ?? ''}\u0000${canonicalQuote(text)}`;
}

export interface SavedRow {
  id: string;
  claimId: string | null;
  text: string;
  selector?: { exact: string };
}

/** Saved items of the page by `savedKey`: what the reader saved, whether by its text or its quote selector. */
export function indexSaved(rows: readonly SavedRow[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const row of rows) {
    index.set(savedKey(row.claimId, row.text), row.id);
    if (row.selector?.exact) index.set(savedKey(row.claimId, row.selector.exact), row.id);
  }
  return index;
}

/** A score between 0 and 1 as a whole percentage, never above 100. */
export function percent(score: number): number {
  if (!Number.isFinite(score)) return 0;
  return Math.max(0, Math.min(100, Math.round(score * 100)));
}

const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en')} ms`;

/** The footer's few lines on the scan: how much was read, how long each step took, what was found. */
export function scanSummary(report: PageReport): { counts: string; timings: string; version: string } {
  const mentions = report.actors.reduce((sum, actor) => sum + actor.count, 0);
  const claims = new Set(report.claims.map((claim) => claim.claimId)).size;
  const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
  const { extractMs, matchMs, highlightMs, totalMs } = report.timings;
  return {
    counts:
      `${plural(report.textLength, 'character', 'characters')} read · ` +
      `${plural(report.actors.length, 'actor', 'actors')} (${plural(mentions, 'mention', 'mentions')}) · ` +
      `${plural(claims, 'claim', 'claims')} in ${plural(report.claims.length, 'sentence', 'sentences')}`,
    timings: `Scan ${ms(totalMs)}: reading ${ms(extractMs)}, matching ${ms(matchMs)}, highlighting ${ms(highlightMs)}`,
    version: `Knowledge base ${displayKbVersion(report.kbVersion)}`,
  };
}
