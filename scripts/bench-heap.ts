/**
 * `npm run bench:browser -- --heap`: what Newsmark's content script keeps in a real page's memory,
 * in Chromium, against the floor extension (tests/e2e/floor-extension) and, with `--base DIR`,
 * against another build of Newsmark measured in the same run (e.g. the original main's).
 *
 * For every shared page and every build: load it, wait for the content script's last measure
 * (newsmark:highlight, floor:walk) and 500 ms more, force garbage collections
 * (HeapProfiler.collectGarbage), then read the page's JS heap (Performance.getMetrics →
 * JSHeapUsedSize; it includes the content scripts' isolated worlds). Added heap = that minus the
 * floor's on the same page. Array buffers live outside the JS heap: their backing stores
 * (Runtime.getHeapUsage → backingStorageSize) are printed apart, so nothing hides there.
 * Knowledge bases: the seed, and the seed plus 1,000 and 10,000 generated actors and claims
 * (scripts/lib/synthetic-kb.ts, the same as `npm run bench`), brought in through the options
 * page's import. Idle: a few pages (no match, and the most matched) are left alone for a minute
 * after their scan, then measured the same way.
 *
 * Cold and warm start: the first page a fresh browser shows (the index comes from the background)
 * and the following ones (from the tab-side cache) report their `newsmark:index` measure: the time
 * to get the index and make the matcher (busy ms, and wall ms including the waits for messages).
 */
import { cpus, loadavg } from 'node:os';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium, readBuiltManifest, type ChromiumSession } from './browsers.mjs';
import { syntheticKb } from './lib/synthetic-kb';
import { loadSeedKnowledgeBase } from '../seeds/node';
import type { PageServer } from '../tests/e2e/reading-server';
import type { Claim } from '../lib/kb/types';
import { evaluate, sleep, waitForMeasure } from './lib/traced-load';

const SETTLE_MS = 500;
const MB = 1024 * 1024;

export interface HeapOptions {
  /** our build, the floor extension, and optionally a baseline build of Newsmark */
  build: string;
  floor: string;
  base: string | null;
  pages: string[];
  server: PageServer;
  /** knowledge-base sizes: 0 = the seed, n = seed + n generated actors and claims */
  sizes: number[];
  idlePages: number;
  idleMs: number;
}

interface HeapReading {
  /** JSHeapUsedSize after forced GCs, bytes */
  heap: number;
  /** array buffers' backing stores, bytes (outside the JS heap) */
  buffers: number;
  /** highlight ranges painted (CSS.highlights) */
  ranges: number;
}

interface StartCost {
  busyMs: number;
  wallMs: number;
  source: string;
}

/** The page's JS heap once garbage is collected. */
async function readHeap(cdp: CDPSession): Promise<HeapReading> {
  // Twice: objects freed by the first collection's weak callbacks go in the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
  if (heap === undefined) throw new Error('Performance.getMetrics has no JSHeapUsedSize');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { backingStorageSize?: number };
  const ranges = await evaluate<number>(cdp, `(() => { let n = 0; if (globalThis.CSS && CSS.highlights) for (const h of CSS.highlights.values()) n += h.size; return n; })()`);
  return { heap, buffers: usage.backingStorageSize ?? 0, ranges };
}

async function startCost(cdp: CDPSession): Promise<StartCost | null> {
  return evaluate<StartCost | null>(
    cdp,
    `(() => { const m = performance.getEntriesByName('newsmark:index')[0]; return m && m.detail ? { busyMs: m.detail.busyMs, wallMs: m.duration, source: String(m.detail.source) } : null; })()`,
  );
}

interface Browser {
  label: string;
  session: ChromiumSession;
  page: Page;
  cdp: CDPSession;
  doneMeasure: string;
  /** the first page's index/matcher cost (cold), then the seed page's once cached (warm) */
  cold: StartCost | null;
  warm: StartCost | null;
}

/** A Newsmark export carrying the generated entries of the synthetic knowledge base of size n. */
function kbImport(n: number): string {
  const seed = loadSeedKnowledgeBase();
  const kb = syntheticKb(seed, n);
  const meta = { origin: 'user', edited: false, disabled: false };
  return JSON.stringify({
    format: 'newsmark',
    version: 1,
    exportedAt: new Date().toISOString(),
    savedClaims: [],
    actors: kb.actors.slice(seed.actors.length).map((a) => ({ ...a, ...meta })),
    claims: kb.claims.slice(seed.claims.length).map((c) => ({ ...c, ...meta, concepts: importable(c.concepts) })),
    settings: {},
  });
}

