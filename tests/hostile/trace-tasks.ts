/** Which main-thread tasks of a Chromium trace ran the extension's code, and what they cost it. */
import type { TaskCost } from './suite';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; frame?: string }; beginData?: { url?: string; frame?: string } };
}

/**
 * Tasks of the page's main thread that ran our code, from a devtools.timeline trace. A task's cost
 * to us counts from the moment our code starts in it: what the page did earlier in the same task
 * (Chromium may run an idle-time content script in the task that parsed the last of a large page
 * and styled it) cannot have been caused by our code in that task, and is the page's own.
 */
export function ourTasks(events: TraceEvent[], pageUrl: string): TaskCost {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === pageUrl);
  if (!parse) throw new Error(`no ParseHTML of ${pageUrl} in the trace`);
  const thread = events
    .filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts);
  const tasks = thread.filter((e) => e.name === 'RunTask');
  const ours = (e: TraceEvent) =>
    /^chrome-extension:\/\//.test(e.args?.data?.url ?? '') || e.name === 'RunYieldContinuation';
  const marks = thread.filter(ours);
  const cpuOf = (e: TraceEvent) => (e.tdur ?? e.dur!) / 1000;
  let count = 0;
  let longestCpu = 0;
  let longestWall = 0;
  let longestTask = 0;
  let cursor = 0;
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    while (cursor < marks.length && marks[cursor]!.ts < task.ts) cursor++;
    if (cursor >= marks.length || marks[cursor]!.ts >= end) continue;
    count++;
    const start = marks[cursor]!.ts;
    // The page's work before ours: the task's top-level events that ended before our code began.
    let before = 0;
    let beforeWall = 0;
    let reached = task.ts;
    for (const event of thread) {
      if (event.ts < task.ts || event === task) continue;
      if (event.ts >= start) break;
      if (event.ts < reached || event.ts + event.dur! > start) continue;
      before += cpuOf(event);
      beforeWall += event.dur! / 1000;
      reached = event.ts + event.dur!;
    }
    // Not every piece of the page's work is a trace event (a DevTools Runtime.evaluate, for one, is
    // not): whatever ran before our first event is the page's, so our share is also at most the
    // thread time from our start to the task's end, which the wall time of that stretch bounds.
    const fromOurStart = (end - start) / 1000;
    const cpu = Math.max(0, Math.min(cpuOf(task) - before, fromOurStart));
    longestTask = Math.max(longestTask, cpuOf(task));
    if (cpu > longestCpu) {
      longestCpu = cpu;
      longestWall = Math.min(task.dur! / 1000 - beforeWall, fromOurStart);
    }
  }
  return { tasks: count, longestCpuMs: longestCpu, longestWallMs: longestWall, longestTaskCpuMs: longestTask };
}
