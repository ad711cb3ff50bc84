/**
 * `npm run bench:browser`: what Newsmark's content script costs a real page, in Chromium.
 *
 * Every shared page (../shared/pages/readability) is loaded from 127.0.0.1, with its own scripts
 * forbidden by a CSP (tests/e2e/reading-server.ts), in two Chromiums started side by side:
 * - one with the built extension (.output/chrome-mv3, `npm run build` first);
 * - one with the floor extension (tests/e2e/floor-extension), whose content script only walks the
 *   body's text nodes with a TreeWalker and reads their data, at document_idle like ours.
 *
 * Each load is traced through the Chrome DevTools Protocol (Tracing, devtools.timeline) from
 * before the navigation until 500 ms after the content script is done (its User Timing measure:
 * newsmark:highlight, or floor:walk). With the page's scripts off, every script that runs on the
 * page's main thread is the content script's (the bench's own probes, evaluated with a
 * sourceURL of their own, are left out), so:
 * - script ms: time in JavaScript (with the style and layout work it forces) on the main thread;
 * - longest task ms: the longest main-thread task that ran any of that JavaScript;
 * - ratio: newsmark script ms / floor script ms, the two measured in this run.
 * The goal is no task of ours over 50 ms.
 *
 *   npm run bench:browser -- [--runs N] [--pages a.html,b.html] [--json FILE] [--trace-dir DIR]
 *   npm run bench:browser -- --heap [--base OTHER_BUILD_DIR] [--kb 0,1000,10000] [--idle-pages N] [--idle-ms MS]
 *
 * With --runs N each page is loaded N times in each browser, and the medians are printed;
 * --trace-dir keeps every load's trace (open them in DevTools' Performance panel).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from 'playwright-core';
import { CHROME_BUILD, ROOT, launchChromium, readBuiltManifest, type ChromiumSession } from './browsers.mjs';
import { sharedPageNames, sharedPagesMissing, startPageServer, type PageServer } from '../tests/e2e/reading-server';
import { heapBench } from './bench-heap';

const FLOOR_EXTENSION = resolve(ROOT, 'tests/e2e/floor-extension');
const PROBE_URL = 'newsmark-bench-probe';
const SETTLE_MS = 500;
const TASK_GOAL_MS = 50;

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '1' },
    pages: { type: 'string' },
    json: { type: 'string' },
    'trace-dir': { type: 'string' },
    // Memory instead of time: see scripts/bench-heap.ts.
    heap: { type: 'boolean', default: false },
    base: { type: 'string' },
    kb: { type: 'string', default: '0,1000,10000' },
    'idle-pages': { type: 'string', default: '3' },
    'idle-ms': { type: 'string', default: '60000' },
  },
});
const runs = Math.max(1, Number.parseInt(options.runs ?? '1', 10) || 1);

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  /** thread (CPU) time and duration, where the trace has them */
  tts?: number;
  tdur?: number;
  args?: { data?: { url?: string }; beginData?: { url?: string } };
}

interface LoadCost {
  /** script time, wall clock */
  scriptMs: number;
  /** script time, the main thread's CPU time (what other processes on the machine do not inflate) */
  scriptCpuMs: number;
  /** the longest task that ran the content script's code, wall clock */
  longestTaskMs: number;
  /** the longest such task by the main thread's CPU time */
  longestTaskCpuMs: number;
  tasks: number;
  /** Σ detail.busyMs the content script reports in its own measures */
  reportedBusyMs: number | null;
  /** text characters the floor read (floor runs only) */
  chars: number | null;
}

/** JavaScript entry points in a devtools.timeline trace: time inside them is script time. */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'v8.callFunction',
  'v8.run',
  'v8.evaluateModule',
  'RunMicrotasks',
  'FireIdleCallback',
  'TimerFire',
  'RunYieldContinuation',
  'FireAnimationFrame',
  'HandlePostMessage',
]);

const urlOf = (event: TraceEvent) => event.args?.data?.url ?? '';

