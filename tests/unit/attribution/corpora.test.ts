/**
 * The public quotation corpora (../shared/attribution, read in place, never copied): a floor under the
 * dev-split figures that `npm run eval:attribution` prints, so a change that breaks attribution on real
 * news fails here. Skipped with a notice when the shared folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addTally, dedupeGold, emptyTally, prf, quotationsAsDirect, quotationsCountDirect, score, spanSpeaker, type GoldItem } from '../../../scripts/lib/attribution-score';
import { statements } from './helpers';

const shared = resolve(__dirname, '../../../../shared/attribution');

function direct(split: string) {
  let t = emptyTally();
  const docs = readFileSync(`${shared}/${split}.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  for (const doc of docs) {
    const text = readFileSync(join(shared, split, doc.file), 'utf8');
    const gold: GoldItem[] = dedupeGold(doc.attributions.map((a: GoldItem & { type: GoldItem['kind'] }) => ({ kind: a.type, content: a.content, source: a.source })));
    const pred = statements(text);
    // (scored as npm run eval:attribution does: German WikiNews counts quotations inside reported speech as direct)
    const extra = quotationsCountDirect(split) ? quotationsAsDirect(pred) : [];
    t = addTally(t, score(gold.filter((g) => g.kind === 'direct'), [...pred.filter((s) => s.kind === 'direct'), ...extra], spanSpeaker));
  }
  return prf(t);
}

describe.skipIf(!existsSync(shared))('attribution on the public corpora (dev splits)', () => {
  it('PolNeAR: direct quotes and their speakers', () => {
    const r = direct('polnear/dev');
    expect(r.f1).toBeGreaterThanOrEqual(0.86);
    expect(r.acc).toBeGreaterThanOrEqual(0.83);
  }, 120_000);

  it('German WikiNews: direct quotes and their speakers', () => {
    const r = direct('german-wikinews/dev');
    expect(r.f1).toBeGreaterThanOrEqual(0.83);
    expect(r.acc).toBeGreaterThanOrEqual(0.79);
  }, 120_000);
});

if (!existsSync(shared)) console.warn(`NOTICE: ${shared} is absent: the attribution corpus tests are skipped.`);
