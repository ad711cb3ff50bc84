/**
 * The matcher's tables as the background builds them, with hash maps and one object per alias,
 * trie node and term: the working form from which lib/match/flatten.ts lays out the flat arrays
 * the tab reads. Never built in a tab.
 */
import type { CompiledIndex } from './compile';
import { cyrillicBases, isCyrillicWord, isLatinWord, latinBases } from './inflect';
import { isStopword } from '../text/stopwords';
import { B, DEFAULT_CLAIM_THRESHOLD, K1, MAX_DF, PREFIX_MIN_NORM } from './claims';

export interface TrieNode {
  next: Map<string, TrieNode> | null;
  /** whether `next` has inflection-base ("~") edges: only then are a token's bases looked up */
  tilde: boolean;
  ends: number[] | null;
}

export interface ActorTrie {
  root: Map<string, TrieNode>;
  /** whether the root has inflection-base ("~") edges */
  tolerant: boolean;
}

export interface ParsedAlias {
  actor: number;
  type: number;
  ntok: number;
  pattern: string;
  requiresPriorName: boolean;
  after: Set<string> | null;
  before: Set<string> | null;
  /** per token, whether the text must show a diacritic there */
  marks: string | null;
}

/** Inserts alias `ai` under `level`, one level per token, every edge key of each token. */
function insertAlias(level: Map<string, TrieNode>, edgeKeys: string[][], i: number, ai: number): void {
  for (const k of edgeKeys[i]) {
    let node = level.get(k);
    if (!node) {
      node = { next: null, tilde: false, ends: null };
      level.set(k, node);
    }
    if (i === edgeKeys.length - 1) {
      if (!node.ends) node.ends = [];
      if (!node.ends.includes(ai)) node.ends.push(ai);
    } else {
      if (!node.next) node.next = new Map();
      if (edgeKeys[i + 1].length > 1) node.tilde = true;
      insertAlias(node.next, edgeKeys, i + 1, ai);
    }
  }
}

export function buildActorTrie(index: CompiledIndex): { trie: ActorTrie; aliases: ParsedAlias[] } {
  const root = new Map<string, TrieNode>();
  let tolerant = false;
  const aliases: ParsedAlias[] = new Array(index.aliases.length);
  // This runs on every page load, mostly as cold code: a plain loop with indexed access (array
  // destructuring goes through the iterator protocol there) and no closure per alias.
  for (let ai = 0; ai < index.aliases.length; ai++) {
    const row = index.aliases[ai];
    const flags = row[4];
    const after = row[5];
    const before = row[6];
    const toks = row[2].split(' ');
    aliases[ai] = {
      actor: row[0],
      type: row[1],
      ntok: toks.length,
      pattern: row[3],
      requiresPriorName: (flags & 1) !== 0,
      after: after.length ? new Set(after) : null,
      before: before.length ? new Set(before) : null,
      marks: row[7] ?? null,
    };
    const edgeKeys: string[][] = new Array(toks.length);
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      const ks = [t];
      if (flags & 2 && isCyrillicWord(t)) for (const b of cyrillicBases(t)) ks.push('~' + b);
      // Latin names inflect on their last word only ("Wladimir Putins", "Władimira Putina" aside).
      if (flags & 4 && i === toks.length - 1 && isLatinWord(t)) for (const b of latinBases(t)) if (!ks.includes('~' + b)) ks.push('~' + b);
      edgeKeys[i] = ks;
    }
    if (edgeKeys[0].length > 1) tolerant = true;
    insertAlias(root, edgeKeys, 0, ai);
  }
  return { trie: { root, tolerant }, aliases };
}

export interface ParsedTerm {
  claim: number;
  concept: number;
  toks: string[];
  prefix: boolean[];
  /** the token looked up in the index: the rarest of the term */
  anchor: number;
}

