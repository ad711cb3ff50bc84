/**
 * The matcher: scan() over any text, reading the flat tables of lib/match/flat.ts where they lie
 * (making the matcher builds nothing per entry of the knowledge base). One normalisation and
 * segmentation pass, one walk of the actor trie, one pass of the claim term index per sentence.
 */
import type { CompiledIndex } from './compile';
import { ALIAS_TYPES } from './compile';
import type { ActorMention, ClaimMatch, ClaimSpeaker, Matcher, ScanOptions, ScanResult } from './types';
import { actorWord, findActors, type AcceptedMention, type ActorScanContext, type ActorTables, type ActorWord } from './actors';
import {
  activeLatinMask,
  bm25Query,
  bm25Score,
  claimTables,
  DEFAULT_CLAIM_THRESHOLD,
  matchBm25Claims,
  matchConceptClaims,
  StemCache,
  tokenInfo,
  type SentenceClaimInput,
  type TokenInfo,
} from './claims';
import { openTables, type FlatIndex } from './flat';
import { flattenIndex } from './flatten';
import { StringPool } from './string-pool';
import { segment, sentenceSpan, type Segmented } from '../text/segment';
import { newWordIdGeneration, wordIdCount, wordIdGeneration, wordIdsOf } from '../text/word-ids';
import { findStatements, Via } from './statements';
import { isColdTables } from '../attribution/cold-tables';
import { warmStep } from '../attribution/warm';
import { confirmTracked } from './statement-score';
import { LATIN_LANGS } from '../text/stem';

export { DEFAULT_CLAIM_THRESHOLD };

export interface RankedClaim {
  claimId: string;
  ref: string;
  /** raw BM25 score */
  raw: number;
  /** BM25 normalised by the claim's score against itself, 0..1 */
  score: number;
}

export interface NewsmarkMatcher extends Matcher {
  /**
   * Ranks the claims without concepts against the whole text taken as one
   * query (BM25 path). For retrieval evaluation and "find similar claims".
   */
  rankClaims(text: string, limit?: number): RankedClaim[];
  /** Segments the text and finds actors only (for callers that do not need claims). */
  scanActors(text: string): ActorMention[];
  /** Drops what scans cached about the words they met (kept only to make the next scan cheaper). */
  release(): void;
}

/**
 * "Russian Foreign Minister Sergei Lavrov" names one person once: a title
 * right before a name of the same actor joins it into one mention, as a
 * reader (and a labeller) would mark it.
 */
export function joinTitles(text: string, mentions: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.actorId === m.actorId &&
      prev.aliasType === 'title' &&
      m.aliasType !== 'title' &&
      /^[ \u00A0]+$/.test(text.slice(prev.end, m.start))
    ) {
      out[out.length - 1] = { ...m, start: prev.start, text: text.slice(prev.start, m.end), confidence: Math.max(prev.confidence, m.confidence) };
    } else out.push(m);
  }
  return out;
}

/**
 * A copy of a piece of the scanned text that holds on to nothing else. Engines make a slice of a
 * long string a view of it: a match's words, kept by the page for as long as it shows them, would
 * keep the whole text they came from (the page's text, in the content script). Concatenating
 * first makes the engine copy the piece into a string of its own.
 */
export function detached(piece: string): string {
  return (' ' + piece).slice(1);
}

/**
 * Everything the matcher keeps about a distinct word of the texts it scans: a token costs
 * one lookup of its word in the matcher's lexicon, whatever the passes need of it.
 */
interface WordEntry extends ActorWord {
  /** the claim matchers' info for the language mask `infoMask` (the first one that asked) */
  info: TokenInfo | null;
  infoMask: number;
  /** its info for other masks, by mask id (pages in other languages use other stemmers) */
  otherInfo: (TokenInfo | undefined)[] | null;
}

/** A matcher over a compiled index (the command-line tools, tests): laid out flat first. */
export function createMatcher(index: CompiledIndex): NewsmarkMatcher {
  return createFlatMatcher(flattenIndex(index));
}

/**
 * A matcher over a flat index as the background sends it: views on its buffer, and caches that
 * fill as scans meet words (release() empties them).
 */
