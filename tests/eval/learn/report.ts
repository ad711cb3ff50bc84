/** The learn-then-find section of `npm run eval`. */
import type { Prf } from '../evaluate';
import type { LearnSummary } from './evaluate';

/** Targets of the issue, for same-language finding; cross-language figures are reported as they are. */
export const LEARN_TARGET = { precision: 0.9, recall: 0.8 } as const;

/**
 * Under this `npm run eval` exits non-zero and the unit test fails: a little under what was
 * measured when it was set (2026-12-05, same-language P 0.94 R 0.80 at threshold 0.5, all
 * batches). Raise it as matching improves; lowering it needs a reason in the commit.
 */
export const LEARN_FLOOR = { precision: 0.9, recall: 0.77 } as const;

export function learnFloorMet(s: LearnSummary): boolean {
  return s.same.precision >= LEARN_FLOOR.precision && s.same.recall >= LEARN_FLOOR.recall;
}

const f = (x: number) => x.toFixed(2);
const cell = (p: Prf) => `P ${f(p.precision)}  R ${f(p.recall)}  (found ${p.tp}, missed ${p.fn}, wrong ${p.fp})`;

export function learnTargetsMet(s: LearnSummary): boolean {
  return s.same.precision >= LEARN_TARGET.precision && s.same.recall >= LEARN_TARGET.recall;
}

export function renderLearnReport(s: LearnSummary, verbose: boolean): string {
  const out: string[] = [];
  out.push(`Learn then find (tests/eval/learn): ${s.statements} statements tracked from one article each, ${s.articles} articles in ${s.groups} groups; threshold ${s.threshold}`);
  out.push(`                 same language                                   | cross-language`);
  const row = (name: string, x: { same: Prf; cross: Prf }) => `  ${name.padEnd(14)} ${cell(x.same).padEnd(47)} | ${cell(x.cross)}`;
  out.push(row('all', s));
  out.push(row('tuning', s.byBatch.tuning));
  out.push(row('sealed', s.byBatch.sealed));
  out.push(`  same-language target: precision ≥ ${LEARN_TARGET.precision}, recall ≥ ${LEARN_TARGET.recall}: ${learnTargetsMet(s) ? 'met' : 'NOT met'}`);
  out.push(`  FLOOR ${learnFloorMet(s) ? 'ok  ' : 'FAIL'} same-language precision ≥ ${LEARN_FLOOR.precision}, recall ≥ ${LEARN_FLOOR.recall}`);
  out.push('By language of the tracked statement:');
  for (const lang of Object.keys(s.byLang).sort()) out.push(row(lang, s.byLang[lang]));
  out.push('Same-language occurrences by place:');
  out.push(`  headline        R ${f(s.byKind.headline.recall)} (${s.byKind.headline.tp}/${s.byKind.headline.tp + s.byKind.headline.fn})`);
  out.push(`  body sentence   R ${f(s.byKind.body.recall)} (${s.byKind.body.tp}/${s.byKind.body.tp + s.byKind.body.fn})`);
  out.push('Threshold sweep (same language | cross-language):');
  for (const w of s.sweep) out.push(`  ${w.threshold.toFixed(2)}  P ${f(w.same.precision)} R ${f(w.same.recall)} | P ${f(w.cross.precision)} R ${f(w.cross.recall)}`);
  out.push(`Seed claims (C01–C16) found on the set: ${s.seedClaimMatches} (none of it is about the seed story)`);
  if (verbose) {
    // The sealed batch is held out from tuning: its errors are not printed.
    const shown = s.errors.filter((e) => !e.sealed);
    out.push(`Errors on the tuning batch (${shown.length}; sealed batch not shown):`);
    for (const e of shown.sort((a, b) => Number(a.cross) - Number(b.cross) || a.statement.localeCompare(b.statement))) {
      const sc = e.kind === 'miss' ? `best ${f(e.bestScore ?? 0)}` : `score ${f(e.score ?? 0)}`;
      out.push(`  ${e.kind === 'miss' ? 'MISS' : 'FP  '} ${e.cross ? 'x' : '='} ${e.statement} in ${e.article} (${e.lang}, ${sc})`);
      out.push(`       tracked: ${e.learned}`);
      out.push(`       ${e.kind === 'miss' ? 'gold' : 'found'}:   ${e.sentence.replace(/\n/g, ' ')}`);
    }
  }
  return out.join('\n');
}
