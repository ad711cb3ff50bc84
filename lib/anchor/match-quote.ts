/**
 * Finding a saved quote again in a page's text, which may have changed since:
 * text added before it, spacing or quote marks changed, the same words
 * elsewhere in another context, and the quote itself edited (a typo fixed, a
 * word replaced, words added, a sentence split). Pure: works on the extracted
 * text, so the content script, tests and tools agree.
 *
 * Strategy, cheapest first:
 * 1. the recorded position still holds the words;
 * 2. every exact occurrence of the words, scored by how much of the recorded
 *    prefix and suffix surrounds it: one with its whole context is taken;
 * 3. an approximate search (Myers' bit-parallel algorithm, from
 *    approx-string-match) over loosened text (loosen.ts), first in a window
 *    around the recorded position, then in the few places where several of
 *    the quote's longer words occur together. The error budget grows with
 *    the quote's length and is capped, so a long quote on a 2 MB page costs
 *    a handful of indexOf passes and searches of a few kilobytes each.
 *
 * Every candidate is scored by quote similarity, prefix and suffix similarity
 * and nearness to the recorded position. Words that are exactly on the page
 * are always taken; an edited quote is taken only when it is close to the
 * saved words AND its surroundings are the saved ones: wire copy repeats
 * itself, and a deleted quote must be reported as gone, not pinned to the
 * next similar sentence.
 */
import search from 'approx-string-match';
import type { QuoteSelector } from '../db/records';
import { loosen, looseString, type LooseText } from './loosen';

export interface Anchor {
  start: number;
  end: number;
  /** the page's words differ from the saved ones (beyond spacing, case, quote marks and dashes) */
  changed: boolean;
}

/** Most errors an approximate match may have, however long the quote: bounds the search's cost. */
export const MAX_ERRORS = 64;

/** Errors allowed for a quote of `length` loosened characters: a quarter of it, capped. */
export function errorBudget(length: number): number {
  return Math.min(MAX_ERRORS, Math.max(1, Math.floor(length / 4)));
}

/** Below these an approximate candidate is not the saved quote: the quote is an orphan. */
export const ACCEPT = {
  /** share of the quote's characters that survived */
  quote: 0.8,
  /** mean similarity of the prefix and suffix */
  context: 0.7,
  /** similarity of the worse of the two sides */
  side: 0.45,
  /**
   * A quote whose saved context is still right around it, on one side at
   * least this well and on the other at least as a block edge, may have
   * changed more (words added to a short sentence): a deleted quote leaves
   * its prefix and suffix side by side, with nothing between them.
   */
  bracket: 0.85,
  bracketedQuote: 0.5,
} as const;

/** Characters searched either side of the recorded position before the rest of the page. */
const NEAR = 2048;
/** Searches of the near window, each beside the matches of the last. */
const NEAR_ROUNDS = 4;
/** Pieces of the quote whose occurrences point at places worth an approximate search. */
const MAX_SEEDS = 3;
const SEED_LENGTH = 16;
const MAX_SEED_HITS = 1000;
const MAX_FAR_WINDOWS = 6;
/** Matches of one search that are scored. */
const MAX_PER_SEARCH = 8;

/** Characters of context that agree, read outward from the quote. */
function agreeing(a: string, b: string, fromEnd: boolean): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && (fromEnd ? a[a.length - 1 - i] === b[b.length - 1 - i] : a[i] === b[i])) i++;
  return i;
}

/** The exact occurrence best supported by its context, and how many context characters agree. */
function bestExact(text: string, selector: QuoteSelector): { anchor: Anchor; agreed: number } | null {
  const { exact } = selector;
  let found: { anchor: Anchor; agreed: number } | null = null;
  let bestScore = -Infinity;
  const scale = Math.max(1, text.length);
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) {
    const prefix = agreeing(text.slice(Math.max(0, i - selector.prefix.length), i), selector.prefix, true);
    const suffix = agreeing(text.slice(i + exact.length, i + exact.length + selector.suffix.length), selector.suffix, false);
    // Context dominates; distance from the old position breaks ties.
    const score = prefix + suffix - Math.abs(i - selector.start) / scale;
    if (score > bestScore) {
      bestScore = score;
      found = { anchor: { start: i, end: i + exact.length, changed: false }, agreed: prefix + suffix };
    }
  }
  return found;
}

interface Span {
  start: number;
  end: number;
  errors: number;
}

export interface ScoredCandidate extends Span {
  /** 1 − errors / the longer of the saved quote and the candidate */
  quote: number;
  prefix: number;
  suffix: number;
  near: number;
  score: number;
  accepted: boolean;
}

