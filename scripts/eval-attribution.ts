/**
 * Attribution evaluation: `npm run eval:attribution -- [DIR…] [--own|--tuned]`.
 *
 * Runs the attribution CLI (scripts/attribute.ts, the same code the extension
 * ships) on every text of a split and scores its JSON output against the
 * split's labels (`DIR.jsonl` beside `DIR/`): direct quotes (gold direct vs
 * predicted direct) and all statements, precision/recall/F1 with a match at
 * half of the shorter span, and speaker accuracy on the matched ones (see
 * scripts/lib/attribution-score.ts).
 *
 * With no DIR: the dev splits of ../shared/attribution (PolNeAR, German
 * WikiNews), then our own multilingual set (tests/attribution/), per
 * language, tuned part and sealed part apart. `--own`: our set only; `--tuned`: its tuned part only;
 * `--ids=REGEX`: only the articles of our set whose id matches (`--tuned --ids=-v\\d` scores one batch).
 * The shared corpora are read in place, never copied.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  addTally,
  dedupeGold,
  emptyTally,
  nameSpeaker,
  parseOwnSet,
  prf,
  quotationsAsDirect,
  quotationsCountDirect,
  score,
  spanSpeaker,
  type GoldItem,
  type PredItem,
  type SpeakerCheck,
  type Tally,
} from './lib/attribution-score';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '../shared/attribution');

interface CliLine {
  file: string;
  statements: PredItem[];
}

/** Runs the CLI on the files, in batches (argument lists stay short). */
function runCli(files: string[]): Map<string, PredItem[]> {
  const out = new Map<string, PredItem[]>();
  for (let i = 0; i < files.length; i += 400) {
    const batch = files.slice(i, i + 400);
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/attribute.ts'), ...batch], { encoding: 'utf8', maxBuffer: 1 << 30, cwd: root });
    if (r.status !== 0) throw new Error(`attribute CLI failed: ${r.stderr}`);
    for (const line of r.stdout.split('\n')) {
      if (!line.trim()) continue;
      const j = JSON.parse(line) as CliLine;
      out.set(j.file, j.statements);
    }
  }
  return out;
}

interface Result {
  direct: Tally;
  all: Tally;
}

function scoreDoc(gold: GoldItem[], pred: PredItem[], check: SpeakerCheck, extraDirect: readonly PredItem[] = []): Result {
  const g = dedupeGold(gold);
  const hasSpeaker = check === nameSpeaker ? (x: GoldItem) => !!x.name : undefined;
  return {
    direct: score(g.filter((x) => x.kind === 'direct'), [...pred.filter((x) => x.kind === 'direct'), ...extraDirect], check, hasSpeaker),
    all: score(g, pred, check, hasSpeaker),
  };
}

const pct = (x: number) => x.toFixed(3);
function row(label: string, r: Result): string {
  const d = prf(r.direct);
  const a = prf(r.all);
  return (
    `${label.padEnd(24)} | direct P ${pct(d.p)} R ${pct(d.r)} F1 ${pct(d.f1)} speaker ${pct(d.acc)} (${r.direct.speakerRight}/${r.direct.withSpeaker}; gold ${r.direct.gold}, pred ${r.direct.pred})` +
    ` | all P ${pct(a.p)} R ${pct(a.r)} F1 ${pct(a.f1)} speaker ${pct(a.acc)} (gold ${r.all.gold}, pred ${r.all.pred})`
  );
}

function evalSplit(dir: string): Result | null {
  const labels = `${dir.replace(/\/+$/, '')}.jsonl`;
  if (!existsSync(dir) || !existsSync(labels)) {
    console.warn(`NOTICE: ${dir} (or ${basename(labels)}) is absent: skipped.`);
    return null;
  }
  const docs = readFileSync(labels, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { file: string; attributions: Array<{ type: GoldItem['kind']; content: Array<[number, number]>; source: Array<[number, number]> }> });
  const preds = runCli(docs.map((x) => join(dir, x.file)));
  // (German WikiNews counts quotations inside reported speech as direct quotes: see quotationsAsDirect)
  const quotationsDirect = quotationsCountDirect(dir);
  let total: Result = { direct: emptyTally(), all: emptyTally() };
  for (const doc of docs) {
    const gold: GoldItem[] = doc.attributions.map((a) => ({ kind: a.type, content: a.content, source: a.source }));
    const pred = preds.get(join(dir, doc.file)) ?? [];
    const extra = quotationsDirect ? quotationsAsDirect(pred) : [];
    const r = scoreDoc(gold, pred, spanSpeaker, extra);
    total = { direct: addTally(total.direct, r.direct), all: addTally(total.all, r.all) };
  }
  return total;
}

function evalOwn(parts: readonly string[]): void {
  const tmp = mkdtempSync(join(tmpdir(), 'newsmark-attribution-'));
  try {
    for (const part of parts) {
      const dir = join(root, 'tests/attribution', part);
      const langs = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
      const articles = langs.flatMap((lang) => parseOwnSet(readFileSync(join(dir, `${lang}.txt`), 'utf8'), lang)).filter((a) => !ids || ids.test(a.id));
      const files = articles.map((a) => {
        const f = join(tmp, `${part}-${a.id}.txt`);
        writeFileSync(f, a.text);
        return f;
      });
      const preds = runCli(files);
      console.log(`\n== our own set, ${part === 'set' ? 'tuned part (tests/attribution/set)' : 'sealed part, never tuned on (tests/attribution/sealed)'}${ids ? `, articles ${ids}` : ''}`);
      let sum: Result = { direct: emptyTally(), all: emptyTally() };
      for (const lang of langs) {
        let r: Result = { direct: emptyTally(), all: emptyTally() };
        articles.forEach((a, i) => {
          if (a.lang !== lang) return;
          const x = scoreDoc(a.gold, preds.get(files[i]) ?? [], nameSpeaker);
          r = { direct: addTally(r.direct, x.direct), all: addTally(r.all, x.all) };
        });
        console.log(row(lang, r));
        sum = { direct: addTally(sum.direct, r.direct), all: addTally(sum.all, r.all) };
      }
      console.log(row('all languages', sum));
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2).filter((a) => a !== '--');
// `--tuned`: the tuned part alone, so whoever works on the rules never sees the sealed figures.
const tunedOnly = args.includes('--tuned');
const ownOnly = tunedOnly || args.includes('--own');
const dirs = args.filter((a) => !a.startsWith('--'));
const idsArg = args.find((a) => a.startsWith('--ids='));
const ids = idsArg ? new RegExp(idsArg.slice(6)) : null;
if (!ownOnly) {
  const splits = dirs.length ? dirs.map((d) => resolve(d)) : [join(shared, 'polnear/dev'), join(shared, 'german-wikinews/dev')];
  for (const dir of splits) {
    const r = evalSplit(dir);
    if (!r) continue;
    console.log(`\n== ${dir.replace(resolve(root, '..') + '/', '../')}`);
    console.log(row(basename(dirname(dir)) + '/' + basename(dir), r));
  }
}
if (ownOnly || dirs.length === 0) evalOwn(tunedOnly ? ['set'] : ['set', 'sealed']);
