/**
 * `npm run bench:browser`: what Newsmark's content script costs a real page, in Chromium.
 *
 * Two sets of pages, both served from 127.0.0.1:
 * - every shared page (../shared/pages/readability), with its own scripts forbidden by a CSP
 *   (tests/e2e/reading-server.ts);
 * - every hostile page of tests/hostile/pages.ts (5 MB of text, 100,000 text nodes, a page that
 *   changes every frame…), with their own scripts running.
 * Each is loaded in Chromiums started side by side, one per extension:
 * - newsmark: the built extension (.output/chrome-mv3, `npm run build` first);
 * - before (with --baseline-build DIR): another build of Newsmark, e.g. main's, measured in the
 *   same run so the two columns meet the machine in the same state;
 * - floor: tests/e2e/floor-extension, whose content script only walks the body's text nodes with a
 *   TreeWalker and reads their data, at document_idle like ours.
 *
 * Each load is traced through the Chrome DevTools Protocol (devtools.timeline) from before the
 * navigation until 500 ms after the content script is done (its User Timing measure:
 * newsmark:highlight, or floor:walk):
 * - longest: the longest main-thread task that ran our code, CPU ms from our code's start in it,
 *   counted exactly as the hostile suite counts it (tests/hostile/trace-tasks.ts). Design target:
 *   16 ms on shared pages, 25 ms on hostile ones (the suite's limit is 50 ms: a machine three
 *   times slower still passes);
 * - script: main-thread CPU ms of JavaScript (with the style and layout it forces) of the content
 *   script (on shared pages every script is the extension's; the bench's own probes are left out);
 * - added: script ms of the extension minus the floor's, on the same page in the same run.
 * Then the cold start: a fresh browser's first page (the index is fetched from the background and
 * cached) against the same page loaded again (warm), per build.
 *
 *   npm run bench:browser -- [--build DIR] [--runs N] [--pages a.html,b.html|none] [--hostile names|none]
 *       [--baseline-build DIR] [--json FILE] [--trace-dir DIR]
 *   npm run bench:browser -- --heap [--base OTHER_BUILD_DIR] [--kb 0,1000,10000] [--idle-pages N] [--idle-ms MS]
 *
 * Medians of --runs loads (default 3) per page and extension; --trace-dir keeps every load's trace
 * (open them in DevTools' Performance panel). To find what a long task did: build with
 * NEWSMARK_SOURCEMAP=1 (wxt.config.ts) and set BENCH_TRACE_CATEGORIES to extra trace categories,
 * e.g. disabled-by-default-v8.cpu_profiler for JS samples, disabled-by-default-v8.gc for the GC.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from 'playwright-core';
import { CHROME_BUILD, ROOT, launchChromium, readBuiltManifest, type ChromiumSession } from './browsers.mjs';
import { sharedPageNames, sharedPagesMissing, startPageServer, type PageServer } from '../tests/e2e/reading-server';
import { HOSTILE_PAGES } from '../tests/hostile/pages';
import { startHostileServer, type HostileServer } from '../tests/hostile/server';
import { ourTasks, type TraceEvent as TaskTraceEvent } from '../tests/hostile/trace-tasks';
import { heapBench } from './bench-heap';
import { PERFORMANCE, PROBE_URL, evaluate, tracedLoad as tracedLoadEvents, waitForMeasure, type TraceEvent } from './lib/traced-load';

const FLOOR_EXTENSION = resolve(ROOT, 'tests/e2e/floor-extension');
const SETTLE_MS = 500;
/** design targets for the longest task of ours (CPU ms): a third of the hostile suite's 50 ms limit, or so */
const SHARED_TARGET_MS = 16;
const HOSTILE_TARGET_MS = 25;

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    pages: { type: 'string' },
    hostile: { type: 'string' },
    build: { type: 'string' },
    'baseline-build': { type: 'string' },
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
/** the build measured as "newsmark"/"after" (default .output/chrome-mv3): a copy lets you rebuild while a long run goes on */
const BUILD = options.build ? resolve(options.build) : CHROME_BUILD;
const runs = Math.max(1, Number.parseInt(options.runs ?? '3', 10) || 1);

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
  /** the longest task that ran our code, CPU ms from our code's start in it (as tests/hostile counts it) */
  oursCpuMs: number;
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
function costFromTrace(events: TraceEvent[], pageUrl: string): Omit<LoadCost, 'reportedBusyMs' | 'chars' | 'oursCpuMs'> {
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

/** One traced load of `url`; `doneMeasure` is the content script's last User Timing measure. */
async function tracedLoad(page: Page, cdp: CDPSession, url: string, doneMeasure: string, label: string): Promise<LoadCost> {
  const events = await tracedLoadEvents(page, cdp, url, {
    doneMeasure,
    extraCategories: process.env.BENCH_TRACE_CATEGORIES ? process.env.BENCH_TRACE_CATEGORIES.split(',') : [],
    settleMs: SETTLE_MS,
  });
  if (options['trace-dir']) {
    mkdirSync(resolve(options['trace-dir']), { recursive: true });
    writeFileSync(resolve(options['trace-dir'], `${label}.json`), JSON.stringify({ traceEvents: events }));
  }
  const measures = await evaluate<{ busy: number | null; chars: number | null }>(
    cdp,
    `(() => {
      const all = ${PERFORMANCE}.getEntriesByType('measure');
      let busy = 0, complete = true, seen = 0, chars = null;
      for (let i = 0; i < all.length; i++) {
        const m = all[i];
        if (m.name === 'floor:walk' && m.detail) chars = m.detail.chars;
        if (!/^newsmark:|^floor:/.test(m.name)) continue;
        seen++;
        if (m.detail && typeof m.detail.busyMs === 'number') busy += m.detail.busyMs;
        else complete = false;
      }
      return { busy: seen && complete ? busy : null, chars };
    })()`,
  ).catch(() => ({ busy: null, chars: null }));
  let oursCpuMs = 0;
  try {
    oursCpuMs = ourTasks(events as TaskTraceEvent[], url).longestCpuMs;
  } catch {
    // no ParseHTML of the page in the trace: counted as nothing rather than failing the run
  }
  return { ...costFromTrace(events, url), reportedBusyMs: measures.busy, chars: measures.chars, oursCpuMs };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function medianCost(costs: LoadCost[]): LoadCost {
  const pick = (key: 'scriptMs' | 'scriptCpuMs' | 'longestTaskMs' | 'longestTaskCpuMs' | 'tasks' | 'oursCpuMs') => median(costs.map((c) => c[key]));
  const busy = costs.map((c) => c.reportedBusyMs).filter((b): b is number => b !== null);
  return {
    scriptMs: pick('scriptMs'),
    scriptCpuMs: pick('scriptCpuMs'),
    longestTaskMs: pick('longestTaskMs'),
    longestTaskCpuMs: pick('longestTaskCpuMs'),
    tasks: pick('tasks'),
    oursCpuMs: pick('oursCpuMs'),
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
  await waitForMeasure(cdp, doneMeasure, `${name}'s warm-up page`, 60_000);
  return { name, session, page, cdp, doneMeasure };
}

const fmt = (n: number | null, digits = 1) => (n === null ? '–' : n.toFixed(digits));
const pad = (text: string, width: number) => (text.length >= width ? text : ' '.repeat(width - text.length) + text);

/** One page's medians, per extension. */
interface PageRow {
  page: string;
  kind: 'shared' | 'hostile';
  newsmark: LoadCost;
  before: LoadCost | null;
  floor: LoadCost;
}

/** Loads `url` `runs` times in each runner, alternating so all meet the machine in the same state. */
async function measurePage(runners: Runner[], url: string, label: string): Promise<LoadCost[]> {
  const costs: LoadCost[][] = runners.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (let r = 0; r < runners.length; r++) {
      const run = runners[r];
      costs[r].push(await tracedLoad(run.page, run.cdp, url, run.doneMeasure, `${label}.${run.name}.${i + 1}`));
    }
  }
  return costs.map(medianCost);
}

const TABLE_WIDTHS = [9, 9, 9, 9, 9, 9, 8, 8];

function tableHeader(withBefore: boolean): string[] {
  const head = (cells: string[]) => cells.map((c, i) => pad(c, TABLE_WIDTHS[i])).join('');
  return [
    `${' '.repeat(34)}│${head(['longest', 'longest', 'script', 'script', 'script', 'added', 'added', 'ratio'])}`,
    `${'page'.padEnd(22)}${pad('chars', 12)}│${head([withBefore ? 'before' : '', 'after', withBefore ? 'before' : '', 'after', 'floor', withBefore ? 'before' : '', 'after', 'after'])}`,
  ];
}

function tableRow(row: PageRow): string {
  const { newsmark: a, before: b, floor: f } = row;
  const added = (cost: LoadCost) => cost.scriptCpuMs - f.scriptCpuMs;
  const cells = [
    b ? fmt(b.oursCpuMs) : '',
    fmt(a.oursCpuMs),
    b ? fmt(b.scriptCpuMs) : '',
    fmt(a.scriptCpuMs),
    fmt(f.scriptCpuMs),
    b ? fmt(added(b)) : '',
    fmt(added(a)),
    `${fmt(a.scriptCpuMs / Math.max(f.scriptCpuMs, 0.05))}×`,
  ];
  return `${row.page.slice(0, 21).padEnd(22)}${pad(String(f.chars ?? '–'), 12)}│${cells.map((c, i) => pad(c, TABLE_WIDTHS[i])).join('')}`;
}

function summarise(rows: PageRow[], kind: 'shared' | 'hostile', target: number): string[] {
  const these = rows.filter((r) => r.kind === kind);
  if (these.length === 0) return [];
  const med = (pick: (row: PageRow) => number) => fmt(median(these.map(pick)));
  const worst = (pick: (row: PageRow) => number) => these.reduce((w, r) => (pick(r) > pick(w) ? r : w), these[0]);
  const after = worst((r) => r.newsmark.oursCpuMs);
  const over = these.filter((r) => r.newsmark.oursCpuMs > target);
  const lines = [
    `${kind} pages (${these.length}): longest task of ours, max ${fmt(after.newsmark.oursCpuMs)} ms (${after.page}), median ${med((r) => r.newsmark.oursCpuMs)} ms; ` +
      `target ${target} ms: ${over.length === 0 ? 'met' : `NOT met on ${over.length} (${over.map((r) => r.page).join(', ')})`}.`,
    `  median script ${med((r) => r.newsmark.scriptCpuMs)} ms, floor ${med((r) => r.floor.scriptCpuMs)} ms, added ${med((r) => r.newsmark.scriptCpuMs - r.floor.scriptCpuMs)} ms.`,
  ];
  if (these[0].before) {
    const b = worst((r) => r.before!.oursCpuMs);
    lines.push(
      `  before: longest task max ${fmt(b.before!.oursCpuMs)} ms (${b.page}), median ${med((r) => r.before!.oursCpuMs)} ms; ` +
        `median script ${med((r) => r.before!.scriptCpuMs)} ms, added ${med((r) => r.before!.scriptCpuMs - r.floor.scriptCpuMs)} ms.`,
    );
  }
  return lines;
}

/** A fresh browser's first page (cold: index fetched and cached, nothing compiled yet) and the same page again (warm). */
interface StartCost {
  build: string;
  cold: LoadCost;
  warm: LoadCost;
}

async function measureColdStart(name: string, extensionDir: string, url: string): Promise<StartCost> {
  const cold: LoadCost[] = [];
  const warm: LoadCost[] = [];
  for (let i = 0; i < runs; i++) {
    const session = await launchChromium({ extensionDir, headless: true });
    try {
      const page = await session.context.newPage();
      const cdp = await session.context.newCDPSession(page);
      cold.push(await tracedLoad(page, cdp, url, 'newsmark:highlight', `cold.${name}.${i + 1}`));
      warm.push(await tracedLoad(page, cdp, url, 'newsmark:highlight', `warm.${name}.${i + 1}`));
    } finally {
      await session.close();
    }
  }
  return { build: name, cold: medianCost(cold), warm: medianCost(warm) };
}

function printColdStart(costs: StartCost[], page: string): void {
  console.log('');
  console.log(`Cold start: a fresh browser's first page (${page}) against the same page loaded again, medians of ${runs}:`);
  console.log(`${'build'.padEnd(10)}${pad('longest cold', 14)}${pad('warm', 8)}${pad('script cold', 13)}${pad('warm', 8)}`);
  for (const c of costs) {
    console.log(`${c.build.padEnd(10)}${pad(fmt(c.cold.oursCpuMs), 14)}${pad(fmt(c.warm.oursCpuMs), 8)}${pad(fmt(c.cold.scriptCpuMs), 13)}${pad(fmt(c.warm.scriptCpuMs), 8)}`);
  }
}

function cpuModel(): string {
  const models = [...new Set(cpus().map((c) => c.model.trim()))];
  return `${models.join(', ')} × ${cpus().length}`;
}

async function main() {
  const missing = sharedPagesMissing();
  if (missing) console.log(`NOTICE: bench:browser: shared pages skipped: ${missing}`);
  readBuiltManifest(BUILD);
  readBuiltManifest(FLOOR_EXTENSION);
  const baseline = options['baseline-build'] ? resolve(options['baseline-build']) : null;
  if (baseline) readBuiltManifest(baseline);
  const wanted = options.pages === 'none' ? new Set<string>() : options.pages ? new Set(options.pages.split(',').map((p) => p.trim())) : null;
  const pages = missing ? [] : sharedPageNames().filter((file) => !wanted || wanted.has(file));
  if (wanted && wanted.size > 0 && pages.length === 0) throw new Error(`no shared page matches --pages ${options.pages}`);
  const hostileWanted = options.hostile === 'none' ? new Set<string>() : options.hostile ? new Set(options.hostile.split(',')) : null;
  const hostile = HOSTILE_PAGES.map((p) => p.name).filter((name) => !hostileWanted || hostileWanted.has(name));

  if (options.heap) {
    const server = await startPageServer();
    try {
      await heapBench({
        build: BUILD,
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
  const hostileServer: HostileServer = await startHostileServer();
  const runners = await Promise.all([
    runner('newsmark', BUILD, 'newsmark:highlight', server),
    ...(baseline ? [runner('before', baseline, 'newsmark:highlight', server)] : []),
    runner('floor', FLOOR_EXTENSION, 'floor:walk', server),
  ]);
  const version = runners[0].session.context.browser()?.version() ?? '';
  const loadStart = loadavg();

  console.log(`bench:browser: Newsmark's content script${baseline ? ', before and after,' : ''} against a floor content script, Chromium ${version}`.trim());
  console.log(`  CPU: ${cpuModel()}; load average at start ${loadStart.map((l) => l.toFixed(1)).join(' ')} (1, 5, 15 min)`);
  console.log(
    `  ${pages.length} shared pages (their scripts off) and ${hostile.length} hostile pages (their scripts on), on 127.0.0.1; ` +
      `${runs} load(s) per page and extension${runs > 1 ? ', medians' : ''}.`,
  );
  if (baseline) console.log(`  after = ${BUILD}; before = ${baseline}`);
  console.log("  longest  CPU ms of the longest main-thread task that ran our code, from our code's start in it (tests/hostile/trace-tasks.ts);");
  console.log(`           design target ${SHARED_TARGET_MS} ms on shared pages, ${HOSTILE_TARGET_MS} ms on hostile ones (the hostile suite's limit: 50 ms)`);
  console.log("  script   main-thread CPU ms of JavaScript (with the style/layout it forces); hostile pages' own scripts included");
  console.log("  added    script minus the floor's on the same page; ratio = after script / floor script");
  console.log('');
  const header = tableHeader(!!baseline);
  for (const line of header) console.log(line);
  console.log('─'.repeat(header[1].length));

  const rows: PageRow[] = [];
  const measure = async (kind: 'shared' | 'hostile', page: string, url: string) => {
    const [a, ...rest] = await measurePage(runners, url, page);
    const row: PageRow = { page, kind, newsmark: a, before: baseline ? rest[0] : null, floor: rest[rest.length - 1] };
    rows.push(row);
    console.log(tableRow(row));
  };
  for (const file of pages) await measure('shared', file, server.sharedUrl(file));
  if (hostile.length > 0) console.log(`${'── hostile pages '.padEnd(header[1].length, '─')}`);
  for (const name of hostile) await measure('hostile', name, hostileServer.url(name));
  await Promise.all(runners.map((r) => r.session.close()));
  console.log('─'.repeat(header[1].length));
  for (const line of [...summarise(rows, 'shared', SHARED_TARGET_MS), ...summarise(rows, 'hostile', HOSTILE_TARGET_MS)]) console.log(line);

  // One browser at a time: the cold start must not share the machine with the other build's.
  const coldPage = pages.includes('nytimes-1.html') ? 'nytimes-1.html' : pages[0];
  const coldUrl = coldPage ? server.sharedUrl(coldPage) : server.seedUrl;
  const starts: StartCost[] = [await measureColdStart('after', BUILD, coldUrl)];
  if (baseline) starts.push(await measureColdStart('before', baseline, coldUrl));
  printColdStart(starts, coldPage ?? 'the seed article');
  await server.close();
  await hostileServer.close();

  const loadEnd = loadavg();
  console.log('');
  console.log(`Load average at the end ${loadEnd.map((l) => l.toFixed(1)).join(' ')}; ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  if (options.json) {
    writeFileSync(resolve(options.json), JSON.stringify({ chromium: version, cpu: cpuModel(), runs, rows, starts }, null, 2));
    console.log(`Per-page numbers written to ${join(options.json)}`);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exit(1);
});
