// `npm run demo`: build if needed, serve the seed article on 127.0.0.1 and open it in Chromium
// (or Firefox ESR with `-- --firefox`) with Newsmark loaded.
//
//   npm run demo                                   headed Chromium (needs a display)
//   npm run demo -- --firefox                      headed Firefox ESR
//   npm run demo -- --headless --screenshot FILE   no display: writes FILE (the page with its
//                                                  highlights) and FILE-popup.png, then exits
//   npm run demo -- --screenshot FILE              same, in a visible window, when there is a display
//   options: --port N (seed server port), --no-build (use .output as it is)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROME_BUILD, FIREFOX_BUILD, ROOT, gotoFirefoxExtensionPage, launchChromium, launchFirefox } from './browsers.mjs';
import { ensureBrowsers } from './ensure-browsers.mjs';
import { startSeedServer } from './seed-page.mjs';

const USAGE = `Usage: npm run demo [-- --firefox] [-- --headless --screenshot FILE] [--port N] [--no-build]`;

function fail(message, code = 1) {
  console.error(message);
  process.exit(code);
}

let options;
try {
  ({ values: options } = parseArgs({
    options: {
      firefox: { type: 'boolean', default: false },
      chromium: { type: 'boolean', default: false },
      headless: { type: 'boolean', default: false },
      screenshot: { type: 'string' },
      port: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (error) {
  fail(`${error instanceof Error ? error.message : error}\n${USAGE}`, 2);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

const target = options.firefox ? 'firefox' : 'chromium';
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = options.headless || Boolean(options.screenshot && !hasDisplay);
if (!headless && !hasDisplay) {
  fail(
    'No display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so no browser window can open.\n' +
      'Write what the reader would see instead:\n' +
      `  npm run demo -- ${options.firefox ? '--firefox ' : ''}--headless --screenshot newsmark-demo.png`,
    2,
  );
}
if (headless && !options.screenshot) {
  fail(`--headless needs --screenshot FILE (there is nothing to look at otherwise).\n${USAGE}`, 2);
}

// ---- build when missing or older than its sources ----------------------------------------------
const SOURCES = ['entrypoints', 'components', 'lib', 'seeds', 'public', 'assets', 'wxt.config.ts', 'package.json', 'package-lock.json'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function ensureBuild(buildDir, npmScript) {
  const manifest = join(buildDir, 'manifest.json');
  const builtAt = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const sourcesAt = Math.max(...SOURCES.map((s) => newestMtime(join(ROOT, s))));
  if (builtAt && (options['no-build'] || builtAt >= sourcesAt)) return;
  if (!builtAt && options['no-build']) fail(`No build at ${buildDir} and --no-build given.`);
  console.log(builtAt ? `Sources changed since the last build: npm run ${npmScript}` : `No build yet: npm run ${npmScript}`);
  const result = spawnSync('npm', ['run', npmScript], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) fail(`npm run ${npmScript} failed`);
}

// ---- what the reader sees ----------------------------------------------------------------------
function popupPathFor(file) {
  const ext = extname(file) || '.png';
  return `${file.slice(0, file.length - extname(file).length)}-popup${ext}`;
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

async function waitFor(what, check, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    try {
      if (await check()) return true;
    } catch {
      // the page may be between documents
    }
    await sleep(250);
  }
  console.warn(`Warning: gave up waiting for ${what} after ${timeout / 1000} s`);
  return false;
}

const highlightsRegistered = () => CSS.highlights.has('newsmark-actor-amber') && CSS.highlights.get('newsmark-actor-amber').size > 0;
const popupListed = () => document.querySelectorAll('[data-testid="page-actors"] li').length > 0;
// Enough time for a paint after the highlights are registered.
const settle = () => sleep(400);

async function demoChromium(url) {
  const session = await launchChromium({
    extensionDir: CHROME_BUILD,
    headless,
    viewport: headless ? { width: 1280, height: 900 } : null,
  });
  const { context } = session;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  if (!options.screenshot) {
    console.log(`Chromium is open on ${url} with Newsmark loaded (extension id ${session.extensionId}).`);
    console.log(`Popup as a page: ${session.extensionUrl('popup.html')}  ·  Close the window or press Ctrl+C to stop.`);
    await new Promise((done) => {
      context.on('close', done);
      process.once('SIGINT', done);
      process.once('SIGTERM', done);
    });
    await session.close();
    return true;
  }
  const file = resolve(options.screenshot);
  mkdirSync(dirname(file), { recursive: true });
  const highlighted = await waitFor('the page highlights', () => page.evaluate(highlightsRegistered));
  await settle();
  await page.screenshot({ path: file });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(session.extensionUrl('popup.html'));
  let listed = false;
  for (let i = 0; i < 20 && !listed; i++) {
    listed = await waitFor('the popup list', () => popup.evaluate(popupListed), 1_500);
    if (!listed) await popup.reload();
  }
  await settle();
  const popupFile = popupPathFor(file);
  await popup.screenshot({ path: popupFile });
  await session.close();
  console.log(`Wrote ${file}\nWrote ${popupFile}`);
  return highlighted && listed;
}

async function demoFirefox(url) {
  const session = await launchFirefox({
    extensionDir: FIREFOX_BUILD,
    headless,
    viewport: headless ? { width: 1280, height: 900 } : null,
  });
  const { browser } = session;
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  await page.goto(url);
  if (!options.screenshot) {
    console.log(`${session.version.text} is open on ${url} with Newsmark installed as a temporary add-on.`);
    console.log(`Popup as a page: ${session.extensionUrl('popup.html')}  ·  Close the window or press Ctrl+C to stop.`);
    await new Promise((done) => {
      browser.on('disconnected', done);
      process.once('SIGINT', done);
      process.once('SIGTERM', done);
    });
    await session.close();
    return true;
  }
  const file = resolve(options.screenshot);
  mkdirSync(dirname(file), { recursive: true });
  const highlighted = await waitFor('the page highlights', () => page.evaluate(highlightsRegistered));
  await settle();
  await page.screenshot({ path: file });
  const popup = await browser.newPage();
  await popup.setViewport({ width: 400, height: 600 });
  let listed = false;
  for (let i = 0; i < 20 && !listed; i++) {
    await gotoFirefoxExtensionPage(popup, session.extensionUrl('popup.html'));
    listed = await waitFor('the popup list', () => popup.evaluate(popupListed), 1_500);
  }
  await settle();
  const popupFile = popupPathFor(file);
  await popup.screenshot({ path: popupFile });
  await session.close();
  console.log(`Wrote ${file}\nWrote ${popupFile}`);
  return highlighted && listed;
}

// ---- main --------------------------------------------------------------------------------------
try {
  ensureBrowsers({ log: () => {} });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (target === 'firefox') ensureBuild(FIREFOX_BUILD, 'build:firefox');
else ensureBuild(CHROME_BUILD, 'build');

const server = await startSeedServer({ port: options.port ? Number(options.port) : 0 });
console.log(`Seed article served at ${server.url}`);
let ok = false;
try {
  ok = target === 'firefox' ? await demoFirefox(server.url) : await demoChromium(server.url);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  await server.close();
}
if (!ok) {
  console.error('The extension did not show its results (see the warnings above).');
  process.exit(1);
}