/** The generator's blank terms (one-letter "news words" that came out as spaces) are dropped: the import refuses them. */
function importable(concepts: Claim['concepts']): Claim['concepts'] {
  return (concepts ?? [])
    .map((k) => ({ ...k, terms: k.terms.map((t) => ({ ...t, text: t.text.replace(/\s+/g, ' ').trim() })).filter((t) => t.text && t.text !== '*') }))
    .filter((k) => k.terms.length > 0);
}

async function importKb(session: ChromiumSession, text: string): Promise<void> {
  const page = await session.context.newPage();
  await page.goto(session.extensionUrl('options.html#backup'));
  await page.setInputFiles('[data-testid="import-file"]', { name: 'kb.json', mimeType: 'application/json', buffer: Buffer.from(text) }, { timeout: 600_000 });
  const result = await page.locator('[data-testid="import-result"], [data-testid="import-error"]').innerText({ timeout: 600_000 });
  await page.close();
  if (!/Imported/.test(result)) throw new Error(`knowledge-base import failed: ${result.slice(0, 400)}`);
}

async function open(label: string, dir: string, doneMeasure: string, server: PageServer, kb: string | null): Promise<Browser> {
  const session = await launchChromium({ extensionDir: dir, headless: true });
  if (kb) await importKb(session, kb);
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // The first page of this browser: the index comes from the background (cold), then the seed
  // page again with the index cached in the tab's storage (warm). Neither is measured for heap.
  await page.goto(server.seedUrl, { waitUntil: 'load' });
  await waitForMeasure(cdp, doneMeasure, server.seedUrl, 60_000);
  const cold = await startCost(cdp);
  await page.goto('about:blank');
  await page.goto(server.seedUrl, { waitUntil: 'load' });
  await waitForMeasure(cdp, doneMeasure, server.seedUrl, 60_000);
  const warm = await startCost(cdp);
  return { label, session, page, cdp, doneMeasure, cold, warm };
}

