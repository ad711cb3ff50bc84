// How the hostile suite charges Chromium's main-thread tasks to the extension (tests/hostile/trace-tasks.ts).
import { describe, expect, it } from 'vitest';
import { ourTasks, type TraceEvent } from '../hostile/trace-tasks';

const PAGE = 'http://127.0.0.1:1/big-text';
const OURS = 'chrome-extension://abc/content-scripts/content.js';
// Microseconds, as traces are; tdur (thread time) equal to dur unless given.
const ev = (name: string, ts: number, dur: number, url?: string, extra: Partial<TraceEvent> = {}): TraceEvent => ({
  name,
  ph: 'X',
  ts,
  dur,
  tdur: dur,
  pid: 1,
  tid: 1,
  ...(url ? { args: { data: { url } } } : {}),
  ...extra,
});
const parse = (ts: number, dur: number) => ev('ParseHTML', ts, dur, undefined, { args: { beginData: { url: PAGE } } });

describe('charging tasks to the extension', () => {
  it('ignores tasks where our code never ran', () => {
    const cost = ourTasks([ev('RunTask', 0, 90_000), parse(0, 90_000), ev('RunTask', 100_000, 5_000), ev('FunctionCall', 100_500, 4_000, OURS)], PAGE);
    // From our first event, half a millisecond in, to the task's end.
    expect(cost).toMatchObject({ tasks: 1, longestCpuMs: 4.5 });
  });

  it('charges a task from our code on: the page parsing and styling itself before it is the page’s', () => {
    const events = [
      ev('RunTask', 0, 67_000),
      parse(0, 16_000),
      ev('UpdateLayoutTree', 16_500, 34_000),
      ev('EvaluateScript', 51_000, 12_000, OURS),
      ev('v8.compile', 51_100, 3_000, OURS),
    ];
    const cost = ourTasks(events, PAGE);
    expect(cost.tasks).toBe(1);
    // Our evaluation, 51 ms in, to the task's end (the 0.5 ms gaps between the page's events are the page's too).
    expect(cost.longestCpuMs).toBeCloseTo(67 - 51, 5);
    expect(cost.longestTaskCpuMs).toBe(67);
  });

  it('keeps what our code forced inside its own call, and what follows it in the task', () => {
    const events = [
      parse(-5_000, 1_000),
      ev('RunTask', 0, 80_000),
      ev('FunctionCall', 1_000, 60_000, OURS),
      ev('UpdateLayoutTree', 2_000, 40_000), // forced by a call of ours: nested in it
      ev('Layout', 62_000, 15_000), // after our code: may be its doing
    ];
    // From our first event (1 ms in) to the task's end.
    expect(ourTasks(events, PAGE).longestCpuMs).toBe(79);
  });

  it('leaves to the page its untraced work before our code, as a script evaluated by DevTools', () => {
    // The hostile check clicks a button and reads 5 MB of textContent through Runtime.evaluate, which
    // leaves no event of its own; our MutationObserver callback then runs at the end of that task.
    const events = [
      parse(-5_000, 1_000),
      ev('RunTask', 0, 66_000),
      ev('EventDispatch', 700, 1_700),
      ev('FunctionCall', 64_800, 900, OURS),
    ];
    const cost = ourTasks(events, PAGE);
    expect(cost.tasks).toBe(1);
    expect(cost.longestCpuMs).toBeCloseTo(1.2, 5);
    expect(cost.longestTaskCpuMs).toBe(66);
  });

  it('counts a resumed scheduler.yield() as ours', () => {
    const events = [parse(0, 1_000), ev('RunTask', 10_000, 55_000), ev('RunYieldContinuation', 10_100, 54_000)];
    expect(ourTasks(events, PAGE).tasks).toBe(1);
    expect(ourTasks(events, PAGE).longestCpuMs).toBeCloseTo(54.9, 5);
  });

  it('uses thread time, not wall time', () => {
    const events = [parse(0, 1_000), ev('RunTask', 10_000, 90_000, undefined, { tdur: 20_000 }), ev('FunctionCall', 10_000, 90_000, OURS, { tdur: 20_000 })];
    expect(ourTasks(events, PAGE)).toMatchObject({ longestCpuMs: 20, longestWallMs: 90 });
  });
});
