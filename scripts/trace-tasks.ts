/**
 * What the content script's longest tasks on one page are made of, in Chromium.
 *
 *   npx tsx scripts/trace-tasks.ts [--hostile NAME | --shared FILE.html | --seed] [--runs N] [--top N] [--cold] [--build DIR]
 *
 * Loads the page `--runs` times (default 3) in Chromium with the build loaded (after a warm-up
 * page, or with `--cold` as the first page of a fresh browser each run), traces each load as
 * `npm run bench:browser` does (tests/hostile/trace-tasks.ts counts the tasks), and prints per run
 * the `--top` (default 5) tasks of ours by CPU time from our code's start, each with what ran in
 * it: trace events by self time (script, GC, style, layout…), the User Timing marks inside it, and
 * JS samples by function (built with NEWSMARK_SOURCEMAP=1 the functions are named after the sources;
 * `--no-samples` leaves the sampler out, whose own cost inflates the tasks). TRACE_TREE=N also
 * prints each task's first N levels of events. Ends with the median of the longest task over the runs.
 * The content script's own measures (newsmark:*, busy and longest slice as its clock saw them)
 * are printed per load too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from 'playwright-core';
import { CHROME_BUILD, launchChromium } from './browsers.mjs';
import { startPageServer } from '../tests/e2e/reading-server';
import { startHostileServer } from '../tests/hostile/server';
import { ourTasks, type TraceEvent as TaskTraceEvent } from '../tests/hostile/trace-tasks';
import { PERFORMANCE, evaluate, tracedLoad as tracedLoadEvents, waitForMeasure, type ProfileNode, type TraceEvent } from './lib/traced-load';

const { values: options } = parseArgs({
  options: {
    hostile: { type: 'string' },
    shared: { type: 'string' },
    // the seed article: every sentence of it is a known claim, the densest page of matches there is
    seed: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    top: { type: 'string', default: '5' },
    cold: { type: 'boolean', default: false },
    build: { type: 'string' },
    // JS sampling costs the page time of its own: off, the task costs are as the bench sees them
    'no-samples': { type: 'boolean', default: false },
  },
});
const BUILD = options.build ? resolve(options.build) : CHROME_BUILD;
const runs = Math.max(1, Number(options.runs) || 3);
const top = Math.max(1, Number(options.top) || 5);


/** Source maps of the build's scripts, to name minified functions after the sources. */
const maps = new Map<string, ((line: number, column: number) => string | null) | null>();
async function originalName(url: string, line: number, column: number): Promise<string | null> {
  const file = url.replace(/^chrome-extension:\/\/[^/]+\//, '');
  if (!maps.has(file)) {
    const mapFile = join(BUILD, `${file}.map`);
    if (!existsSync(mapFile)) maps.set(file, null);
    else {
      // Vite's own dependency, not ours: without it, functions keep their minified names.
      const mapping = await import('@jridgewell/trace-mapping').catch(() => null);
      if (!mapping) {
        maps.set(file, null);
        return null;
      }
      const { TraceMap, originalPositionFor } = mapping;
      const map = new TraceMap(JSON.parse(readFileSync(mapFile, 'utf8')));
      maps.set(file, (l, c) => {
        if (l < 0 || c < 0) return null;
        let p;
        try {
          p = originalPositionFor(map, { line: l + 1, column: c });
        } catch {
          return null;
        }
        return p.source ? `${p.source.replace(/^(\.\.\/)+/, '')}:${p.line}${p.name ? ` ${p.name}` : ''}` : null;
      });
    }
  }
  return maps.get(file)?.(line, column) ?? null;
}

/** One traced load of `url`, with the content script's own measures printed. */
async function tracedLoad(page: Page, cdp: CDPSession, url: string): Promise<TraceEvent[]> {
  const events = await tracedLoadEvents(page, cdp, url, {
    doneMeasure: 'newsmark:highlight',
    extraCategories: [...(options['no-samples'] ? [] : ['disabled-by-default-v8.cpu_profiler']), 'disabled-by-default-v8.gc'],
    settleMs: 500,
  });
  const measures = await evaluate<string[]>(
    cdp,
    `${PERFORMANCE}.getEntriesByType('measure').filter((m) => m.name.startsWith('newsmark:')).map((m) => m.name + ' ' + m.duration.toFixed(0) + ' ms, busy ' + (m.detail && m.detail.busyMs !== undefined ? m.detail.busyMs.toFixed(0) : '?') + ', longest slice ' + (m.detail && m.detail.longestSliceMs !== undefined ? m.detail.longestSliceMs.toFixed(1) : '?'))`,
  );
  console.log(`  measures: ${measures.join('; ')}`);
  return events;
}

interface Sample {
  ts: number;
  frames: ProfileNode['callFrame'][];
}

/** The CPU profile's samples on one thread, each with its stack (innermost first). */
function samplesOf(events: TraceEvent[], pid: number, tid: number): Sample[] {
  const out: Sample[] = [];
  const profiles = events.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  for (const profile of profiles) {
    const nodes = new Map<number, ProfileNode>();
    let time = profile.args?.data?.startTime ?? 0;
    for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === profile.id)) {
      const data = chunk.args?.data;
      for (const node of data?.cpuProfile?.nodes ?? []) {
        node.callFrame.url ??= '';
        node.callFrame.functionName ??= '';
        nodes.set(node.id, node);
      }
      const samples = data?.cpuProfile?.samples ?? [];
      const deltas = data?.timeDeltas ?? [];
      for (let i = 0; i < samples.length; i++) {
        time += deltas[i] ?? 0;
        const frames: ProfileNode['callFrame'][] = [];
        for (let n = nodes.get(samples[i]!); n; n = n.parent === undefined ? undefined : nodes.get(n.parent)) frames.push(n.callFrame);
        out.push({ ts: time, frames });
      }
    }
  }
  return out.sort((a, b) => a.ts - b.ts);
}