/**
 * How much of the saved context is found right next to the candidate
 * (1 = all of it, adjacent). Characters between the candidate and where the
 * context is found count as errors: a match that stops short of the quote's
 * real end must not be credited with its suffix.
 */
function contextSimilarity(expected: string, region: string, side: 'before' | 'after'): number {
  let cost = expected.length;
  for (const m of search(region, expected, expected.length)) {
    const gap = side === 'before' ? region.length - m.end : m.start;
    cost = Math.min(cost, m.errors + gap);
  }
  return 1 - cost / expected.length;
}

/** What a side scores when its saved context was only spacing and the candidate sits at a block's edge too. */
const EDGE = 0.8;

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

/** A paragraph or block starts (`before`) or ends (`after`) at `pos`. */
function isEdge(text: string, pos: number, side: 'before' | 'after'): boolean {
  const [near, far] = side === 'before' ? [text[pos - 1], text[pos - 2]] : [text[pos], text[pos + 1]];
  return near === undefined || near === '\n' || (isSpace(near) && (far === undefined || isSpace(far)));
}

/**
 * A side whose saved context was only spacing (the quote began or ended a
 * block of the page): all that can be checked is that the candidate does too.
 */
function edgeSimilarity(text: string, pos: number, side: 'before' | 'after'): number {
  if (isEdge(text, pos, side)) return EDGE;
  return isSpace(side === 'before' ? text[pos - 1] : text[pos]) ? 0.5 : 0.3;
}

/** The block edge nearest to `pos`, within `reach`, where a quote could start or end. */
function nearestEdge(text: string, pos: number, reach: number, side: 'before' | 'after'): number | null {
  const fits = (p: number) =>
    p >= 0 && p <= text.length && isEdge(text, p, side) && !isSpace(side === 'before' ? text[p] : text[p - 1]);
  for (let d = 0; d <= reach; d++) {
    if (fits(pos - d)) return pos - d;
    if (fits(pos + d)) return pos + d;
  }
  return null;
}

interface Saved {
  selector: QuoteSelector;
  quote: string;
  prefix: string;
  suffix: string;
  budget: number;
}

/** A side that brackets the quote: its saved context found right there, or the block edge it was. */
const bracketSide = (context: string, similarity: number) => similarity >= (context ? ACCEPT.bracket : EDGE);

function score(text: string, saved: Saved, span: Span): ScoredCandidate {
  const slack = 16;
  const before = looseString(text.slice(Math.max(0, span.start - saved.selector.prefix.length - slack), span.start));
  const after = looseString(text.slice(span.end, span.end + saved.selector.suffix.length + slack));
  // Normalised edit similarity: words added to the page count against the longer of the two.
  const found = looseString(text.slice(span.start, span.end)).trim().length;
  const quote = 1 - span.errors / Math.max(saved.quote.length, found);
  const prefix = saved.prefix ? contextSimilarity(saved.prefix, before, 'before') : edgeSimilarity(text, span.start, 'before');
  const suffix = saved.suffix ? contextSimilarity(saved.suffix, after, 'after') : edgeSimilarity(text, span.end, 'after');
  const near = 1 - Math.min(1, Math.abs(span.start - saved.selector.start) / 10_000);
  const accepted =
    span.errors === 0 ||
    (quote >= ACCEPT.quote && (prefix + suffix) / 2 >= ACCEPT.context && Math.min(prefix, suffix) >= ACCEPT.side) ||
    (quote >= ACCEPT.bracketedQuote && bracketSide(saved.prefix, prefix) && bracketSide(saved.suffix, suffix) &&
      Math.max(prefix, suffix) >= ACCEPT.bracket);
  return { ...span, quote, prefix, suffix, near, score: 0.4 * quote + 0.25 * prefix + 0.25 * suffix + 0.1 * near, accepted };
}

/** `errors` approximately, for whole strings: no cheaper than the length change, nor than the best alignment. */
function distance(a: string, b: string): number {
  const aligned = search(a, b, b.length)[0]?.errors ?? b.length;
  return Math.max(aligned, Math.abs(a.length - b.length));
}

/**
 * The span between the saved prefix and suffix when both are found next to a
 * candidate: an approximate match stops short of words inserted near the
 * quote's ends (skipping them costs fewer errors than matching them).
 */
