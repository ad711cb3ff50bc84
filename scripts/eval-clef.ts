/**
 * CLEF-2020 CheckThat! Task 2A as an external benchmark of the BM25 path:
 * all 10,389 verified claims become a knowledge base of claims WITHOUT
 * concepts, compiled with the same compileIndex() the extension uses; each
 * tweet is ranked against them with the matcher's rankClaims().
 *
 *   npm run eval:clef -- [DIR]     (DIR laid out like dev/: tweets.queries.tsv, tweet-vclaim-pairs.qrels;
 *                                   the collection's root means its dev/)
 *
 * Prints MAP@5 on its own line, index build time and size, time per query.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Claim } from '../lib/kb/types';
import { compileIndex, indexSizeBytes } from '../lib/match/compile';
import { createMatcher } from '../lib/match/matcher';
import { cleanSocialText } from '../lib/text/social';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const clefDir = resolve(root, '../shared/claims/clef2020');
const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
// The collection's root (as in `npm run eval:clef -- ../shared/claims/clef2020`) means its dev split.
const given = resolve(positional[0] ?? resolve(clefDir, 'dev'));
const dir = !existsSync(resolve(given, 'tweets.queries.tsv')) && existsSync(resolve(given, 'dev/tweets.queries.tsv')) ? resolve(given, 'dev') : given;
const claimsFile = existsSync(resolve(dir, '../verified_claims.docs.tsv'))
  ? resolve(dir, '../verified_claims.docs.tsv')
  : resolve(clefDir, 'verified_claims.docs.tsv');

if (!existsSync(claimsFile) || !existsSync(resolve(dir, 'tweets.queries.tsv'))) {
  console.log(`SKIPPED: CLEF data not found (${claimsFile}, ${dir}); the optional ../shared data is absent.`);
  process.exit(0);
}

/** TSV with CSV-style quoting (fields wrapped in "…" with "" for a quote). */
function readTsv(file: string): string[][] {
  const rows: string[][] = [];
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  for (const line of lines.slice(1)) {
    if (!line.trim()) continue;
    rows.push(line.split('\t').map((f) => (f.length >= 2 && f.startsWith('"') && f.endsWith('"') ? f.slice(1, -1).replace(/""/g, '"') : f)));
  }
  return rows;
}

const withTitle = !process.argv.includes('--no-title');
const claims: Claim[] = readTsv(claimsFile).map(([id, vclaim, title]) => ({
  id,
  ref: id,
  speakerId: null,
  attribution: 'Snopes',
  subjectIds: [],
  summary: vclaim,
  title: withTitle ? title : undefined,
  lang: 'en',
  polarity: 'affirmative',
  concepts: [],
  evidence: [],
}));

const t0 = performance.now();
const index = compileIndex({ version: 'clef2020', actors: [], claims });
const buildMs = performance.now() - t0;
const t1 = performance.now();
const matcher = createMatcher(index);
const loadMs = performance.now() - t1;

const gold = new Map<string, Set<string>>();
for (const line of readFileSync(resolve(dir, 'tweet-vclaim-pairs.qrels'), 'utf8').split(/\r?\n/)) {
  const [q, , d, rel] = line.trim().split(/\s+/);
  if (!q || rel === '0') continue;
  if (!gold.has(q)) gold.set(q, new Set());
  gold.get(q)!.add(d);
}
const tweets = readTsv(resolve(dir, 'tweets.queries.tsv'));

let sumAp = 0;
let n = 0;
let queryMs = 0;
for (const [tid, content] of tweets) {
  const rel = gold.get(tid);
  if (!rel) continue;
  const q0 = performance.now();
  const ranked = matcher.rankClaims(cleanSocialText(content), 5);
  queryMs += performance.now() - q0;
  let hits = 0;
  let ap = 0;
  ranked.forEach((r, i) => {
    if (rel.has(r.claimId)) {
      hits++;
      ap += hits / (i + 1);
    }
  });
  sumAp += ap / Math.min(rel.size, 5);
  n++;
}
const map5 = n ? sumAp / n : 0;
console.log(`queries: ${n}, claims: ${claims.length} (${dir})`);
console.log(`MAP@5=${map5.toFixed(3)}`);
console.log(`index build: ${buildMs.toFixed(0)} ms compile + ${loadMs.toFixed(0)} ms createMatcher; size ${indexSizeBytes(index)} bytes`);
console.log(`time per query: ${(queryMs / Math.max(1, n)).toFixed(2)} ms`);
