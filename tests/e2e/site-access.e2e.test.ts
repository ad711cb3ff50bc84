// Where Newsmark reads, in the real browsers: a build as shipped reads no site until the reader
// allows one, the content script follows exactly the granted sites, and a grant given or taken
// back reaches open tabs without a reload.
//
// Chromium's permission prompt cannot be answered by automation, so its grants come from the
// copy of the build the harness installs (scripts/browsers.mjs, LOCAL_SITE_ORIGINS). Firefox can
// be told to grant optional permissions without a prompt: there the whole flow runs, through
// the options page, on the build exactly as shipped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import {
  CHROME_BUILD,
  FIREFOX_BUILD,
  LOCAL_SITE_ORIGINS,
  gotoFirefoxExtensionPage,
  launchChromium,
  launchFirefox,
  readBuiltManifest,
  type ChromiumSession,
  type FirefoxSession,
} from '../../scripts/browsers.mjs';
import { startSeedServer, type SeedServer } from '../../scripts/seed-page.mjs';
import { pollUntil, screenshotPath } from './smoke';

declare const chrome: { scripting: { getRegisteredContentScripts(): Promise<Array<{ matches?: string[] }>> } };

/** Actor highlight ranges in the page (the registry is shared with the content script). */
const ACTOR_RANGES = `(() => {
  let n = 0;
  for (const [name, highlight] of CSS.highlights) if (name.startsWith('newsmark-actor')) n += highlight.size;
  return n;
})()`;
const MARK_DOCUMENT = 'window.__sameDocument = true';
const SAME_DOCUMENT = 'window.__sameDocument === true';
const PAGE_STATUS = `document.querySelector('[data-testid="page-status"]')?.textContent ?? null`;

const origin = (url: string) => new URL(url).origin;

