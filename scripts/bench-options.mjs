// `npm run bench:options`: the options page with 10,000 saved claims against the same page with
// 100, in one run of Debian's Chromium (headless) with the built extension. Reports the time to
// first render of the saved list and the time of a search (query, page read and render), as
// medians over several loads, and the 10,000/100 ratio. Items are seeded through the page's own
// import (one transaction), so the search index is the one the extension writes.
//
//   npm run build && npm run bench:options [-- --runs 7] [--build DIR]
//
// --build measures another build (e.g. main's, to compare two versions of the page).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROME_BUILD, launchChromium, readBuiltManifest } from './browsers.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, build: { type: 'string' } } });
const BUILD = values.build ? resolve(values.build) : CHROME_BUILD;
const RUNS = Math.max(1, Number(values.runs) || 5);

// A deterministic generator, so every run searches the same data.
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const COMMON = ['talks', 'peace', 'Russia', 'Ukraine', 'security', 'Kyiv', 'Moscow', 'said', 'would', 'ceasefire', 'guarantees', 'troops', 'Europe', 'envoy', 'minister'];
const NAMES = ['Lavrov', 'Putin', 'Zelensky', 'Trump', 'Witkoff', 'Macron', 'Starmer', 'Merz', 'Peskov', 'Rubio'];
const SITES = ['news.example', 'daily.example', 'wire.example', 'kyiv.example', 'moscow.example', 'euro.example', 'radio.example', 'times.example'];
const TAGS = ['security', 'talks', 'guarantees', 'follow-up', 'quote', 'check'];

function syllableWord(next) {
  const parts = ['ka', 'lo', 'mir', 'dan', 'vet', 'sor', 'pel', 'tri', 'gon', 'zu', 'bra', 'nik', 'ost', 'rem', 'ul'];
  let word = '';
  const n = 2 + Math.floor(next() * 3);
  for (let i = 0; i < n; i++) word += parts[Math.floor(next() * parts.length)];
  return word;
}

/** A Newsmark export file with `count` saved claims, ids and texts distinct from `offset` on. */
function exportFile(count, offset) {
  const next = rng(7 + offset);
  const t0 = Date.UTC(2025, 0, 1);
  const savedClaims = [];
  for (let i = offset; i < offset + count; i++) {
    const words = [];
    const length = 12 + Math.floor(next() * 18);
    for (let w = 0; w < length; w++) {
      const r = next();
      words.push(r < 0.25 ? COMMON[Math.floor(next() * COMMON.length)] : r < 0.35 ? NAMES[Math.floor(next() * NAMES.length)] : syllableWord(next));
    }
    const text = `${words.join(' ')} (item ${i}).`;
    const site = SITES[i % SITES.length];
    savedClaims.push({
      id: `bench-${i}`,
      text,
      url: `https://${site}/article-${Math.floor(i / 3)}`,
      pageTitle: `${NAMES[i % NAMES.length]} and the ${COMMON[i % COMMON.length]} question`,
      createdAt: t0 + i * 60_000,
      updatedAt: t0 + i * 60_000,
      claimId: i % 7 === 0 ? 'C06' : null,
      actorIds: i % 2 ? ['A01'] : ['A02', 'A04'],
      note: i % 5 === 0 ? `note ${syllableWord(next)}` : '',
      tags: i % 4 === 0 ? [TAGS[i % TAGS.length]] : [],
      selector: { exact: text, prefix: '', suffix: '', start: 0, end: text.length },
    });
  }
  return JSON.stringify({ format: 'newsmark', version: 1, exportedAt: new Date().toISOString(), savedClaims, actors: [], claims: [], settings: {} });
}

