/**
 * The evaluation shared by `npm run eval` (scripts/eval.ts) and the floor test
 * (tests/unit/eval-floor.test.ts): scans every labelled item of items.jsonl with
 * the seed knowledge base and scores actor mentions and claims against the gold
 * labels; optionally counts what the engine finds on the shared news pages,
 * where no claim should match. Scoring rules are documented in README.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ActorMention, ClaimMatch, Matcher } from '../../lib/match/types';
import { EVAL_DIR, loadItems } from './build';
import { CLAIM_KINDS, DECOY_KINDS, type ClaimKind, type DecoyKind, type EvalItem, type GoldActor, type GoldClaim, type GoldDecoy } from './markup';

/** Catalogue ids: predictions of other refs (entries beyond the catalogue) are not scored. */
export const ACTOR_REFS = Array.from({ length: 14 }, (_, i) => `A${String(i + 1).padStart(2, '0')}`);
export const CLAIM_REFS = Array.from({ length: 16 }, (_, i) => `C${String(i + 1).padStart(2, '0')}`);

export const PAGES_DIR = resolve(EVAL_DIR, '../../../shared/pages/readability');

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(c: Counts): Prf {
  // An empty denominator scores 1 (nothing to find, nothing wrongly found).
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export interface ActorError {
  item: string;
  lang: string;
  ref: string;
  kind: 'miss' | 'false-positive';
  text: string;
  start: number;
  end: number;
  aliasType?: string;
  /** the item's text around the span */
  context: string;
}

export interface ClaimError {
  item: string;
  lang: string;
  ref: string;
  kind: 'miss' | 'false-positive' | 'wrong-sentence';
  /** gold sentence (misses) or matched sentence (false positives) */
  sentence: string;
  score?: number;
  /** for misses: best score the engine gave this claim anywhere in the item at threshold 0 */
  bestScore?: number;
  itemKind: string;
}

export interface ItemActorScore extends Counts {
  duplicates: number;
}

/**
 * Span-level actor scoring for one item. A prediction is correct when its ref
 * matches and its span overlaps a gold mention of that ref; each gold mention
 * is matched once. A further prediction overlapping an already matched gold
 * mention of its ref (one mention split in two, e.g. title and name) is a
 * duplicate: neither right nor wrong.
 */
export function scoreActors(
  gold: GoldActor[],
  preds: Pick<ActorMention, 'ref' | 'start' | 'end'>[],
): { byRef: Map<string, ItemActorScore>; missed: GoldActor[]; wrong: number[] } {
  const byRef = new Map<string, ItemActorScore>();
  const get = (r: string) => {
    let c = byRef.get(r);
    if (!c) byRef.set(r, (c = { tp: 0, fp: 0, fn: 0, duplicates: 0 }));
    return c;
  };
  const used = new Set<number>();
  const wrong: number[] = [];
  const order = preds.map((_, i) => i).sort((a, b) => preds[a].start - preds[b].start || preds[a].end - preds[b].end);
  for (const pi of order) {
    const p = preds[pi];
    if (!ACTOR_REFS.includes(p.ref)) continue;
    const free = gold.findIndex((g, gi) => !used.has(gi) && g.ref === p.ref && overlaps(g, p));
    if (free >= 0) {
      used.add(free);
      get(p.ref).tp++;
    } else if (gold.some((g) => g.ref === p.ref && overlaps(g, p))) {
      get(p.ref).duplicates++;
    } else {
      get(p.ref).fp++;
      wrong.push(pi);
    }
  }
  const missed: GoldActor[] = [];
  gold.forEach((g, gi) => {
    if (!used.has(gi)) {
      get(g.ref).fn++;
      missed.push(g);
    }
  });
  return { byRef, missed, wrong };
}

export interface ItemClaimOutcome {
  ref: string;
  outcome: 'tp' | 'fp' | 'fn' | 'wrong-sentence';
  gold: GoldClaim[];
  preds: Pick<ClaimMatch, 'ref' | 'start' | 'end' | 'text' | 'score'>[];
}

/**
 * Item-level claim scoring per ref: a gold claim is found when the engine
 * reports that ref on a sentence overlapping the gold sentence. A ref reported
 * on no gold sentence of that ref is one false positive for the item (plus a
 * miss when the item does express it elsewhere: "wrong-sentence").
 */
export function scoreClaims(
  gold: GoldClaim[],
  preds: Pick<ClaimMatch, 'ref' | 'start' | 'end' | 'text' | 'score'>[],
): ItemClaimOutcome[] {
  const refs = new Set<string>([...gold.map((g) => g.ref), ...preds.map((p) => p.ref).filter((r) => CLAIM_REFS.includes(r))]);
  const out: ItemClaimOutcome[] = [];
  for (const ref of [...refs].sort()) {
    const g = gold.filter((x) => x.ref === ref);
    const p = preds.filter((x) => x.ref === ref);
    let outcome: ItemClaimOutcome['outcome'];
    if (g.length && p.some((pp) => g.some((gg) => overlaps(gg, pp)))) outcome = 'tp';
    else if (g.length && p.length) outcome = 'wrong-sentence';
    else if (g.length) outcome = 'fn';
    else outcome = 'fp';
    out.push({ ref, outcome, gold: g, preds: p });
  }
  return out;
}

type PredSpan = Pick<ClaimMatch, 'ref' | 'start' | 'end' | 'text' | 'score'>;

export interface StatementScore {
  /** per gold claim (same order): found by a prediction of its ref overlapping it */
  found: boolean[];
  /** per decoy (same order): a prediction of its ref overlaps it */
  decoyMatched: boolean[];
  /** predictions on no gold span of their ref; `decoy` when they sit on a decoy of it */
  falsePositives: { pred: PredSpan; decoy?: GoldDecoy }[];
  /** further predictions on an already found gold span (one statement reported twice) */
  duplicates: number;
}

/**
 * Statement-level claim scoring for the article-shaped batches: every labelled
 * span counts (an article repeating a claim in its headline and a quote has
 * two), so a finding on the wrong sentence of the right article is a false
 * positive and a miss. A prediction finds every gold span of its ref that it
 * overlaps; one that overlaps only spans already found is a duplicate.
 */
export function scoreStatements(gold: GoldClaim[], decoys: GoldDecoy[], preds: PredSpan[]): StatementScore {
  const seen = new Set<string>();
  const ps = preds
    .filter((p) => CLAIM_REFS.includes(p.ref))
    .filter((p) => {
      const k = `${p.ref}:${p.start}:${p.end}`;
      return !seen.has(k) && (seen.add(k), true);
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const found = gold.map(() => false);
  const falsePositives: StatementScore['falsePositives'] = [];
  let duplicates = 0;
  for (const p of ps) {
    // A statement reported over several sentences finds every labelled span of its
    // claim it covers (a lead-in and its quote labelled apart, say).
    let fresh = false;
    let any = false;
    gold.forEach((g, gi) => {
      if (g.ref !== p.ref || !overlaps(g, p)) return;
      any = true;
      if (!found[gi]) fresh = found[gi] = true;
    });
    if (!any) falsePositives.push({ pred: p, decoy: decoys.find((d) => d.ref === p.ref && overlaps(d, p)) });
    else if (!fresh) duplicates++;
  }
  const decoyMatched = decoys.map((d) => ps.some((p) => p.ref === d.ref && overlaps(d, p)));
  return { found, decoyMatched, falsePositives, duplicates };
}

export interface ArticleClaimError {
  item: string;
  lang: string;
  ref: string;
  kind: 'miss' | 'false-positive';
  /** gold span (misses) or matched span (false positives) */
  text: string;
  /** difficulty kinds of a missed span */
  claimKinds?: ClaimKind[];
  /** a false positive on a decoy: the decoy's kinds */
  decoyKinds?: DecoyKind[];
  score?: number;
  /** for misses: best score the engine gave this claim anywhere in the item at threshold 0 */
  bestScore?: number;
}

export interface ArticleBatchSummary {
  items: number;
  goldClaims: number;
  decoys: number;
  claims: Prf & { duplicates: number };
  /** recall over the gold spans tagged with each difficulty kind */
  perKind: Record<ClaimKind, { gold: number; found: number; recall: number }>;
  /** decoys left alone (no prediction of their claim on them), per kind */
  perDecoyKind: Record<DecoyKind, { total: number; matched: number; rejected: number }>;
  perLang: Record<string, Prf>;
  perClaim: Record<string, Prf>;
  thresholdSweep: { threshold: number; claims: Prf }[];
  /** misses and false positives with their text; always empty for the sealed batch */
  errors: ArticleClaimError[];
}

export interface PageResult {
  page: string;
  chars: number;
  claims: { ref: string; score: number; text: string }[];
  actorMentions: number;
  actorsByRef: Record<string, number>;
  /** "A05 Russia" → count: what was highlighted, for spotting false positives */
  mentionTexts: Record<string, number>;
  ms: number;
}

export interface EvalSummary {
  threshold: number;
  kbVersion: string;
  items: number;
  goldActorMentions: number;
  goldClaims: number;
  actors: Prf & { duplicates: number; ignoredNonCatalogue: number };
  claims: Prf & { ignoredNonCatalogue: number };
  claimsNonEnglish: Prf;
  actorsNonEnglish: Prf;
  perClaim: Record<string, Prf>;
  perActor: Record<string, Prf>;
  perLang: Record<string, { items: number; actors: Prf; claims: Prf }>;
  perKind: Record<string, { items: number; actors: Prf; claims: Prf }>;
  /** first batch vs the held-out batch written after the knowledge base appeared (README) */
  perBatch: Record<string, { items: number; actors: Prf; claims: Prf }>;
  /**
   * The article-shaped batches, scored apart and by statement (README): the
   * tuning batch (src/news-*.txt) and the sealed one (src/sealed-*.txt). The
   * figures above cover the other items only, so the floors keep their meaning.
   */
  articleBatches: Partial<Record<ArticleBatch, ArticleBatchSummary>>;
  /** claim P/R/F1 if the threshold were each of these values (filtering a threshold-0 scan) */
  thresholdSweep: { threshold: number; claims: Prf; claimsNonEnglish: Prf }[];
  negativesWithClaims: number;
  negativeItems: number;
  actorErrors: ActorError[];
  claimErrors: ClaimError[];
  pages: { skipped: string | null; extraction: string; results: PageResult[]; claimMatches: number; actorMentions: number };
  scanMs: number;
}

export interface EngineHandle {
  matcher: Matcher;
  defaultThreshold: number;
  version: string;
}

/** Loads the seed knowledge base and compiles it with the project's engine. */
export async function loadEngine(): Promise<EngineHandle> {
  const seeds = await import('../../seeds/node');
  const compile = await import('../../lib/match/compile');
  const matcherMod = await import('../../lib/match/matcher');
  const kb = await seeds.loadSeedKnowledgeBase();
  const index = await compile.compileIndex(kb);
  const matcher = matcherMod.createMatcher(index);
  return { matcher, defaultThreshold: matcherMod.DEFAULT_CLAIM_THRESHOLD, version: matcher.version ?? kb.version };
}

type Extractor = { name: string; extract: (html: string) => Promise<string> };

/**
 * The page text the content script would scan, as `npm run scan` reads it:
 * extractText (lib/dom/text-walker.ts) over the page parsed by the CLI tools'
 * parsePage (parse5, the tree a browser builds).
 */
export async function pageExtractor(): Promise<Extractor> {
  const { extractText, hiddenByInlineStyle } = await import('../../lib/dom/text-walker');
  const { parsePage } = await import('../../scripts/lib/parse-page');
  return {
    name: 'extractText (lib/dom/text-walker.ts) over parsePage (scripts/lib/parse-page.ts)',
    extract: async (html) => extractText(parsePage(html).root, { isHidden: hiddenByInlineStyle }).text,
  };
}

export type ArticleBatch = 'articles' | 'sealed';

/**
 * Items of src/heldout-*.txt were written after the knowledge base first
 * appeared; src/news-*.txt and src/sealed-*.txt are the article-shaped batches
 * (sealed: never tuned on).
 */
export const batchOf = (id: string): 'first' | 'held-out' | ArticleBatch =>
  id.startsWith('heldout-') ? 'held-out' : id.startsWith('news-') ? 'articles' : id.startsWith('sealed-') ? 'sealed' : 'first';

const isArticleBatch = (b: string): b is ArticleBatch => b === 'articles' || b === 'sealed';

const SWEEP = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

function context(text: string, start: number, end: number): string {
  const a = Math.max(0, start - 40);
  const b = Math.min(text.length, end + 40);
  return `${a > 0 ? '…' : ''}${text.slice(a, start)}⟦${text.slice(start, end)}⟧${text.slice(end, b)}${b < text.length ? '…' : ''}`.replace(/\n/g, ' ');
}

export interface EvaluateOptions {
  threshold?: number;
  /** scan the shared pages too (default: when the directory exists) */
  pages?: boolean;
  pagesDir?: string;
  items?: EvalItem[];
}

export async function evaluate(engine: EngineHandle, opts: EvaluateOptions = {}): Promise<EvalSummary> {
  const threshold = opts.threshold ?? engine.defaultThreshold;
  const items = opts.items ?? loadItems();
  const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
  const add = (a: Counts, b: Counts) => {
    a.tp += b.tp;
    a.fp += b.fp;
    a.fn += b.fn;
  };
  const actorsAll = zero();
  let duplicates = 0;
  let ignoredActors = 0;
  let ignoredClaims = 0;
  const claimsAll = zero();
  const claimsNonEn = zero();
  const actorsNonEn = zero();
  const perClaim: Record<string, Counts> = Object.fromEntries(CLAIM_REFS.map((r) => [r, zero()]));
  const perActor: Record<string, Counts> = Object.fromEntries(ACTOR_REFS.map((r) => [r, zero()]));
  const perLang: Record<string, { items: number; actors: Counts; claims: Counts }> = {};
  const perKind: Record<string, { items: number; actors: Counts; claims: Counts }> = {};
  const perBatch: Record<string, { items: number; actors: Counts; claims: Counts }> = {};
  const sweep = SWEEP.map((t) => ({ threshold: t, all: zero(), nonEn: zero() }));
  const actorErrors: ActorError[] = [];
  const claimErrors: ClaimError[] = [];
  let negativesWithClaims = 0;
  let scanMs = 0;

  const articleAcc: Partial<Record<ArticleBatch, ArticleAcc>> = {};
  const scoredItems = items.filter((i) => !isArticleBatch(batchOf(i.id)));

  for (const item of items) {
    const t0 = performance.now();
    const result = engine.matcher.scan(item.text, { threshold });
    scanMs += performance.now() - t0;
    const all = engine.matcher.scan(item.text, { threshold: 0 });
    const itemBatch = batchOf(item.id);
    if (isArticleBatch(itemBatch)) {
      addArticle((articleAcc[itemBatch] ??= newArticleAcc(itemBatch === 'articles')), item, result.claims, all.claims);
      continue;
    }
    const lang = (perLang[item.lang] ??= { items: 0, actors: zero(), claims: zero() });
    const kind = (perKind[item.kind] ??= { items: 0, actors: zero(), claims: zero() });
    const batch = (perBatch[itemBatch] ??= { items: 0, actors: zero(), claims: zero() });
    lang.items++;
    kind.items++;
    batch.items++;

    ignoredActors += result.actors.filter((a) => !ACTOR_REFS.includes(a.ref)).length;
    const a = scoreActors(item.actors, result.actors);
    for (const [ref, c] of a.byRef) {
      add(actorsAll, c);
      add(perActor[ref], c);
      add(lang.actors, c);
      add(kind.actors, c);
      add(batch.actors, c);
      if (item.lang !== 'en') add(actorsNonEn, c);
      duplicates += c.duplicates;
    }
    for (const g of a.missed)
      actorErrors.push({ item: item.id, lang: item.lang, ref: g.ref, kind: 'miss', text: g.text, start: g.start, end: g.end, context: context(item.text, g.start, g.end) });
    for (const pi of a.wrong) {
      const p = result.actors[pi];
      actorErrors.push({
        item: item.id,
        lang: item.lang,
        ref: p.ref,
        kind: 'false-positive',
        text: p.text,
        start: p.start,
        end: p.end,
        aliasType: p.aliasType,
        context: context(item.text, p.start, p.end),
      });
    }

    ignoredClaims += result.claims.filter((c) => !CLAIM_REFS.includes(c.ref)).length;
    if (item.kind === 'negative' && result.claims.some((c) => CLAIM_REFS.includes(c.ref))) negativesWithClaims++;
    for (const o of scoreClaims(item.claims, result.claims)) {
      const c: Counts = {
        tp: o.outcome === 'tp' ? 1 : 0,
        fp: o.outcome === 'fp' || o.outcome === 'wrong-sentence' ? 1 : 0,
        fn: o.outcome === 'fn' || o.outcome === 'wrong-sentence' ? 1 : 0,
      };
      add(claimsAll, c);
      add(perClaim[o.ref], c);
      add(lang.claims, c);
      add(kind.claims, c);
      add(batch.claims, c);
      if (item.lang !== 'en') add(claimsNonEn, c);
      if (o.outcome === 'fn' || o.outcome === 'wrong-sentence') {
        const best = all.claims.filter((x) => x.ref === o.ref).reduce((m, x) => Math.max(m, x.score), 0);
        for (const g of o.gold.slice(0, 1))
          claimErrors.push({ item: item.id, lang: item.lang, ref: o.ref, kind: o.outcome === 'fn' ? 'miss' : 'wrong-sentence', sentence: g.sentence, bestScore: best, itemKind: item.kind });
      }
      if (o.outcome === 'fp' || o.outcome === 'wrong-sentence')
        for (const p of o.preds)
          claimErrors.push({ item: item.id, lang: item.lang, ref: o.ref, kind: 'false-positive', sentence: p.text, score: p.score, itemKind: item.kind });
    }
    for (const s of sweep) {
      const kept = all.claims.filter((x) => x.score >= s.threshold);
      for (const o of scoreClaims(item.claims, kept)) {
        const c: Counts = {
          tp: o.outcome === 'tp' ? 1 : 0,
          fp: o.outcome === 'fp' || o.outcome === 'wrong-sentence' ? 1 : 0,
          fn: o.outcome === 'fn' || o.outcome === 'wrong-sentence' ? 1 : 0,
        };
        add(s.all, c);
        if (item.lang !== 'en') add(s.nonEn, c);
      }
    }
  }

  const pages = await scanPages(engine, threshold, opts);
  const mapPrf = <T extends Record<string, Counts>>(o: T) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, prf(v)]));
  const mapGroup = (o: typeof perLang) =>
    Object.fromEntries(
      Object.entries(o)
        .sort(([x], [y]) => x.localeCompare(y))
        .map(([k, v]) => [k, { items: v.items, actors: prf(v.actors), claims: prf(v.claims) }]),
    );
  return {
    threshold,
    kbVersion: engine.version,
    items: scoredItems.length,
    goldActorMentions: scoredItems.reduce((n, i) => n + i.actors.length, 0),
    goldClaims: scoredItems.reduce((n, i) => n + new Set(i.claims.map((c) => c.ref)).size, 0),
    actors: { ...prf(actorsAll), duplicates, ignoredNonCatalogue: ignoredActors },
    claims: { ...prf(claimsAll), ignoredNonCatalogue: ignoredClaims },
    claimsNonEnglish: prf(claimsNonEn),
    actorsNonEnglish: prf(actorsNonEn),
    perClaim: mapPrf(perClaim),
    perActor: mapPrf(perActor),
    perLang: mapGroup(perLang),
    perKind: mapGroup(perKind),
    perBatch: mapGroup(perBatch),
    thresholdSweep: sweep.map((s) => ({ threshold: s.threshold, claims: prf(s.all), claimsNonEnglish: prf(s.nonEn) })),
    negativesWithClaims,
    negativeItems: scoredItems.filter((i) => i.kind === 'negative').length,
    articleBatches: Object.fromEntries(Object.entries(articleAcc).map(([k, acc]) => [k, summariseArticles(acc)])),
    actorErrors,
    claimErrors,
    pages,
    scanMs,
  };
}

