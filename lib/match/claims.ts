/**
 * Claim matching at sentence level.
 *
 * Claims with concepts: the first token of every term of every concept goes
 * into one inverted index (exact stems, plus prefixes for "*" terms); a pass
 * over the sentence's tokens finds the terms present, so the cost depends on
 * the text and on the terms that actually occur, not on the number of claims.
 * A claim's score combines the weighted coverage of its concepts with the
 * speaker or a subject being mentioned nearby, reporting cues, quotation and
 * negation.
 *
 * Claims without concepts (saved or imported by users): BM25 over their
 * summaries, through postings built from the same index.
 */
import type { FlatHeader, FlatTables } from './flat';
import type { StringPool } from './string-pool';
import { LATIN_LANGS, stemCyrillic, stem, scriptOf, type StemLang } from '../text/stem';
import { isNegation, isStopword, LANG_MARKERS, stopwordTest } from '../text/stopwords';
import type { Segmented } from '../text/segment';
import { isDayNumber, isDayOfMonth } from '../text/dates';
import { SPEAKER_OTHER, speakerFits, Via, type Affiliations, type Statements } from './statements';
import { ECHO_SHARE, MAX_STATEMENT_FACTOR, UNSPOKEN_STATEMENT_FACTOR, sentenceDenies, statementScore, trackedSpeakerAllows, visitOneWordAliases, type StatementEvidence } from './statement-score';

/** Claims scoring at least this are reported; the user's sensitivity setting moves it. */
export const DEFAULT_CLAIM_THRESHOLD = 0.5;

/** Tokens allowed between two words of a term ("rule out" / "ruled it out"). */
const MAX_GAP = 3;
/** Negations this many tokens before the matched words still negate them. */
const NEG_WINDOW = 5;

const REPORTING_CUES = new Set(
  (
    'said says say told tells stated states warned warns insisted insists claimed claims announced announces added ' +
    'argued argues stressed stresses noted notes according urged urges suggested suggests believes declared declares ' +
    'заявил заявила заявили сказал сказала сообщил сообщила отметил отметила подчеркнул подчеркнула словам считает ' +
    'заявив заявила сказав повідомив наголосив зазначив підкреслив словами ' +
    'sagte sagt erklarte erklart betonte betont laut warnte meinte ' +
    'declare affirme affirmait selon souligne estime averti ' +
    'dijo afirmo declaro segun aseguro advirtio senalo ' +
    'disse afirmou declarou segundo garantiu alertou'
  ).split(' '),
);

/** The lowest threshold the prefix filter serves; below it the scan walks the full postings. */
export const PREFIX_MIN_NORM = 0.3;

// Tuned on CLEF-2020 train and dev together (flat between 0.9–1.5 and 0.5–0.75).
export const K1 = 1.2;
export const B = 0.6;
/**
 * Postings longer than this are not walked to find candidates: a constant, not a share of
 * the knowledge base, so the cost of a sentence does not grow with the number of claims.
 */
export const MAX_DF = 64;

/**
 * What the claim passes read: the flat tables (lib/match/flat.ts) and their string pool. Built by
 * lib/match/tables.ts in the background: first-word and prefix anchors of concept terms (primary
 * ones, and the secondary terms of claims with required concepts, looked up only once a required
 * concept made the claim a candidate), BM25 postings, per-document term weights and the
 * prefix-filter postings (a document listed under its heaviest terms only, as many as it takes
 * for the rest to weigh less than PREFIX_MIN_NORM of the whole).
 */
export interface ClaimTables {
  t: FlatTables;
  pool: StringPool;
  header: FlatHeader;
  /** BM25 documents */
  docCount: number;
  /** stop words of the documents' languages (the text side must drop the same words) */
  isStop: (w: string) => boolean;
  /** per claim, what mayReachBar's bound needs without walking its concepts; made on first use */
  reach: ReachBounds | null;
  /** where secondary anchors occur in the current sentence; made on first use */
  secScratch: { stamp: Int32Array; head: Int32Array; next: Int32Array; pos: Int32Array; n: number; mark: number } | null;
}

export function claimTables(t: FlatTables, pool: StringPool, header: FlatHeader): ClaimTables {
  return { t, pool, header, docCount: t.docClaim.length, isStop: stopwordTest(header.langs), reach: null, secScratch: null };
}

/** Per claim: its concepts' total weight, the weight and number of those that name an actor, and its heaviest required concept that names none. */
interface ReachBounds {
  total: Float64Array;
  named: Float64Array;
  namedCount: Int32Array;
  borrow: Float64Array;
}

function reachBounds(t: FlatTables): ReachBounds {
  const claims = t.claimCoStart.length - 1;
  const r: ReachBounds = { total: new Float64Array(claims), named: new Float64Array(claims), namedCount: new Int32Array(claims), borrow: new Float64Array(claims) };
  for (let c = 0; c < claims; c++) {
    for (let co = t.claimCoStart[c], end = t.claimCoStart[c + 1]; co < end; co++) {
      const w = t.coWeight[co];
      r.total[c] += w;
      if (t.coActorStart[co + 1] > t.coActorStart[co]) {
        r.named[c] += w;
        r.namedCount[c]++;
      } else if (t.coRequired[co] && w > r.borrow[c]) r.borrow[c] = w;
    }
  }
  return r;
}

/**
 * Stems of a normalised word in every language of its script: [raw, en, de, fr, es, pt]
 * for Latin, [raw, ru/uk] for Cyrillic, [raw] otherwise. Cached per matcher. A Latin
 * word's stems are made one language at a time, when a text of that language asks
 * (activeLatinMask): an English page never runs the four other stemmers on its words.
 */
export class StemCache {
  private cache = new Map<string, Array<string | undefined>>();
  /** The word's forms; Latin stems stay undefined until `latin` makes them. */
  forms(w: string): Array<string | undefined> {
    let v = this.cache.get(w);
    if (v === undefined) {
      const sc = scriptOf(w);
      if (sc === 'latin') v = [w, undefined, undefined, undefined, undefined, undefined];
      else if (sc === 'cyrillic') v = [w, stemCyrillic(w)];
      else v = [w];
      if (this.cache.size > 100000) this.cache.clear();
      this.cache.set(w, v);
    }
    return v;
  }
  /** Stem i (1-based: LATIN_LANGS[i - 1]) of a Latin word's forms, made once. */
  latin(forms: Array<string | undefined>, i: number): string {
    return (forms[i] ??= stem(LATIN_LANGS[i - 1]!, forms[0]!));
  }
}

/**
 * Which Latin stemmers apply to this text: languages whose function words
 * occur in it (English always). Short texts get all of them.
 */
