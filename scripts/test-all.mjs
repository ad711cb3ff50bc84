// `npm test`: every check the project has, in order, stopping at the first failure.
//   browsers → types → unit → build → build-firefox → lint → e2e
// Works without a TTY (CI=true); prints one line per step with its duration and a final
// "N passed, N failed" line. For local work, `--only KEY[,KEY]` or `--from KEY` run a subset
// (e.g. `npm test -- --from build`); CI always runs everything.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureBrowsers } from './ensure-browsers.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

// Quiet, deterministic child processes: no colour codes in CI logs, no update checks.
const childEnv = {
  ...process.env,
  NO_UPDATE_NOTIFIER: '1',
  WEB_EXT_NO_INPUT: '1',
  npm_config_update_notifier: 'false',
  ...(process.stdout.isTTY ? {} : { FORCE_COLOR: '0', NO_COLOR: '1' }),
};

/** Runs a command with inherited output; resolves with its exit code. */
function run(command, args, { capture = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: childEnv,
      stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    });
    let stdout = '';
    if (capture) child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), stdout }));
  });
}

async function command(cmd, ...args) {
  const { code } = await run(cmd, args);
  if (code !== 0) throw new Error(`\`${cmd} ${args.join(' ')}\` exited with ${code}`);
}

/** `web-ext lint` on the Firefox build: warnings are allowed, errors are not. */
async function lintFirefoxBuild() {
  const { code, stdout } = await run(
    npx,
    ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--output=json', '--no-config-discovery'],
    { capture: true },
  );
  const start = stdout.indexOf('{');
  let report;
  try {
    report = JSON.parse(stdout.slice(start));
  } catch {
    process.stdout.write(stdout);
    throw new Error(`web-ext lint printed no JSON report (exit ${code})`);
  }
  const { errors = 0, warnings = 0, notices = 0 } = report.summary ?? {};
  for (const kind of ['errors', 'warnings']) {
    for (const item of report[kind] ?? []) {
      console.log(`  ${kind.slice(0, -1)} ${item.code}: ${item.message}${item.file ? ` (${item.file})` : ''}`);
    }
  }
  console.log(`web-ext lint: ${errors} errors, ${warnings} warnings, ${notices} notices`);
  if (errors > 0) throw new Error(`web-ext lint reported ${errors} error(s) on .output/firefox-mv2`);
  if (code !== 0) throw new Error(`web-ext lint exited with ${code}`);
}

const allSteps = [
  { key: 'browsers', name: 'browsers (chromium, firefox-esr)', run: async () => void ensureBrowsers() },
  { key: 'types', name: 'type check (tsc --noEmit)', run: () => command(npx, 'tsc', '--noEmit') },
  { key: 'unit', name: 'unit tests (vitest)', run: () => command(npx, 'vitest', 'run') },
  { key: 'build', name: 'build Chrome MV3', run: () => command(npm, 'run', 'build') },
  { key: 'build-firefox', name: 'build Firefox MV2', run: () => command(npm, 'run', 'build:firefox') },
  { key: 'lint', name: 'web-ext lint (Firefox build)', run: lintFirefoxBuild },
  {
    key: 'e2e',
    name: 'e2e (Chromium, Firefox ESR)',
    run: () => command(npx, 'vitest', 'run', '--config', 'vitest.e2e.config.ts'),
  },
];

function selectSteps(argv) {
  const { values } = parseArgs({ args: argv, options: { only: { type: 'string' }, from: { type: 'string' } } });
  const keys = allSteps.map((s) => s.key);
  const check = (key) => {
    if (!keys.includes(key)) {
      console.error(`Unknown step "${key}"; steps are: ${keys.join(', ')}`);
      process.exit(2);
    }
    return key;
  };
  if (values.only) {
    const only = new Set(values.only.split(',').map((k) => check(k.trim())));
    return allSteps.filter((s) => only.has(s.key));
  }
  if (values.from) return allSteps.slice(keys.indexOf(check(values.from)));
  return allSteps;
}

const steps = selectSteps(process.argv.slice(2));

const results = [];
let failed = 0;
const started = Date.now();
for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const t0 = Date.now();
  try {
    await step.run();
    results.push({ name: step.name, ok: true, ms: Date.now() - t0 });
    console.log(`✔ ${step.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failed = 1;
    results.push({ name: step.name, ok: false, ms: Date.now() - t0 });
    console.error(`✘ ${step.name}: ${error instanceof Error ? error.message : error}`);
    break;
  }
}

const passed = results.filter((r) => r.ok).length;
const skipped = steps.length - results.length;
console.log('\nSummary:');
for (const r of results) console.log(`  ${r.ok ? 'pass' : 'FAIL'}  ${r.name}  ${(r.ms / 1000).toFixed(1)} s`);
for (const step of steps.slice(results.length)) console.log(`  skip  ${step.name}`);
console.log(`Total ${((Date.now() - started) / 1000).toFixed(1)} s${skipped ? `, ${skipped} step(s) not run` : ''}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
