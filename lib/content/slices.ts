/**
 * Cooperative time slicing: long work runs in slices of a few milliseconds
 * and gives the page's main thread back in between, so no task of ours comes
 * near the 50 ms that makes a page feel stuck.
 */

/** Budget of one slice. Well under 50 ms: the browser adds its own work to each task. */
export const SLICE_MS = 8;

export interface SliceClock {
  /** true once the current slice has used its budget */
  shouldYield(): boolean;
  /** ends the current slice (before yielding) */
  pause(): void;
  /** starts a new slice (after yielding) */
  reset(): void;
  /** time spent in slices so far */
  busyMs(): number;
}

export function sliceClock(budgetMs = SLICE_MS, now: () => number = () => performance.now()): SliceClock {
  let start = now();
  let busy = 0;
  let open = true;
  return {
    shouldYield() {
      return now() - start >= budgetMs;
    },
    pause() {
      if (open) busy += now() - start;
      open = false;
    },
    reset() {
      start = now();
      open = true;
    },
    busyMs() {
      return busy + (open ? now() - start : 0);
    },
  };
}

type SchedulerLike = { yield?: () => Promise<void> };

/** Gives the main thread back: scheduler.yield() where it exists (keeps our priority), a macrotask otherwise. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Runs `work` until it reports done, yielding whenever the slice is spent.
 * `work` gets the clock and returns true when finished.
 */
export async function runSliced(
  work: (clock: SliceClock) => boolean,
  clock: SliceClock = sliceClock(),
  isCancelled: () => boolean = () => false,
): Promise<boolean> {
  while (!work(clock)) {
    clock.pause();
    await yieldToPage();
    if (isCancelled()) return false;
    clock.reset();
  }
  return true;
}