interface ArticleAcc {
  keepErrors: boolean;
  items: number;
  goldClaims: number;
  decoys: number;
  all: Counts;
  duplicates: number;
  perKind: Record<string, { gold: number; found: number }>;
  perDecoyKind: Record<string, { total: number; matched: number }>;
  perLang: Record<string, Counts>;
  perClaim: Record<string, Counts>;
  sweep: { threshold: number; all: Counts }[];
  errors: ArticleClaimError[];
}

function newArticleAcc(keepErrors: boolean): ArticleAcc {
  const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
  return {
    keepErrors,
    items: 0,
    goldClaims: 0,
    decoys: 0,
    all: zero(),
    duplicates: 0,
    perKind: Object.fromEntries(CLAIM_KINDS.map((k) => [k, { gold: 0, found: 0 }])),
    perDecoyKind: Object.fromEntries(DECOY_KINDS.map((k) => [k, { total: 0, matched: 0 }])),
    perLang: {},
    perClaim: Object.fromEntries(CLAIM_REFS.map((r) => [r, zero()])),
    sweep: SWEEP.map((t) => ({ threshold: t, all: zero() })),
    errors: [],
  };
}

function addArticle(acc: ArticleAcc, item: EvalItem, preds: PredSpan[], all: PredSpan[]): void {
  const decoys = item.decoys ?? [];
  const s = scoreStatements(item.claims, decoys, preds);
  const lang = (acc.perLang[item.lang] ??= { tp: 0, fp: 0, fn: 0 });
  acc.items++;
  acc.goldClaims += item.claims.length;
  acc.decoys += decoys.length;
  acc.duplicates += s.duplicates;
  const bump = (ref: string, k: keyof Counts) => {
    acc.all[k]++;
    lang[k]++;
    acc.perClaim[ref][k]++;
  };
  item.claims.forEach((g, gi) => {
    bump(g.ref, s.found[gi] ? 'tp' : 'fn');
    for (const k of g.kinds ?? []) {
      acc.perKind[k].gold++;
      if (s.found[gi]) acc.perKind[k].found++;
    }
    if (!s.found[gi] && acc.keepErrors)
      acc.errors.push({
        item: item.id,
        lang: item.lang,
        ref: g.ref,
        kind: 'miss',
        text: g.sentence,
        claimKinds: g.kinds,
        bestScore: all.filter((x) => x.ref === g.ref).reduce((m, x) => Math.max(m, x.score), 0),
      });
  });
  for (const fp of s.falsePositives) {
    bump(fp.pred.ref, 'fp');
    if (acc.keepErrors)
      acc.errors.push({
        item: item.id,
        lang: item.lang,
        ref: fp.pred.ref,
        kind: 'false-positive',
        text: fp.pred.text,
        decoyKinds: fp.decoy?.kinds,
        score: fp.pred.score,
      });
  }
  decoys.forEach((d, di) => {
    for (const k of d.kinds) {
      acc.perDecoyKind[k].total++;
      if (s.decoyMatched[di]) acc.perDecoyKind[k].matched++;
    }
  });
  for (const sw of acc.sweep) {
    const t = scoreStatements(
      item.claims,
      decoys,
      all.filter((x) => x.score >= sw.threshold),
    );
    sw.all.tp += t.found.filter(Boolean).length;
    sw.all.fn += t.found.filter((f) => !f).length;
    sw.all.fp += t.falsePositives.length;
  }
}