/** Script time and tasks of the content script on the page's main thread, from one load's trace. */
function costFromTrace(events: TraceEvent[], pageUrl: string): Omit<LoadCost, 'reportedBusyMs' | 'chars'> {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === pageUrl);
  if (!parse) throw new Error(`no ParseHTML of ${pageUrl} in the trace`);
  const thread = events
    .filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // Content scripts run from their injection (document_idle, after parsing) on: what ran before,
  // the parser's own microtasks and frame set-up, is the browser's.
  const injected = thread.find((e) => e.name === 'EvaluateScript' && /^chrome-extension:\/\//.test(urlOf(e)));
  if (!injected) throw new Error(`the content script was never injected into ${pageUrl}`);
  const tasks = thread.filter((e) => e.name === 'RunTask' && e.ts + e.dur! > injected.ts);
  const scripts = thread.filter((e) => SCRIPT_EVENTS.has(e.name));
  // The bench's own probes (DevTools protocol evaluations: an EvaluateScript without a script URL),
  // and everything nested in them, are not the extension's.
  const probes = thread.filter((e) => e.name === 'EvaluateScript' && (urlOf(e) === PROBE_URL || !urlOf(e)));
  const inProbe = (e: TraceEvent) => probes.some((p) => e.ts >= p.ts && e.ts + e.dur! <= p.ts + p.dur!);
  const ours = scripts.filter((e) => !inProbe(e));

  let scriptUs = 0;
  let scriptCpuUs = 0;
  let longestUs = 0;
  let longestCpuUs = 0;
  let count = 0;
  let cursor = 0;
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    while (cursor < ours.length && ours[cursor].ts < task.ts) cursor++;
    // Union of the script intervals inside the task (they nest: FunctionCall within v8.callFunction…),
    // on the wall clock and on the thread's clock.
    let covered = 0;
    let coveredCpu = 0;
    let reach = -Infinity;
    let reachCpu = -Infinity;
    for (let i = cursor; i < ours.length && ours[i].ts < end; i++) {
      const e = ours[i];
      const from = Math.max(e.ts, reach);
      const to = Math.min(e.ts + e.dur!, end);
      if (to > from) covered += to - from;
      reach = Math.max(reach, e.ts + e.dur!);
      if (typeof e.tts === 'number' && typeof e.tdur === 'number') {
        const cpuFrom = Math.max(e.tts, reachCpu);
        const cpuTo = e.tts + e.tdur;
        if (cpuTo > cpuFrom) coveredCpu += cpuTo - cpuFrom;
        reachCpu = Math.max(reachCpu, cpuTo);
      }
    }
    if (covered <= 0) continue;
    count++;
    scriptUs += covered;
    scriptCpuUs += coveredCpu;
    longestUs = Math.max(longestUs, task.dur!);
    longestCpuUs = Math.max(longestCpuUs, task.tdur ?? 0);
  }
  return {
    scriptMs: scriptUs / 1000,
    scriptCpuMs: scriptCpuUs / 1000,
    longestTaskMs: longestUs / 1000,
    longestTaskCpuMs: longestCpuUs / 1000,
    tasks: count,
  };
}

async function evaluate<T>(cdp: CDPSession, expression: string): Promise<T> {
  const answer = await cdp.send('Runtime.evaluate', {
    expression: `${expression}\n//# sourceURL=${PROBE_URL}`,
    returnByValue: true,
  });
  if (answer.exceptionDetails) throw new Error(`probe failed: ${answer.exceptionDetails.text}`);
  return answer.result.value as T;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** One traced load of `url`; `doneMeasure` is the content script's last User Timing measure. */
async function tracedLoad(page: Page, cdp: CDPSession, url: string, doneMeasure: string, label: string): Promise<LoadCost> {
  await page.goto('about:blank');
  const events: TraceEvent[] = [];
  const onData = (data: { value: object[] }) => {
    for (const event of data.value) events.push(event as TraceEvent);
  };
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      recordMode: 'recordAsMuchAsPossible',
      includedCategories: ['-*', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'blink.user_timing'],
    },
  });
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const deadline = Date.now() + 30_000;
    const expression = `performance.getEntriesByName(${JSON.stringify(doneMeasure)}).length`;
    while ((await evaluate<number>(cdp, expression)) === 0) {
      if (Date.now() > deadline) throw new Error(`${doneMeasure} never appeared on ${url}`);
      await sleep(100);
    }
    await sleep(SETTLE_MS);
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
  }
  if (options['trace-dir']) {
    mkdirSync(resolve(options['trace-dir']), { recursive: true });
    writeFileSync(resolve(options['trace-dir'], `${label}.json`), JSON.stringify({ traceEvents: events }));
  }
  const measures = await evaluate<{ busy: number | null; chars: number | null }>(
    cdp,
    `(() => {
      const all = performance.getEntriesByType('measure').filter((m) => /^newsmark:|^floor:/.test(m.name));
      const busy = all.map((m) => (m.detail && typeof m.detail.busyMs === 'number' ? m.detail.busyMs : null));
      const floor = all.find((m) => m.name === 'floor:walk');
      return {
        busy: busy.length && busy.every((b) => b !== null) ? busy.reduce((a, b) => a + b, 0) : null,
        chars: floor && floor.detail ? floor.detail.chars : null,
      };
    })()`,
  );
  return { ...costFromTrace(events, url), reportedBusyMs: measures.busy, chars: measures.chars };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function medianCost(costs: LoadCost[]): LoadCost {
  const pick = (key: 'scriptMs' | 'scriptCpuMs' | 'longestTaskMs' | 'longestTaskCpuMs' | 'tasks') => median(costs.map((c) => c[key]));
  const busy = costs.map((c) => c.reportedBusyMs).filter((b): b is number => b !== null);
  return {
    scriptMs: pick('scriptMs'),
    scriptCpuMs: pick('scriptCpuMs'),
    longestTaskMs: pick('longestTaskMs'),
    longestTaskCpuMs: pick('longestTaskCpuMs'),
    tasks: pick('tasks'),
    reportedBusyMs: busy.length === costs.length ? median(busy) : null,
    chars: costs[0].chars,
  };
}