export interface ClaimIndex {
  terms: ParsedTerm[];
  /** anchor token → terms of primary concepts */
  first: Map<string, number[]>;
  prefixFirst: Map<string, number[]>;
  prefixLens: number[];
  /**
   * Terms of a claim's optional concepts when it has required ones: looked up
   * only once a required concept made the claim a candidate, so common words
   * ("ready", "said") do not touch thousands of claims per occurrence.
   */
  secondary: Map<number, number[]>;
  /**
   * The anchors of secondary terms as small ids (exact and prefix anchors apart), and each
   * secondary term's anchor id: a sentence with candidates marks where these ids occur in
   * typed arrays instead of building a map of all its words.
   */
  secExact: Map<string, number>;
  secPrefix: Map<string, number>;
  secPrefixLens: number[];
  secAnchorOf: Int32Array;
  secScratch: { stamp: Int32Array; head: Int32Array; next: number[]; pos: number[]; mark: number };
  /** BM25 */
  vocab: Map<string, number>;
  postings: Int32Array[];
  df: Int32Array;
  /** terms with a document frequency above this only score candidates found through rarer terms */
  maxDf: number;
  docIds: Int32Array[];
  docTfs: Int32Array[];
  docClaim: Int32Array;
  docLen: Float64Array;
  docDistinct: Int32Array;
  docNeg: Uint8Array;
  idf: Float64Array;
  selfScore: Float64Array;
  /** per document, the BM25 weight of each of its terms (aligned with docIds) */
  docW: Float64Array[];
  /**
   * Prefix-filter postings: a document is listed under its heaviest terms only, as many as
   * it takes for the rest to weigh less than PREFIX_MIN_NORM of the whole. A sentence that
   * scores at least that share of a document's own score must contain one of them, so
   * candidates come from these short lists whatever the size of the knowledge base.
   */
  prefixPostings: Int32Array[];
  /** the same for thresholds of DEFAULT_CLAIM_THRESHOLD and above: shorter lists */
  prefixPostingsDefault: Int32Array[];
  avgdl: number;
}

