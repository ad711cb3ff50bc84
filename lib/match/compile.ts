/**
 * Compiles the knowledge base into a compact, JSON-serialisable index: the
 * background builds it once per knowledge-base version and sends it to the
 * content script (browser.runtime.sendMessage JSON-serialises in Chrome, so
 * only plain objects, arrays, strings and numbers).
 *
 * All the text work on the knowledge-base side happens here (normalising and
 * tokenising aliases, stemming terms and summaries); createMatcher() only
 * rebuilds hash maps from these arrays.
 */
import type { Actor, AliasType, Claim } from '../kb/types';
import { normalize } from '../text/normalize';
import { tokenize } from '../text/segment';
import { stemFor } from '../text/stem';
import { isNegation, stopwordTest } from '../text/stopwords';
import { isDayOfMonth } from '../text/dates';
import { cyrillicBases, isCyrillicWord, isLatinWord, latinBases } from './inflect';

export const INDEX_FORMAT = 1;

/** Alias type codes, most specific first (lower wins overlaps of equal length). */
export const ALIAS_TYPES: AliasType[] = ['name', 'variant', 'inflection', 'surname', 'abbreviation', 'title', 'metonym', 'demonym'];

/**
 * One alias: [actor index, type code, token keys joined by " ", case pattern
 * (one digit per token: 0 any, 1 capitalised, 2 all caps), flags, keys that
 * must not follow, keys that must not precede].
 * Flags: 1 requiresPriorName, 2 Cyrillic inflection tolerance, 4 Latin inflection tolerance.
 * Optional 8th element: one digit per token, 1 when the token must carry a
 * diacritic in the text too (demonyms and titles: Portuguese "alemã" must not
 * match the Italian surname "D'Alema").
 */
export type CompiledAlias = [number, number, string, string, number, string[], string[], string?];

/** [claim index, concept index, term tokens joined by " " (a trailing "*" marks a prefix)] */
export type CompiledTerm = [number, number, string];

export interface CompiledClaim {
  id: string;
  ref: string;
  /** actor index of the speaker, -1 if none or unknown */
  sp: number;
  /** actor indexes of the subjects */
  su: number[];
  /** 1 when the claim is a refusal or denial */
  neg: 0 | 1;
  /** concepts: [weight, required 0|1]; empty for claims scored with BM25 */
  co: [number, 0 | 1][];
  /**
   * Per concept, the actors whose own alias is one of its terms ("Russia, Putin or
   * Lavrov"): a statement whose speaker is one of them expresses the concept even when
   * the speaker is only "he" or "the minister" there. Absent in older indexes.
   */
  ca?: number[][];
}

export interface CompiledBm25 {
  /** stem vocabulary */
  vocab: string[];
  /** per BM25 document: [claim index, vocabulary ids (repeated for tf), 1 if the summary holds a negation] */
  docs: [number, number[], 0 | 1][];
  /**
   * Languages of the documents: the text side drops their stop words only, as the
   * documents did. Absent in indexes compiled before it: every list then.
   */
  langs?: string[];
}

export interface CompiledIndex {
  format: number;
  version: string;
  /** [id, ref, kind] */
  actors: [string, string, string][];
  aliases: CompiledAlias[];
  claims: CompiledClaim[];
  terms: CompiledTerm[];
  bm25: CompiledBm25;
  /**
   * Per actor, the actors it belongs to (citizen-of, serves, leads, part-of): Lavrov →
   * Russia. Tells whether a statement's speaker can be a claim's. Absent in older indexes.
   */
  affiliations?: number[][];
}

export interface CompileInput {
  version: string;
  actors: Actor[];
  claims: Claim[];
}

const DEFAULT_CASE_SENSITIVE: Record<AliasType, boolean> = {
  name: true,
  surname: true,
  variant: true,
  inflection: true,
  abbreviation: true,
  metonym: true,
  title: false,
  demonym: false,
};

/**
 * Articles dropped from the start of multi-word aliases ("the Kremlin" → "Kremlin",
 * "la Maison Blanche"): the mention is the same without them, and a trie root on
 * "the" starts a walk at every sixth word of English text. Not for names.
 */
const LEADING_ARTICLES = new Set(['the', 'la', 'le', 'les', 'el', 'los', 'las', 'die', 'der', 'das', 'den', 'dem', 'des']);

