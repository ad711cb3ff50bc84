/**
 * The content script's one scheduler. Every phase whose cost grows with the
 * page or the knowledge base (reading the text, matching, turning offsets into
 * ranges, painting, re-reading after changes, anchoring saved quotes) runs as
 * `work(clock)` steps inside `runSliced`: a step does pieces of work until the
 * slice's deadline, returns, and the scheduler gives the main thread back
 * before the next slice. The deadline is time, not a count of pieces: a slower
 * machine does less per slice, never more time per task.
 */

/** Budget of one slice: a third of a 50 ms task with room for what the browser adds to each task. */
export const SLICE_MS = 8;

export interface SliceClock {
  /**
   * true once the current slice has used its budget, or would with `upcomingMs`
   * more work: a step asks before a piece whose cost it can estimate.
   */
  shouldYield(upcomingMs?: number): boolean;
  /** ends the current slice (before yielding) */
  pause(): void;
  /** starts a new slice (after yielding) */
  reset(): void;
  /** time spent in slices so far */
  busyMs(): number;
  /** the longest slice so far: what one task of this work cost the page */
  longestMs(): number;
}

export function sliceClock(budgetMs = SLICE_MS, now: () => number = () => performance.now()): SliceClock {
  let start = now();
  let busy = 0;
  let longest = 0;
  let open = true;
  return {
    shouldYield(upcomingMs = 0) {
      return now() - start + upcomingMs >= budgetMs;
    },
    pause() {
      if (open) {
        const slice = now() - start;
        busy += slice;
        longest = Math.max(longest, slice);
      }
      open = false;
    },
    reset() {
      start = now();
      open = true;
    },
    busyMs() {
      return busy + (open ? now() - start : 0);
    },
    longestMs() {
      return Math.max(longest, open ? now() - start : 0);
    },
  };
}

/** How a sliced run gives the main thread back between slices. */
export type Yielder = () => Promise<void>;

type SchedulerLike = { yield?: () => Promise<void> };

/** Gives the main thread back: scheduler.yield() where it exists (keeps our priority), a macrotask otherwise. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

type IdleCallback = (callback: () => void, options?: { timeout: number }) => number;

/**
 * For work nobody waits for (marking saved quotes, re-reading what the page
 * changed): the next idle period, or within `timeoutMs` on a page that is never idle.
 */
export function yieldToIdle(timeoutMs = 500): Promise<void> {
  const idle = (globalThis as { requestIdleCallback?: IdleCallback }).requestIdleCallback;
  if (typeof idle !== 'function') return yieldToPage();
  return new Promise((resolve) => {
    idle(() => resolve(), { timeout: timeoutMs });
  });
}

/**
 * Runs `work` until it reports done, yielding whenever it returns unfinished.
 * `work` gets the clock, does pieces until `clock.shouldYield()`, and returns
 * true when finished; the next call resumes where it stopped. Resolves false
 * when `isCancelled` says stop (checked after every yield).
 *
 * The first slice, too, runs after a yield: whatever ran before in this task
 * (the previous phase's last slice, building the matcher) has used the task's
 * time already, and phases awaited one after the other would otherwise share
 * one task.
 */
export async function runSliced(
  work: (clock: SliceClock) => boolean,
  clock: SliceClock = sliceClock(),
  isCancelled: () => boolean = () => false,
  yielder: Yielder = yieldToPage,
): Promise<boolean> {
  clock.pause();
  for (;;) {
    await yielder();
    if (isCancelled()) return false;
    clock.reset();
    const done = work(clock);
    clock.pause();
    if (done) return true;
  }
}

/**
 * A loop over `count` items as a sliced step: `each(i)` for i = 0, 1, … until
 * the slice's deadline, checked every `every` items (for items that cost a few
 * microseconds, a clock read per item would cost as much as the work).
 */
export function steppedLoop(count: () => number, each: (i: number) => void, every = 16): (clock: SliceClock) => boolean {
  let i = 0;
  return (clock) => {
    const n = count();
    while (i < n) {
      each(i++);
      if (i % every === 0 && clock.shouldYield()) return i >= n;
    }
    return true;
  };
}