interface Runner {
  name: string;
  session: ChromiumSession;
  page: Page;
  cdp: CDPSession;
  doneMeasure: string;
}

async function runner(name: string, extensionDir: string, doneMeasure: string, server: PageServer): Promise<Runner> {
  const session = await launchChromium({ extensionDir, headless: true });
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  // Warm-up, not measured: the first page of a fresh profile also fetches and caches the index.
  await page.goto(server.seedUrl, { waitUntil: 'load' });
  const deadline = Date.now() + 30_000;
  while ((await evaluate<number>(cdp, `performance.getEntriesByName(${JSON.stringify(doneMeasure)}).length`)) === 0) {
    if (Date.now() > deadline) throw new Error(`${name}: ${doneMeasure} never appeared on the warm-up page`);
    await sleep(100);
  }
  return { name, session, page, cdp, doneMeasure };
}

const fmt = (n: number | null, digits = 1) => (n === null ? '–' : n.toFixed(digits));
const pad = (text: string, width: number) => (text.length >= width ? text : ' '.repeat(width - text.length) + text);

async function main() {
  const missing = sharedPagesMissing();
  if (missing) {
    console.log(`NOTICE: bench:browser skipped: ${missing}`);
    return;
  }
  readBuiltManifest(CHROME_BUILD);
  readBuiltManifest(FLOOR_EXTENSION);
  const wanted = options.pages ? new Set(options.pages.split(',').map((p) => p.trim())) : null;
  const pages = sharedPageNames().filter((file) => !wanted || wanted.has(file));
  if (pages.length === 0) throw new Error(`no shared page matches --pages ${options.pages}`);

  if (options.heap) {
    const server = await startPageServer();
    try {
      await heapBench({
        build: CHROME_BUILD,
        floor: FLOOR_EXTENSION,
        base: options.base ? resolve(options.base) : null,
        pages,
        server,
        sizes: (options.kb ?? '0').split(',').map((n) => Number.parseInt(n, 10) || 0),
        idlePages: Number.parseInt(options['idle-pages'] ?? '3', 10) || 0,
        idleMs: Number.parseInt(options['idle-ms'] ?? '60000', 10) || 60_000,
      });
    } finally {
      await server.close();
    }
    return;
  }

  const started = Date.now();
  const server = await startPageServer();
  const [ours, floor] = await Promise.all([
    runner('newsmark', CHROME_BUILD, 'newsmark:highlight', server),
    runner('floor', FLOOR_EXTENSION, 'floor:walk', server),
  ]);
  const version = ours.session.context.browser()?.version() ?? '';
  const load = loadavg()[0];

  console.log(`bench:browser: Newsmark's content script against a floor content script, Chromium ${version}`.trim());
  console.log(
    `  ${pages.length} shared pages served on 127.0.0.1 with their scripts off; ${runs} load(s) per page and extension` +
      `${runs > 1 ? ' (medians)' : ''}; ${cpus().length} CPUs, load average ${load.toFixed(1)}`,
  );
  console.log("  Measured from a DevTools trace of each load, on the page's main thread, from the navigation to 500 ms after the");
  console.log('  content script is done; every script there is the content script\'s (the page\'s own are forbidden):');
  console.log("  text chars  characters in the body's text nodes, all of which the floor reads (scripts' and styles' text included)");
  console.log('  script      ms of JavaScript (with the style/layout it forces), main-thread CPU time; (wall) the same, wall clock');
  console.log("  longest     ms of the longest main-thread task that ran the content script's code, CPU time; (wall) wall clock");
  console.log(`              goal: no task of ours over ${TASK_GOAL_MS} ms. Wall clock includes waiting for a CPU when the machine is busy.`);
  console.log("  tasks       main-thread tasks that ran the content script's code");
  console.log("  reported    Σ detail.busyMs of the newsmark:extract/match/highlight measures (the content script's own account)");
  console.log('  ratio       newsmark script / floor script (CPU time): what Newsmark adds, in multiples of merely reading the text');
  console.log('');
  const cols = (values: string[], widths: number[]) => values.map((v, i) => pad(v, widths[i])).join('');
  const oursWidths = [8, 8, 9, 8, 6, 9];
  const floorWidths = [8, 9];
  const header =
    `${'page'.padEnd(31)}${pad('text chars', 11)} │${cols(['script', '(wall)', 'longest', '(wall)', 'tasks', 'reported'], oursWidths)} │` +
    `${cols(['script', 'longest'], floorWidths)} │${pad('ratio', 8)}`;
  const bar = header.indexOf('│');
  const bar2 = header.indexOf('│', bar + 1);
  const bar3 = header.indexOf('│', bar2 + 1);
  console.log(`${' '.repeat(bar)}│ ${'newsmark'.padEnd(bar2 - bar - 2)}│ ${'floor'.padEnd(bar3 - bar2 - 2)}│`);
  console.log(header);
  console.log('─'.repeat(header.length));

  const rows: { page: string; newsmark: LoadCost; floor: LoadCost; ratio: number }[] = [];
  for (const file of pages) {
    const url = server.sharedUrl(file);
    const oursCosts: LoadCost[] = [];
    const floorCosts: LoadCost[] = [];
    for (let i = 0; i < runs; i++) {
      // Alternated, so both meet the machine in the same state.
      oursCosts.push(await tracedLoad(ours.page, ours.cdp, url, ours.doneMeasure, `${file}.newsmark.${i + 1}`));
      floorCosts.push(await tracedLoad(floor.page, floor.cdp, url, floor.doneMeasure, `${file}.floor.${i + 1}`));
    }
    const a = medianCost(oursCosts);
    const b = medianCost(floorCosts);
    const ratio = a.scriptCpuMs / Math.max(b.scriptCpuMs, 0.05);
    rows.push({ page: file, newsmark: a, floor: b, ratio });
    console.log(
      `${file.padEnd(31)}${pad(String(b.chars ?? '–'), 11)} │` +
        cols([fmt(a.scriptCpuMs), `(${fmt(a.scriptMs)})`, fmt(a.longestTaskCpuMs), `(${fmt(a.longestTaskMs)})`, String(a.tasks), fmt(a.reportedBusyMs)], oursWidths) +
        ` │${cols([fmt(b.scriptCpuMs), fmt(b.longestTaskCpuMs)], floorWidths)} │${pad(`${fmt(ratio)}×`, 8)}`,
    );
  }
  await Promise.all([ours.session.close(), floor.session.close()]);
  await server.close();

  const by = (key: 'longestTaskCpuMs' | 'longestTaskMs') => rows.reduce((w, r) => (r.newsmark[key] > w.newsmark[key] ? r : w), rows[0]);
  const worstCpu = by('longestTaskCpuMs');
  const worstWall = by('longestTaskMs');
  const overCpu = rows.filter((r) => r.newsmark.longestTaskCpuMs > TASK_GOAL_MS);
  const med = (pick: (row: (typeof rows)[number]) => number) => fmt(median(rows.map(pick)));
  console.log('─'.repeat(header.length));
  console.log(
    `Summary over ${rows.length} pages: median script ${med((r) => r.newsmark.scriptCpuMs)} ms (floor ${med((r) => r.floor.scriptCpuMs)} ms), ` +
      `median ratio ${med((r) => r.ratio)}×; median longest task ${med((r) => r.newsmark.longestTaskCpuMs)} ms ` +
      `(wall ${med((r) => r.newsmark.longestTaskMs)} ms; floor ${med((r) => r.floor.longestTaskCpuMs)} ms).`,
  );
  console.log(
    `Longest task vs the ${TASK_GOAL_MS} ms goal: max ${fmt(worstCpu.newsmark.longestTaskCpuMs)} ms CPU on ${worstCpu.page} ` +
      `(max wall ${fmt(worstWall.newsmark.longestTaskMs)} ms on ${worstWall.page}): ` +
      (overCpu.length === 0 ? 'goal met' : `goal NOT met on ${overCpu.length} of ${rows.length} pages`) +
      `. ${((Date.now() - started) / 1000).toFixed(0)} s.`,
  );
  if (options.json) {
    writeFileSync(resolve(options.json), JSON.stringify({ chromium: version, runs, rows }, null, 2));
    console.log(`Per-page numbers written to ${join(options.json)}`);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exit(1);
});
