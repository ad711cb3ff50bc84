/**
 * What the browser benchmarks (scripts/bench-browser.ts, scripts/bench-heap.ts) and the task tracer
 * (scripts/trace-tasks.ts) do in a page over the DevTools protocol: probe it, wait for the content
 * script's last User Timing measure, and record one load of a page in a Chromium trace.
 */
import type { CDPSession, Page } from 'playwright-core';

/** A Chromium trace event, as far as the scripts read it (the CPU profiler's samples included). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tts?: number;
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    data?: {
      url?: string;
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
    beginData?: { url?: string };
  };
}

export interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

/** The probes' script URL: the trace readers leave scripts of this URL out of the page's costs. */
export const PROBE_URL = 'newsmark-bench-probe';

/** The page's own performance object: a hostile page may replace window.performance (and restores it on request). */
export const PERFORMANCE = '(window.__realPerformance || performance)';

/** The trace categories every traced load records: tasks, scripts and User Timing. */
export const TRACE_CATEGORIES = ['-*', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'blink.user_timing'];

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Evaluates `expression` in the page, as a script of PROBE_URL; its value, or an error when it throws. */
export async function evaluate<T>(cdp: CDPSession, expression: string): Promise<T> {
  const answer = await cdp.send('Runtime.evaluate', { expression: `${expression}\n//# sourceURL=${PROBE_URL}`, returnByValue: true });
  if (answer.exceptionDetails) throw new Error(`probe failed: ${answer.exceptionDetails.text}`);
  return answer.result.value as T;
}

/** Polls until the content script's measure `measure` is in the page's timeline. */
export async function waitForMeasure(cdp: CDPSession, measure: string, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const expression = `${PERFORMANCE}.getEntriesByName(${JSON.stringify(measure)}).length`;
  while ((await evaluate<number>(cdp, expression).catch(() => 0)) === 0) {
    if (Date.now() > deadline) throw new Error(`${measure} never appeared on ${what}`);
    await sleep(100);
  }
}

export interface TracedLoadOptions {
  /** the content script's last measure on the page: the load is over when it is there */
  doneMeasure: string;
  /** trace categories besides TRACE_CATEGORIES */
  extraCategories?: readonly string[];
  /** time left after the measure for work still queued (idle callbacks, late slices) */
  settleMs: number;
}

/** The trace events of one load of `url` in `page` (from about:blank), up to its done measure and a settling time. */
export async function tracedLoad(page: Page, cdp: CDPSession, url: string, options: TracedLoadOptions): Promise<TraceEvent[]> {
  await page.goto('about:blank');
  const events: TraceEvent[] = [];
  const onData = (data: { value: object[] }) => {
    for (const event of data.value) events.push(event as TraceEvent);
  };
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { recordMode: 'recordAsMuchAsPossible', includedCategories: [...TRACE_CATEGORIES, ...(options.extraCategories ?? [])] },
  });
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    // The hostile pages' 5 MB of text takes long to scan on a loaded machine.
    await waitForMeasure(cdp, options.doneMeasure, url, 180_000);
    await sleep(options.settleMs);
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
  }
  return events;
}