function casePattern(original: string, caseSensitive: boolean): string {
  if (!caseSensitive) return '0';
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (!letters) return '0';
  const upper = letters.toUpperCase();
  const lower = letters.toLowerCase();
  if (upper === lower) return '0'; // scripts without case
  if (letters.length >= 2 && letters === upper) return '2';
  if (letters[0] !== lower[0]) return '1';
  return '0';
}

/** Tokens of a short string with their original text. */
function tokensOf(s: string): { key: string; orig: string }[] {
  const nt = normalize(s);
  const tk = tokenize(nt.text);
  const out: { key: string; orig: string }[] = [];
  for (let k = 0; k < tk.length; k++) {
    const a = nt.origStart[tk.start[k]];
    const b = nt.origEnd[tk.end[k] - 1];
    out.push({ key: tk.keys[k], orig: s.slice(a, b) });
  }
  return out;
}

function keysOf(list: string[] | undefined): string[] {
  if (!list) return [];
  const out = new Set<string>();
  for (const w of list) for (const t of tokensOf(w)) out.add(t.key);
  return [...out];
}

/** Stems of a summary for the BM25 path: stop words of its language out, negations kept. */
export function bm25Terms(text: string, lang: string): { terms: string[]; negated: boolean } {
  const isStop = stopwordTest([lang]);
  const terms: string[] = [];
  let negated = false;
  const toks = tokensOf(text);
  const keys = toks.map((t) => t.key);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (isDayOfMonth(keys, i)) continue;
    if (isNegation(t.key)) {
      negated = true;
      continue;
    }
    if (isStop(t.key)) continue;
    const st = stemFor(lang, t.key);
    terms.push(st);
  }
  return { terms, negated };
}