describe('Chromium: where Newsmark reads', () => {
  let server: SeedServer;
  /** a loopback address the harness does not grant */
  let elsewhere: SeedServer;

  beforeAll(async () => {
    readBuiltManifest(CHROME_BUILD);
    server = await startSeedServer();
    elsewhere = await startSeedServer({ host: '127.0.0.2' });
  });
  afterAll(async () => {
    await server?.close();
    await elsewhere?.close();
  });

  const registered = (chromium: ChromiumSession) =>
    chromium.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.matches));

  async function popupFor(chromium: ChromiumSession, page: PlaywrightPage): Promise<PlaywrightPage> {
    await page.bringToFront();
    const popup = await chromium.context.newPage();
    await popup.goto(chromium.extensionUrl('popup.html'));
    return popup;
  }

  describe('the build as shipped', () => {
    let chromium: ChromiumSession;
    beforeAll(async () => {
      chromium = await launchChromium({ extensionDir: CHROME_BUILD, headless: true, grantedSites: [] });
    });
    afterAll(async () => chromium?.close());

    it('asks for no site at install, and opens its welcome to choose where to read', async () => {
      const manifest = readBuiltManifest(CHROME_BUILD);
      expect(manifest.host_permissions ?? []).toEqual([]);
      expect(manifest.content_scripts ?? []).toEqual([]);
      expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);

      const welcome = await pollUntil(
        'the welcome page to open',
        async () => chromium.context.pages().find((p) => p.url().endsWith('/options.html#welcome')) ?? null,
        (page) => page !== null,
        { timeout: 15_000, interval: 200 },
      );
      await welcome!.locator('[data-testid="welcome"]').waitFor();
      expect(await welcome!.locator('[data-testid="welcome-allow-all"]').innerText()).toBe('Read every website');
      expect(await welcome!.locator('[data-testid="access-listed"]').isChecked()).toBe(true);
      expect(await welcome!.locator('[data-testid="no-allowed-sites"]').isVisible()).toBe(true);
      await welcome!.setViewportSize({ width: 800, height: 560 });
      await welcome!.screenshot({ path: screenshotPath('chromium-welcome.png') });
      await welcome!.close();
    });

    it('reads nothing on a page it was not allowed, and the popup offers to allow it', async () => {
      const article = await chromium.context.newPage();
      await article.goto(server.url);
      const popup = await popupFor(chromium, article);
      await expect.poll(() => popup.evaluate(PAGE_STATUS), { timeout: 15_000 }).toBe('You have not allowed Newsmark to read 127.0.0.1.');
      expect(await popup.locator('[data-testid="allow-this-site"]').innerText()).toBe('Allow on 127.0.0.1');
      expect(await popup.locator('[data-testid="allow-all-sites"]').isVisible()).toBe(true);
      // No page reader to take a selection from: allowing comes first.
      expect(await popup.locator('[data-testid="save-selection"]').count()).toBe(0);
      expect(await registered(chromium)).toEqual([]);
      expect(await article.evaluate(ACTOR_RANGES)).toBe(0);
      await popup.close();
      await article.close();
    });
  });

  describe('with the local test sites allowed', () => {
    let chromium: ChromiumSession;
    beforeAll(async () => {
      chromium = await launchChromium({ extensionDir: CHROME_BUILD, headless: true });
    });
    afterAll(async () => chromium?.close());

    it('registers the reader on exactly the allowed sites: read there, not on another address', async () => {
      await expect.poll(() => registered(chromium), { timeout: 15_000 }).toEqual([[...LOCAL_SITE_ORIGINS].sort()]);
      const article = await chromium.context.newPage();
      await article.goto(server.url);
      await expect.poll(() => article.evaluate(ACTOR_RANGES), { timeout: 20_000 }).toBeGreaterThan(0);

      const other = await chromium.context.newPage();
      await other.goto(elsewhere.url);
      const popup = await popupFor(chromium, other);
      await expect.poll(() => popup.evaluate(PAGE_STATUS), { timeout: 15_000 }).toBe('You have not allowed Newsmark to read 127.0.0.2.');
      expect(await other.evaluate(ACTOR_RANGES)).toBe(0);
      await popup.close();
      await other.close();
      await article.close();
    });

    it('lists the allowed sites in the options, and explains one the installed copy requires', async () => {
      const options = await chromium.context.newPage();
      await options.goto(chromium.extensionUrl('options.html#settings'));
      const sites = options.locator('[data-testid="allowed-sites"] li');
      await expect.poll(() => sites.evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.host)), { timeout: 15_000 }).toEqual([
        '127.0.0.1',
        'localhost',
      ]);
      expect(await options.locator('[data-testid="access-listed"]').isChecked()).toBe(true);
      expect(await options.locator('[data-testid="welcome"]').count()).toBe(0);
      await options.getByRole('button', { name: 'Stop reading 127.0.0.1' }).click();
      await expect.poll(() => options.locator('[data-testid="site-access-problem"]').innerText(), { timeout: 15_000 }).toContain('cannot be removed here');
      await options.close();
    });
  });
});

