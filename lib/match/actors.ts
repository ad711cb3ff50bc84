/**
 * Actor recognition: one token trie over all aliases of all actors, walked
 * from each token of the text (equivalent to Aho–Corasick over tokens for
 * aliases this short: the walk from a token stops at the first key the trie
 * lacks, so the cost is one lookup per distinct word plus the length of real
 * matches, whatever the number of aliases). The trie and the aliases are the
 * flat tables of lib/match/flat.ts: nodes and words are numbers.
 */
import { ALIAS_TYPES } from './compile';
import type { FlatHeader, FlatTables } from './flat';
import type { StringPool } from './string-pool';
import { isCyrillicWord, isLatinWord, latinTextBases, textBases } from './inflect';
import type { Segmented } from '../text/segment';
import type { AliasType } from '../kb/types';
import { GIVEN } from '../attribution/given-names';

/** What the actor pass reads: the flat tables and their string pool. */
export interface ActorTables {
  t: FlatTables;
  pool: StringPool;
  header: FlatHeader;
  /** pool id of the kind "country", or -1 */
  countryKind: number;
  /** pool id of the kind "person", or -1 */
  personKind: number;
  /** givenNameShapes(), once asked */
  givenShapes?: Map<number, Set<string>>;
}

/**
 * Given names before a capitalised word that are common words too: "Sam Zełenski" is Zelensky himself (Polish), "Will
 * Putin attend?" asks about Putin, "Ella" is Spanish "she", "Hanno" Italian "they have".
 */
const NOT_GIVEN_HERE = new Set(['sam', 'will', 'may', 'ella', 'hanno', 'sue']);

/** Latin letters for Cyrillic ones, enough to tell a name's first letters across scripts. */
const CYRILLIC_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', є: 'e', ё: 'e', ж: 'z', з: 'z', и: 'i', і: 'i', ї: 'i', й: 'i', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'c', ш: 's', щ: 's',
  ы: 'i', э: 'e', ю: 'u', я: 'a',
};

/**
 * The first three letters of a folded given name, spelt alike across transliterations ("Wladimir", "Vladímir",
 * "Владимир" → "vla"; "Wołodymyr", "Volodymyr" → "vol"; "Sergei", "Serhij", "Сергей" → "ser").
 */
export function givenNameShape(key: string): string {
  let out = '';
  for (const ch of key) {
    if (out.length === 3) break;
    let c = CYRILLIC_LATIN[ch] ?? ch;
    if (c === 'w') c = 'v';
    else if (c === 'ł') c = 'l';
    else if (c === 'y' || c === 'j') c = 'i';
    if (c < 'a' || c > 'z') continue;
    out += c;
  }
  return out;
}

/**
 * Per person actor, givenNameShape() of the first word of each of its aliases of two words or more (its given names,
 * as the knowledge base spells them): read from the trie once, the first time a text asks.
 */
function givenNameShapes(at: ActorTables): Map<number, Set<string>> {
  if (at.givenShapes) return at.givenShapes;
  const { t, pool, header } = at;
  const out = new Map<number, Set<string>>();
  const below = (node: number, shape: string, depth: number): void => {
    for (let i = t.nodeChildStart[node], end = t.nodeChildStart[node + 1]; i < end; i++) {
      const child = t.childNode[i];
      for (let e = t.nodeEndStart[child], ee = t.nodeEndStart[child + 1]; e < ee; e++) {
        const actor = t.aliasActor[t.endAlias[e]];
        if (at.personKind >= 0 && t.actorKind[actor] === at.personKind) {
          let set = out.get(actor);
          if (!set) out.set(actor, (set = new Set()));
          set.add(shape);
        }
      }
      if (depth > 0) below(child, shape, depth - 1);
    }
  };
  for (let id = 0; id < header.keyCount; id++) {
    const root = t.keyRoot[id];
    if (root >= 0) below(root, givenNameShape(pool.str(id)), 3);
  }
  at.givenShapes = out;
  return out;
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
  /** pool id of the word, or -1 when no alias, term or vocabulary word is spelt so */
  id: number;
  /** trie root node of the word itself, or -1 */
  root: number;
  /**
   * pool ids of its inflection-base edge keys ("~base") that the pool holds (the others lead
   * nowhere), in their order, or null when the word gets no bases
   */
  bases: number[] | null;
  /** Latin bases apply only to capitalised tokens; Cyrillic ones always */
  basesNeedCapital: boolean;
  /** root nodes reached through `bases`, in their order, or null when none is in the root */
  baseRoots: number[] | null;
}

