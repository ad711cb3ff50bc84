/**
 * The rules of lib/match/statement-score.ts for claims a reader tracked: when a
 * named speaker vetoes one, and when a restatement in fewer words counts.
 */
import { describe, expect, it } from 'vitest';
import { confirmTracked, trackedSpeakerAllows } from '../../../lib/match/statement-score';
import { SPEAKER_NONE, SPEAKER_OTHER } from '../../../lib/match/statements';

describe('trackedSpeakerAllows', () => {
  // 0, 1: people; 2: a state; person 3 belongs to state 2, person 1 to person 0's side (0 ∈ aff(1)).
  const kinds = ['person', 'person', 'state', 'person'];
  const aff = [[], [0], [], [2]];

  it('vetoes only a statement named as said by another known person', () => {
    expect(trackedSpeakerAllows(1, true, 3, kinds, aff)).toBe(false);
    expect(trackedSpeakerAllows(0, true, 0, kinds, aff)).toBe(true);
  });

  it('lets through an unknown name, an unnamed or pronoun speaker, a state, and people who belong together', () => {
    expect(trackedSpeakerAllows(SPEAKER_OTHER, true, 0, kinds, aff)).toBe(true);
    expect(trackedSpeakerAllows(SPEAKER_NONE, false, 0, kinds, aff)).toBe(true);
    expect(trackedSpeakerAllows(1, false, 3, kinds, aff)).toBe(true);
    expect(trackedSpeakerAllows(2, true, 3, kinds, aff)).toBe(true);
    expect(trackedSpeakerAllows(1, true, 0, kinds, aff)).toBe(true);
    expect(trackedSpeakerAllows(0, true, 1, kinds, aff)).toBe(true);
  });

  it('lets anyone say a statement tracked without a speaker', () => {
    expect(trackedSpeakerAllows(1, true, -1, kinds, aff)).toBe(true);
  });
});

describe('confirmTracked', () => {
  const tracked = [1, 1, 0];

  it('keeps an echo of a statement the text states in full, scored up to that statement', () => {
    const out = confirmTracked(
      [
        { claim: 0, score: 0.9 },
        { claim: 0, score: 0.4 },
        { claim: 0, score: 0.3 },
      ],
      0.5,
      tracked,
    );
    expect(out.map((h) => h.score)).toEqual([0.9, 0.4 / 0.7]);
  });

  it('drops echoes alone, echoes of a weak statement, contrary echoes and seed claims under the threshold', () => {
    expect(confirmTracked([{ claim: 0, score: 0.45 }], 0.5, tracked)).toEqual([]);
    expect(confirmTracked([{ claim: 1, score: 0.6 }, { claim: 1, score: 0.45 }], 0.5, tracked).map((h) => h.score)).toEqual([0.6]);
    expect(confirmTracked([{ claim: 1, score: 0.9 }, { claim: 1, score: 0.45, contrary: true }], 0.5, tracked).map((h) => h.score)).toEqual([0.9]);
    expect(confirmTracked([{ claim: 2, score: 0.9 }, { claim: 2, score: 0.45 }], 0.5, tracked).map((h) => h.score)).toEqual([0.9]);
  });
});