export function compileIndex(kb: CompileInput): CompiledIndex {
  const actorIndex = new Map<string, number>();
  const actors: [string, string, string][] = [];
  kb.actors.forEach((a, i) => {
    actorIndex.set(a.id, i);
    actors.push([a.id, a.ref, a.kind]);
  });

  const aliases: CompiledAlias[] = [];
  const seen = new Set<string>();
  kb.actors.forEach((a, ai) => {
    for (const al of a.aliases) {
      const typeCode = ALIAS_TYPES.indexOf(al.type);
      if (typeCode < 0) continue;
      const cs = al.caseSensitive ?? DEFAULT_CASE_SENSITIVE[al.type];
      let toks = tokensOf(al.text);
      // Names keep theirs: "the Europeans", "los europeos" differ from the adjective.
      while (toks.length > 1 && LEADING_ARTICLES.has(toks[0].key) && al.type !== 'name') toks = toks.slice(1);
      if (toks.length === 0) continue;
      const keys = toks.map((t) => t.key).join(' ');
      const pattern = toks.map((t) => casePattern(t.orig, cs)).join('');
      let flags = al.requiresPriorName ? 1 : 0;
      if (toks.some((t) => isCyrillicWord(t.key) && cyrillicBases(t.key).length > 0)) flags |= 2;
      const latinTolerant = al.type === 'name' || al.type === 'surname' || al.type === 'variant' || al.type === 'metonym';
      if (latinTolerant && pattern[pattern.length - 1] !== '0' && isLatinWord(toks[toks.length - 1].key) && latinBases(toks[toks.length - 1].key).length > 0) flags |= 4;
      const after = keysOf(al.unlessFollowedBy);
      const before = keysOf(al.unlessPrecededBy);
      const dedupe = `${ai}|${typeCode}|${keys}|${pattern}|${flags}|${after}|${before}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      const entry: CompiledAlias = [ai, typeCode, keys, pattern, flags, after, before];
      if (al.type === 'demonym' || al.type === 'title') {
        const marks = toks.map((t) => (t.orig.normalize('NFD') !== t.orig.normalize('NFD').replace(/[\u0300-\u036f]/g, '') ? '1' : '0')).join('');
        if (marks.includes('1')) entry.push(marks);
      }
      aliases.push(entry);
    }
  });

  // Context rules belong to the words, not to one spelling: "US" and "U.S." are the
  // same token, so "U.S. Open" must stay rejected whichever alias matched it.
  const byKeys = new Map<string, CompiledAlias[]>();
  for (const al of aliases) {
    const k = `${al[0]}|${al[2]}`;
    const l = byKeys.get(k);
    if (l) l.push(al);
    else byKeys.set(k, [al]);
  }
  for (const group of byKeys.values()) {
    if (group.length < 2) continue;
    const after = [...new Set(group.flatMap((a) => a[5]))];
    const before = [...new Set(group.flatMap((a) => a[6]))];
    for (const a of group) {
      a[5] = after;
      a[6] = before;
    }
  }

  // Every alias's keys (without leading articles), for the concepts that name actors.
  const aliasActors = new Map<string, Set<number>>();
  for (const al of aliases) {
    let set = aliasActors.get(al[2]);
    if (!set) aliasActors.set(al[2], (set = new Set()));
    set.add(al[0]);
  }
  const termActors = (text: string): number[] => {
    let toks = tokensOf(text.replace(/\*/g, '')).map((t) => t.key);
    while (toks.length > 1 && LEADING_ARTICLES.has(toks[0])) toks = toks.slice(1);
    return [...(aliasActors.get(toks.join(' ')) ?? [])];
  };

  const claims: CompiledClaim[] = [];
  const terms: CompiledTerm[] = [];
  const vocab: string[] = [];
  const vocabIndex = new Map<string, number>();
  const docs: [number, number[], 0 | 1][] = [];
  const docLangs = new Set<string>();
  kb.claims.forEach((c, ci) => {
    const concepts = (c.concepts ?? []).filter((k) => k.weight > 0 && k.terms.length > 0);
    claims.push({
      id: c.id,
      ref: c.ref,
      sp: c.speakerId != null ? (actorIndex.get(c.speakerId) ?? -1) : -1,
      su: (c.subjectIds ?? []).map((s) => actorIndex.get(s)).filter((x): x is number => x !== undefined),
      neg: c.polarity === 'negative' ? 1 : 0,
      co: concepts.map((k) => [k.weight, k.required ? 1 : 0]),
      ca: concepts.map((k) => [...new Set(k.terms.flatMap((t) => termActors(t.text)))].sort((x, y) => x - y)),
    });
    if (concepts.length > 0) {
      const termSeen = new Set<string>();
      concepts.forEach((k, ki) => {
        for (const term of k.terms) {
          const toks = term.text
            .split(/\s+/)
            .filter(Boolean)
            .flatMap((word) => {
              const prefix = word.endsWith('*');
              const ts = tokensOf(prefix ? word.slice(0, -1) : word).map((t) => t.key);
              if (ts.length === 0) return [];
              const last = ts.length - 1;
              return ts.map((key, i) => (prefix && i === last ? key + '*' : stemFor(term.lang, key)));
            });
          if (toks.length === 0) continue;
          const joined = toks.join(' ');
          if (termSeen.has(`${ki}|${joined}`)) continue;
          termSeen.add(`${ki}|${joined}`);
          terms.push([ci, ki, joined]);
        }
      });
    } else {
      const { terms: ts, negated } = bm25Terms(c.title ? `${c.summary}\n${c.title}` : c.summary, c.lang);
      const ids = ts.map((t) => {
        let id = vocabIndex.get(t);
        if (id === undefined) {
          id = vocab.length;
          vocab.push(t);
          vocabIndex.set(t, id);
        }
        return id;
      });
      if (ids.length > 0) {
        docs.push([ci, ids, negated ? 1 : 0]);
        docLangs.add(c.lang);
      }
    }
  });

  const AFFILIATIONS = new Set(['citizen-of', 'serves', 'leads', 'part-of']);
  const affiliations = kb.actors.map((a) => [
    ...new Set((a.relations ?? []).filter((r) => AFFILIATIONS.has(r.type)).map((r) => actorIndex.get(r.target)).filter((x): x is number => x !== undefined)),
  ]);
  return {
    format: INDEX_FORMAT,
    version: kb.version,
    actors,
    aliases,
    claims,
    terms,
    bm25: { vocab, docs, langs: [...docLangs].sort() },
    affiliations,
  };
}

/** Size of the index as sent between extension contexts: JSON length in UTF-8 bytes. */
export function indexSizeBytes(index: CompiledIndex): number {
  const s = JSON.stringify(index);
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