describe('Firefox ESR: allowing and taking back a site, on the build as shipped', () => {
  let server: SeedServer;
  let firefox: FirefoxSession;
  let article: PuppeteerPage;
  let options: PuppeteerPage;

  beforeAll(async () => {
    readBuiltManifest(FIREFOX_BUILD);
    server = await startSeedServer();
    firefox = await launchFirefox({
      extensionDir: FIREFOX_BUILD,
      headless: true,
      grantedSites: [],
      // Grants an optional permission the extension asks for without showing the prompt
      // (still only for a user action: the clicks below).
      extraPrefs: { 'extensions.webextOptionalPermissionPrompts': false },
    });
    article = await firefox.browser.newPage();
    await article.goto(server.url);
    await article.evaluate(MARK_DOCUMENT);
    options = await firefox.browser.newPage();
    await gotoFirefoxExtensionPage(options, firefox.extensionUrl('options.html#settings'));
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  const ranges = () => article.evaluate(ACTOR_RANGES) as Promise<number>;
  const listedHosts = () =>
    options.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-testid="allowed-sites"] li')].map((li) => li.dataset.host));

  it('keeps the optional sites optional in the manifest, and reads nothing before a grant', async () => {
    const manifest = readBuiltManifest(FIREFOX_BUILD);
    expect(manifest.optional_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect((manifest.permissions as string[]).filter((p) => p.includes('://'))).toEqual([]);
    await options.waitForSelector('[data-testid="welcome"]');
    // Long enough for a registered content script to have scanned the page.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await ranges()).toBe(0);
  });

  it('reads an open page as soon as its site is allowed from the options, without a reload', async () => {
    await options.type('[data-testid="allow-site-input"]', origin(server.url));
    await options.click('[data-testid="allow-site-submit"]');
    await pollUntil('the site to be listed', listedHosts, (hosts) => hosts.includes('127.0.0.1'), { timeout: 15_000 });
    await pollUntil('the open article to be highlighted', ranges, (n) => n > 0, { timeout: 20_000, interval: 250 });
    expect(await article.evaluate(SAME_DOCUMENT)).toBe(true);
    expect(await options.$('[data-testid="welcome"]')).toBeNull();
  });

  it('clears the open page when the site is taken back, and reads every site when allowed', async () => {
    await options.click('[aria-label="Stop reading 127.0.0.1"]');
    await pollUntil('the site to leave the list', listedHosts, (hosts) => hosts.length === 0, { timeout: 15_000 });
    await pollUntil('the highlights to leave the article', ranges, (n) => n === 0, { timeout: 20_000, interval: 250 });

    await options.click('[data-testid="access-all"]');
    await pollUntil(
      'every website to be chosen',
      () => options.evaluate(() => document.querySelector<HTMLElement>('[data-testid="site-access"]')?.dataset.mode ?? null),
      (mode) => mode === 'all',
      { timeout: 15_000 },
    );
    await pollUntil('the article to be highlighted again', ranges, (n) => n > 0, { timeout: 20_000, interval: 250 });
    expect(await article.evaluate(SAME_DOCUMENT)).toBe(true);

    // A page opened from now on is read through the registered content script, not an injection.
    const fresh = await firefox.browser.newPage();
    await fresh.goto(server.url);
    await pollUntil('a newly opened page to be highlighted', () => fresh.evaluate(ACTOR_RANGES) as Promise<number>, (n) => n > 0, {
      timeout: 20_000,
      interval: 250,
    });
    await fresh.close();
  });

  it('allows the site from the popup on the page itself, after every site was taken back', async () => {
    await options.click('[data-testid="access-listed"]');
    await pollUntil(
      'only the listed sites (none) to be read',
      () => options.evaluate(() => document.querySelector<HTMLElement>('[data-testid="site-access"]')?.dataset.mode ?? null),
      (mode) => mode === 'listed',
      { timeout: 15_000 },
    );
    await pollUntil('the highlights to leave the article', ranges, (n) => n === 0, { timeout: 20_000, interval: 250 });

    // The popup, opened as a tab, is about the page that was in front before it.
    await article.bringToFront();
    const popup = await firefox.browser.newPage();
    await gotoFirefoxExtensionPage(popup, firefox.extensionUrl('popup.html'));
    await pollUntil('the popup to offer the site', () => popup.evaluate(PAGE_STATUS), (text) => text === 'You have not allowed Newsmark to read 127.0.0.1.', {
      timeout: 15_000,
    });
    await popup.click('[data-testid="allow-this-site"]');
    await pollUntil('the article to be highlighted', ranges, (n) => n > 0, { timeout: 20_000, interval: 250 });
    await pollUntil(
      'the popup to list what the page names',
      () => popup.evaluate(() => document.querySelectorAll('[data-testid="page-actors"] [data-ref]').length),
      (n) => n > 0,
      { timeout: 20_000, interval: 250 },
    );
    expect(await listedHosts()).toEqual(['127.0.0.1']);
    expect(await article.evaluate(SAME_DOCUMENT)).toBe(true);
    await popup.close();
  });
});