export function actorWord(at: ActorTables, k: string): ActorWord {
  const { pool, t, header } = at;
  const id = pool.lookup(k);
  const cyr = isCyrillicWord(k);
  let texts: string[] | null = null;
  if (cyr) texts = textBases(k);
  else if (isLatinWord(k) && k.length > 5) texts = latinTextBases(k);
  let bases: number[] | null = null;
  if (texts) {
    bases = [];
    for (const x of texts) {
      const b = pool.lookup('~' + x);
      if (b >= 0) bases.push(b);
    }
  }
  let baseRoots: number[] | null = null;
  if (bases && header.tolerant) for (const b of bases) {
    const nd = b < header.keyCount ? t.keyRoot[b] : -1;
    if (nd >= 0) (baseRoots ??= []).push(nd);
  }
  return { id, root: id >= 0 && id < header.keyCount ? t.keyRoot[id] : -1, bases, basesNeedCapital: !cyr, baseRoots };
}

/** The child of trie node `node` along word `id`, or -1 (children are sorted by word id). */
function childOf(t: FlatTables, node: number, id: number): number {
  if (id < 0) return -1;
  const keys = t.childKey;
  let lo = t.nodeChildStart[node];
  let hi = t.nodeChildStart[node + 1] - 1;
  while (hi - lo > 7) {
    const mid = (lo + hi) >> 1;
    if (keys[mid] < id) lo = mid + 1;
    else hi = mid;
  }
  for (; lo <= hi; lo++) if (keys[lo] === id) return t.childNode[lo];
  return -1;
}

/** Whether word `id` is in the list [from, to) of `list`. */
function listHas(list: Int32Array, from: number, to: number, id: number): boolean {
  if (id < 0) return false;
  for (let i = from; i < to; i++) if (list[i] === id) return true;
  return false;
}

export interface ActorScanContext {
  text: string;
  seg: Segmented;
  tables: ActorTables;
  /** actorWord() of each token's key */
  words: ActorWord[];
  /** actor indexes named earlier on the page (previous chunks) */
  prior?: Set<number>;
  /**
   * In: actor indexes whose surname an earlier chunk gave to someone else (after another given name) and never to them
   * in full. Out (set by findActors): those of this text and the earlier chunks, when the text names none of them in full.
   */
  otherBearers?: Set<number>;
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
  const { text, seg } = ctx;
  const { t, header, countryKind, personKind } = ctx.tables;
  const { tokens, norm, sentenceOf, sentenceStart } = seg;
  const n = tokens.length;
  const keys = tokens.keys;
  const cands: Candidate[] = [];
  const tolerant = header.tolerant;

  const words = ctx.words;
  // Latin inflections only for capitalised words: names are, and it spares most tokens the lookups.
  const capitalised = (p: number): boolean => {
    const ch = text.charCodeAt(norm.origStart[tokens.start[p]]);
    if (ch >= 65 && ch <= 90) return true;
    if (ch < 128) return false;
    const c = String.fromCharCode(ch);
    return c !== c.toLowerCase();
  };
  const basesOf = (p: number): number[] | null => {
    const w = words[p];
    return w.bases && (!w.basesNeedCapital || capitalised(p)) ? w.bases : null;
  };

  const origStartOf = (p: number) => norm.origStart[tokens.start[p]];
  const origEndOf = (p: number) => norm.origEnd[tokens.end[p] - 1];

