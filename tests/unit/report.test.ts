import { describe, expect, it } from 'vitest';
import { bestMatchPerClaim } from '../../lib/report';

describe('bestMatchPerClaim', () => {
  it('keeps the best sentence of each claim and counts the others', () => {
    const match = (claimId: string, score: number, text: string) => ({ claimId, ref: claimId, score, text, index: 0 });
    const grouped = bestMatchPerClaim([match('C1', 0.6, 'a'), match('C2', 0.7, 'b'), match('C1', 0.9, 'c'), match('C1', 0.5, 'd')]);
    expect(grouped.map((g) => [g.claimId, g.score, g.text, g.sentences])).toEqual([
      ['C1', 0.9, 'c', 3],
      ['C2', 0.7, 'b', 1],
    ]);
  });
});
