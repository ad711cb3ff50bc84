/**
 * Scoring of claims a reader tracked (their concepts derived from the words
 * they selected, lib/kb/derive-terms.ts). Such a concept list is the
 * statement's own vocabulary, not a curated set of paraphrase cues: another
 * outlet's version keeps its figures, names and key nouns and swaps the rest,
 * so the same coverage means more than for a seed claim, and a sentence is
 * not less the statement for lacking a reporting verb. What tells a version
 * from a neighbouring statement on the same story is mostly its figures: a
 * sentence that gives other figures than the statement's is another statement.
 */

import type { FlatTables } from './flat';
import type { Affiliations } from './statements';

/**
 * Score factors; their sum is the bound the matcher prunes with. Above 1 on
 * purpose: a sentence covering most of the statement's weight next to its
 * speaker is the statement, and scores are capped at 1. Set on the tuning
 * batch of tests/eval/learn so that the default threshold keeps same-language
 * precision at 0.9.
 */
const BASE = 0.93;
const ACTOR = 0.45;
const CUE = 0.05;
export const MAX_STATEMENT_FACTOR = BASE + ACTOR + CUE;
/** ...and the bound when no actor of the statement is near. */
export const UNSPOKEN_STATEMENT_FACTOR = BASE + CUE;

/**
 * Verbs that carry a refusal or denial without a negation word ("rules out cuts",
 * "descarta una devaluación", "lehnt ab"), as normalised prefixes: a paraphrase
 * of "there will be no cuts" may use them instead of "no".
 */
const REFUSAL_PREFIXES = (
  'rule ruling refus reject denie deny declin scrap ' +
  'ablehn lehnt lehnte ausschl schliesst verweiger ' +
  'refus rejet rejett exclu ecart ' +
  'descart rechaz nieg niega excluy ' +
  'descart rejeit recus neg exclu afast ' +
  'esclud escluso rifiut smentis respint ' +
  'wyklucz odrzuc odmaw odmow ' +
  'отверг отказ исключ отклон ' +
  'відкин відмов виключ відхил'
).split(' ');

/** Whether the sentence [a, b) holds a negation or a refusal verb. */
export function sentenceDenies(keys: readonly string[], a: number, b: number, isNeg: (p: number) => boolean): boolean {
  for (let p = a; p < b; p++) {
    if (isNeg(p)) return true;
    const k = keys[p];
    for (const r of REFUSAL_PREFIXES) if (k.startsWith(r)) return true;
  }
  return false;
}

/** A refusal or denial reported without one: "Canada and Mexico would get no exemption" against "open to talks with Canada and Mexico". */
const AFFIRMED = 0.3;
/**
 * A negation among the matched words of an affirmative statement. Milder than a seed claim's
 * (0.3): other outlets' wording brings negations of its own ("no other country", "algo que no
 * ocurría desde 2019" for "for the first time since 2019", a condition "if the attacks do not stop").
 */
const NEGATED = 0.6;

/**
 * Concepts at least this heavy (figures, names, months, long words: see derive-terms.ts) make a
 * sentence a candidate; lighter ones only add to the score of candidates.
 */
export const STATEMENT_ANCHOR_WEIGHT = 1.6;
/** ...and whose anchor word fewer terms than this share across the knowledge base. */
export const STATEMENT_ANCHOR_MAX_DF = 8;

/** A sentence giving figures, none of them the statement's. */
const OTHER_FIGURES = 0.35;

export interface StatementEvidence {
  /** share of the claim's concept weight the sentence covers (capped when it hits one concept of several) */
  coverage: number;
  /** the weight covered, and the claim's total */
  matched: number;
  total: number;
  actorNear: boolean;
  /** a reporting verb or quotation marks */
  reported: boolean;
  /** a negation among the matched words of an affirmative statement */
  negated: boolean;
  /** the statement has figures and none of them is in the sentence, which has others */
  otherFigures: boolean;
  /** the statement is a refusal or denial and the sentence holds neither a negation nor a refusal verb */
  affirmed: boolean;
}