  /** pattern digit: 0 any case, 1 capitalised, 2 all caps */
  const caseOk = (p: number, pat: number): boolean => {
    if (pat === 0) return true;
    const a = origStartOf(p);
    if (!isUpperAt(text, a)) return false;
    if (pat === 1) return true;
    const s = text.slice(a, origEndOf(p));
    if (s === s.toUpperCase()) return true;
    // "Nato" for "NATO": long acronyms are often written capitalised.
    return keys[p].length >= 4;
  };

  // An alias whose case the text does not show is dropped before it becomes a candidate: with
  // many actors, lower-case words of the text reach surnames and titles all the time.
  const aliasCaseOk = (ai: number, s: number): boolean => {
    const from = t.aliasTokStart[ai];
    const ntok = t.aliasTokStart[ai + 1] - from;
    for (let i = 0; i < ntok; i++) if (!caseOk(s + i, t.aliasPattern[from + i])) return false;
    return true;
  };

  // Depth-first walk of the trie from each token, with an explicit stack (no
  // closures in the hot loop). Aliases never span a sentence boundary.
  const stackNode: number[] = [];
  const stackPos: number[] = [];
  for (let p = 0; p < n; p++) {
    const w = words[p];
    const direct = w.root;
    const extra = tolerant && w.baseRoots && (!w.basesNeedCapital || capitalised(p)) ? w.baseRoots : null;
    if (direct < 0 && !extra) continue;
    if (direct >= 0) {
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
      for (let e = t.nodeEndStart[node], end = t.nodeEndStart[node + 1]; e < end; e++) {
        const ai = t.endAlias[e];
        if (aliasCaseOk(ai, p)) cands.push({ alias: ai, actor: t.aliasActor[ai], type: t.aliasType[ai], s: p, e: q + 1, weak: false });
      }
      if (t.nodeChildStart[node] === t.nodeChildStart[node + 1] || q + 1 >= n || sentenceOf[q + 1] !== sent) continue;
      const nd = childOf(t, node, words[q + 1].id);
      if (nd >= 0) {
        stackNode.push(nd);
        stackPos.push(q + 1);
      }
      const ex = t.nodeTilde[node] ? basesOf(q + 1) : null;
      if (ex) for (const k of ex) {
        const nd2 = childOf(t, node, k);
        if (nd2 >= 0) {
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
    const ai = c.alias;
    const from = t.aliasTokStart[ai];
    const ntok = t.aliasTokStart[ai + 1] - from;
    let ok = true;
    if (t.aliasHasMarks[ai]) {
      for (let i = 0; i < ntok && ok; i++) {
        if (t.aliasMarks[from + i] !== 1) continue;
        const orig = text.slice(origStartOf(c.s + i), origEndOf(c.s + i));
        ok = orig.normalize('NFD') !== orig.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      }
      if (!ok) continue;
    }
    if (c.e < n && listHas(t.aliasAfter, t.aliasAfterStart[ai], t.aliasAfterStart[ai + 1], words[c.e].id)) continue;
    if (c.s > 0 && listHas(t.aliasBefore, t.aliasBeforeStart[ai], t.aliasBeforeStart[ai + 1], words[c.s - 1].id)) continue;
    const sentenceInitial = sentenceStart[sentenceOf[c.s]] === c.s;
    if (sentenceInitial && ntok === 1 && t.aliasPattern[from] !== 0 && ALIAS_TYPES[t.aliasType[ai]] !== 'name') c.weak = true;
    valid.push(c);
  }
  if (valid.length === 0) return [];

  // Which tokens some candidate covers (for the "City, Region" rule).
  const covered = new Uint8Array(n);
  for (const c of valid) for (let p = c.s; p < c.e; p++) covered[p] = 1;
  const nt = norm.text;
  const gapIs = (p: number, re: RegExp) => re.test(nt.slice(tokens.end[p - 1], tokens.start[p]));
  const COMMA_GAP = /^\s*,\s*$/;
  const AFTER_PLACE = new Set(['on', 'in', 'at', 'for', 'last', 'this', 'where', 'when', 'who', 'which', 'during', 'since', 'until']);
  const filtered = valid.filter((c) => {
    // "rally in Atlanta, Georgia, on Tuesday": a country name right after "<Capitalised word>, "
    // that is not a known actor, itself followed by a comma, the sentence end or a preposition,
    // names a region of that place (a US state). Only mid-sentence ("Meanwhile, Ukraine, …" is
    // kept), only for names and metonyms of countries, never in an enumeration.
    if (t.actorKind[c.actor] !== countryKind || countryKind < 0 || c.e - c.s !== 1 || c.s < 2) return true;
    const ty = ALIAS_TYPES[c.type];
    if (ty !== 'name' && ty !== 'metonym') return true;
    const p = c.s;
    const sent = sentenceOf[p];
    if (sentenceOf[p - 1] !== sent || sentenceStart[sent] === p - 1 || !gapIs(p, COMMA_GAP)) return true;
    if (covered[p - 1] || !isUpper(text[origStartOf(p - 1)])) return true;
    if (sentenceOf[p - 2] === sent && gapIs(p - 1, COMMA_GAP)) return true;
    const next = c.e < n && sentenceOf[c.e] === sent ? c.e : -1;
    if (next >= 0) {
      const gap = nt.slice(tokens.end[c.s], tokens.start[next]);
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

  /**
   * Whether candidate c, a person's surname alone, follows a given name in its sentence, with a space between and no
   * alias of its own: the actor's given names would have made c part of a longer alias.
   */
  const afterOtherGivenName = (c: Candidate): boolean => {
    const ty = ALIAS_TYPES[c.type];
    if ((ty !== 'surname' && ty !== 'inflection') || c.s === 0 || personKind < 0 || t.actorKind[c.actor] !== personKind) return false;
    const g = c.s - 1;
    if (covered[g] || sentenceOf[g] !== sentenceOf[c.s] || !GIVEN.has(keys[g]) || NOT_GIVEN_HERE.has(keys[g]) || !isUpperAt(text, origStartOf(g))) return false;
    const gap = tokens.start[c.s] - tokens.end[g];
    if (gap !== 1 || nt.charCodeAt(tokens.end[g]) !== 32) return false;
    // (not the actor's own given name in a spelling the aliases lack: "Wladimir Putin", "Sergei Lawrow")
    return !givenNameShapes(ctx.tables).get(c.actor)?.has(givenNameShape(keys[g]));
  };

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
  // A person's surname alone right after another given name is someone else of that surname ("генеральный директор
  // компании Игорь Лавров" is no foreign minister), and so is the surname alone anywhere else in a text that never
  // names the actor in full: one text, one bearer of the name.
  // (a text scanned in chunks: the chunks before tell, ctx.otherBearers)
  let otherBearer: Set<number> | null = ctx.otherBearers?.size ? new Set(ctx.otherBearers) : null;
  let givenOther: Set<Candidate> | null = null;
  for (const c of chosen) {
    if (c.e - c.s !== 1 || !afterOtherGivenName(c)) continue;
    (givenOther ??= new Set()).add(c);
    (otherBearer ??= new Set()).add(c.actor);
  }
  if (otherBearer) for (const c of chosen) if (c.e - c.s > 1 || ALIAS_TYPES[c.type] === 'name' || ALIAS_TYPES[c.type] === 'variant') otherBearer.delete(c.actor);
  if (otherBearer && ctx.prior) for (const a of ctx.prior) otherBearer.delete(a);
  ctx.otherBearers = otherBearer ?? undefined;
  const out: AcceptedMention[] = [];
  for (const c of chosen) {
    const ty = ALIAS_TYPES[c.type];
    if (givenOther !== null && givenOther.has(c)) continue;
    if (otherBearer !== null && c.e - c.s === 1 && otherBearer.has(c.actor) && (ty === 'surname' || ty === 'inflection')) continue;
    let conf = CONFIDENCE[ty];
    if (t.aliasPrior[c.alias]) {
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