export function activeLatinMask(keys: string[]): boolean[] {
  const counts = new Map<string, number>();
  const limit = Math.min(keys.length, 1500);
  for (let i = 0; i < limit; i++) {
    const langs = LANG_MARKERS.get(keys[i]);
    if (langs) for (const l of langs) counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  let max = 0;
  for (const v of counts.values()) max = Math.max(max, v);
  if (keys.length < 40 || max < 3) return LATIN_LANGS.map(() => true);
  return LATIN_LANGS.map((l: StemLang) => l === 'en' || (counts.get(l) ?? 0) >= Math.max(2, 0.15 * max));
}

export interface SentenceClaimInput {
  seg: Segmented;
  stems: StemCache;
  latinMask: boolean[];
  /** actors mentioned in each sentence */
  sentenceActors: Map<number, Set<number>>;
  /** Portuguese text: "no" is not a negation */
  ptOnly: boolean;
  /** per distinct word: its keys, anchored terms and BM25 ids (shared by scans with the same languages) */
  info: Map<string, TokenInfo>;
  /** per token of this text, filled by tokenInfos() */
  infos?: TokenInfo[];
  /** the text's statements and their speakers (see statements.ts); without them, every sentence is its own statement */
  statements?: Statements;
  /** kind of each actor, and what each belongs to (CompiledIndex.affiliations) */
  actorKinds?: string[];
  affiliations?: Affiliations;
}

export interface TokenInfo {
  /** raw form and stems of the active languages, deduplicated */
  keys: string[];
  /** the pool id of each of `keys` (-1 for words no term, alias or document has) */
  ids: number[];
  /** primary terms anchored on this word (exact or prefix), or null */
  anchors: number[] | null;
  /** BM25 vocabulary ids of this word's keys, or null (stop words, negations, unknown words) */
  vocab: number[] | null;
  /** anchor ids of the secondary terms this word can anchor (FlatTables.keySecExact), or null */
  sec: number[] | null;
  /** isNegation() of the word: the per-sentence passes test every token */
  neg: boolean;
  /** a number that can be a day of the month (see isDayOfMonth) */
  day: boolean;
}

export interface RawClaimHit {
  claim: number;
  /** first and last sentence of the statement that expresses the claim */
  sentence: number;
  sentenceEnd: number;
  score: number;
  /** a tracked statement's hit that something contradicts (statementScore's penalties): never an echo (confirmTracked) */
  contrary?: boolean;
}

/** The value of a per-word table (FlatTables.key…) for pool id `id`, or -1. */
function perKey(ci: ClaimTables, table: Int32Array, id: number): number {
  return id >= 0 && id < ci.header.keyCount ? table[id] : -1;
}

/**
 * The score, or -1 when the speaker vetoes it. Asked last: it may read the statement's
 * attribution (statements.ts), the dearest question, and a score below the bar is dropped
 * whatever the answer. (A module function: declared inside scoreStatement, it was a closure
 * and a context allocated for every candidate.)
 */
function vetoed(ci: ClaimTables, inp: SentenceClaimInput, s: number, claim: number, score: number, bar: number): number {
  return score < bar || speakerAllows(ci, inp, s, claim) ? score : -1;
}

/** Whether `actor` is a subject of claim `claim` (without the view subjectsOf makes). */
function isSubjectOf(t: FlatTables, claim: number, actor: number): boolean {
  for (let i = t.claimSuStart[claim], end = t.claimSuStart[claim + 1]; i < end; i++) if (t.claimSu[i] === actor) return true;
  return false;
}

/** The subjects of claim `claim` (FlatTables.claimSu), as a view. */
function subjectsOf(t: FlatTables, claim: number): Int32Array {
  return t.claimSu.subarray(t.claimSuStart[claim], t.claimSuStart[claim + 1]);
}

/**
 * Whether the statement holding sentence s may be the claim's, as far as its
 * speaker goes: a speaker named there (or a named speaker outside the knowledge
 * base) who cannot be the claim's vetoes it. A speaker only resolved from a
 * pronoun or a lead-in never vetoes: the resolution may be wrong.
 */
function speakerAllows(ci: ClaimTables, inp: SentenceClaimInput, s: number, claim: number): boolean {
  const st = inp.statements;
  if (!st || !inp.actorKinds) return true;
  const { speaker: who, via } = st.speakerOf(s);
  if (ci.t.claimSt[claim]) return trackedSpeakerAllows(who, via === Via.Named, ci.t.claimSp[claim], inp.actorKinds, inp.affiliations);
  if (who !== SPEAKER_OTHER && via !== Via.Named) return true;
  return speakerFits(who, ci.t.claimSp[claim], subjectsOf(ci.t, claim), inp.actorKinds, inp.affiliations);
}

/** Whether actor `actor` is one of those named by concept `co` (FlatTables.coActorStart, an index into the coWeight rows). */
function conceptNames(t: FlatTables, co: number, actor: number): boolean {
  for (let i = t.coActorStart[co], end = t.coActorStart[co + 1]; i < end; i++) if (t.coActor[i] === actor) return true;
  return false;
}

function vocabIdsOf(ci: ClaimTables, inp: SentenceClaimInput, w: string): number[] | null {
  if (ci.isStop(w) || isNegation(w)) return null;
  let out: number[] | null = null;
  for (const k of computeKeys(inp, w)) {
    const id = perKey(ci, ci.t.keyVocab, ci.pool.lookup(k));
    if (id >= 0 && !(out ??= []).includes(id)) out.push(id);
  }
  return out;
}

/** The terms of list `at` of FlatTables.lists appended to `to` (a new array when null). */
function appendList(ci: ClaimTables, at: number, to: number[] | null): number[] {
  const lists = ci.t.lists;
  const out = to ?? [];
  for (let i = at + 1, end = at + 1 + lists[at]; i < end; i++) out.push(lists[i]);
  return out;
}

/** Splits w into up to `parts` known words of at least 3 letters, longest first part first. */
function splitCompound(ci: ClaimTables, inp: SentenceClaimInput, w: string, parts: number): number[] | null {
  for (let i = w.length - 3; i >= 3; i--) {
    const left = vocabIdsOf(ci, inp, w.slice(0, i));
    if (!left) continue;
    const rest = w.slice(i);
    const right = vocabIdsOf(ci, inp, rest) ?? (parts > 2 && rest.length >= 6 ? splitCompound(ci, inp, rest, parts - 1) : null);
    if (right) return [...new Set([...left, ...right])];
  }
  return null;
}

function computeKeys(inp: SentenceClaimInput, key: string): string[] {
  const all = inp.stems.forms(key);
  if (all.length === 2) return all[1] === all[0] ? [all[0]!] : (all as string[]);
  if (all.length === 1) return all as string[];
  const out = [all[0]!];
  for (let i = 1; i < all.length; i++) {
    if (!inp.latinMask[i - 1]) continue;
    const s = inp.stems.latin(all, i);
    if (!out.includes(s)) out.push(s);
  }
  return out;
}

/** Everything the claim matchers need about a word, computed once per distinct word. */
export function tokenInfo(ci: ClaimTables, inp: SentenceClaimInput, key: string): TokenInfo {
  let info = inp.info.get(key);
  if (info !== undefined) return info;
  const { t, pool, header } = ci;
  const keys = computeKeys(inp, key);
  const ids = keys.map((k) => pool.lookup(k));
  let anchors: number[] | null = null;
  for (const id of ids) {
    const l = perKey(ci, t.keyFirst, id);
    if (l >= 0) anchors = appendList(ci, l, anchors);
  }
  for (const len of header.prefixLens) {
    if (len > key.length) break;
    const l = perKey(ci, t.keyPrefix, pool.lookup(key, len));
    if (l >= 0) anchors = appendList(ci, l, anchors);
  }
  let vocab: number[] | null = null;
  if (t.df.length > 0 && !isNegation(key) && !ci.isStop(key)) {
    for (const k of ids) {
      const id = perKey(ci, t.keyVocab, k);
      if (id >= 0 && !(vocab ??= []).includes(id)) vocab.push(id);
    }
    // An unknown long word may be a compound of known ones: a lower-case hashtag
    // ("capetownstorm"), a German compound ("Friedenstruppen").
    if (!vocab && key.length >= 8 && scriptOf(key) !== 'other') vocab = splitCompound(ci, inp, key, 3);
  }
  let sec: number[] | null = null;
  if (header.secExactCount > 0) for (const k of ids) {
    const id = perKey(ci, t.keySecExact, k);
    if (id >= 0) (sec ??= []).push(id);
  }
  for (const len of header.secPrefixLens) {
    if (len > key.length) break;
    const id = perKey(ci, t.keySecPrefix, pool.lookup(key, len));
    if (id >= 0) (sec ??= []).push(id);
  }
  info = { keys, ids, anchors, vocab, sec, neg: isNegation(key), day: isDayNumber(key) };
  if (inp.info.size > 200000) inp.info.clear();
  inp.info.set(key, info);
  return info;
}


/** The info of every token of the text, computed once per scan (one map lookup per token). */
export function tokenInfos(ci: ClaimTables, inp: SentenceClaimInput): TokenInfo[] {
  if (inp.infos) return inp.infos;
  const keys = inp.seg.tokens.keys;
  const cache = inp.info;
  const out: TokenInfo[] = new Array(keys.length);
  for (let p = 0; p < keys.length; p++) out[p] = cache.get(keys[p]) ?? tokenInfo(ci, inp, keys[p]);
  inp.infos = out;
  return out;
}

/** Whether token r is term word `tok` (a pool id): one of its keys, or its start for a prefix. */
function termTokenMatches(ci: ClaimTables, infos: TokenInfo[], keys: string[], r: number, tok: number, prefix: boolean): boolean {
  if (prefix) return ci.pool.isPrefixOf(tok, keys[r]);
  // ids[0] is the word itself (keys[0] is the raw key).
  return infos[r].ids.includes(tok);
}

/** Whether the claim's speaker or a subject is named in sentence s or next to it (no list built per call). */
function nearClaim(ci: ClaimTables, inp: SentenceClaimInput, s: number, claim: number): boolean {
  const { t } = ci;
  const sp = t.claimSp[claim];
  const suFrom = t.claimSuStart[claim];
  const suTo = t.claimSuStart[claim + 1];
  if (sp < 0 && suFrom === suTo) return false;
  for (let d = -1; d <= 1; d++) {
    const set = inp.sentenceActors.get(s + d);
    if (!set) continue;
    if (sp >= 0 && set.has(sp)) return true;
    for (let i = suFrom; i < suTo; i++) if (set.has(t.claimSu[i])) return true;
  }
  return false;
}

/** A negation word followed by these is not a negation ("not only", "no obstante"…). */
const NOT_NEGATION = new Set(
  [
    'not only', 'no doubt', 'no matter', 'nicht nur', 'non seulement', 'ne seulement', 'no obstante', 'no solo', 'no solamente',
    'nao so', 'nao apenas', 'не только', 'не лише', 'не тільки', 'ни один',
  ],
);

function isNeg(inp: SentenceClaimInput, key: string, next?: string): boolean {
  if (key === 'no' && inp.ptOnly) return false;
  if (!isNegation(key)) return false;
  return next === undefined || !NOT_NEGATION.has(key + ' ' + next);
}

/** isNeg() of token p, through the word's cached negation flag (most words are none). */
function isNegAt(inp: SentenceClaimInput, infos: TokenInfo[], keys: string[], p: number): boolean {
  return infos[p].neg && isNeg(inp, keys[p], keys[p + 1]) && (keys[p] !== 'ne' || frenchNegation(keys, p));
}

/** What completes a French "ne" ("ne … pas"), and Italian "né … né" (neither … nor, folded to "ne"). */
const NE_PARTNERS = new Set(['pas', 'plus', 'jamais', 'rien', 'aucun', 'aucune', 'personne', 'guere', 'point', 'ni', 'ne']);

/**
 * Whether the "ne" at p negates: with its partner a few words on. Italian "ne" (of it, of
 * them: "ne garantiscano la sicurezza") is no negation, and the French "ne" never stands alone.
 */
export function frenchNegation(keys: string[], p: number): boolean {
  for (let q = p + 1; q < keys.length && q <= p + 4; q++) if (NE_PARTNERS.has(keys[q])) return true;
  return false;
}

/** A candidate claim's hits in one statement: the concepts its terms matched and the token positions they matched at, each once. */
type HitRecord = { concepts: number[]; pos: number[] };

/**
 * One statement's candidate claims and their hits, in the order first hit. A large
 * knowledge base makes a record per candidate claim per statement, tens of thousands per
 * page: a Map of Sets, cleared and grown again for every statement, kept the young
 * generation's collector busy. Here a claim finds its record through a stamp, and the
 * records and their arrays are emptied in place and reused.
 */
class HitTable {
  /** claims[i] has record recs[i], for i < size */
  readonly claims: number[] = [];
  readonly recs: HitRecord[] = [];
  size = 0;
  private readonly stamp: Int32Array;
  private readonly at: Int32Array;
  private mark = 1;
  constructor(claimCount: number) {
    this.stamp = new Int32Array(claimCount);
    this.at = new Int32Array(claimCount);
  }
  get(claim: number): HitRecord | undefined {
    return this.stamp[claim] === this.mark ? this.recs[this.at[claim]] : undefined;
  }
  /** The claim's record, made (or an emptied one reused) on its first hit. */
  add(claim: number): HitRecord {
    if (this.stamp[claim] === this.mark) return this.recs[this.at[claim]];
    const i = this.size++;
    this.stamp[claim] = this.mark;
    this.at[claim] = i;
    this.claims[i] = claim;
    let h = this.recs[i];
    if (h === undefined) this.recs[i] = h = { concepts: [], pos: [] };
    else {
      // (Popped, not `length = 0`, which drops a plain array's storage: the next push would allocate anew.)
      while (h.concepts.length > 0) h.concepts.pop();
      while (h.pos.length > 0) h.pos.pop();
    }
    return h;
  }
  /** A copy that outlives the table's next statements (whose records reuse these). */
  snapshot(): Map<number, HitRecord> {
    const m = new Map<number, HitRecord>();
    for (let i = 0; i < this.size; i++) m.set(this.claims[i], { concepts: [...this.recs[i].concepts], pos: [...this.recs[i].pos] });
    return m;
  }
  clear(): void {
    this.size = 0;
    if (++this.mark > 0x3fffffff) {
      this.stamp.fill(0);
      this.mark = 1;
    }
  }
}
type Hits = HitTable;

/** Sentences before a statement that may carry its topic. */
const CONTEXT_SENTENCES = 2;
/** A concept taken from the context counts for this share of its weight. */
const BORROWED = 0.8;

/** Whether one of the two statements before sentence s (kept in `ring`) expressed concept k of the claim. */
function inContext(ring: Hits[], ringLast: number[], turn: number, s: number, claimIdx: number, k: number): boolean {
  for (let r = 1; r <= 2; r++) {
    const t = (turn + 3 - r) % 3;
    if (ringLast[t] >= 0 && ringLast[t] >= s - CONTEXT_SENTENCES && ring[t].get(claimIdx)?.concepts.includes(k)) return true;
  }
  return false;
}

/** Whether tokens [a, b) hold a quotation mark (normalised to '"'), read in place: no copy of the words, no search past them. */
function hasQuoteMark(seg: Segmented, a: number, b: number): boolean {
  const text = seg.norm.text;
  for (let i = seg.tokens.start[a], end = seg.tokens.end[b - 1]; i <= end; i++) if (text.charCodeAt(i) === 34) return true;
  return false;
}

/**
 * Positions of the term being tried: most terms are tried and fail. A typed array, because
 * emptying a plain array (`length = 0`) drops its storage, and the next push allocates anew.
 */
let termPos = new Int32Array(16);

/** The claim has figures (FlatTables.claimFig), the sentence matched none of them and gives figures of its own. */
function otherFigures(t: FlatTables, claim: number, hit: readonly number[], keys: string[], a: number, b: number): boolean {
  const from = t.claimFigStart[claim];
  const to = t.claimFigStart[claim + 1];
  if (from === to) return false;
  for (let i = from; i < to; i++) if (hit.includes(t.claimFig[i])) return false;
  for (let p = a; p < b; p++) {
    const c = keys[p].charCodeAt(0);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** The largest factor of a concept claim's score (actor near, cue, quotation), as scored. */
const MAX_CONCEPT_FACTOR = 0.62 + 0.23 * 1 + 0.08 * 1 + 0.07 * 1;

/**
 * Whether a statement whose words say `concepts` of the claim may reach the bar, however its
 * speaker, subject and context fill the rest: at best every concept that names an actor is
 * named by the speaker, and one missing required concept is borrowed (the most a statement
 * gets; see scoreStatement). Most candidates of a large knowledge base share a word or two
 * with the statement and no more: they stop here, before its speaker is read.
 */
function mayReachBar(ci: ClaimTables, claim: number, concepts: readonly number[], threshold: number): boolean {
  const { t } = ci;
  const coFrom = t.claimCoStart[claim];
  // First a bound from the claim's sums and the concepts hit alone, without walking its
  // concepts: with a thousand tracked statements most candidates stop here. (A hair above,
  // so that a sum in another order never rejects what the exact walk below accepts.)
  const r = (ci.reach ??= reachBounds(t));
  if (r.total[claim] <= 0) return false;
  let hitW = 0;
  for (const k of concepts) if (!(t.coActorStart[coFrom + k + 1] > t.coActorStart[coFrom + k])) hitW += t.coWeight[coFrom + k];
  if (!reachable(t, claim, ((hitW + r.named[claim] + BORROWED * r.borrow[claim]) / r.total[claim]) * (1 + 1e-9), concepts.length + r.namedCount[claim] + (r.borrow[claim] > 0 ? 1 : 0), threshold)) return false;
  const coCount = t.claimCoStart[claim + 1] - coFrom;
  let best = 0;
  let n = 0;
  let borrow = 0;
  for (let k = 0; k < coCount; k++) {
    const w = t.coWeight[coFrom + k];
    if (concepts.includes(k) || t.coActorStart[coFrom + k + 1] > t.coActorStart[coFrom + k]) {
      best += w;
      n++;
    } else if (t.coRequired[coFrom + k] && w > borrow) borrow = w;
  }
  if (borrow > 0) n++;
  return reachable(t, claim, (best + BORROWED * borrow) / r.total[claim], n, threshold);
}

/** Whether a statement covering `coverage` of the claim's weight in `n` concepts may score over the bar. */
function reachable(t: FlatTables, claim: number, coverage: number, n: number, threshold: number): boolean {
  if (t.claimCoStart[claim + 1] - t.claimCoStart[claim] >= 2 && n < 2) coverage = Math.min(coverage, 0.35);
  if (coverage < threshold * 0.5) return false;
  return t.claimSt[claim] ? coverage * MAX_STATEMENT_FACTOR >= threshold * ECHO_SHARE : coverage * MAX_CONCEPT_FACTOR >= threshold;
}

/** Matches term `ti` with its anchor at token p inside sentence [a, b); records the hit. */
function tryTerm(ci: ClaimTables, inp: SentenceClaimInput, keys: string[], a: number, b: number, hits: Hits, ti: number, p: number): void {
  const { t } = ci;
  const from = t.termTokStart[ti];
  const ntok = t.termTokStart[ti + 1] - from;
  const anchor = t.termAnchor[ti];
  const infos = inp.infos!;
  if (ntok > termPos.length) termPos = new Int32Array(ntok * 2);
  const pos = termPos;
  let npos = 0;
  pos[npos++] = p;
  let q = p;
  for (let i = anchor + 1; i < ntok; i++) {
    let found = -1;
    for (let r = q + 1; r < b && r <= q + 1 + MAX_GAP; r++) {
      if (termTokenMatches(ci, infos, keys, r, t.termTok[from + i], t.termPrefix[from + i] === 1)) {
        found = r;
        break;
      }
    }
    if (found < 0) return;
    pos[npos++] = found;
    q = found;
  }
  q = p;
  for (let i = anchor - 1; i >= 0; i--) {
    let found = -1;
    for (let r = q - 1; r >= a && r >= q - 1 - MAX_GAP; r--) {
      if (termTokenMatches(ci, infos, keys, r, t.termTok[from + i], t.termPrefix[from + i] === 1)) {
        found = r;
        break;
      }
    }
    if (found < 0) return;
    pos[npos++] = found;
    q = found;
  }
  const claim = t.termClaim[ti];
  const h = hits.add(claim);
  const concept = t.termConcept[ti];
  if (!h.concepts.includes(concept)) h.concepts.push(concept);
  for (let i = 0; i < npos; i++) if (!h.pos.includes(pos[i])) h.pos.push(pos[i]);
}

/** A copy of `x` twice as long. */
function grown(x: Int32Array): Int32Array {
  const y = new Int32Array(x.length * 2);
  y.set(x);
  return y;
}

/** Concept-based scoring of every sentence; returns hits above `threshold`. */
export function matchConceptClaims(ci: ClaimTables, inp: SentenceClaimInput, threshold: number): RawClaimHit[] {
  const { seg } = inp;
  const { t } = ci;
  const keys = seg.tokens.keys;
  const n = seg.tokens.length;
  const out: RawClaimHit[] = [];
  if (t.termClaim.length === 0) return out;
  const nSent = seg.sentenceStart.length;
  // The hits of the last three statements, in turn: the two before the current one are
  // its context (below), kept without copying.
  const claimCount = t.claimCoStart.length - 1;
  const ring: Hits[] = [new HitTable(claimCount), new HitTable(claimCount), new HitTable(claimCount)];
  const ringLast = [-1, -1, -1];
  // Per slot: the statement's first sentence, the claims reported on it.
  const ringFirst = [-1, -1, -1];
  const ringReported: Set<number>[] = [new Set(), new Set(), new Set()];
  /** Seed claims reported in the last CONTINUE_SENTENCES sentences: their statement and score. */
  const recent: { claim: number; first: number; last: number; score: number }[] = [];
  // The last headline: its terms, the claims it states on its own words, and the claims of its
  // lead it may take (below), decided when the next headline comes or the text ends.
  let head: { s: number; hits: ReadonlyMap<number, HitRecord>; reported: Set<number>; lead: { claim: number; score: number; share: number }[] } | null = null;
  const settleHeadline = () => {
    if (!head) return;
    const cands = head.lead;
    // A headline that states a claim on its own words takes none from its lead; else the
    // claims of its lead it says the largest share of.
    if (cands.length > 0 && head.reported.size === 0) {
      let best = 0;
      for (const c of cands) best = Math.max(best, c.share);
      for (const c of cands) if (c.share >= best * HEADLINE_SHARE_OF_BEST) out.push({ claim: c.claim, sentence: head.s, sentenceEnd: head.s, score: c.score });
    }
    head = null;
  };
  let turn = 0;
  let hits: Hits = ring[0];
  const infos = tokenInfos(ci, inp);
  const st = inp.statements;
  const sentEnd = (s: number) => (s + 1 < nSent ? seg.sentenceStart[s + 1] : n);
  // The concepts each of the last statements expressed, per claim: a quote or a statement
  // by "he" takes its topic from the sentence or two before it ("Asked about the land
  // swap, Zelensky was firm. \"I have no right to do that,\" he said.").
  // One statement at a time: its sentences' terms add up, each sentence searched within
  // its own bounds (a term never spans two sentences).
  /** A statement that lacks one required concept, said by the claim's speaker: its next statements may say it. */
  const PENDING = -2;
  const pending: { claim: number; s: number; s1: number; h: HitRecord; slot: number }[] = [];
  /**
   * The score of claim `claimIdx` on statement [s, s1] with concept hits `h`; `lent` is a
   * required concept a later statement by the claim's speaker says (-1: none). -1 when it is
   * not the claim; PENDING when it lacks one required concept that its speaker may say next.
   */
  /** whether the last tracked statement scored has something against it (set by scoreStatement) */
  let trackedContrary = false;
  // What a statement holds whatever the claim, asked once per statement, not once per candidate
  // claim of it: quotation marks, a reporting verb, a denial (-1: not read yet), and the actors
  // near it (isActorNear), as stamps: named[actor] === mark.
  const SPEAKER_UNREAD = -100;
  const stmt: {
    s: number;
    s1: number;
    quoted: number;
    cue: number;
    denies: number;
    mark: number;
    speaker: number;
    named: Int32Array;
    alias: Int32Array;
    aliasesRead: boolean;
    nearRead: boolean;
  } = { s: -1, s1: -1, quoted: -1, cue: -1, denies: -1, mark: 0, speaker: SPEAKER_UNREAD, named: new Int32Array(64), alias: new Int32Array(64), aliasesRead: false, nearRead: false };
  /** The memo of statement [s, s1], emptied when another statement is asked about. */
  const statement = (s: number, s1: number) => {
    if (s !== stmt.s || s1 !== stmt.s1) {
      stmt.s = s;
      stmt.s1 = s1;
      stmt.quoted = stmt.cue = stmt.denies = -1;
      stmt.speaker = SPEAKER_UNREAD;
      stmt.aliasesRead = stmt.nearRead = false;
    }
    return stmt;
  };
  const statementQuoted = (s: number, s1: number): number => {
    const m = statement(s, s1);
    if (m.quoted < 0) m.quoted = hasQuoteMark(seg, seg.sentenceStart[s], sentEnd(s1)) ? 1 : 0;
    return m.quoted;
  };
  const statementCue = (s: number, s1: number): number => {
    const m = statement(s, s1);
    if (m.cue < 0) {
      m.cue = 0;
      for (let p = seg.sentenceStart[s], b = sentEnd(s1); p < b; p++) if (REPORTING_CUES.has(keys[p])) { m.cue = 1; break; }
    }
    return m.cue;
  };
  const statementDenies = (s: number, s1: number): boolean => {
    const m = statement(s, s1);
    if (m.denies < 0) m.denies = sentenceDenies(keys, seg.sentenceStart[s], sentEnd(s1), isNegHere) ? 1 : 0;
    return m.denies === 1;
  };
  function isNegHere(p: number): boolean {
    return isNegAt(inp, infos, keys, p);
  }
  const scoreStatement = (claimIdx: number, h: HitRecord, s: number, s1: number, lent: number): number => {
    if (!mayReachBar(ci, claimIdx, h.concepts, threshold)) return -1;
    const a = seg.sentenceStart[s];
    const b = sentEnd(s1);
    // The statement's speaker stands for the concepts that name it ("he said" for "Lavrov").
    let said: ReturnType<Statements['readSpeakerOf']> | null = null;
    // the person a title or pronoun opening the statement stands for ("The president is…")
    let subject: number | null = null;
    let quoted = -1;
    let cue = -1;
    let total = 0;
    let got = 0;
    let own = 0;
    let nConcepts = 0;
    let missing = 0;
    let missingW = 0;
    let borrowable = 0;
    const coFrom = t.claimCoStart[claimIdx];
    const coCount = t.claimCoStart[claimIdx + 1] - coFrom;
    for (let k = 0; k < coCount; k++) {
      const w = t.coWeight[coFrom + k];
      total += w;
      if (
        h.concepts.includes(k) ||
        (t.coActorStart[coFrom + k + 1] > t.coActorStart[coFrom + k] &&
          st &&
          (((said ??= st.readSpeakerOf(s)).speaker >= 0 && conceptNames(t, coFrom + k, said.speaker)) ||
            ((subject ??= st.subjectOf(s)) >= 0 && conceptNames(t, coFrom + k, subject))))
      ) {
        got += w;
        // What the statement's words say (not the speaker standing for a name).
        if (h.concepts.includes(k)) own += w;
        nConcepts++;
      } else if (t.coRequired[coFrom + k]) {
        missing++;
        missingW += w;
        if (k === lent) borrowable += w;
        else if (lent < 0 && inContext(ring, ringLast, turn, s, claimIdx, k)) borrowable += w;
      }
    }
    if (total <= 0) return -1;
    if (missing > 0) {
      if (missing > 1 || own < total / 2 || !st || !inp.actorKinds) return -1;
      const speaker = (said ??= st.readSpeakerOf(s)).speaker;
      if (lent >= 0) {
        // Lent by the speaker's next statement: this one is theirs (named, or named in it).
        if (borrowable === 0) return -1;
      } else {
        // Borrow the topic only inside a statement by the claim's speaker that is a quote or
        // refers back ("he", "the minister"), one concept, when the statement says the rest.
        const sp = t.claimSp[claimIdx];
        // (What may be lent is a lesser part of the claim, a condition: the statement says its core.)
        const mayLend = sp >= 0 && missingW <= LEND_SHARE * total && (speaker === sp || nearClaimSpeaker(inp, s, s1, sp)) ? PENDING : -1;
        if (borrowable === 0 || speaker < 0) return mayLend;
        if (quoted < 0) quoted = statementQuoted(s, s1);
        if (!quoted && said!.via !== Via.Pronoun && said!.via !== Via.LeadIn && !refersBack(a, b)) return mayLend;
        if (!speakerFits(speaker, t.claimSp[claimIdx], subjectsOf(t, claimIdx), inp.actorKinds, inp.affiliations)) return -1;
        let covered = 0;
        for (let k = 0; k < coCount; k++) {
          if (!t.coRequired[coFrom + k] || h.concepts.includes(k) || conceptNames(t, coFrom + k, speaker)) continue;
          if (inContext(ring, ringLast, turn, s, claimIdx, k)) covered++;
        }
        if (covered < missing) return mayLend;
      }
      got += BORROWED * borrowable;
      nConcepts += missing;
    }
    let coverage = got / total;
    // One idea alone is not the claim.
    if (coCount >= 2 && nConcepts < 2) coverage = Math.min(coverage, 0.35);
    if (coverage * 1.0 < threshold * 0.5) return -1;
    // The score is at most coverage × this: most candidates of a large knowledge base stop
    // here, before the sentence's cues, negations and actors are looked at.
    if (t.claimSt[claimIdx] ? coverage * MAX_STATEMENT_FACTOR < threshold * ECHO_SHARE : coverage * MAX_CONCEPT_FACTOR < threshold) return -1;
    let actorNear: boolean | undefined;
    // A tracked statement's score is at most coverage × UNSPOKEN_STATEMENT_FACTOR when no actor
    // of the claim is near: below the bar, only its speaker or subject near can lift it, so that
    // is asked before the negations and figures. (Most candidates of a thousand tracked
    // statements share a few common words with a sentence and stop here.)
    if (t.claimSt[claimIdx] && coverage * UNSPOKEN_STATEMENT_FACTOR < threshold * ECHO_SHARE) {
      actorNear = isActorNear(claimIdx, s, s1, a, b);
      if (!actorNear) return -1;
    }
    if (quoted < 0) quoted = statementQuoted(s, s1);
    if (cue < 0) cue = statementCue(s, s1);
    let lo = n;
    let hi = -1;
    for (const x of h.pos) {
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    // Negations from a little before the first matched word to the last, in each sentence
    // of the statement apart.
    let negated = false;
    for (let ss = s; ss <= s1 && !negated; ss++) {
      const sa = seg.sentenceStart[ss];
      const sb = sentEnd(ss);
      let slo = sb;
      let shi = -1;
      if (s === s1) {
        slo = lo;
        shi = hi;
      } else
        for (const x of h.pos)
          if (x >= sa && x < sb) {
            if (x < slo) slo = x;
            if (x > shi) shi = x;
          }
      for (let p = Math.max(sa, slo - NEG_WINDOW); p <= shi; p++) {
        if (!h.pos.includes(p) && isNegAt(inp, infos, keys, p)) {
          negated = true;
          break;
        }
      }
    }
    actorNear ??= isActorNear(claimIdx, s, s1, a, b);
    if (t.claimSt[claimIdx]) {
      // A tracked statement (statement-score.ts), over the whole statement found here.
      const ev: StatementEvidence = {
        coverage,
        matched: got,
        total,
        actorNear,
        reported: cue === 1 || quoted === 1,
        negated: negated && t.claimNeg[claimIdx] === 0,
        otherFigures: otherFigures(t, claimIdx, h.concepts, keys, a, b),
        affirmed: t.claimNeg[claimIdx] === 1 && !statementDenies(s, s1),
      };
      trackedContrary = ev.otherFigures || ev.negated || ev.affirmed;
      return vetoed(ci, inp, s, claimIdx, statementScore(ev), threshold * ECHO_SHARE);
    }
    let score = coverage * (0.62 + 0.23 * (actorNear ? 1 : 0) + 0.08 * cue + 0.07 * quoted);
    if (negated && t.claimNeg[claimIdx] === 0) score *= 0.3;
    return vetoed(ci, inp, s, claimIdx, score, threshold);
  };
  for (let s0 = 0; s0 < nSent; ) {
    const s1 = st ? st.last[s0] : s0;
    turn = (turn + 1) % 3;
    hits = ring[turn];
    hits.clear();
    ringLast[turn] = -1;
    ringFirst[turn] = s0;
    ringReported[turn].clear();
    const headline = s1 === s0 && isHeadline(seg, s0);
    if (headline) settleHeadline();
    for (let s = s0; s <= s1; s++) {
      const a = seg.sentenceStart[s];
      const b = sentEnd(s);
      // claim → { concept hit flags, matched token positions }
      for (let p = a; p < b; p++) {
        const l = infos[p].anchors;
        if (l) for (const ti of l) tryTerm(ci, inp, keys, a, b, hits, ti, p);
      }
    }
    // The claims reported just before: this statement may go on with their lesser parts
    // (continued(), below), which are secondary terms, looked up for candidates only.
    if (st && recent.length > 0) {
      let w = 0;
      for (const r of recent) if (r.last >= s0 - CONTINUE_SENTENCES) recent[w++] = r;
      recent.length = w;
      for (const r of recent) if (hits.get(r.claim) === undefined && t.claimSecondary[r.claim] >= 0) hits.add(r.claim);
    }
    for (let s = s0; s <= s1; s++) {
    const a = seg.sentenceStart[s];
    const b = sentEnd(s);
    if (hits.size > 0 && ci.header.hasSecondary) {
      // Optional concepts of the candidates: where this sentence's words anchor secondary
      // terms, as linked lists of positions per anchor id, marked for this sentence only.
      const ids = ci.header.secIdCount;
      // (Typed arrays and a count: emptying a plain array drops its storage, for every sentence.)
      const sc = (ci.secScratch ??= { stamp: new Int32Array(ids), head: new Int32Array(ids), next: new Int32Array(64), pos: new Int32Array(64), n: 0, mark: 0 });
      let marked = false;
      for (let i = 0; i < hits.size; i++) {
        const claimIdx = hits.claims[i];
        const sec = t.claimSecondary[claimIdx];
        if (sec < 0) continue;
        if (!marked) {
          marked = true;
          if (++sc.mark > 0x3fffffff) {
            sc.stamp.fill(0);
            sc.mark = 1;
          }
          sc.n = 0;
          for (let p = a; p < b; p++) {
            const ids = infos[p].sec;
            if (ids) for (const id of ids) {
              if (sc.n === sc.pos.length) {
                sc.next = grown(sc.next);
                sc.pos = grown(sc.pos);
              }
              sc.next[sc.n] = sc.stamp[id] === sc.mark ? sc.head[id] : -1;
              sc.pos[sc.n] = p;
              sc.stamp[id] = sc.mark;
              sc.head[id] = sc.n++;
            }
          }
        }
        for (let i = sec + 1, end = sec + 1 + t.lists[sec]; i < end; i++) {
          const ti = t.lists[i];
          const id = t.secAnchorOf[ti];
          if (sc.stamp[id] !== sc.mark) continue;
          for (let e = sc.head[id]; e >= 0; e = sc.next[e]) tryTerm(ci, inp, keys, a, b, hits, ti, sc.pos[e]);
        }
      }
    }
    }
    const s = s0;
    s0 = s1 + 1;
    if (hits.size === 0) continue;
    ringLast[turn] = s1;
    for (let i = 0; i < hits.size; i++) {
      const claimIdx = hits.claims[i];
      const h = hits.recs[i];
      const score = scoreStatement(claimIdx, h, s, s1, -1);
      if (score === PENDING) {
        // A copy: the record goes back to the pool when its ring slot is reused.
        pending.push({ claim: claimIdx, s, s1, h: { concepts: [...h.concepts], pos: [...h.pos] }, slot: turn });
        continue;
      }
      if (t.claimSt[claimIdx]) {
        // Kept lower for now: confirmTracked() keeps it only where the page states it in full elsewhere.
        if (score >= threshold * ECHO_SHARE) out.push({ claim: claimIdx, sentence: s, sentenceEnd: s1, score: Math.min(1, score), contrary: trackedContrary });
        continue;
      }
      if (score >= threshold) {
        out.push({ claim: claimIdx, sentence: s, sentenceEnd: s1, score: Math.min(1, score) });
        ringReported[turn].add(claimIdx);
        if (st && !t.claimSt[claimIdx]) recent.push({ claim: claimIdx, first: s, last: s1, score: Math.min(1, score) });
        // A headline says in a few words what the lead then says in full: the headline
        // a few sentences before this statement that names part of the claim is the claim too.
        if (head && head.s < s && s - head.s <= HEADLINE_LEAD && !head.reported.has(claimIdx)) {
          const hh = head.hits.get(claimIdx);
          if (hh) {
            const share = headlineShare(ci, inp, infos, keys, hh, head.s, claimIdx);
            const hScore = Math.min(1, score) * (0.6 + 0.4 * share);
            if (share > 0 && hScore >= threshold && !head.lead.some((c) => c.claim === claimIdx)) head.lead.push({ claim: claimIdx, score: hScore, share });
          }
        }
      }
    }
    if (headline) head = { s, hits: hits.snapshot(), reported: new Set(ringReported[turn]), lead: [] };
    if (st && inp.actorKinds && ringReported[turn].size === 0) continued(s, s1);
    // A statement by the claim's speaker that lacked one required concept, followed by their
    // next statement saying it ("Zelensky said Ukraine could hold elections. He asked the
    // allies to guarantee security."): the first is the claim, with the concept lent.
    if (pending.length > 0 && st) {
      let w = 0;
      for (const p of pending) {
        if (p.s1 < s - LEND_SENTENCES) continue;
        if (p.s1 >= s) {
          pending[w++] = p;
          continue;
        }
        // Only when the next statement is the claim itself, and the first is no other claim.
        const hx = hits.get(p.claim);
        if (hx && ringReported[turn].has(p.claim) && ringReported[p.slot].size === 0 && ringFirst[p.slot] === p.s && st.readSpeakerOf(s).speaker === t.claimSp[p.claim]) {
          const coFrom = t.claimCoStart[p.claim];
          let best = -1;
          for (const k of hx.concepts) {
            if (!t.coRequired[coFrom + k] || p.h.concepts.includes(k)) continue;
            best = Math.max(best, scoreStatement(p.claim, p.h, p.s, p.s1, k));
          }
          if (best >= threshold) {
            out.push({ claim: p.claim, sentence: p.s, sentenceEnd: p.s1, score: Math.min(1, best) });
            continue;
          }
        }
        pending[w++] = p;
      }
      pending.length = w;
    }
  }
  settleHeadline();
  return out;

  /**
   * Whether an actor of the claim is near statement [s, s1] ([a, b) its tokens): its speaker or a
   * subject named in its first or last sentence or next to them (nearClaim), its speaker, or for a
   * tracked statement its speaker's one-word alias in it (visitOneWordAliases). The actors near are
   * gathered once per statement, not asked per candidate claim.
   */
  function isActorNear(claimIdx: number, s: number, s1: number, a: number, b: number): boolean {
    const m = statement(s, s1);
    if (!m.nearRead) gatherNear(s, s1);
    const sp = t.claimSp[claimIdx];
    if (sp >= 0 && isNear(m.named, sp)) return true;
    for (let i = t.claimSuStart[claimIdx], end = t.claimSuStart[claimIdx + 1]; i < end; i++) if (isNear(m.named, t.claimSu[i])) return true;
    if (t.claimSt[claimIdx] === 1 && sp >= 0) {
      if (!m.aliasesRead) {
        m.aliasesRead = true;
        markOneWordAliases(a, b);
      }
      if (isNear(m.alias, sp)) return true;
    }
    // (Last: reading the speaker may resolve the statement's attribution.)
    if (st === undefined) return false;
    if (m.speaker === SPEAKER_UNREAD) m.speaker = st.readSpeakerOf(s).speaker;
    return m.speaker >= 0 && (m.speaker === sp || isSubjectOf(t, claimIdx, m.speaker));
  }

  function isNear(stamps: Int32Array, actor: number): boolean {
    return actor < stamps.length && stamps[actor] === stmt.mark;
  }

  /** Stamps the actors named in the statement's first and last sentences and next to them; a new mark drops the last statement's. */
  function gatherNear(s: number, s1: number): void {
    stmt.nearRead = true;
    if (++stmt.mark > 0x3fffffff) {
      stmt.named.fill(0);
      stmt.alias.fill(0);
      stmt.mark = 1;
    }
    for (let d = -1; d <= 1; d++) {
      markNamed(s + d);
      if (s1 > s && s1 + d > s + 1) markNamed(s1 + d);
    }
  }

  function markNamed(x: number): void {
    const set = inp.sentenceActors.get(x);
    if (set) for (const actor of set) stmt.named = stamp(stmt.named, actor);
  }

  /** The actors a word of [a, b) names by a one-word alias of theirs (visitOneWordAliases), as stamps. */
  function markOneWordAliases(a: number, b: number): void {
    visitOneWordAliases(t, ci.header.keyCount, infos, a, b, markAlias);
  }

  function markAlias(actor: number): void {
    stmt.alias = stamp(stmt.alias, actor);
  }

  /** `stamps` with `actor` marked for this statement (a longer copy when it is too short). */
  function stamp(stamps: Int32Array, actor: number): Int32Array {
    if (actor >= stamps.length) {
      const y = new Int32Array(Math.max(actor + 1, stamps.length * 2));
      y.set(stamps);
      stamps = y;
    }
    stamps[actor] = stmt.mark;
    return stamps;
  }

  /**
   * A statement [s, s1] a few sentences after one reported as a claim, that says one of the
   * claim's lesser parts and no claim of its own, by the claim's speaker or whoever said it
   * there: the claim goes on ("Such troops would be legitimate targets, Lavrov said. […] He
   * urged the Europeans to take the warning seriously."). Wire copy splits a statement so,
   * with a quote or another speaker's words in between. The claim's core parts (its required
   * concepts) said again are not enough: a speaker's next claim often shares them ("security
   * guarantees" for C01, then C02), and a concept that names a person or a state is said of
   * them anyway ("Trump added…").
   */
  function continued(s: number, s1: number): void {
    let speaker = -2;
    const done = new Set<number>();
    for (let i = recent.length - 1; i >= 0; i--) {
      const r = recent[i];
      if (r.last >= s || done.has(r.claim)) continue;
      const h = hits.get(r.claim);
      if (!h) continue;
      const coFrom = t.claimCoStart[r.claim];
      let lesser = false;
      for (const k of h.concepts) if (!t.coRequired[coFrom + k] && !namesPersonOrState(coFrom + k)) lesser = true;
      if (!lesser) continue;
      // (speakerOf: the earlier statement's was asked already, for its veto.)
      if (speaker === -2) speaker = reportedSpeech(s, s1) ? st!.speakerOf(s).speaker : -1;
      if (speaker < 0) return;
      // The claim's speaker goes on, or whoever said it here (a state, a person it reports).
      if (speaker !== t.claimSp[r.claim] && speaker !== st!.speakerOf(r.first).speaker) continue;
      done.add(r.claim);
      const score = r.score * CONTINUED;
      if (score >= threshold) out.push({ claim: r.claim, sentence: s, sentenceEnd: s1, score });
    }
  }

  /** Whether the words [a, b) hold a demonstrative pointing back (REFERS_BACK). */
  function refersBack(a: number, b: number): boolean {
    for (let p = a; p < b; p++) if (REFERS_BACK.has(keys[p])) return true;
    return false;
  }

  /** Whether concept `co` names a person or a state. */
  function namesPersonOrState(co: number): boolean {
    for (let i = t.coActorStart[co], end = t.coActorStart[co + 1]; i < end; i++) {
      const kind = inp.actorKinds![t.coActor[i]];
      if (kind === 'person' || kind === 'country') return true;
    }
    return false;
  }

  /** A reporting verb or a quotation mark in sentences s..s1. */
  function reportedSpeech(s: number, s1: number): boolean {
    const a = seg.sentenceStart[s];
    const b = sentEnd(s1);
    if (hasQuoteMark(seg, a, b)) return true;
    for (let p = a; p < b; p++) if (REPORTING_CUES.has(keys[p]) || CONTINUATION_CUES.has(keys[p])) return true;
    return false;
  }
}

/** A claim's statement goes on (continued()) at most this many sentences after it ends... */
const CONTINUE_SENTENCES = 4;
/** ...and the statement that goes on scores this share of the claim's score. */
const CONTINUED = 0.9;

/** Verbs of a speaker going on ("he added", "urged"), besides REPORTING_CUES, normalised. */
const CONTINUATION_CUES = new Set(
  (
    'added adds urged urges called calls asked appealed ' +
    'добавил добавила призвал призвала призвав додав додала закликав закликала ' +
    'fugte forderte forderten appellierte mahnte rief ' +
    'ajoute appele exhorte invite demande ' +
    'anadio pidio insto exhorto llamo ' +
    'acrescentou pediu exortou apelou ' +
    'aggiunto invitato esortato chiesto ' +
    'dodał dodała wezwał wezwała zaapelował apelował'
  ).split(' '),
);

/**
 * Demonstratives that point back at what was said before ("such readiness", "this warning",
 * "dies", "таку готовність"), normalised. Not English "that" nor "it": they open and fill
 * clauses far more often than they refer back.
 */
const REFERS_BACK = new Set(
  (
    'this these such ' +
    'dies diese dieser dieses diesen solche solchen solcher solches ' +
    'cette ces cet tel telle tels telles cela ' +
    'esta este estas estos esa ese esas esos tal tales eso esto ' +
    'essa esse essas esses isso isto tais ' +
    'questa questo queste questi tale tali cio ' +
    'taka takie taki takiej takiego tego ' +
    'эта этот эти это такая такой такие такую таких этого этой ' +
    'ця цей ці це така такий такі таку таких цього цієї'
  ).split(' '),
);

/** Sentences after a statement in which its speaker may say what it lacked. */
const LEND_SENTENCES = 2;
/** The largest share of a claim's weight a later statement may lend. */
const LEND_SHARE = 0.3;

/** Whether actor `actor` is named in sentences s..s1. */
function nearClaimSpeaker(inp: SentenceClaimInput, s: number, s1: number, actor: number): boolean {
  for (let x = s; x <= s1; x++) if (inp.sentenceActors.get(x)?.has(actor)) return true;
  return false;
}

/** Sentences a headline's lead may be away from it (a dateline between them). */
const HEADLINE_LEAD = 3;
/** A headline takes the claims of its lead it says at least this share of the best one's share. */
const HEADLINE_SHARE_OF_BEST = 0.75;
/** The share of the claim's weight a headline must say in its own words. */
const HEADLINE_OWN = 0.3;
/** Tokens a headline holds at most. */
const HEADLINE_MAX_TOKENS = 24;

/** A paragraph of one sentence, short, with no full stop at its end: a title. */
function isHeadline(seg: Segmented, s: number): boolean {
  const n = seg.tokens.length;
  const nSent = seg.sentenceStart.length;
  const a = seg.sentenceStart[s];
  const b = s + 1 < nSent ? seg.sentenceStart[s + 1] : n;
  if (b - a > HEADLINE_MAX_TOKENS || b <= a) return false;
  const norm = seg.norm.text;
  const { start, end } = seg.tokens;
  if (a > 0 && !norm.slice(end[a - 1], start[a]).includes('\n')) return false;
  const after = norm.slice(end[b - 1], b < n ? start[b] : norm.length);
  if (b < n && !after.includes('\n')) return false;
  return !/[.!?…]/.test(after.split('\n')[0]);
}

/** The share of the claim's weight that headline sentence hs says in its own words, or 0 when it may not be the claim. */
function headlineShare(
  ci: ClaimTables,
  inp: SentenceClaimInput,
  infos: TokenInfo[],
  keys: string[],
  h: HitRecord,
  hs: number,
  claimIdx: number,
): number {
  const { t } = ci;
  const coFrom = t.claimCoStart[claimIdx];
  const coCount = t.claimCoStart[claimIdx + 1] - coFrom;
  let total = 0;
  let own = 0;
  for (let k = 0; k < coCount; k++) {
    total += t.coWeight[coFrom + k];
    if (h.concepts.includes(k)) own += t.coWeight[coFrom + k];
  }
  if (total <= 0 || own < HEADLINE_OWN * total) return 0;
  if (t.claimNeg[claimIdx] === 0) {
    const seg = inp.seg;
    const a = seg.sentenceStart[hs];
    const b = hs + 1 < seg.sentenceStart.length ? seg.sentenceStart[hs + 1] : seg.tokens.length;
    for (let p = a; p < b; p++) if (!h.pos.includes(p) && isNegAt(inp, infos, keys, p)) return 0;
  }
  if (!speakerAllows(ci, inp, hs, claimIdx)) return 0;
  return own / total;
}

export interface Bm25Query {
  /** vocabulary ids present in the query */
  ids: number[];
  /** weight of each id */
  weights: number[];
  negated: boolean;
}

/** The query terms of token range [a, b). */
export function bm25Query(ci: ClaimTables, inp: SentenceClaimInput, a: number, b: number): Bm25Query {
  const keys = inp.seg.tokens.keys;
  const infos = tokenInfos(ci, inp);
  const ids = new Map<number, number>();
  let negated = false;
  for (let p = a; p < b; p++) {
    const info = infos[p];
    if (info.neg && isNeg(inp, keys[p], keys[p + 1]) && (keys[p] !== 'ne' || frenchNegation(keys, p))) {
      negated = true;
      continue;
    }
    if (info.day && isDayOfMonth(keys, p)) continue;
    const v = info.vocab;
    if (v) for (const id of v) ids.set(id, 1);
  }
  return { ids: [...ids.keys()], weights: [...ids.values()], negated };
}

export interface Bm25Scores {
  docs: number[];
  raw: Float64Array;
  matched: Int32Array;
}

function bm25Term(ci: ClaimTables, d: number, f: number): number {
  return (f * (K1 + 1)) / (f + K1 * (1 - B + (B * ci.t.docLen[d]) / ci.header.avgdl));
}

/**
 * BM25 of the documents sharing a term with the query. Candidates come from
 * terms with a document frequency up to `maxDf`; the commoner terms only add
 * to the score of those candidates (looked up in the document's own sorted
 * term list), so a sentence of common words does not walk thousands of
 * postings. `scratch` arrays are reused and must be zeroed by the caller for
 * the returned documents.
 */
export function bm25Score(
  ci: ClaimTables,
  q: Bm25Query,
  scratch: { raw: Float64Array; matched: Int32Array },
  minNorm = 0,
  maxDf = ci.header.maxDf,
): number[] {
  const { t } = ci;
  const touched: number[] = [];
  const { raw, matched } = scratch;
  const common: number[] = [];
  for (let qi = 0; qi < q.ids.length; qi++) {
    const id = q.ids[qi];
    if (t.df[id] > maxDf) {
      common.push(qi);
      continue;
    }
    const post = t.postData;
    const w = t.idf[id] * q.weights[qi];
    for (let i = t.postStart[id], end = t.postStart[id + 1]; i < end; i += 2) {
      const d = post[i];
      if (matched[d] === 0) touched.push(d);
      matched[d]++;
      raw[d] += w * bm25Term(ci, d, post[i + 1]);
    }
  }
  if (common.length > 0) {
    // Upper bound of what the common terms can add: documents that cannot reach
    // minNorm even with all of them are not looked up.
    let ub = 0;
    for (const qi of common) ub += t.idf[q.ids[qi]] * q.weights[qi] * (K1 + 1);
    const ids = t.docTermId;
    for (const d of touched) {
      if (minNorm > 0 && raw[d] + ub < minNorm * t.selfScore[d]) continue;
      const first = t.docStart[d];
      for (const qi of common) {
        const id = q.ids[qi];
        let lo = first;
        let hi = t.docStart[d + 1] - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          if (ids[mid] === id) {
            matched[d]++;
            raw[d] += t.idf[id] * q.weights[qi] * bm25Term(ci, d, t.docTermTf[mid]);
            break;
          }
          if (ids[mid] < id) lo = mid + 1;
          else hi = mid - 1;
        }
      }
    }
  }
  return touched;
}

/** BM25 path of scan(): each sentence against the claims without concepts. */
export function matchBm25Claims(ci: ClaimTables, inp: SentenceClaimInput, threshold: number): RawClaimHit[] {
  const out: RawClaimHit[] = [];
  const { t } = ci;
  const D = ci.docCount;
  if (D === 0) return out;
  const { seg } = inp;
  const n = seg.tokens.length;
  const nSent = seg.sentenceStart.length;
  const usePrefix = threshold >= PREFIX_MIN_NORM;
  const byDefault = threshold >= DEFAULT_CLAIM_THRESHOLD;
  const prefixStart = byDefault ? t.prefDefStart : t.prefStart;
  const prefixData = byDefault ? t.prefDefData : t.prefData;
  const scratch = { raw: new Float64Array(D), matched: new Int32Array(D) };
  const seen = new Int32Array(D);
  const qmark = new Int32Array(t.df.length);
  const cands: number[] = [];
  const keys = seg.tokens.keys;
  const infos = tokenInfos(ci, inp);
  // bm25Query() inlined: the query's ids in first-occurrence order, deduplicated by marking
  // them in qmark for this sentence, with no map or arrays built per sentence.
  const qids: number[] = [];
  for (let s = 0; s < nSent; s++) {
    const a = seg.sentenceStart[s];
    const b = s + 1 < nSent ? seg.sentenceStart[s + 1] : n;
    const stamp = s + 1;
    qids.length = 0;
    let negated = false;
    for (let p = a; p < b; p++) {
      const info = infos[p];
      if (info.neg && isNeg(inp, keys[p], keys[p + 1]) && (keys[p] !== 'ne' || frenchNegation(keys, p))) {
        negated = true;
        continue;
      }
      const v = info.vocab;
      if (v === null || (info.day && isDayOfMonth(keys, p))) continue;
      for (let i = 0; i < v.length; i++) {
        const id = v[i];
        if (qmark[id] !== stamp) {
          qmark[id] = stamp;
          qids.push(id);
        }
      }
    }
    if (qids.length === 0) continue;
    cands.length = 0;
    if (usePrefix) {
      for (const id of qids) {
        for (let i = prefixStart[id], end = prefixStart[id + 1]; i < end; i++) {
          const d = prefixData[i];
          if (seen[d] !== stamp) {
            seen[d] = stamp;
            cands.push(d);
          }
        }
      }
      const ids = t.docTermId;
      const w = t.docTermW;
      for (const d of cands) {
        let raw = 0;
        let m = 0;
        for (let i = t.docStart[d], end = t.docStart[d + 1]; i < end; i++) {
          if (qmark[ids[i]] === stamp) {
            raw += w[i];
            m++;
          }
        }
        scratch.raw[d] = raw;
        scratch.matched[d] = m;
      }
    } else {
      const q: Bm25Query = { ids: qids.slice(), weights: qids.map(() => 1), negated };
      for (const d of bm25Score(ci, q, scratch, threshold)) cands.push(d);
    }
    for (const d of cands) {
      const m = scratch.matched[d];
      const norm = scratch.raw[d] / (t.selfScore[d] || 1);
      scratch.raw[d] = 0;
      scratch.matched[d] = 0;
      if (m < Math.min(2, t.docDistinct[d])) continue;
      // The factors below are at most 1: a document under the threshold needs no actor lookup.
      if (Math.min(1, norm) < threshold) continue;
      const claim = t.docClaim[d];
      if (!speakerAllows(ci, inp, s, claim)) continue;
      let score = Math.min(1, norm) * (nearClaim(ci, inp, s, claim) ? 1 : 0.9);
      if (negated !== (t.docNeg[d] === 1)) score *= 0.3;
      if (score >= threshold) out.push({ claim, sentence: s, sentenceEnd: s, score });
    }
  }
  return out;
}
