/**
 * Our evaluation set (tests/eval) scored with the seed knowledge base and the
 * engine: fails when accuracy drops under the floor in tests/eval/floor.ts.
 * The same computation as `npm run eval`.
 */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildItems, loadItems } from '../eval/build';
import { CLAIM_REFS, evaluate, loadEngine, PAGES_DIR, type EvalSummary } from '../eval/evaluate';
import { checkFloor, FLOOR } from '../eval/floor';

const hasPages = existsSync(PAGES_DIR);
if (!hasPages) console.warn(`NOTICE: ${PAGES_DIR} is absent: the shared-page false-positive check is skipped`);

describe('evaluation set', () => {
  const items = loadItems();

  it('items.jsonl is the build of tests/eval/src (run npx tsx tests/eval/build.ts)', () => {
    expect(items).toEqual(buildItems());
  });

  it('labels point at the text they name', () => {
    for (const item of items) {
      for (const a of item.actors) expect(item.text.slice(a.start, a.end), item.id).toBe(a.text);
      for (const c of item.claims) expect(item.text.slice(c.start, c.end), item.id).toBe(c.sentence);
      const starts = item.actors.map((a) => a.start);
      expect(starts, `${item.id}: actor mentions in order`).toEqual([...starts].sort((x, y) => x - y));
    }
  });

  it('restates every catalogue claim at least 8 times and holds ≥ 300 items', () => {
    expect(items.length).toBeGreaterThanOrEqual(300);
    for (const ref of CLAIM_REFS) {
      const n = items.filter((i) => i.claims.some((c) => c.ref === ref)).length;
      expect(n, ref).toBeGreaterThanOrEqual(8);
    }
  });
});

describe('engine accuracy on the evaluation set (seed knowledge base)', () => {
  let summary: EvalSummary;
  beforeAll(async () => {
    summary = await evaluate(await loadEngine(), { pages: hasPages });
  }, 300_000);

  it(`actor mention F1 ≥ ${FLOOR.actorF1}, claim F1 ≥ ${FLOOR.claimF1}, held-out claim F1 ≥ ${FLOOR.heldOutClaimF1}`, () => {
    const checks = checkFloor(summary).filter((c) => c.id !== 'pageClaims');
    expect(checks.map((c) => c.id)).toEqual(['actorF1', 'claimF1', 'heldOutClaimF1']);
    for (const c of checks) expect(c.value, `${c.name} (floor ${c.floor})`).toBeGreaterThanOrEqual(c.floor);
  });

  it.skipIf(!hasPages)(`at most ${FLOOR.maxPageClaimMatches} claim matches on the shared news pages`, () => {
    expect(summary.pages.results.length).toBeGreaterThan(0);
    const found = summary.pages.results.flatMap((p) => p.claims.map((c) => `${p.page} ${c.ref} ${c.text.slice(0, 80)}`));
    expect(found.length, found.join('\n')).toBeLessThanOrEqual(FLOOR.maxPageClaimMatches);
  });
});
