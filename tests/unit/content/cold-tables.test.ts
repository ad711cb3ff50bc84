/**
 * Attribution's tables are built a step at a time in the content script, not inside the chunk that first asks a
 * speaker (lib/attribution/warm.ts): a scan told `whenCold: 'throw'` stops when they are cold, ChunkedMatch builds
 * them in slices of their own and matches the chunk again, and the matches are those of a scan that built them.
 * (Vitest gives each file its own modules: the tables start cold here.)
 */
import { describe, expect, it } from 'vitest';
import { attribute, attributionWarm, warmStep } from '../../../lib/attribution';
import { coldTables, isColdTables } from '../../../lib/attribution/cold-tables';
import { ChunkedMatch } from '../../../lib/content/chunked-match';
import { sliceClock } from '../../../lib/content/slices';
import type { Matcher, ScanOptions } from '../../../lib/match/types';

// (the quote's speaker is named a paragraph before: the matcher asks lib/attribution for it)
const ARTICLE =
  'Talks resumed in Geneva on Thursday, a day after the delegations arrived.\n\n' +
  'Sergei Lavrov was blunt when he spoke to reporters in Moscow.\n\n' +
  '"We reject any peacekeepers in Ukraine. They would be a target."\n\n' +
  'In Kyiv, officials said they had not seen the text.\n\n';

describe("attribution's tables, built a step at a time", () => {
  it('are cold in a fresh page: a scan that may not build them throws, and one that may builds them', () => {
    // (this test runs first: nothing has built them yet)
    expect(attributionWarm()).toBe(false);
    let thrown: unknown;
    try {
      attribute(ARTICLE, { whenCold: 'throw' });
    } catch (error) {
      thrown = error;
    }
    expect(isColdTables(thrown)).toBe(true);
    expect(attributionWarm()).toBe(false);
  });

  it('take many small steps, after which attribute runs without building anything', () => {
    let steps = 0;
    while (!warmStep()) steps++;
    // one per lexicon of nine languages, the genitive stems, the token lookup, its span table in pieces
    expect(steps).toBeGreaterThanOrEqual(12);
    expect(attributionWarm()).toBe(true);
    expect(warmStep()).toBe(true);
    const statements = attribute(ARTICLE, { whenCold: 'throw' });
    expect(statements.map((s) => s.speakerName)).toContain('Sergei Lavrov');
  });

  it('tells the error by its name, as the content script does without the engine that threw it', () => {
    expect(isColdTables(coldTables())).toBe(true);
    expect(isColdTables(new Error('other'))).toBe(false);
    expect(isColdTables({ name: 'NewsmarkColdTables' })).toBe(false);
  });
});

describe('ChunkedMatch when the tables are cold', () => {
  /** A matcher whose tables take `steps` warm steps; each step and each scan costs the fake clock `ms`. */
  function coldMatcher(steps: number, time: { now: number }) {
    const calls: string[] = [];
    let left = steps;
    const matcher: Matcher = {
      version: 'test',
      scan(text: string, options?: ScanOptions) {
        time.now += 1;
        if (left > 0 && options?.whenCold === 'throw') {
          calls.push('cold');
          throw coldTables();
        }
        calls.push(`scan ${text.length}`);
        return { actors: [], claims: [{ claimId: 'c', ref: 'C01', score: 1, start: 0, end: text.length, text }] };
      },
      warmStep() {
        time.now += 3;
        calls.push('warm');
        return --left <= 0;
      },
    };
    return { matcher, calls };
  }

  it('builds them in slices of their own, then matches the same chunk again', () => {
    const time = { now: 0 };
    const { matcher, calls } = coldMatcher(8, time);
    const run = new ChunkedMatch('Words of a page. '.repeat(20), matcher, {}, () => time.now);
    const clock = sliceClock(8, () => time.now);
    let slices = 0;
    for (; !run.done && slices < 100; slices++) {
      clock.reset();
      const opened = time.now;
      run.step(clock);
      // the first step of a slice may overrun it by its own cost, never more
      expect(time.now - opened).toBeLessThanOrEqual(8 + 3);
      time.now += 50;
    }
    expect(run.done).toBe(true);
    expect(slices).toBeGreaterThan(2);
    expect(calls[0]).toBe('cold');
    expect(calls.filter((c) => c === 'warm')).toHaveLength(8);
    expect(calls.slice(1, 9)).toEqual(Array(8).fill('warm'));
    // the stopped chunk is matched whole, once, and its claim counted once
    expect(calls[9]).toBe('scan 340');
    expect(run.result.claims).toHaveLength(1);
  });

  it('never stops a scan again once the matcher says its tables are built, whatever the scan reports', () => {
    const time = { now: 0 };
    const asked: string[] = [];
    // (a matcher out of step with its own tables: it would stop every scan told it may)
    const matcher: Matcher = {
      version: 'test',
      scan(text: string, options?: ScanOptions) {
        time.now += 1;
        asked.push(options?.whenCold ?? 'build');
        if (options?.whenCold === 'throw') throw coldTables();
        return { actors: [], claims: [] };
      },
      warmStep: () => true,
    };
    const run = new ChunkedMatch('Words of a page. '.repeat(20), matcher, {}, () => time.now);
    const clock = sliceClock(8, () => time.now);
    for (let slices = 0; !run.done && slices < 10; slices++) {
      clock.reset();
      run.step(clock);
    }
    expect(run.done).toBe(true);
    expect(asked).toEqual(['throw', 'build']);
  });
});