function bracketed(text: string, saved: Saved, span: Span): Span | null {
  const reach = saved.budget + 16;
  let start = span.start;
  let end = span.end;
  if (saved.prefix.length >= 8) {
    const region = loosen(text, Math.max(0, span.start - saved.prefix.length - reach), Math.min(span.end, span.start + reach));
    let nearest = Infinity;
    for (const m of search(region.text, saved.prefix, Math.floor(saved.prefix.length / 4))) {
      const at = region.map[m.end - 1]! + 1;
      if (Math.abs(at - span.start) < nearest) {
        nearest = Math.abs(at - span.start);
        start = at;
      }
    }
    while (start < end && /\s/.test(text[start]!)) start++;
  } else if (!saved.prefix) {
    start = nearestEdge(text, span.start, reach, 'before') ?? start;
  }
  if (saved.suffix.length >= 8) {
    const region = loosen(text, Math.max(start, span.end - reach), Math.min(text.length, span.end + saved.suffix.length + reach));
    let nearest = Infinity;
    for (const m of search(region.text, saved.suffix, Math.floor(saved.suffix.length / 4))) {
      const at = region.map[m.start]!;
      if (Math.abs(at - span.end) < nearest) {
        nearest = Math.abs(at - span.end);
        end = at;
      }
    }
    while (end > start && /\s/.test(text[end - 1]!)) end--;
  } else if (!saved.suffix) {
    end = nearestEdge(text, span.end, reach, 'after') ?? end;
  }
  if (end <= start || (start === span.start && end === span.end)) return null;
  return { start, end, errors: distance(looseString(text.slice(start, end)), saved.quote) };
}

/** Approximate matches of the quote in `loose.text.slice(from, to)`, in the original text's offsets. */
function searchLoose(loose: LooseText, saved: Saved, budget: number, from = 0, to = loose.text.length): Span[] {
  return search(loose.text.slice(from, to), saved.quote, budget).map((m) => ({
    start: loose.map[from + m.start]!,
    // One past the last matched character, in the original text.
    end: loose.map[from + m.end - 1]! + 1,
    errors: m.errors,
  }));
}

/**
 * Places where several pieces of the quote occur at about the distances they
 * have in the quote: the only parts of a long page worth an approximate
 * search. Each piece costs one indexOf pass over the page, so there are few,
 * spread over the quote, and long ones that straddle words ("nment troops se"):
 * a short or whole-word piece can be the start of thousands of other words,
 * which makes indexOf slow on a long page.
 */
function* seedWindows(text: string, saved: Saved, skip: [number, number]): Generator<void, Array<[number, number]>> {
  const exact = saved.selector.exact;
  const pieces: Array<[string, number]> = [];
  for (const m of exact.matchAll(/ (?=[\p{L}\p{N}])/gu)) {
    const at = m.index - SEED_LENGTH / 2;
    const piece = exact.slice(at, at + SEED_LENGTH);
    // Letters, digits and single spaces only: quote marks and dashes may have been changed.
    if (at >= 0 && piece.length === SEED_LENGTH && /^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)+$/u.test(piece)) pieces.push([piece, at]);
  }
  const seeds: Array<[string, number]> = [];
  const step = Math.max(1, pieces.length / MAX_SEEDS);
  for (let i = 0; i < pieces.length && seeds.length < MAX_SEEDS; i += step) seeds.push(pieces[Math.floor(i)]!);
  const hits: Array<{ at: number; seed: number }> = [];
  for (const [seed, [piece, offset]] of seeds.entries()) {
    // Each pass over a long page is a step of its own: the caller may give the page its turn between them.
    yield;
    const found: number[] = [];
    for (let i = text.indexOf(piece); i !== -1 && found.length <= MAX_SEED_HITS; i = text.indexOf(piece, i + 1)) found.push(i - offset);
    // A piece this common says nothing about where the quote is.
    if (found.length <= MAX_SEED_HITS) for (const at of found) hits.push({ at, seed });
  }
  hits.sort((a, b) => a.at - b.at);
  const need = Math.min(2, seeds.length);
  const gap = saved.budget + 32;
  const groups: Array<{ from: number; to: number; votes: number }> = [];
  for (let i = 0; i < hits.length; ) {
    let j = i;
    const seen = new Set([hits[i]!.seed]);
    // Pieces of one occurrence imply about the same start; measured from the group's first, so a
    // repetitive page cannot chain its groups into one window the size of the page.
    while (j + 1 < hits.length && hits[j + 1]!.at - hits[i]!.at <= gap) seen.add(hits[++j]!.seed);
    groups.push({ from: hits[i]!.at, to: hits[j]!.at, votes: seen.size });
    i = j + 1;
  }
  const slack = saved.budget + 64;
  return groups
    .filter((g) => g.votes >= need)
    .sort((a, b) => b.votes - a.votes)
    .map((g): [number, number] => [Math.max(0, g.from - slack), Math.min(text.length, g.to + exact.length + slack)])
    .filter(([from, to]) => from < skip[0] || to > skip[1])
    .slice(0, MAX_FAR_WINDOWS);
}

