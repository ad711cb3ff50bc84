/**
 * Runs a TypeScript script as the extension runs our code: bundled by esbuild into one module,
 * then executed by Node (`node scripts/run-bundled.mjs scripts/bench.ts [ARGS…]`).
 *
 * Why not tsx, as the other scripts: tsx transforms each file with esbuild's keepNames, which
 * wraps every function it creates in a call that defines its `name` property. The extension's
 * build does no such thing, and code that makes closures in a hot path pays for it only under
 * tsx, so a benchmark run through tsx measures a program the browser never runs.
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-bundled.mjs SCRIPT.ts [ARGS…]');
  process.exit(2);
}

// Modules that find their files from import.meta.url (seeds/node.ts, the benchmark's root) keep
// their own URL in the bundle, not the bundle's.
const ownUrl = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.[cm]?ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      return { contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
    });
  },
};

// Under node_modules so that the packages left outside the bundle resolve as from the project.
const outdir = resolve(root, 'node_modules/.cache/newsmark-run-bundled');
mkdirSync(outdir, { recursive: true });
const outfile = resolve(outdir, entry.replace(/[^\w.-]+/g, '_').replace(/\.[cm]?ts$/, '.mjs'));
await build({
  entryPoints: [resolve(entry)],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile,
  logLevel: 'warning',
  plugins: [ownUrl],
});
const run = spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);
