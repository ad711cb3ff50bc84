/**
 * Builds the learn-then-find set from the markup in src/ (tuning) and src/sealed/
 * (held out: never looked at while tuning the engine):
 *   articles.jsonl     every article, with the sentences that carry a statement
 *   statements.jsonl   every statement: what is added, by whom, from which article
 *   add-claims.jsonl   the same statements in the scanner's --add-claims format
 * Run: npx tsx tests/eval/learn/build.ts   (the unit test checks the files are current)
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseGroupFile, type LearnArticle, type LearnStatement } from './markup';

export const LEARN_DIR = dirname(fileURLToPath(import.meta.url));
export const ARTICLES_FILE = join(LEARN_DIR, 'articles.jsonl');
export const STATEMENTS_FILE = join(LEARN_DIR, 'statements.jsonl');
export const ADD_CLAIMS_FILE = join(LEARN_DIR, 'add-claims.jsonl');

export interface LearnSet {
  articles: LearnArticle[];
  statements: LearnStatement[];
}

function readDir(dir: string, sealed: boolean, into: LearnSet): void {
  if (!existsSync(dir)) return;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const seen = new Set(into.statements.map((s) => s.group));
  for (const f of files) {
    const group = basename(f, '.txt').split('-')[0];
    if (seen.has(group)) throw new Error(`${f}: group id ${group} is used twice`);
    seen.add(group);
    const g = parseGroupFile(readFileSync(join(dir, f), 'utf8'), group, sealed);
    into.articles.push(...g.articles);
    into.statements.push(...g.statements);
  }
}

export function buildLearnSet(srcDir = join(LEARN_DIR, 'src')): LearnSet {
  const set: LearnSet = { articles: [], statements: [] };
  readDir(srcDir, false, set);
  readDir(join(srcDir, 'sealed'), true, set);
  return set;
}

const jsonl = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

export function serialiseLearnSet(set: LearnSet): { articles: string; statements: string; addClaims: string } {
  return {
    articles: jsonl(set.articles),
    statements: jsonl(set.statements),
    addClaims: jsonl(set.statements.map((s) => ({ id: s.id, text: s.text, speaker: s.speaker, lang: s.lang }))),
  };
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

export function loadLearnSet(): LearnSet {
  return { articles: readJsonl(ARTICLES_FILE), statements: readJsonl(STATEMENTS_FILE) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const set = buildLearnSet();
  const out = serialiseLearnSet(set);
  writeFileSync(ARTICLES_FILE, out.articles);
  writeFileSync(STATEMENTS_FILE, out.statements);
  writeFileSync(ADD_CLAIMS_FILE, out.addClaims);
  const groups = new Set(set.articles.map((a) => a.group));
  const sealedGroups = new Set(set.articles.filter((a) => a.sealed).map((a) => a.group));
  const langOf = new Map(set.statements.map((s) => [s.id, s.lang]));
  let same = 0;
  let cross = 0;
  for (const a of set.articles) for (const o of a.occurrences) (langOf.get(o.ref) === a.lang ? same++ : cross++);
  const count = (xs: string[]) =>
    Object.entries(xs.reduce<Record<string, number>>((m, x) => ((m[x] = (m[x] ?? 0) + 1), m), {}))
      .sort()
      .map(([k, v]) => `${k}=${v}`)
      .join(' ');
  console.log(
    `${groups.size} groups (${sealedGroups.size} sealed); ${set.statements.length} statements; ${set.articles.length} articles (${set.articles.filter((a) => a.distractor).length} distractors)`,
  );
  console.log(`occurrences: ${same} same-language, ${cross} cross-language`);
  console.log(`articles by lang: ${count(set.articles.map((a) => a.lang))}`);
  console.log(`statements by lang: ${count(set.statements.map((s) => s.lang))}`);
}
