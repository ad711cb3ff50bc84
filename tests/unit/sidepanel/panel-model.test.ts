// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  claimsOfActor,
  groupActorsByKind,
  groupClaims,
  indexSaved,
  percent,
  savedKey,
  scanSummary,
  stepMention,
} from '../../../components/sidepanel/panel-model';
import type { ActorRecord, ClaimRecord } from '../../../lib/db/records';
import type { PageReport, ReportedActor, ReportedClaim } from '../../../lib/report';

const actor = (id: string, kind: ActorRecord['kind'], name: string) => ({ id, ref: id, kind, name }) as ActorRecord;
const found = (actorId: string, count: number): ReportedActor => ({ actorId, ref: actorId, count, forms: [] });
const sentence = (claimId: string, index: number, score: number, text = `${claimId} #${index}`): ReportedClaim => ({
  claimId,
  ref: claimId,
  index,
  score,
  text,
});

describe('groupActorsByKind', () => {
  const kb = new Map(
    [
      actor('A01', 'person', 'Sergei Lavrov'),
      actor('A02', 'person', 'Vladimir Putin'),
      actor('A05', 'country', 'Russia'),
      actor('A09', 'organisation', 'NATO'),
      actor('A10', 'group', 'European leaders'),
    ].map((a) => [a.id, a]),
  );

  it('groups people, states, organisations and groups in that order, most mentioned first', () => {
    const groups = groupActorsByKind([found('A09', 1), found('A05', 9), found('A01', 3), found('A02', 7), found('A10', 2)], kb);
    expect(groups.map((g) => g.kind)).toEqual(['person', 'country', 'organisation', 'group']);
    expect(groups.map((g) => g.heading)).toEqual(['People', 'States', 'Organisations', 'Groups']);
    expect(groups[0].actors.map((a) => a.found.actorId)).toEqual(['A02', 'A01']);
    expect(groups[0].mentions).toBe(10);
  });

  it('breaks ties by name, so the order is stable', () => {
    const a = groupActorsByKind([found('A02', 4), found('A01', 4)], kb);
    const b = groupActorsByKind([found('A01', 4), found('A02', 4)], kb);
    expect(a[0].actors.map((x) => x.actor?.name)).toEqual(['Sergei Lavrov', 'Vladimir Putin']);
    expect(b).toEqual(a);
  });

  it('keeps actors deleted since the scan, in a last group of their own', () => {
    const groups = groupActorsByKind([found('GONE', 5), found('A05', 1)], kb);
    expect(groups.map((g) => g.kind)).toEqual(['country', 'unknown']);
    expect(groups[1].actors[0].actor).toBeNull();
  });

  it('returns nothing for a page without actors', () => {
    expect(groupActorsByKind([], kb)).toEqual([]);
  });
});

describe('groupClaims', () => {
  it('keeps one entry per claim in the order the page first makes it, with its sentences in document order', () => {
    const groups = groupClaims([sentence('C07', 0, 0.6), sentence('C01', 0, 0.9), sentence('C07', 2, 0.8), sentence('C07', 1, 0.5)]);
    expect(groups.map((g) => g.claimId)).toEqual(['C07', 'C01']);
    expect(groups[0].score).toBe(0.8);
    expect(groups[0].sentences.map((s) => s.index)).toEqual([0, 1, 2]);
  });
});

describe('claimsOfActor', () => {
  const claim = (id: string, extra: Partial<ClaimRecord> = {}) => ({ id, ref: id, speakerId: 'A01', retired: false, disabled: false, ...extra }) as ClaimRecord;
  it('lists the claims the page makes first, and leaves out retired and disabled ones', () => {
    const bySpeaker = new Map([['A01', [claim('C10'), claim('C02'), claim('C03', { retired: true }), claim('C04', { disabled: true }), claim('C09')]]]);
    const list = claimsOfActor('A01', bySpeaker, new Set(['C09']));
    expect(list.map((c) => [c.claim.id, c.onPage])).toEqual([
      ['C09', true],
      ['C02', false],
      ['C10', false],
    ]);
    expect(claimsOfActor('A99', bySpeaker, new Set())).toEqual([]);
  });
});

describe('stepMention', () => {
  it('starts at the first mention going forward and at the last going back', () => {
    expect(stepMention(null, 1, 5)).toBe(0);
    expect(stepMention(null, -1, 5)).toBe(4);
  });
  it('steps and wraps around both ends', () => {
    expect(stepMention(0, 1, 3)).toBe(1);
    expect(stepMention(2, 1, 3)).toBe(0);
    expect(stepMention(0, -1, 3)).toBe(2);
    expect(stepMention(1, -1, 3)).toBe(0);
  });
  it('starts over when the page now has fewer mentions, and goes nowhere when it has none', () => {
    expect(stepMention(7, 1, 3)).toBe(0);
    expect(stepMention(7, -1, 3)).toBe(2);
    expect(stepMention(0, 1, 0)).toBeNull();
  });
});

describe('saved sentences', () => {
  it('recognises a saved sentence whatever its spacing, quotes and case, by text or by quote selector', () => {
    const index = indexSaved([
      { id: 's1', claimId: 'C01', text: 'Lavrov said  “Russia is ready”.' },
      { id: 's2', claimId: 'C02', text: 'edited by the reader', selector: { exact: 'The page’s own words.' } },
    ]);
    expect(index.get(savedKey('C01', 'lavrov said "Russia is ready".'))).toBe('s1');
    expect(index.get(savedKey('C02', "The page's own words."))).toBe('s2');
    expect(index.get(savedKey('C03', 'Lavrov said "Russia is ready".'))).toBeUndefined();
  });
});

describe('percent and scanSummary', () => {
  it('shows scores as whole percentages between 0 and 100', () => {
    expect([percent(0.876), percent(1.4), percent(-1), percent(Number.NaN)]).toEqual([88, 100, 0, 0]);
  });

  it("sums up the scan's counts and timings", () => {
    const report: PageReport = {
      url: 'https://example.org/a',
      title: 'A',
      kbVersion: 'seed-7+r3',
      textLength: 12345,
      actors: [found('A01', 3), found('A02', 1)],
      claims: [sentence('C01', 0, 0.9), sentence('C01', 1, 0.8), sentence('C02', 0, 0.7)],
      timings: { extractMs: 4.24, matchMs: 21.6, highlightMs: 1, totalMs: 40.2 },
      scannedAt: 0,
    };
    const summary = scanSummary(report);
    expect(summary.counts).toBe('12,345 characters read · 2 actors (4 mentions) · 2 claims in 3 sentences');
    expect(summary.timings).toBe('Scan 40 ms: reading 4.2 ms, matching 22 ms, highlighting 1.0 ms');
    expect(summary.version).toBe('Knowledge base seed-7');
  });
});