export function buildClaimIndex(index: CompiledIndex): ClaimIndex {
  const terms: ParsedTerm[] = [];
  const first = new Map<string, number[]>();
  const prefixFirst = new Map<string, number[]>();
  const secondary = new Map<number, number[]>();
  const secExact = new Map<string, number>();
  const secPrefix = new Map<string, number>();
  const secLens = new Set<number>();
  const secAnchorOf = new Int32Array(index.terms.length).fill(-1);
  const lens = new Set<number>();
  const freq = new Map<string, number>();
  // This runs on every page load, mostly as cold code: plain loops and indexed access (array
  // destructuring goes through the iterator protocol there), one-word terms without a split.
  const parsed: ParsedTerm[] = new Array(index.terms.length);
  for (let ti = 0; ti < index.terms.length; ti++) {
    const row = index.terms[ti];
    const joined = row[2];
    let toks: string[];
    let prefix: boolean[];
    if (joined.indexOf(' ') < 0) {
      const pre = joined.length > 1 && joined.endsWith('*');
      toks = [pre ? joined.slice(0, -1) : joined];
      prefix = [pre];
      freq.set(toks[0], (freq.get(toks[0]) ?? 0) + 1);
    } else {
      toks = joined.split(' ');
      prefix = new Array(toks.length);
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i];
        prefix[i] = t.length > 1 && t.endsWith('*');
        if (prefix[i]) toks[i] = t.slice(0, -1);
      }
      for (let i = 0; i < toks.length; i++) if (toks.indexOf(toks[i]) === i) freq.set(toks[i], (freq.get(toks[i]) ?? 0) + 1);
    }
    parsed[ti] = { claim: row[0], concept: row[1], toks, prefix, anchor: 0 };
  }
  // Anchor on the rarest content word: stop words ("of", "the") occur everywhere in text.
  const cost = (tok: string) => freq.get(tok)! + (isStopword(tok) ? 1e6 : 0);
  const hasRequired = index.claims.map((c) => c.co.some((x) => x[1] === 1));
  for (const t of parsed) {
    let best = 0;
    for (let i = 1; i < t.toks.length; i++) {
      const fi = cost(t.toks[i]);
      const fb = cost(t.toks[best]);
      if (fi < fb || (fi === fb && t.toks[i].length > t.toks[best].length)) best = i;
    }
    t.anchor = best;
    const ti = terms.length;
    terms.push(t);
    const claim = index.claims[t.claim];
    if (hasRequired[t.claim] && claim.co[t.concept][1] !== 1) {
      const l = secondary.get(t.claim);
      if (l) l.push(ti);
      else secondary.set(t.claim, [ti]);
      const at = t.toks[best];
      const ids = t.prefix[best] ? secPrefix : secExact;
      if (t.prefix[best]) secLens.add(at.length);
      let id = ids.get(at);
      if (id === undefined) ids.set(at, (id = secExact.size + secPrefix.size));
      secAnchorOf[ti] = id;
      continue;
    }
    const key = t.toks[best];
    const map = t.prefix[best] ? prefixFirst : first;
    if (t.prefix[best]) lens.add(key.length);
    const l = map.get(key);
    if (l) l.push(ti);
    else map.set(key, [ti]);
  }

  const vocab = new Map<string, number>();
  index.bm25.vocab.forEach((v, i) => vocab.set(v, i));
  const V = index.bm25.vocab.length;
  const D = index.bm25.docs.length;
  const df = new Int32Array(V);
  const postingLists: number[][] = Array.from({ length: V }, () => []);
  const docClaim = new Int32Array(D);
  const docLen = new Float64Array(D);
  const docDistinct = new Int32Array(D);
  const docNeg = new Uint8Array(D);
  const docIds: Int32Array[] = [];
  const docTfs: Int32Array[] = [];
  let total = 0;
  index.bm25.docs.forEach(([claim, ids, neg], d) => {
    docClaim[d] = claim;
    docLen[d] = ids.length;
    docNeg[d] = neg;
    total += ids.length;
    const tf = new Map<number, number>();
    for (const id of ids) tf.set(id, (tf.get(id) ?? 0) + 1);
    docDistinct[d] = tf.size;
    const sorted = [...tf.keys()].sort((x, y) => x - y);
    docIds.push(Int32Array.from(sorted));
    docTfs.push(Int32Array.from(sorted.map((id) => tf.get(id)!)));
    for (const [id, f] of tf) {
      df[id]++;
      postingLists[id].push(d, f);
    }
  });
  const avgdl = D ? total / D : 1;
  const idf = new Float64Array(V);
  for (let v = 0; v < V; v++) idf[v] = Math.log(1 + (D - df[v] + 0.5) / (df[v] + 0.5));
  const selfScore = new Float64Array(D);
  for (let d = 0; d < D; d++) {
    let s = 0;
    const ids = docIds[d];
    for (let i = 0; i < ids.length; i++) {
      const f = docTfs[d][i];
      s += idf[ids[i]] * ((f * (K1 + 1)) / (f + K1 * (1 - B + (B * docLen[d]) / avgdl)));
    }
    selfScore[d] = s;
  }
  const docW: Float64Array[] = [];
  const prefixLists: number[][] = Array.from({ length: V }, () => []);
  const prefixListsDefault: number[][] = Array.from({ length: V }, () => []);
  for (let d = 0; d < D; d++) {
    const ids = docIds[d];
    const w = new Float64Array(ids.length);
    for (let i = 0; i < ids.length; i++) {
      const f = docTfs[d][i];
      w[i] = idf[ids[i]] * ((f * (K1 + 1)) / (f + K1 * (1 - B + (B * docLen[d]) / avgdl)));
    }
    docW.push(w);
    const order = Array.from(ids.keys()).sort((x, y) => w[y] - w[x]);
    let rest = selfScore[d];
    for (const i of order) {
      if (rest < PREFIX_MIN_NORM * selfScore[d]) break;
      prefixLists[ids[i]].push(d);
      if (rest >= DEFAULT_CLAIM_THRESHOLD * selfScore[d]) prefixListsDefault[ids[i]].push(d);
      rest -= w[i];
    }
  }
  return {
    terms,
    first,
    prefixFirst,
    prefixLens: [...lens].sort((a, b) => a - b),
    secondary,
    secExact,
    secPrefix,
    secPrefixLens: [...secLens].sort((a, b) => a - b),
    secAnchorOf,
    secScratch: { stamp: new Int32Array(secExact.size + secPrefix.size), head: new Int32Array(secExact.size + secPrefix.size), next: [], pos: [], mark: 0 },
    vocab,
    postings: postingLists.map((l) => Int32Array.from(l)),
    df,
    maxDf: MAX_DF,
    docIds,
    docTfs,
    docClaim,
    docLen,
    docDistinct,
    docNeg,
    idf,
    selfScore,
    docW,
    prefixPostings: prefixLists.map((l) => Int32Array.from(l)),
    prefixPostingsDefault: prefixListsDefault.map((l) => Int32Array.from(l)),
    avgdl,
  };
}