function summariseArticles(acc: ArticleAcc): ArticleBatchSummary {
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    items: acc.items,
    goldClaims: acc.goldClaims,
    decoys: acc.decoys,
    claims: { ...prf(acc.all), duplicates: acc.duplicates },
    perKind: Object.fromEntries(
      Object.entries(acc.perKind).map(([k, v]) => [k, { ...v, recall: ratio(v.found, v.gold) }]),
    ) as ArticleBatchSummary['perKind'],
    perDecoyKind: Object.fromEntries(
      Object.entries(acc.perDecoyKind).map(([k, v]) => [k, { ...v, rejected: ratio(v.total - v.matched, v.total) }]),
    ) as ArticleBatchSummary['perDecoyKind'],
    perLang: Object.fromEntries(
      Object.entries(acc.perLang)
        .sort(([x], [y]) => x.localeCompare(y))
        .map(([k, v]) => [k, prf(v)]),
    ),
    perClaim: Object.fromEntries(Object.entries(acc.perClaim).map(([k, v]) => [k, prf(v)])),
    thresholdSweep: acc.sweep.map((sw) => ({ threshold: sw.threshold, claims: prf(sw.all) })),
    errors: acc.errors,
  };
}

async function scanPages(engine: EngineHandle, threshold: number, opts: EvaluateOptions): Promise<EvalSummary['pages']> {
  const dir = opts.pagesDir ?? PAGES_DIR;
  if (opts.pages === false) return { skipped: 'not requested', extraction: '', results: [], claimMatches: 0, actorMentions: 0 };
  if (!existsSync(dir))
    return { skipped: `${dir} not found (../shared absent)`, extraction: '', results: [], claimMatches: 0, actorMentions: 0 };
  const extractor = await pageExtractor();
  const results: PageResult[] = [];
  for (const f of readdirSync(dir).filter((x) => /\.html?$/.test(x)).sort()) {
    const text = await extractor.extract(readFileSync(join(dir, f), 'utf8'));
    const t0 = performance.now();
    const r = engine.matcher.scan(text, { threshold });
    const ms = performance.now() - t0;
    const actorsByRef: Record<string, number> = {};
    const mentionTexts: Record<string, number> = {};
    for (const m of r.actors) {
      actorsByRef[m.ref] = (actorsByRef[m.ref] ?? 0) + 1;
      const k = `${m.ref} ${m.text.replace(/\s+/g, ' ')}`;
      mentionTexts[k] = (mentionTexts[k] ?? 0) + 1;
    }
    results.push({
      page: f,
      chars: text.length,
      claims: r.claims.map((c) => ({ ref: c.ref, score: c.score, text: c.text })),
      actorMentions: r.actors.length,
      actorsByRef,
      mentionTexts,
      ms,
    });
  }
  return {
    skipped: null,
    extraction: extractor.name,
    results,
    claimMatches: results.reduce((n, p) => n + p.claims.length, 0),
    actorMentions: results.reduce((n, p) => n + p.actorMentions, 0),
  };
}