function bestAccepted(candidates: ScoredCandidate[]): ScoredCandidate | null {
  let best: ScoredCandidate | null = null;
  for (const c of candidates) if (c.accepted && (!best || c.score > best.score)) best = c;
  return best;
}

/** Runs a stepwise search to its end. */
function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Every candidate the approximate stage weighed, scored: for tests and tuning. */
export function approximateCandidates(text: string, selector: QuoteSelector): ScoredCandidate[] {
  return drain(approximateSteps(text, selector));
}

/** The approximate stage, in steps of bounded cost (a window searched, a pass over the page). */
function* approximateSteps(text: string, selector: QuoteSelector): Generator<void, ScoredCandidate[]> {
  const quote = looseString(selector.exact).trim();
  if (quote.length === 0) return [];
  const saved: Saved = {
    selector,
    quote,
    prefix: looseString(selector.prefix).trimStart(),
    suffix: looseString(selector.suffix).trimEnd(),
    budget: errorBudget(quote.length),
  };
  const length = selector.end - selector.start;
  const near: [number, number] = [
    Math.max(0, Math.min(text.length, selector.start) - NEAR - length),
    Math.min(text.length, selector.end + NEAR + length),
  ];
  const candidates: ScoredCandidate[] = [];
  const seen = new Set<string>();
  const add = (span: Span) => {
    const key = `${span.start}:${span.end}`;
    if (seen.has(key)) return;
    seen.add(key);
    candidates.push(score(text, saved, span));
  };
  // One search reports every end with the fewest errors, often a run of neighbours: a few suffice.
  const weigh = (spans: Span[]) => {
    for (const span of spans.length > MAX_PER_SEARCH ? spans.filter((_, i) => i % Math.ceil(spans.length / MAX_PER_SEARCH) === 0) : spans) {
      add(span);
      const between = bracketed(text, saved, span);
      if (between) add(between);
    }
  };
  // Near the recorded position a wider budget is cheap, and lets a short quote with words added be found.
  const nearBudget = Math.min(MAX_ERRORS, Math.max(saved.budget, Math.floor(quote.length / 2)));
  // The window's best match may be a similar sentence beside the edited quote: look again either side of it.
  const window = loosen(text, near[0], near[1]);
  const pending: Array<[number, number]> = [[0, window.text.length]];
  for (let round = 0; round < NEAR_ROUNDS && pending.length; round++) {
    if (round > 0) yield;
    const [from, to] = pending.shift()!;
    const found = search(window.text.slice(from, to), quote, nearBudget);
    weigh(found.map((m) => ({ start: window.map[from + m.start]!, end: window.map[from + m.end - 1]! + 1, errors: m.errors })));
    if (!found.length) continue;
    const first = from + Math.min(...found.map((f) => f.start));
    const last = from + Math.max(...found.map((f) => f.end));
    if (first - from > quote.length / 2) pending.push([from, first]);
    if (to - last > quote.length / 2) pending.push([last, to]);
  }
  if (bestAccepted(candidates)) return candidates;
  for (const [from, to] of yield* seedWindows(text, saved, near)) {
    yield;
    weigh(searchLoose(loosen(text, from, to), saved, saved.budget));
  }
  return candidates;
}

/** Finds the saved quote in `text`, or null when it is no longer there. */
export function anchorQuote(text: string, selector: QuoteSelector): Anchor | null {
  return drain(anchorQuoteSteps(text, selector));
}

/**
 * anchorQuote, the same search, in steps: each `next()` does a bounded piece
 * of work (on a 2 MB page, one pass over it at most), so a caller with a time
 * budget (lib/content/saved-anchors.ts) can pause between steps and resume.
 */
export function* anchorQuoteSteps(text: string, selector: QuoteSelector): Generator<void, Anchor | null> {
  const { exact, start, end } = selector;
  if (exact.trim().length === 0) return null;
  if (text.slice(start, end) === exact) return { start, end, changed: false };
  const direct = bestExact(text, selector);
  // A perfect context needs no second look.
  if (direct && direct.agreed >= selector.prefix.length + selector.suffix.length - 1) return direct.anchor;
  yield;
  const best = bestAccepted(yield* approximateSteps(text, selector));
  if (!best) return direct?.anchor ?? null;
  if (direct && direct.anchor.start === best.start && direct.anchor.end === best.end) return direct.anchor;
  return { start: best.start, end: best.end, changed: best.errors > 0 };
}
