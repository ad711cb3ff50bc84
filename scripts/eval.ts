/**
 * npm run eval -- [--threshold X] [--json] [--verbose]
 * Scores the engine with the seed knowledge base on our labelled evaluation set
 * (tests/eval/items.jsonl) and on the shared news pages; exits non-zero below
 * the floor in tests/eval/floor.ts. The article-shaped batches (tuning and
 * sealed) are printed apart, by statement. See tests/eval/README.md.
 */
import { evaluate, loadEngine } from '../tests/eval/evaluate';
import { checkFloor } from '../tests/eval/floor';
import { renderReport } from '../tests/eval/report';

function parseArgs(argv: string[]) {
  const opts = { threshold: undefined as number | undefined, json: false, verbose: false, pages: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') opts.json = true;
    else if (a === '--verbose' || a === '-v') opts.verbose = true;
    else if (a === '--no-pages') opts.pages = false;
    else if (a === '--threshold' || a.startsWith('--threshold=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      const t = Number(v);
      if (v === undefined || !Number.isFinite(t) || t < 0 || t > 1) {
        console.error(`--threshold needs a number in [0, 1], got ${v}`);
        process.exit(2);
      }
      opts.threshold = t;
    } else {
      console.error(`unknown argument ${a}\nusage: npm run eval -- [--threshold X] [--json] [--verbose] [--no-pages]`);
      process.exit(2);
    }
  }
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
const engine = await loadEngine();
const summary = await evaluate(engine, { threshold: opts.threshold, pages: opts.pages });
const floor = checkFloor(summary);
if (opts.json) {
  const { actorErrors, claimErrors, ...rest } = summary;
  const out = opts.verbose ? { ...summary, floor } : { ...rest, floor, errors: { actors: actorErrors.length, claims: claimErrors.length } };
  if (!opts.verbose) for (const p of out.pages.results) (p as { mentionTexts?: unknown }).mentionTexts = undefined;
  console.log(JSON.stringify(out, null, 2));
} else {
  console.log(renderReport(summary, floor, opts.verbose));
}
process.exitCode = floor.every((c) => c.ok) ? 0 : 1;
