/**
 * Actor recognition: one token trie over all aliases of all actors, walked
 * from each token of the text (equivalent to Aho–Corasick over tokens for
 * aliases this short: the walk from a token stops at the first key the trie
 * lacks, so the cost is one hash lookup per token plus the length of real
 * matches, whatever the number of aliases).
 */
import type { CompiledIndex } from './compile';
import { ALIAS_TYPES } from './compile';
import { cyrillicBases, isCyrillicWord, isLatinWord, latinBases, latinTextBases, textBases } from './inflect';
import type { Segmented } from '../text/segment';
import type { AliasType } from '../kb/types';

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

export interface Candidate {
  alias: number;
  actor: number;
  type: number;
  /** token range [s, e) */
  s: number;
  e: number;
  weak: boolean;
}

const CONFIDENCE: Record<AliasType, number> = {
  name: 0.95,
  variant: 0.93,
  inflection: 0.9,
  surname: 0.85,
  abbreviation: 0.85,
  title: 0.75,
  metonym: 0.6,
  demonym: 0.5,
};

const CONJUNCTIONS = new Set(['and', 'or', 'und', 'oder', 'et', 'ou', 'y', 'e', 'o', 'и', 'или', 'та', 'і', 'й', 'або']);

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase();
}

/** isUpper(text[i]) without making a string for ASCII. */
function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return isUpper(text[i]);
}

/**
 * What the trie walk needs about a distinct word of the text, resolved once per matcher
 * (see actorWord) so that a token costs one lookup of its word, not one per trie map.
 */
export interface ActorWord {
  /** trie root node of the word itself */
  root: TrieNode | undefined;
  /** its inflection-base edge keys ("~base"), or null when it gets none */
  bases: string[] | null;
  /** Latin bases apply only to capitalised tokens; Cyrillic ones always */
  basesNeedCapital: boolean;
  /** root nodes reached through `bases`, in their order, or null when none is in the root */
  baseRoots: TrieNode[] | null;
}

export function actorWord(trie: ActorTrie, k: string): ActorWord {
  const cyr = isCyrillicWord(k);
  let bases: string[] | null = null;
  if (cyr) bases = textBases(k).map((x) => '~' + x);
  else if (isLatinWord(k) && k.length > 5) bases = latinTextBases(k).map((x) => '~' + x);
  let baseRoots: TrieNode[] | null = null;
  if (bases && trie.tolerant) for (const b of bases) {
    const nd = trie.root.get(b);
    if (nd) (baseRoots ??= []).push(nd);
  }
  return { root: trie.root.get(k), bases, basesNeedCapital: !cyr, baseRoots };
}

export interface ActorScanContext {
  text: string;
  seg: Segmented;
  trie: ActorTrie;
  aliases: ParsedAlias[];
  actorKinds: string[];
  /** actorWord() of each token's key */
  words: ActorWord[];
  /** actor indexes named earlier on the page (previous chunks) */
  prior?: Set<number>;
}

export interface AcceptedMention {
  actor: number;
  alias: number;
  type: number;
  s: number;
  e: number;
  start: number;
  end: number;
  confidence: number;
  weak: boolean;
}

/**
 * Longest first, then the most specific alias type, then leftmost. Candidates come in
 * token order, so grouping them by (length, type) in that order is the stable sort by the
 * three keys, without a comparator call per pair (a live blog has thousands).
 */
function byLengthTypeStart(cands: Candidate[]): Candidate[] {
  const NT = ALIAS_TYPES.length;
  let maxLen = 0;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.type < 0 || c.type >= NT || (i > 0 && c.s < cands[i - 1].s)) {
      return cands.slice().sort((a, b) => b.e - b.s - (a.e - a.s) || a.type - b.type || a.s - b.s);
    }
    if (c.e - c.s > maxLen) maxLen = c.e - c.s;
  }
  const buckets: Candidate[][] = [];
  for (const c of cands) (buckets[(maxLen - (c.e - c.s)) * NT + c.type] ??= []).push(c);
  const out: Candidate[] = [];
  for (const b of buckets) if (b) for (const c of b) out.push(c);
  return out;
}

