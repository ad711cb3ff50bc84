/**
 * The learn-then-find evaluation (scoring rules in README.md): every statement
 * of the set is added on top of the seed knowledge base through
 * addTrackedClaims() — the path of `npm run scan -- --add-claims` and of the
 * "Track this claim" action — and every article is scanned as the scanner
 * scans a text file.
 */
import type { Matcher } from '../../../lib/match/types';
import type { AddClaimLine } from '../../../lib/kb/track-claim';
import { loadLearnSet, type LearnSet } from './build';
import type { LearnArticle, LearnStatement } from './markup';
import type { Prf } from '../evaluate';

export interface LearnError {
  kind: 'miss' | 'false-positive';
  statement: string;
  article: string;
  lang: string;
  sealed: boolean;
  cross: boolean;
  /** the tracked words */
  learned: string;
  /** the gold sentence (miss) or the reported one (false positive) */
  sentence: string;
  score?: number;
  /** for misses: the best score the claim got on this article at threshold 0 */
  bestScore?: number;
}

export interface LearnSummary {
  threshold: number;
  groups: number;
  statements: number;
  articles: number;
  same: Prf;
  cross: Prf;
  byBatch: Record<'tuning' | 'sealed', { same: Prf; cross: Prf }>;
  byLang: Record<string, { same: Prf; cross: Prf }>;
  byKind: Record<'headline' | 'body', Prf>;
  /** recall of same-language occurrences, and precision, at other thresholds */
  sweep: { threshold: number; same: Prf; cross: Prf }[];
  /** seed claims (C01–C16) found on the set: none of it is about the seed story */
  seedClaimMatches: number;
  errors: LearnError[];
  scanMs: number;
}

export interface LearnEngine {
  matcher: Matcher;
  defaultThreshold: number;
}

/** The seed knowledge base with every statement of the set tracked on top, compiled. */
export async function loadLearnEngine(set: LearnSet = loadLearnSet()): Promise<LearnEngine & { tracked: number }> {
  const seeds = await import('../../../seeds/node');
  const compile = await import('../../../lib/match/compile');
  const matcherMod = await import('../../../lib/match/matcher');
  const track = await import('../../../lib/kb/track-claim');
  const lines: AddClaimLine[] = set.statements.map((s) => ({ id: s.id, text: s.text, speaker: s.speaker, lang: s.lang }));
  const { kb } = track.addTrackedClaims(seeds.loadSeedKnowledgeBase(), lines);
  const matcher = matcherMod.createMatcher(compile.compileIndex(kb));
  return { matcher, defaultThreshold: matcherMod.DEFAULT_CLAIM_THRESHOLD, tracked: lines.length };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

const SWEEP = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7];

interface Hit {
  ref: string;
  start: number;
  end: number;
  score: number;
  text: string;
}

