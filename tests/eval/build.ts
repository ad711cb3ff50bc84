/**
 * Builds tests/eval/items.jsonl from the markup in tests/eval/src/*.txt.
 * Run: npx tsx tests/eval/build.ts   (the floor test checks the file is current)
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSourceFile, type EvalItem } from './markup';

export const EVAL_DIR = dirname(fileURLToPath(import.meta.url));
export const ITEMS_FILE = join(EVAL_DIR, 'items.jsonl');

export function buildItems(srcDir = join(EVAL_DIR, 'src')): EvalItem[] {
  const files = readdirSync(srcDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const items: EvalItem[] = [];
  for (const f of files) items.push(...parseSourceFile(readFileSync(join(srcDir, f), 'utf8'), basename(f, '.txt')));
  return items;
}

export function serialiseItems(items: EvalItem[]): string {
  return items.map((it) => JSON.stringify(it)).join('\n') + '\n';
}

export function loadItems(file = ITEMS_FILE): EvalItem[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalItem);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const items = buildItems();
  writeFileSync(ITEMS_FILE, serialiseItems(items));
  const by = (k: (i: EvalItem) => string) =>
    Object.entries(
      items.reduce<Record<string, number>>((a, i) => ((a[k(i)] = (a[k(i)] ?? 0) + 1), a), {}),
    )
      .sort()
      .map(([k2, v]) => `${k2}=${v}`)
      .join(' ');
  const claimCount: Record<string, number> = {};
  for (const i of items) for (const c of i.claims) claimCount[c.ref] = (claimCount[c.ref] ?? 0) + 1;
  console.log(`${items.length} items; ${items.reduce((n, i) => n + i.actors.length, 0)} actor mentions`);
  console.log(`by kind: ${by((i) => i.kind)}`);
  console.log(`by lang: ${by((i) => i.lang)}`);
  console.log(
    `claims: ${Object.entries(claimCount)
      .sort()
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')}`,
  );
}