interface TaskReport {
  ourCpuMs: number;
  wallMs: number;
  ts: number;
  lines: string[];
}

async function describeTasks(events: TraceEvent[], url: string): Promise<{ longest: number; tasks: TaskReport[] }> {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url)!;
  const { pid, tid } = parse;
  const thread = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number').sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const marks = events.filter((e) => e.pid === pid && (e.ph === 'R' || e.ph === 'I' || e.ph === 'n' || e.ph === 'b') && e.cat.includes('user_timing'));
  const samples = samplesOf(events, pid, tid);
  const ours = (e: TraceEvent) => /^chrome-extension:\/\//.test(e.args?.data?.url ?? '') || e.name === 'RunYieldContinuation';
  const reports: TaskReport[] = [];
  // Each task alone through ourTasks: the same counting as the suite and the bench.
  for (const task of thread.filter((e) => e.name === 'RunTask')) {
    const inside = thread.filter((e) => e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur! && e !== task);
    const first = inside.find(ours);
    if (!first) continue;
    const cost = ourTasks([parse, task, ...inside] as TaskTraceEvent[], url);
    // Self time per event name from our start: a nested event's time is taken out of its parent's.
    const self = new Map<string, number>();
    const stack: TraceEvent[] = [];
    const from = inside.filter((e) => e.ts >= first.ts);
    const selfOf = new Map<TraceEvent, number>();
    for (const e of from) {
      while (stack.length && stack[stack.length - 1]!.ts + stack[stack.length - 1]!.dur! <= e.ts) stack.pop();
      const parent = stack[stack.length - 1];
      const d = (e.tdur ?? e.dur!) / 1000;
      selfOf.set(e, (selfOf.get(e) ?? 0) + d);
      if (parent) selfOf.set(parent, (selfOf.get(parent) ?? 0) - d);
      stack.push(e);
    }
    for (const [e, ms] of selfOf) self.set(e.name, (self.get(e.name) ?? 0) + ms);
    const events = [...self].filter(([, ms]) => ms >= 0.2).sort((a, b) => b[1] - a[1]).map(([n, ms]) => `${n} ${ms.toFixed(1)}`);
    // The task's first TRACE_TREE levels of events, in order: which slices, microtasks and collections it ran.
    const tree: string[] = [];
    if (process.env.TRACE_TREE) {
      const depth: TraceEvent[] = [];
      for (const e of inside) {
        while (depth.length && depth[depth.length - 1]!.ts + depth[depth.length - 1]!.dur! <= e.ts) depth.pop();
        if (depth.length < Number(process.env.TRACE_TREE) && (e.dur! >= 300 || depth.length === 0))
          tree.push(`      ${'  '.repeat(depth.length)}${e.name} ${(e.dur! / 1000).toFixed(1)}/${((e.tdur ?? 0) / 1000).toFixed(1)} ${e.args?.data?.url ? e.args.data.url.split('/').pop() : ''}`);
        depth.push(e);
      }
    }
    const within = marks.filter((m) => m.ts >= task.ts && m.ts <= task.ts + task.dur!).map((m) => m.name);
    // JS samples by the innermost function of ours (or the innermost frame), with the native call it was in.
    const inner = new Map<string, number>();
    const taskSamples = samples.filter((s) => s.ts >= first.ts && s.ts <= task.ts + task.dur!);
    for (const s of taskSamples) {
      let label = '(idle/native)';
      const frame = s.frames.find((f) => f.url.startsWith('chrome-extension://')) ?? s.frames[0];
      if (frame) {
        const named = frame.url.startsWith('chrome-extension://') ? await originalName(frame.url, frame.lineNumber, frame.columnNumber) : null;
        const leaf = s.frames[0]!;
        const leafName = leaf === frame ? '' : ` ← ${leaf.functionName || '(anon)'}${leaf.url ? '' : ' [native]'}`;
        label = `${named ?? `${frame.functionName || '(anon)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`}${leafName}`;
      }
      inner.set(label, (inner.get(label) ?? 0) + 1);
    }
    const sampled = [...inner].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([l, n]) => `      ${n} × ${l}`);
    reports.push({
      ourCpuMs: cost.longestCpuMs,
      wallMs: cost.longestWallMs,
      ts: task.ts,
      lines: [`    events (self ms): ${events.join(', ')}`, ...tree, ...(within.length ? [`    marks: ${within.join(', ')}`] : []), `    samples (${taskSamples.length}):`, ...sampled],
    });
  }
  const start = reports[0]?.ts ?? 0;
  reports.sort((a, b) => b.ourCpuMs - a.ourCpuMs);
  for (const r of reports) r.ts = (r.ts - start) / 1000;
  return { longest: reports[0]?.ourCpuMs ?? 0, tasks: reports };
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function main() {
  const pageServer = await startPageServer();
  const hostileServer = await startHostileServer();
  const url = options.seed ? pageServer.seedUrl : options.shared ? pageServer.sharedUrl(options.shared) : hostileServer.url(options.hostile ?? 'big-text');
  const longest: number[] = [];
  const counts: number[] = [];
  let session = options.cold ? null : await launchChromium({ extensionDir: BUILD, headless: true });
  let page = session ? await session.context.newPage() : null;
  let cdp = session && page ? await session.context.newCDPSession(page) : null;
  if (page && cdp) {
    await page.goto(pageServer.seedUrl, { waitUntil: 'load' });
    await waitForMeasure(cdp, 'newsmark:highlight', 'the warm-up page', 60_000);
  }
  try {
    for (let run = 1; run <= runs; run++) {
      if (options.cold) {
        session = await launchChromium({ extensionDir: BUILD, headless: true });
        page = await session.context.newPage();
        cdp = await session.context.newCDPSession(page);
      }
      const events = await tracedLoad(page!, cdp!, url);
      const { longest: l, tasks } = await describeTasks(events, url);
      longest.push(l);
      counts.push(tasks.length);
      console.log(`run ${run}: ${tasks.length} tasks of ours, longest ${l.toFixed(1)} ms CPU`);
      for (const t of tasks.slice(0, top)) {
        console.log(`  ${t.ourCpuMs.toFixed(1)} ms CPU (${t.wallMs.toFixed(1)} wall) at +${t.ts.toFixed(0)} ms`);
        for (const line of t.lines) console.log(line);
      }
      if (options.cold) {
        await session!.close();
        session = null;
      }
    }
  } finally {
    await session?.close();
    await pageServer.close();
    await hostileServer.close();
  }
  console.log(`longest task of ours, ${options.cold ? 'cold' : 'warm'}, per run: ${longest.map((l) => l.toFixed(1)).join(', ')}; median ${median(longest).toFixed(1)} ms; tasks median ${median(counts)}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