async function measurePage(b: Browser, url: string, waitMs = SETTLE_MS): Promise<HeapReading & { start: StartCost | null }> {
  await b.page.goto('about:blank');
  await b.page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await waitForMeasure(b.cdp, b.doneMeasure, url, 60_000);
  const start = await startCost(b.cdp);
  await sleep(waitMs);
  return { ...(await readHeap(b.cdp)), start };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const mb = (bytes: number) => (bytes / MB).toFixed(2);
const pad = (text: string, width: number) => (text.length >= width ? text : ' '.repeat(width - text.length) + text);
const sizeLabel = (n: number) => (n === 0 ? 'seed' : `seed + ${n.toLocaleString('en-US')}`);
const costLabel = (c: StartCost | null) => (c ? `${c.busyMs.toFixed(1)} ms busy, ${c.wallMs.toFixed(0)} ms wall (${c.source})` : 'not reported');

export async function heapBench(options: HeapOptions): Promise<void> {
  readBuiltManifest(options.build);
  if (options.base) readBuiltManifest(options.base);
  const started = Date.now();
  const builds = [{ label: 'newsmark', dir: options.build }, ...(options.base ? [{ label: 'base', dir: options.base }] : [])];
  console.log(`bench:browser --heap: the JS heap Newsmark adds to a page, against the floor extension`);
  console.log(
    `  ${options.pages.length} shared pages; builds: newsmark = ${options.build}` +
      (options.base ? `, base = ${options.base}` : '') +
      `; ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), load average ${loadavg()[0].toFixed(1)}`,
  );
  console.log('  heap: Performance.getMetrics JSHeapUsedSize after two HeapProfiler.collectGarbage, 500 ms after the scan is done;');
  console.log('  added = build − floor on the same page, MB (2^20 bytes); buffers = array buffers outside the JS heap');
  console.log('  (Runtime.getHeapUsage backingStorageSize), added against the floor too; ranges = highlight ranges painted.');

  const floor = await open('floor', options.floor, 'floor:walk', options.server, null);
  const floorHeap = new Map<string, HeapReading>();
  for (const file of options.pages) floorHeap.set(file, await measurePage(floor, options.server.sharedUrl(file)));

  const summary: string[] = [];
  const matchedRanges = new Map<string, number>();
  for (const size of options.sizes) {
    const kb = size > 0 ? kbImport(size) : null;
    const browsers = await Promise.all(builds.map((b) => open(b.label, b.dir, 'newsmark:highlight', options.server, kb)));
    console.log(`\n== knowledge base: ${sizeLabel(size)}`);
    for (const b of browsers) console.log(`  ${b.label}: index + matcher, cold (first page) ${costLabel(b.cold)}; warm ${costLabel(b.warm)}`);
    const header =
      `${'page'.padEnd(31)}${pad('floor MB', 9)} │` +
      browsers.map((b) => `${pad(`${b.label} +MB`, 14)}${pad('buffers', 9)}${pad('ranges', 7)}`).join(' │') +
      ' │ index ms (busy)';
    console.log(header);
    console.log('─'.repeat(header.length));
    const added = new Map<string, number[]>(browsers.map((b) => [b.label, []]));
    const buffers = new Map<string, number[]>(browsers.map((b) => [b.label, []]));
    const warmBusy = new Map<string, number[]>(browsers.map((b) => [b.label, []]));
    for (const file of options.pages) {
      const url = options.server.sharedUrl(file);
      const base = floorHeap.get(file)!;
      const readings = await Promise.all(browsers.map((b) => measurePage(b, url)));
      const cells = readings.map((r, i) => {
        const label = browsers[i].label;
        added.get(label)!.push(r.heap - base.heap);
        buffers.get(label)!.push(r.buffers - base.buffers);
        if (r.start) warmBusy.get(label)!.push(r.start.busyMs);
        if (size === 0 && i === 0) matchedRanges.set(file, r.ranges);
        return `${pad(mb(r.heap - base.heap), 14)}${pad(mb(r.buffers - base.buffers), 9)}${pad(String(r.ranges), 7)}`;
      });
      const starts = readings.map((r) => (r.start ? r.start.busyMs.toFixed(1) : '–')).join(' / ');
      console.log(`${file.padEnd(31)}${pad(mb(base.heap), 9)} │${cells.join(' │')} │ ${starts}`);
    }
    console.log('─'.repeat(header.length));
    for (const b of browsers) {
      const a = added.get(b.label)!;
      const line =
        `${sizeLabel(size)}, ${b.label}: added heap median ${mb(median(a))} MB (min ${mb(Math.min(...a))}, max ${mb(Math.max(...a))}); ` +
        `buffers median ${mb(median(buffers.get(b.label)!))} MB; index+matcher warm median ${median(warmBusy.get(b.label)!).toFixed(1)} ms busy; ` +
        `cold ${b.cold ? b.cold.busyMs.toFixed(1) : '–'} ms busy`;
      console.log(line);
      summary.push(line);
    }
    await Promise.all(browsers.map((b) => b.session.close()));
  }

  // Idle: the pages with no match, and the most matched one, a minute after their scan.
  if (options.idlePages > 0 && options.sizes.includes(0)) {
    const byRanges = [...matchedRanges.entries()].sort((a, b) => a[1] - b[1]);
    const none = byRanges.filter(([, n]) => n === 0).map(([f]) => f);
    const most = byRanges.length ? [byRanges[byRanges.length - 1][0]] : [];
    const idle = [...none.slice(0, Math.max(1, options.idlePages - 1)), ...most].slice(0, options.idlePages);
    const browsers = await Promise.all(builds.map((b) => open(b.label, b.dir, 'newsmark:highlight', options.server, null)));
    console.log(`\n== idle: seed knowledge base, each page left alone ${(options.idleMs / 1000).toFixed(0)} s after its scan, then measured`);
    const header = `${'page'.padEnd(31)}${pad('ranges', 7)} │${pad('floor MB', 9)} │` + browsers.map((b) => pad(`${b.label} +MB`, 14)).join(' │');
    console.log(header);
    console.log('─'.repeat(header.length));
    for (const file of idle) {
      const url = options.server.sharedUrl(file);
      const [f, ...ours] = await Promise.all([measurePage(floor, url, options.idleMs), ...browsers.map((b) => measurePage(b, url, options.idleMs))]);
      console.log(`${file.padEnd(31)}${pad(String(matchedRanges.get(file) ?? '–'), 7)} │${pad(mb(f.heap), 9)} │` + ours.map((r) => pad(mb(r.heap - f.heap), 14)).join(' │'));
      for (let i = 0; i < ours.length; i++) {
        summary.push(`idle ${(options.idleMs / 1000).toFixed(0)} s, ${file} (${matchedRanges.get(file) ?? '?'} ranges), ${browsers[i].label}: ${mb(ours[i].heap - f.heap)} MB added`);
      }
    }
    await Promise.all(browsers.map((b) => b.session.close()));
  }
  await floor.session.close();
  console.log('\nSummary');
  for (const line of summary) console.log(`  ${line}`);
  console.log(`${((Date.now() - started) / 1000).toFixed(0)} s.`);
}
