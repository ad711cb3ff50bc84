// Launching the real browsers with the built extension loaded: Debian's Chromium through
// playwright-core, Firefox ESR through puppeteer-core over WebDriver BiDi. Shared by the e2e tests
// and `npm run demo`, so both drive the browsers the same way.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserPaths } from './ensure-browsers.mjs';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
// Overridable to point the e2e tests at another unpacked build (e.g. a store zip's contents).
export const CHROME_BUILD = resolve(ROOT, process.env.NEWSMARK_CHROME_BUILD || '.output/chrome-mv3');
export const FIREFOX_BUILD = resolve(ROOT, process.env.NEWSMARK_FIREFOX_BUILD || '.output/firefox-mv2');

// Firefox gives every install a random moz-extension:// host. Pinning it through this pref lets
// us open the extension's pages by URL.
export const FIREFOX_EXTENSION_UUID = '3b0e5c8a-6f2d-4a91-b7e4-0c5d9a1f2e68';

/** The built manifest, or a clear error telling what to run when the build is missing. */
export function readBuiltManifest(buildDir) {
  const manifestPath = join(buildDir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    const command = buildDir.includes('firefox') ? 'npm run build:firefox' : 'npm run build';
    throw new Error(`No extension build at ${buildDir} (manifest.json missing): run \`${command}\` first.`);
  }
  return JSON.parse(readFileSync(manifestPath, 'utf8'));
}

/**
 * The sites a reader of the e2e tests and the demo has allowed: the local servers they read from.
 * A shipped build asks for no site at install, and browsers' permission prompts cannot be answered
 * by automation, so these runs load a copy of the build whose manifest requires these origins, as
 * if the reader had granted them. Everything else in the copy is the build as it ships.
 */
export const LOCAL_SITE_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*'];

/**
 * A private copy of `buildDir` with `origins` granted at install. Every launch runs on one: other
 * work may rebuild `.output/` while a browser runs, and an extension whose files vanish mid-test
 * fails its pages (chrome-error://) or its service worker.
 */
