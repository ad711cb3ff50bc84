// The built Firefox (MV2) extension in Debian's Firefox ESR over WebDriver BiDi: installed as a
// temporary add-on, it scans the bundled seed page and the popup shows what the page holds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  FIREFOX_BUILD,
  gotoFirefoxExtensionPage,
  setFirefoxViewport,
  launchFirefox,
  readBuiltManifest,
  type FirefoxSession,
} from '../../scripts/browsers.mjs';
import { startSeedServer, type SeedServer } from '../../scripts/seed-page.mjs';
import { expectActors, hasExpectedActors, pollUntil, readPopupState, screenshotPath, type PopupState } from './smoke';

describe('Firefox ESR: the built extension on the seed page', () => {
  let server: SeedServer;
  let firefox: FirefoxSession;
  let article: Page;

  beforeAll(async () => {
    // Fails with "run `npm run build:firefox` first" when the build is missing, and with a clear
    // message when Firefox is older than the manifest's strict_min_version.
    readBuiltManifest(FIREFOX_BUILD);
    server = await startSeedServer();
    firefox = await launchFirefox({ extensionDir: FIREFOX_BUILD, headless: true });
    article = await firefox.browser.newPage();
    await article.goto(server.url);
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('runs a Firefox new enough for the Custom Highlight API and serves the seed page', async () => {
    expect(firefox.version.major).toBeGreaterThanOrEqual(140);
    await expect(article.title()).resolves.toContain('Newsmark demo');
  });

  it("reports the page's actors to the background: the popup lists them with counts", async () => {
    const popup = await firefox.browser.newPage();
    const popupUrl = firefox.extensionUrl('popup.html');
    const state = await pollUntil<PopupState>(
      'the popup to list the seed page actors',
      async () => {
        await gotoFirefoxExtensionPage(popup, popupUrl);
        await pollUntil(
          'the popup status line',
          () => popup.evaluate(() => document.querySelector('[data-testid="page-status"]') !== null),
          Boolean,
          { timeout: 10_000, interval: 200 },
        );
        return popup.evaluate(readPopupState);
      },
      hasExpectedActors,
      { timeout: 45_000, interval: 750 },
    );
    expectActors(state);
    expect(state.status, 'popup status line').toBeTruthy();

    await setFirefoxViewport(popup, { width: 400, height: 600 });
    await popup.screenshot({ path: screenshotPath('firefox-popup.png') });
    await popup.close();
  });

  it('highlights actor mentions in the page with the CSS Custom Highlight API', async () => {
    await article.bringToFront();
    const size = await pollUntil(
      'the newsmark-actor-amber highlight in the page',
      () => article.evaluate(() => CSS.highlights.get('newsmark-actor-amber')?.size ?? 0),
      (n) => n > 0,
      { timeout: 30_000, interval: 300 },
    );
    expect(size).toBeGreaterThanOrEqual(6);
    await article.screenshot({ path: screenshotPath('firefox-seed-page.png') });
  });
});