/** All actor mentions, resolved: sorted by start, no overlaps. */
export function findActors(ctx: ActorScanContext): AcceptedMention[] {
  const { text, seg, trie, aliases } = ctx;
  const { tokens, norm, sentenceOf, sentenceStart } = seg;
  const n = tokens.length;
  const keys = tokens.keys;
  const cands: Candidate[] = [];
  const tolerant = trie.tolerant;

  const words = ctx.words;
  // Latin inflections only for capitalised words: names are, and it spares most tokens the lookups.
  const capitalised = (p: number): boolean => {
    const ch = text.charCodeAt(norm.origStart[tokens.start[p]]);
    if (ch >= 65 && ch <= 90) return true;
    if (ch < 128) return false;
    const c = String.fromCharCode(ch);
    return c !== c.toLowerCase();
  };
  const basesOf = (p: number): string[] | null => {
    const w = words[p];
    return w.bases && (!w.basesNeedCapital || capitalised(p)) ? w.bases : null;
  };

  const origStartOf = (p: number) => norm.origStart[tokens.start[p]];
  const origEndOf = (p: number) => norm.origEnd[tokens.end[p] - 1];

  const caseOk = (p: number, pat: string): boolean => {
    if (pat === '0') return true;
    const a = origStartOf(p);
    if (!isUpperAt(text, a)) return false;
    if (pat === '1') return true;
    const s = text.slice(a, origEndOf(p));
    if (s === s.toUpperCase()) return true;
    // "Nato" for "NATO": long acronyms are often written capitalised.
    return keys[p].length >= 4;
  };

  // An alias whose case the text does not show is dropped before it becomes a candidate: with
  // many actors, lower-case words of the text reach surnames and titles all the time.
  const aliasCaseOk = (al: ParsedAlias, s: number): boolean => {
    for (let i = 0; i < al.ntok; i++) if (!caseOk(s + i, al.pattern[i] ?? '0')) return false;
    return true;
  };

  // Depth-first walk of the trie from each token, with an explicit stack (no
  // closures in the hot loop). Aliases never span a sentence boundary.
  const stackNode: TrieNode[] = [];
  const stackPos: number[] = [];
  for (let p = 0; p < n; p++) {
    const w = words[p];
    const direct = w.root;
    const extra = tolerant && w.baseRoots && (!w.basesNeedCapital || capitalised(p)) ? w.baseRoots : null;
    if (!direct && !extra) continue;
    if (direct) {
      stackNode.push(direct);
      stackPos.push(p);
    }
    if (extra) for (const nd of extra) {
      stackNode.push(nd);
      stackPos.push(p);
    }
    const sent = sentenceOf[p];
    while (stackNode.length > 0) {
      const node = stackNode.pop()!;
      const q = stackPos.pop()!;
      if (node.ends) for (const ai of node.ends) {
        const al = aliases[ai];
        if (aliasCaseOk(al, p)) cands.push({ alias: ai, actor: al.actor, type: al.type, s: p, e: q + 1, weak: false });
      }
      const next = node.next;
      if (!next || q + 1 >= n || sentenceOf[q + 1] !== sent) continue;
      const nd = next.get(keys[q + 1]);
      if (nd) {
        stackNode.push(nd);
        stackPos.push(q + 1);
      }
      const ex = node.tilde ? basesOf(q + 1) : null;
      if (ex) for (const k of ex) {
        const nd2 = next.get(k);
        if (nd2) {
          stackNode.push(nd2);
          stackPos.push(q + 1);
        }
      }
    }
  }
  if (cands.length === 0) return [];

  // Words used in lower case somewhere in the text: evidence that a word is also a common
  // word here. Computed only for the words of weak candidates.
  let lowerKeys: Set<string> | null = null;
  const usedLowercase = (key: string): boolean => {
    if (!lowerKeys) {
      lowerKeys = new Set();
      // By word entry (one per distinct key): identity, not a string hash, for every token.
      const wanted = new Set<ActorWord>();
      for (const c of valid) if (c.weak) wanted.add(words[c.s]);
      for (let p = 0; p < n; p++) {
        if (!wanted.has(words[p])) continue;
        const ch = text[origStartOf(p)];
        if (ch !== undefined && ch !== ch.toUpperCase()) lowerKeys.add(keys[p]);
      }
    }
    return lowerKeys.has(key);
  };

  const valid: Candidate[] = [];
  for (const c of cands) {
    const al = aliases[c.alias];
    let ok = true;
    if (al.marks) {
      for (let i = 0; i < al.ntok && ok; i++) {
        if (al.marks[i] !== '1') continue;
        const orig = text.slice(origStartOf(c.s + i), origEndOf(c.s + i));
        ok = orig.normalize('NFD') !== orig.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      }
      if (!ok) continue;
    }
    if (al.after && c.e < n && al.after.has(keys[c.e])) continue;
    if (al.before && c.s > 0 && al.before.has(keys[c.s - 1])) continue;
    const sentenceInitial = sentenceStart[sentenceOf[c.s]] === c.s;
    if (sentenceInitial && al.ntok === 1 && al.pattern !== '0' && ALIAS_TYPES[al.type] !== 'name') c.weak = true;
    valid.push(c);
  }
  if (valid.length === 0) return [];

  // Which tokens some candidate covers (for the "City, Region" rule).
  const covered = new Uint8Array(n);
  for (const c of valid) for (let p = c.s; p < c.e; p++) covered[p] = 1;
  const t = norm.text;
  const gapIs = (p: number, re: RegExp) => re.test(t.slice(tokens.end[p - 1], tokens.start[p]));
  const COMMA_GAP = /^\s*,\s*$/;
  const AFTER_PLACE = new Set(['on', 'in', 'at', 'for', 'last', 'this', 'where', 'when', 'who', 'which', 'during', 'since', 'until']);
  const filtered = valid.filter((c) => {
    // "rally in Atlanta, Georgia, on Tuesday": a country name right after "<Capitalised word>, "
    // that is not a known actor, itself followed by a comma, the sentence end or a preposition,
    // names a region of that place (a US state). Only mid-sentence ("Meanwhile, Ukraine, …" is
    // kept), only for names and metonyms of countries, never in an enumeration.
    if (ctx.actorKinds[c.actor] !== 'country' || c.e - c.s !== 1 || c.s < 2) return true;
    const ty = ALIAS_TYPES[c.type];
    if (ty !== 'name' && ty !== 'metonym') return true;
    const p = c.s;
    const sent = sentenceOf[p];
    if (sentenceOf[p - 1] !== sent || sentenceStart[sent] === p - 1 || !gapIs(p, COMMA_GAP)) return true;
    if (covered[p - 1] || !isUpper(text[origStartOf(p - 1)])) return true;
    if (sentenceOf[p - 2] === sent && gapIs(p - 1, COMMA_GAP)) return true;
    const next = c.e < n && sentenceOf[c.e] === sent ? c.e : -1;
    if (next >= 0) {
      const gap = t.slice(tokens.end[c.s], tokens.start[next]);
      if (gap.includes(',')) {
        if (covered[next]) return true; // "Ukraine, Moldova and Georgia"
      } else if (!AFTER_PLACE.has(keys[next])) return true;
    }
    return false;
  });

  const taken = new Uint8Array(n);
  const chosen: Candidate[] = [];
  for (const c of byLengthTypeStart(filtered)) {
    let free = true;
    for (let p = c.s; p < c.e; p++) if (taken[p]) { free = false; break; }
    if (!free) continue;
    for (let p = c.s; p < c.e; p++) taken[p] = 1;
    chosen.push(c);
  }
  chosen.sort((a, b) => a.s - b.s);

  // Surnames that need a prior name of the same actor; weak sentence-initial matches.
  const firstName = new Map<number, number>();
  const strongActors = new Set<number>();
  if (ctx.prior) for (const a of ctx.prior) {
    firstName.set(a, -1);
    strongActors.add(a);
  }
  for (const c of chosen) {
    const ty = ALIAS_TYPES[c.type];
    if ((ty === 'name' || ty === 'variant' || ty === 'inflection') && !firstName.has(c.actor)) firstName.set(c.actor, c.s);
    if (!c.weak) strongActors.add(c.actor);
  }
  const out: AcceptedMention[] = [];
  for (const c of chosen) {
    const al = aliases[c.alias];
    const ty = ALIAS_TYPES[c.type];
    let conf = CONFIDENCE[ty];
    if (al.requiresPriorName) {
      const f = firstName.get(c.actor);
      if (f === undefined || f >= c.s) continue;
      conf = 0.9;
    }
    // A sentence-initial capital proves nothing: when the text also uses the word in
    // lower case ("Trump card… the trump"), keep it only if the actor is otherwise mentioned.
    if (c.weak && usedLowercase(keys[c.s])) {
      if (!strongActors.has(c.actor)) continue;
      conf -= 0.1;
    }
    out.push({
      actor: c.actor,
      alias: c.alias,
      type: c.type,
      s: c.s,
      e: c.e,
      start: origStartOf(c.s),
      end: origEndOf(c.e - 1),
      confidence: Math.round(conf * 100) / 100,
      weak: c.weak,
    });
  }
  return out;
}