const QUERIES = ['talks', 'guarant', 'lavrov kyiv', 'item 4242', 'nomatchwordzz'];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function importInto(session, text) {
  const page = await session.context.newPage();
  await page.goto(session.extensionUrl('options.html#backup'));
  const t = performance.now();
  await page.setInputFiles('[data-testid="import-file"]', { name: 'bench.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  const result = await page
    .locator('[data-testid="import-result"], [data-testid="import-error"]')
    .innerText({ timeout: 300_000 });
  const ms = performance.now() - t;
  await page.close();
  if (!/Imported/.test(result)) throw new Error(`seeding failed: ${result}`);
  return ms;
}

/** One load of the saved list, then each query once. */
async function measure(session, expectTotal) {
  const page = await session.context.newPage();
  const wallStart = performance.now();
  await page.goto(session.extensionUrl('options.html#saved'));
  await page.waitForSelector('[data-testid="saved-item"]', { timeout: 60_000 });
  const wallFirst = performance.now() - wallStart;
  await page.waitForFunction(() => document.querySelector('[data-testid="saved-count"]')?.getAttribute('data-total'), undefined, { timeout: 60_000 });
  const { firstRender, total } = await page.evaluate(() => ({
    firstRender: performance.getEntriesByName('newsmark:saved-first-render')[0]?.startTime ?? NaN,
    total: Number(document.querySelector('[data-testid="saved-count"]')?.getAttribute('data-total')),
  }));
  if (total !== expectTotal) throw new Error(`expected ${expectTotal} saved claims, the page shows ${total}`);
  const searches = {};
  for (const query of QUERIES) {
    await page.fill('[data-testid="saved-search"]', query);
    await page.waitForFunction(
      (q) => document.querySelector('[data-testid="saved-list"]')?.getAttribute('data-query') === q,
      query,
      { timeout: 60_000 },
    );
    const { ms, count } = await page.evaluate(() => ({
      ms: Number(document.querySelector('[data-testid="saved-list"]')?.getAttribute('data-query-ms')),
      count: Number(document.querySelector('[data-testid="saved-count"]')?.getAttribute('data-count')),
    }));
    searches[query] = { ms, count };
  }
  await page.close();
  return { firstRender, wallFirst, searches };
}

async function bench(session, total) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(session, total));
  const out = {
    firstRender: median(runs.map((r) => r.firstRender)),
    wallFirst: median(runs.map((r) => r.wallFirst)),
    search: {},
    counts: {},
  };
  for (const q of QUERIES) {
    out.search[q] = median(runs.map((r) => r.searches[q].ms));
    out.counts[q] = runs[0].searches[q].count;
  }
  out.searchAll = median(runs.flatMap((r) => QUERIES.map((q) => r.searches[q].ms)));
  return out;
}

readBuiltManifest(BUILD);
// launchChromium runs on a private copy: a rebuild during the run cannot pull files from under the browser.
const session = await launchChromium({ extensionDir: BUILD, headless: true });
try {
  console.log(`Options page benchmark: Chromium headless, ${RUNS} loads per size, medians.`);
  const seed100 = await importInto(session, exportFile(100, 0));
  const small = await bench(session, 100);
  const seedRest = await importInto(session, exportFile(9_900, 100));
  const large = await bench(session, 10_000);

  const f = (ms) => `${ms.toFixed(1)} ms`.padStart(10);
  const ratio = (a, b) => `${(a / b).toFixed(2)}×`.padStart(7);
  console.log(`seeding through the page's import: 100 items ${seed100.toFixed(0)} ms, 9,900 more ${seedRest.toFixed(0)} ms`);
  console.log('');
  console.log(`${'measure'.padEnd(42)}${'100 items'.padStart(10)}${'10,000'.padStart(10)}  ratio`);
  const row = (label, a, b) => console.log(`${label.padEnd(42)}${f(a)}${f(b)}${ratio(b, a)}`);
  row('first render of the list (navigation→mark)', small.firstRender, large.firstRender);
  row('first item visible (wall clock)', small.wallFirst, large.wallFirst);
  for (const q of QUERIES) {
    row(`search "${q}" (${small.counts[q]} / ${large.counts[q]} hits)`, small.search[q], large.search[q]);
  }
  row('search, median of all queries', small.searchAll, large.searchAll);
  console.log('');
  console.log(
    JSON.stringify({
      bench: 'options',
      runs: RUNS,
      firstRenderMs: { n100: small.firstRender, n10000: large.firstRender, ratio: large.firstRender / small.firstRender },
      searchMs: { n100: small.searchAll, n10000: large.searchAll, ratio: large.searchAll / small.searchAll },
    }),
  );
} finally {
  await session.close();
}
