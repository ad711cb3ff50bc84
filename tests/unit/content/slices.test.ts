import { describe, expect, it } from 'vitest';
import { ChunkedMatch } from '../../../lib/content/chunked-match';
import { runSliced, sliceClock, steppedLoop } from '../../../lib/content/slices';
import { TextExtractor } from '../../../lib/dom/text-walker';
import type { Matcher } from '../../../lib/match/types';

/** A clock the test moves: work "costs" what it adds to `now`. */
function fakeTime() {
  const time = { now: 0 };
  const slices: Array<{ from: number; to: number }> = [];
  let opened = 0;
  return {
    time,
    clock: sliceClock(8, () => time.now),
    /** the page's turn between slices: records the slice that just ended, and lets time pass */
    yielder: async () => {
      slices.push({ from: opened, to: time.now });
      time.now += 100;
      opened = time.now;
    },
    slices,
    /** records the last slice, which ends without a yield */
    finish: () => slices.push({ from: opened, to: time.now }),
  };
}

describe('the content scheduler (runSliced)', () => {
  it('stops a slice at its deadline and resumes the work where it stopped', async () => {
    const { time, clock, yielder, slices, finish } = fakeTime();
    const done: number[] = [];
    const work = steppedLoop(
      () => 40,
      (i) => {
        done.push(i);
        time.now += 1; // each item costs 1 ms
      },
      1,
    );
    expect(await runSliced(work, clock, () => false, yielder)).toBe(true);
    finish();
    // Every item once, in order: nothing skipped or redone across yields.
    expect(done).toEqual(Array.from({ length: 40 }, (_, i) => i));
    // The first yield comes before any work; then slices of exactly the 8 ms budget.
    const worked = slices.slice(1).map((s) => s.to - s.from);
    expect(worked).toEqual([8, 8, 8, 8, 8]);
    expect(clock.busyMs()).toBe(40);
  });

  it('never lets a slice run past its deadline, however long the work is', async () => {
    const { time, clock, yielder, slices, finish } = fakeTime();
    let left = 1000;
    const work = (c: typeof clock) => {
      while (left > 0) {
        left--;
        time.now += 0.25;
        if (c.shouldYield()) return left === 0;
      }
      return true;
    };
    await runSliced(work, clock, () => false, yielder);
    finish();
    expect(left).toBe(0);
    for (const s of slices.slice(1)) expect(s.to - s.from).toBeLessThanOrEqual(8);
    expect(slices.length).toBeGreaterThan(30);
  });

  it('stops when cancelled during a yield', async () => {
    const { time, clock, yielder } = fakeTime();
    let calls = 0;
    const result = await runSliced(
      () => {
        calls++;
        time.now += 10;
        return false;
      },
      clock,
      () => calls >= 2,
      yielder,
    );
    expect(result).toBe(false);
    expect(calls).toBe(2);
  });

  it('matches chunk by chunk and yields before a chunk that would overrun the deadline', async () => {
    const { time, clock, yielder, slices, finish } = fakeTime();
    const scanned: string[] = [];
    const matcher: Matcher = {
      version: 'test',
      scan(text) {
        scanned.push(text);
        time.now += text.length / 1000; // 1 ms per 1,000 characters
        return { actors: [], claims: [] };
      },
    };
    // Lines of 3,000 characters: one chunk each (chunks stop at 4,000 characters).
    const text = Array.from({ length: 12 }, (_, i) => `${String(i).padStart(2, '0')} ${'x'.repeat(2996)}`).join('\n');
    const run = new ChunkedMatch(text, matcher, {}, () => time.now);
    expect(await runSliced((c) => run.step(c), clock, () => false, yielder)).toBe(true);
    finish();
    expect(scanned.map((chunk) => chunk.slice(0, 2))).toEqual(Array.from({ length: 12 }, (_, i) => String(i).padStart(2, '0')));
    // Two 3 ms chunks fit in 8 ms; a third would end at 9 ms, so it waits for the next slice.
    expect(slices.slice(1).map((s) => Math.round(s.to - s.from))).toEqual([6, 6, 6, 6, 6, 6]);
  });

  it('reads a page in slices that stop at the deadline, and the text is the same as read at once', async () => {
    document.body.innerHTML = `<main>${Array.from({ length: 500 }, (_, i) => `<p>Paragraph ${i} of the <b>report</b>.</p>`).join('')}</main>`;
    const whole = new TextExtractor(document.body);
    whole.run();
    const { time, clock, yielder, slices, finish } = fakeTime();
    const sliced = new TextExtractor(document.body, {
      isHidden: () => {
        time.now += 0.1; // each element costs a style check
        return false;
      },
    });
    await runSliced((c) => sliced.run(() => c.shouldYield()), clock, () => false, yielder);
    finish();
    expect(sliced.result()).toEqual(whole.result());
    expect(slices.length).toBeGreaterThan(5);
    // Checked every 32 nodes: a slice ends within 32 nodes' cost of its deadline.
    for (const s of slices.slice(1)) expect(s.to - s.from).toBeLessThanOrEqual(8 + 32 * 0.1);
  });
});