export function createFlatMatcher(flat: FlatIndex): NewsmarkMatcher {
  const { header } = flat;
  const t = openTables(flat);
  const pool = new StringPool({ chars: t.poolChars, start: t.poolStart, table: t.poolTable });
  const actorTables: ActorTables = { t, pool, header, countryKind: pool.lookup('country'), personKind: pool.lookup('person') };
  const claimIndex = claimTables(t, pool, header);
  let stems = new StemCache();
  let infoByMask = new Map<string, { id: number; info: Map<string, TokenInfo> }>();
  // (by word id, lib/text/word-ids.ts: the interning that gives a token its id is the one lookup of its key, shared with
  // attribution when it reads the same segmentation; emptied when the ids are numbered again)
  let lexicon: (WordEntry | undefined)[] = [];
  let lexiconGeneration = -1;
  const wordsOf = (seg: Segmented): WordEntry[] => {
    const ids = wordIdsOf(seg);
    if (wordIdGeneration() !== lexiconGeneration) {
      lexicon = [];
      lexiconGeneration = wordIdGeneration();
    }
    // (undefined, not holes, up to the last id: a read past the end or of a hole takes V8's slow path)
    for (let i = lexicon.length, end = wordIdCount(); i < end; i++) lexicon.push(undefined);
    const keys = seg.tokens.keys;
    const out: WordEntry[] = new Array(keys.length);
    for (let p = 0; p < keys.length; p++) {
      const id = ids[p];
      let w = lexicon[id];
      if (w === undefined) {
        const a = actorWord(actorTables, keys[p]);
        w = { id: a.id, root: a.root, bases: a.bases, basesNeedCapital: a.basesNeedCapital, baseRoots: a.baseRoots, info: null, infoMask: -1, otherInfo: null };
        lexicon[id] = w;
      }
      out[p] = w;
    }
    return out;
  };
  let scratch: { raw: Float64Array; matched: Int32Array } | null = null;
  let actorKinds: string[] | undefined;
  const affiliationsOf = (actor: number): Int32Array => t.actorAff.subarray(t.actorAffStart[actor], t.actorAffStart[actor + 1]);

  const toMentions = (text: string, found: AcceptedMention[]): ActorMention[] => {
    const mentions = joinTitles(
      text,
      found.map((m) => ({
        actorId: pool.str(t.actorId[m.actor]),
        ref: pool.str(t.actorRef[m.actor]),
        start: m.start,
        end: m.end,
        text: text.slice(m.start, m.end),
        aliasType: ALIAS_TYPES[m.type],
        confidence: m.confidence,
      })),
    );
    for (const m of mentions) m.text = detached(m.text);
    return mentions;
  };

  const claimInput = (seg: Segmented, found: AcceptedMention[], words?: WordEntry[]): SentenceClaimInput => {
    const latinMask = activeLatinMask(seg.tokens.keys);
    const sentenceActors = new Map<number, Set<number>>();
    for (const m of found) {
      const s = seg.sentenceOf[m.s];
      let set = sentenceActors.get(s);
      if (!set) sentenceActors.set(s, (set = new Set()));
      set.add(m.actor);
    }
    const ptOnly = latinMask[LATIN_LANGS.indexOf('pt')] && !latinMask[LATIN_LANGS.indexOf('es')] && seg.tokens.length >= 40;
    const maskKey = latinMask.map((x) => (x ? '1' : '0')).join('');
    let byMask = infoByMask.get(maskKey);
    if (!byMask) infoByMask.set(maskKey, (byMask = { id: infoByMask.size, info: new Map() }));
    const inp: SentenceClaimInput = { seg, stems, latinMask, sentenceActors, ptOnly, info: byMask.info };
    if (words) {
      const keys = seg.tokens.keys;
      const infos: TokenInfo[] = new Array(keys.length);
      const id = byMask.id;
      for (let p = 0; p < keys.length; p++) {
        const w = words[p];
        // One field read for most tokens; an array only for words seen under several masks.
        if (w.infoMask === id) infos[p] = w.info!;
        else if (w.infoMask < 0) {
          w.info = infos[p] = tokenInfo(claimIndex, inp, keys[p]);
          w.infoMask = id;
        } else infos[p] = (w.otherInfo ??= [])[id] ??= tokenInfo(claimIndex, inp, keys[p]);
      }
      inp.infos = infos;
    }
    return inp;
  };

  /** The actor whose id is `id`, by binary search in the actors sorted by the pool id of theirs. */
  const actorIndex = (id: string): number => {
    const k = pool.lookup(id);
    if (k < 0) return -1;
    const sorted = t.actorsById;
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = t.actorId[sorted[mid]];
      if (at === k) return sorted[mid];
      if (at < k) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  const indexesOf = (ids: string[] | undefined): Set<number> | undefined => {
    if (!ids || ids.length === 0) return undefined;
    const out = new Set<number>();
    for (const id of ids) {
      const i = actorIndex(id);
      if (i >= 0) out.add(i);
    }
    return out;
  };
  /** The mentions, and the actors whose surname names someone else in the text (findActors' otherBearers). */
  const scanActors = (text: string, seg: Segmented, words: WordEntry[], options?: ScanOptions) => {
    const ctx: ActorScanContext = { text, seg, tables: actorTables, words, prior: indexesOf(options?.priorActorIds), otherBearers: indexesOf(options?.priorOtherBearerIds) };
    const found = findActors(ctx);
    return { found, otherBearerIds: ctx.otherBearers ? [...ctx.otherBearers].map((a) => pool.str(t.actorId[a])) : undefined };
  };

  return {
    version: header.version,
    scan(text: string, options?: ScanOptions): ScanResult {
      const threshold = options?.threshold ?? DEFAULT_CLAIM_THRESHOLD;
      const seg = options?.segmented ?? segment(text);
      const words = wordsOf(seg);
      const { found, otherBearerIds } = scanActors(text, seg, words, options);
      const actors = toMentions(text, found);
      const claims: ClaimMatch[] = [];
      if (t.claimId.length > 0 && seg.tokens.length > 0) {
        try {
          const inp = claimInput(seg, found, words);
          // Made on the first scan with claims: a tab that finds none never reads every actor's kind.
          actorKinds ??= Array.from(t.actorKind, (k) => pool.str(k));
          const st = options?.statements === false ? null : findStatements(text, seg, found, actorKinds, options?.whenCold);
          if (st) {
            inp.statements = st;
            inp.actorKinds = actorKinds;
            inp.affiliations = affiliationsOf;
          }
          const hits = [...confirmTracked(matchConceptClaims(claimIndex, inp, threshold), threshold, t.claimSt), ...matchBm25Claims(claimIndex, inp, threshold)];
          for (const h of hits) {
            const span = sentenceSpan(text, seg, h.sentence);
            const end = h.sentenceEnd > h.sentence ? sentenceSpan(text, seg, h.sentenceEnd).end : span.end;
            const m: ClaimMatch = {
              claimId: pool.str(t.claimId[h.claim]),
              ref: pool.str(t.claimRef[h.claim]),
              score: Math.round(h.score * 1000) / 1000,
              start: span.start,
              end,
              text: detached(text.slice(span.start, end)),
            };
            const said = st?.speakerOf(h.sentence);
            const who = said?.speaker ?? -1;
            const sm = said?.mention ?? -1;
            if (said && who >= 0 && sm >= 0) {
              const mention = found[sm];
              const speaker: ClaimSpeaker = {
                actorId: pool.str(t.actorId[who]),
                ref: pool.str(t.actorRef[who]),
                via: said.via === Via.Named ? 'named' : said.via === Via.LeadIn ? 'lead-in' : 'pronoun',
                start: mention.start,
                end: mention.end,
                text: detached(text.slice(mention.start, mention.end)),
                isClaimSpeaker: who === t.claimSp[h.claim],
              };
              m.speaker = speaker;
            }
            claims.push(m);
          }
        } catch (error) {
          // (a scan stopped half-way must not leave the claim pass's reused arrays half-written)
          if (isColdTables(error)) claimIndex.secScratch = null;
          throw error;
        }
        claims.sort((x, y) => x.start - y.start || y.score - x.score);
      }
      return otherBearerIds ? { actors, claims, otherBearerIds } : { actors, claims };
    },
    scanActors(text: string): ActorMention[] {
      const seg = segment(text);
      return toMentions(text, scanActors(text, seg, wordsOf(seg)).found);
    },
    rankClaims(text: string, limit = 10): RankedClaim[] {
      const D = claimIndex.docCount;
      if (D === 0) return [];
      const seg = segment(text);
      const inp = claimInput(seg, []);
      const q = bm25Query(claimIndex, inp, 0, seg.tokens.length);
      if (!scratch || scratch.raw.length !== D) scratch = { raw: new Float64Array(D), matched: new Int32Array(D) };
      // Retrieval ranks every claim sharing a word: no postings cap here.
      const touched = bm25Score(claimIndex, q, scratch, 0, Infinity);
      const out: RankedClaim[] = [];
      for (const d of touched) {
        const raw = scratch.raw[d];
        let score = Math.min(1, raw / (t.selfScore[d] || 1));
        if (q.negated !== (t.docNeg[d] === 1)) score *= 0.3;
        scratch.raw[d] = 0;
        scratch.matched[d] = 0;
        const c = t.docClaim[d];
        out.push({ claimId: pool.str(t.claimId[c]), ref: pool.str(t.claimRef[c]), raw, score });
      }
      out.sort((a, b) => b.raw - a.raw);
      return out.slice(0, limit);
    },
    warmStep,
    release(): void {
      stems = new StemCache();
      infoByMask = new Map();
      lexicon = [];
      // (the ids too: the numbering's map holds every word the scans met; attribution's reads by id empty with it)
      newWordIdGeneration();
      scratch = null;
      claimIndex.secScratch = null;
      pool.forget();
    },
  };
}
