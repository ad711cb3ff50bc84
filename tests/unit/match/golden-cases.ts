/**
 * Scans whose results were recorded from the matcher before its tables became flat arrays
 * (commit 4070212, hash-map tables built in the tab): the flat layout must find exactly the same
 * on them. Texts and knowledge bases are ours: the seed and its source report, our evaluation
 * items (tests/eval), and the benchmarks' synthetic knowledge bases and live blog.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NewsmarkMatcher } from '../../../lib/match/matcher';
import type { CompiledIndex } from '../../../lib/match/compile';
import { compileIndex } from '../../../lib/match/compile';
import { matchText } from '../../../lib/content/chunked-match';
import { loadSeedKnowledgeBase } from '../../../seeds/node';
import { liveBlog, syntheticKb } from '../../../scripts/lib/synthetic-kb';
import { fixtureKb } from './fixture-kb';

// A path, not new URL(…): under happy-dom the global URL is the DOM's.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface GoldenCase {
  name: string;
  index: () => CompiledIndex;
  run: (m: NewsmarkMatcher) => unknown;
}

const seed = () => loadSeedKnowledgeBase();
const sourceText = () => {
  const dir = resolve(ROOT, 'seeds/source');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(resolve(dir, f), 'utf8'))
    .join('\n\n');
};
const evalTexts = () =>
  readFileSync(resolve(ROOT, 'tests/eval/items.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);

let cache: Record<string, CompiledIndex> = {};
const once = (key: string, make: () => CompiledIndex) => () => (cache[key] ??= make());
export const clearGoldenIndexes = () => {
  cache = {};
};

const seedIndex = once('seed', () => compileIndex(seed()));
const kb1k = once('1k', () => compileIndex(syntheticKb(seed(), 1000)));
const kb10k = once('10k', () => compileIndex(syntheticKb(seed(), 10000)));
const blog = (bytes: number) => liveBlog(seed(), bytes);

export const GOLDEN_CASES: GoldenCase[] = [
  { name: 'fixture KB, seed source text', index: () => compileIndex(fixtureKb), run: (m) => m.scan(sourceText()) },
  { name: 'seed KB, seed source text', index: seedIndex, run: (m) => m.scan(sourceText()) },
  { name: 'seed KB, seed source text, chunked, threshold 0.2', index: seedIndex, run: (m) => matchText(sourceText(), m, { threshold: 0.2 }) },
  { name: 'seed KB, evaluation items', index: seedIndex, run: (m) => evalTexts().map((t) => m.scan(t)) },
  { name: 'seed KB, evaluation items, threshold 0.25', index: seedIndex, run: (m) => evalTexts().map((t) => m.scan(t, { threshold: 0.25 })) },
  { name: 'seed KB, actors only', index: seedIndex, run: (m) => evalTexts().map((t) => m.scanActors(t)) },
  { name: 'seed KB, ranked claims', index: seedIndex, run: (m) => evalTexts().slice(0, 120).map((t) => m.rankClaims(t, 5)) },
  { name: 'seed + 1,000, live blog 300 KB, chunked', index: kb1k, run: (m) => matchText(blog(300_000), m) },
  { name: 'seed + 1,000, live blog 100 KB, threshold 0.2', index: kb1k, run: (m) => matchText(blog(100_000), m, { threshold: 0.2 }) },
  { name: 'seed + 1,000, evaluation items', index: kb1k, run: (m) => evalTexts().map((t) => m.scan(t)) },
  { name: 'seed + 1,000, ranked claims', index: kb1k, run: (m) => blog(30_000).split('\n').slice(0, 200).map((t) => m.rankClaims(t, 5)) },
  { name: 'seed + 10,000, live blog 200 KB, chunked', index: kb10k, run: (m) => matchText(blog(200_000), m) },
  { name: 'seed + 10,000, evaluation items, threshold 0.25', index: kb10k, run: (m) => evalTexts().map((t) => m.scan(t, { threshold: 0.25 })) },
];

/** What is recorded of a result: its size, and a hash of all of it. */
export function fingerprint(result: unknown): { json: number; sha256: string } {
  const json = JSON.stringify(result);
  return { json: json.length, sha256: createHash('sha256').update(json).digest('hex') };
}