export function statementScore(e: StatementEvidence): number {
  let s = e.coverage * (BASE + (e.actorNear ? ACTOR : 0) + (e.reported ? CUE : 0));
  if (e.otherFigures) s *= OTHER_FIGURES;
  if (e.negated) s *= NEGATED;
  if (e.affirmed) s *= AFFIRMED;
  return s;
}

/**
 * The speaker rule for a tracked statement. A seed claim's cues were written knowing who says
 * what, so a statement by anyone else is vetoed (statements.ts speakerFits); a tracked one has
 * only the reader's selection, and its speaker is often a person the knowledge base learnt from
 * that one page. Other outlets name them in other forms, quote them through a spokesman or
 * report them without a name, so only the clear case is a veto: the statement is named as said
 * by a known person who is not the tracked speaker nor belongs with them (nor they with him).
 */
export function trackedSpeakerAllows(
  speaker: number,
  named: boolean,
  claimSpeaker: number,
  actorKinds: string[],
  affiliations: Affiliations | undefined,
): boolean {
  if (speaker < 0 || claimSpeaker < 0 || !named || speaker === claimSpeaker) return true;
  if (actorKinds[speaker] !== 'person' || actorKinds[claimSpeaker] !== 'person') return true;
  const aff = (x: number): ArrayLike<number> => (typeof affiliations === 'function' ? affiliations(x) : affiliations?.[x] ?? []);
  const a = aff(speaker);
  const b = aff(claimSpeaker);
  for (let i = 0; i < a.length; i++) if (a[i] === claimSpeaker) return true;
  for (let i = 0; i < b.length; i++) if (b[i] === speaker) return true;
  return false;
}

/**
 * A page that states a tracked statement in full often restates it in fewer words too: its
 * headline ("Kremlin refers gas price question to Gazprom"), a summary line, a second mention.
 * On such a page a sentence scores as its own score over this share, up to the page's best for
 * the statement; on a page that never states it in full, it is only a sentence on the same story.
 */
export const ECHO_SHARE = 0.7;
/** The page's best hit must be at least this sure of the statement for its echoes to count. */
const CONFIRMS = 0.7;

/**
 * The hits of matchConceptClaims(), at least the threshold, with the echoes of tracked
 * statements (ECHO_SHARE) scored against the page's best hit of the same statement.
 */
export function confirmTracked<H extends { claim: number; score: number; contrary?: boolean }>(hits: H[], threshold: number, tracked: ArrayLike<number>): H[] {
  const best = new Map<number, number>();
  for (const h of hits) if (tracked[h.claim]) best.set(h.claim, Math.max(best.get(h.claim) ?? 0, h.score));
  const out: H[] = [];
  for (const h of hits) {
    if (tracked[h.claim]) {
      const top = best.get(h.claim)!;
      const score = h.score === top || h.contrary || top < CONFIRMS ? h.score : Math.min(top, h.score / ECHO_SHARE);
      if (score >= threshold) out.push(score === h.score ? h : { ...h, score });
    } else if (h.score >= threshold) out.push(h);
  }
  return out;
}

/**
 * The actors the words [a, b) name by a one-word alias of theirs, each given to `visit` (an actor
 * as often as its aliases occur): a surname the actor matcher leaves unmarked until the full name
 * was seen on the page ("Ricci promette…", "Nowicka obiecała…"). Other outlets' second-day copy
 * and headlines name a speaker so; for a tracked statement, whose speaker is known, that is the
 * speaker near.
 */
export function visitOneWordAliases(t: FlatTables, keyCount: number, infos: ReadonlyArray<{ ids: number[] }>, a: number, b: number, visit: (actor: number) => void): void {
  for (let p = a; p < b; p++) {
    const ids = infos[p].ids;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      if (id < 0 || id >= keyCount) continue;
      const node = t.keyRoot[id];
      if (node < 0) continue;
      for (let e = t.nodeEndStart[node], end = t.nodeEndStart[node + 1]; e < end; e++) visit(t.aliasActor[t.endAlias[e]]);
    }
  }
}