export function buildWithGrantedSites(buildDir, origins) {
  const root = mkdtempSync(join(tmpdir(), 'newsmark-build-'));
  const dir = join(root, 'extension');
  cpSync(buildDir, dir, { recursive: true });
  if (origins.length > 0) {
    const manifest = readBuiltManifest(dir);
    if (manifest.manifest_version === 3) manifest.host_permissions = [...(manifest.host_permissions ?? []), ...origins];
    else manifest.permissions = [...(manifest.permissions ?? []), ...origins];
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  }
  return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

function requireExecutable(path, name) {
  if (!path || !existsSync(path)) {
    throw new Error(`${name} not found: run \`node scripts/ensure-browsers.mjs\` (installs it with apt).`);
  }
  return path;
}

export function chromiumArgs(extensionDir, { headless = true } = {}) {
  return [
    ...(headless ? ['--headless=new'] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
}

/**
 * Chromium with the unpacked extension. Extensions need a persistent context; headless runs use
 * Chromium's new headless mode through the args (Playwright's own `headless: true` would pick the
 * old headless shell, which does not load extensions).
 */
export async function launchChromium({
  extensionDir = CHROME_BUILD,
  headless = true,
  viewport = { width: 1280, height: 900 },
  extraArgs = [],
  grantedSites = LOCAL_SITE_ORIGINS,
} = {}) {
  readBuiltManifest(extensionDir);
  const executablePath = requireExecutable(browserPaths().chromium, 'chromium');
  const { chromium } = await import('playwright-core');
  const build = buildWithGrantedSites(extensionDir, grantedSites);
  const userDataDir = mkdtempSync(join(tmpdir(), 'newsmark-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: false,
    args: [...chromiumArgs(resolve(build.dir), { headless }), ...extraArgs],
    viewport,
  });
  context.on('close', () => build.remove());
  try {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
    const extensionId = new URL(worker.url()).host;
    return {
      context,
      worker,
      extensionId,
      extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
      async close() {
        await context.close().catch(() => {});
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
    throw new Error(`Chromium started but the extension's service worker never appeared: ${error}`);
  }
}

/** Firefox's version as numbers, e.g. [153, 8, 0]. */
export function firefoxVersion(executablePath) {
  const out = execFileSync(executablePath, ['--version'], { encoding: 'utf8' });
  const match = out.match(/(\d+)\.(\d+)(?:\.(\d+))?/);
  if (!match) throw new Error(`Cannot read Firefox's version from: ${out.trim()}`);
  return { text: out.trim(), major: Number(match[1]), parts: match.slice(1).map((n) => Number(n ?? 0)) };
}

/** Throws when Firefox is older than the build's `strict_min_version`. */
export function checkFirefoxVersion(executablePath, manifest) {
  // 140 is the floor whatever the manifest says: the Custom Highlight API arrived then.
  const declared = manifest.browser_specific_settings?.gecko?.strict_min_version ?? '140.0';
  const minMajor = Math.max(140, Number.parseInt(declared, 10) || 0);
  const minimum = minMajor === 140 && Number.parseInt(declared, 10) !== 140 ? '140.0' : declared;
  const version = firefoxVersion(executablePath);
  if (version.major < minMajor) {
    throw new Error(
      `${version.text} is too old: Newsmark needs Firefox ${minimum} or newer (strict_min_version, ` +
        'for the CSS Custom Highlight API). Install a newer firefox-esr.',
    );
  }
  return version;
}

/**
 * Firefox ESR with the unpacked extension installed as a temporary add-on over WebDriver BiDi.
 * `--remote-allow-system-access` is what lets BiDi navigate a tab to moz-extension:// pages.
 */
export async function launchFirefox({
  extensionDir = FIREFOX_BUILD,
  headless = true,
  viewport = { width: 1280, height: 900 },
  grantedSites = LOCAL_SITE_ORIGINS,
  extraPrefs = {},
  profileDir = undefined,
} = {}) {
  const manifest = readBuiltManifest(extensionDir);
  const build = buildWithGrantedSites(extensionDir, grantedSites);
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${extensionDir}/manifest.json has no gecko id`);
  const executablePath = requireExecutable(browserPaths().firefox, 'firefox-esr');
  const version = checkFirefoxVersion(executablePath, manifest);
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless,
    defaultViewport: viewport,
    args: ['--remote-allow-system-access'],
    protocolTimeout: 60_000,
    // A profile of the caller's, kept across launches (a restart). The add-on is installed anew
    // at each launch, as a temporary one: its data stays with its fixed uuid (below).
    ...(profileDir ? { userDataDir: profileDir } : {}),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
      // No network of our own: no update checks, no telemetry pings, no remote settings.
      'app.update.enabled': false,
      'extensions.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      // A temporary add-on is removed when the browser closes: keep its storage for the next launch.
      ...(profileDir ? { 'extensions.webextensions.keepStorageOnUninstall': true, 'extensions.webextensions.keepUuidOnUninstall': true } : {}),
      ...extraPrefs,
    },
  });
  browser.on('disconnected', () => build.remove());
  try {
    // BiDi wants an absolute path.
    const installedId = await browser.installExtension(resolve(build.dir));
    if (installedId !== geckoId) {
      throw new Error(`Installed add-on id ${installedId} differs from the manifest's ${geckoId}`);
    }
    return {
      browser,
      version,
      extensionOrigin: `moz-extension://${FIREFOX_EXTENSION_UUID}`,
      extensionUrl: (path) => `moz-extension://${FIREFOX_EXTENSION_UUID}/${path.replace(/^\//, '')}`,
      async close() {
        await browser.close().catch(() => {});
      },
    };
  } catch (error) {
    await browser.close().catch(() => {});
    throw error;
  }
}

/**
 * Sets a puppeteer page's viewport in Firefox. Puppeteer 24 sends BiDi's emulation.setScreenOrientationOverride with
 * the viewport, which Firefox ESR 140 does not know ("unknown command"); the viewport itself is set by
 * browsingContext.setViewport, which it does know, so the command goes to Firefox directly.
 */
export async function setFirefoxViewport(page, { width, height }) {
  try {
    await page.setViewport({ width, height });
  } catch (error) {
    if (!/setScreenOrientationOverride/.test(String(error))) throw error;
    // (the orientation failed; make sure the size holds, whichever order puppeteer sent the two in)
    const context = /** @type {any} */ (page).mainFrame().browsingContext;
    await context.setViewport({ viewport: { width, height } });
  }
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * Navigates a puppeteer page to an extension page in Firefox. Extension pages load in the
 * extension process, and BiDi does not report that navigation's load events to puppeteer (goto
 * times out although the page is there), so we start the navigation and poll the document instead.
 */
export async function gotoFirefoxExtensionPage(page, url, { timeout = 20_000 } = {}) {
  // Marks the current document so a reload of the same URL is told apart from the old one.
  await page.evaluate(() => {
    /** @type {any} */ (window).__newsmarkStale = true;
  }).catch(() => {});
  page.goto(url, { timeout }).catch(() => {});
  const deadline = Date.now() + timeout;
  let last = 'no document';
  while (Date.now() < deadline) {
    await sleep(150);
    try {
      const state = await page.evaluate(
        () => `${location.href}|${document.readyState}|${Boolean(/** @type {any} */ (window).__newsmarkStale)}`,
      );
      last = state;
      if (state === `${url}|complete|false`) return;
    } catch (error) {
      last = String(error);
    }
  }
  throw new Error(`Firefox did not load ${url} within ${timeout} ms (last seen: ${last})`);
}