export async function evaluateLearn(engine: LearnEngine, opts: { threshold?: number; set?: LearnSet } = {}): Promise<LearnSummary> {
  const { matchText } = await import('../../../lib/content/chunked-match');
  const set = opts.set ?? loadLearnSet();
  const threshold = opts.threshold ?? engine.defaultThreshold;
  const statements = new Map<string, LearnStatement>(set.statements.map((s) => [s.id, s]));
  const t0 = performance.now();
  // One scan at a low threshold; each threshold of the sweep re-filters it by score.
  const floor = Math.min(threshold, ...SWEEP, 0.1);
  const scans = new Map<string, Hit[]>();
  let seedClaimMatches = 0;
  for (const a of set.articles) {
    const r = matchText(a.text, engine.matcher, { threshold: floor });
    const hits: Hit[] = [];
    for (const c of r.claims) {
      if (statements.has(c.ref)) hits.push({ ref: c.ref, start: c.start, end: c.end, score: c.score, text: c.text });
      else if (/^C\d\d$/.test(c.ref) && c.score >= threshold) seedClaimMatches++;
    }
    scans.set(a.id, hits);
  }
  const scanMs = performance.now() - t0;

  // Precision counts reports and recall counts occurrences (one report may cover two gold
  // sentences, one sentence may be reported twice): each side keeps its own true positives.
  interface Tally {
    right: number;
    wrong: number;
    found: number;
    missed: number;
  }
  const tally = (): Tally => ({ right: 0, wrong: 0, found: 0, missed: 0 });
  const toPrf = (t: Tally): Prf => {
    const precision = t.right + t.wrong === 0 ? 1 : t.right / (t.right + t.wrong);
    const recall = t.found + t.missed === 0 ? 1 : t.found / (t.found + t.missed);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { tp: t.found, fp: t.wrong, fn: t.missed, precision, recall, f1 };
  };
  const score = (th: number, errors: LearnError[] | null) => {
    const all = { same: tally(), cross: tally() };
    const batch = { tuning: { same: tally(), cross: tally() }, sealed: { same: tally(), cross: tally() } };
    const langs: Record<string, { same: Tally; cross: Tally }> = {};
    const kinds = { headline: tally(), body: tally() };
    const each = (s: LearnStatement, a: LearnArticle, f: (t: Tally) => void) => {
      const side = a.lang === s.lang ? 'same' : 'cross';
      f(all[side]);
      f(batch[s.sealed ? 'sealed' : 'tuning'][side]);
      f((langs[s.lang] ??= { same: tally(), cross: tally() })[side]);
    };
    for (const a of set.articles) {
      const hits = scans.get(a.id)!.filter((h) => h.score >= th);
      for (const h of hits) {
        const s = statements.get(h.ref)!;
        if (s.article === a.id) continue;
        const right = a.occurrences.some((o) => o.ref === h.ref && overlaps(o, h));
        each(s, a, (t) => (right ? t.right++ : t.wrong++));
        if (!right && errors)
          errors.push({ kind: 'false-positive', statement: s.id, article: a.id, lang: a.lang, sealed: s.sealed, cross: a.lang !== s.lang, learned: s.text, sentence: h.text, score: h.score });
      }
      for (const o of a.occurrences) {
        const s = statements.get(o.ref)!;
        if (s.article === a.id) continue;
        const found = hits.some((h) => h.ref === o.ref && overlaps(o, h));
        each(s, a, (t) => (found ? t.found++ : t.missed++));
        if (a.lang === s.lang) {
          const k = kinds[o.start < a.title.length ? 'headline' : 'body'];
          found ? k.found++ : k.missed++;
        }
        if (!found && errors) {
          const best = scans.get(a.id)!.filter((h) => h.ref === o.ref).reduce((m, h) => Math.max(m, h.score), 0);
          errors.push({ kind: 'miss', statement: s.id, article: a.id, lang: a.lang, sealed: s.sealed, cross: a.lang !== s.lang, learned: s.text, sentence: o.sentence, bestScore: best });
        }
      }
    }
    const pair = (x: { same: Tally; cross: Tally }) => ({ same: toPrf(x.same), cross: toPrf(x.cross) });
    return {
      ...pair(all),
      byBatch: { tuning: pair(batch.tuning), sealed: pair(batch.sealed) },
      byLang: Object.fromEntries(Object.entries(langs).map(([l, x]) => [l, pair(x)])),
      byKind: { headline: toPrf(kinds.headline), body: toPrf(kinds.body) },
    };
  };

  const errors: LearnError[] = [];
  const main = score(threshold, errors);
  const sweep = SWEEP.map((th) => {
    const x = score(th, null);
    return { threshold: th, same: x.same, cross: x.cross };
  });
  return {
    threshold,
    groups: new Set(set.articles.map((a) => a.group)).size,
    statements: set.statements.length,
    articles: set.articles.length,
    same: main.same,
    cross: main.cross,
    byBatch: main.byBatch,
    byLang: main.byLang,
    byKind: main.byKind,
    sweep,
    seedClaimMatches,
    errors,
    scanMs,
  };
}
