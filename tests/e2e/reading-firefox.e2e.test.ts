// Reading with highlights in Debian's Firefox ESR (puppeteer-core over WebDriver BiDi): the built
// extension on the seed article and on real news pages. What is expected is in reading-suite.ts,
// shared with Chromium; see README.md here for the Firefox gotchas.
import { describe } from 'vitest';
import type { Page } from 'puppeteer-core';
import { FIREFOX_BUILD, gotoFirefoxExtensionPage, launchFirefox, readBuiltManifest } from '../../scripts/browsers.mjs';
import { MUTATION_LOG_SCRIPT } from './reading-probes';
import { defineReadingSuite, type ReadingBrowser, type ReadingPage } from './reading-suite';

/** The puppeteer page behind each wrapped one, for navigations to extension pages. */
const pages = new WeakMap<ReadingPage, Page>();

function wrap(page: Page): ReadingPage {
  const wrapped: ReadingPage = {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load', timeout: 60_000 })),
    reload: async () => void (await page.reload({ waitUntil: 'load', timeout: 60_000 })),
    evaluate: <R>(source: string) => page.evaluate(source) as Promise<R>,
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    press: (key) => page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
  pages.set(wrapped, page);
  return wrapped;
}

async function launch(): Promise<ReadingBrowser> {
  // Fails with "run `npm run build:firefox` first" without a build, and says so when Firefox is
  // older than the manifest's strict_min_version (140, the Custom Highlight API).
  readBuiltManifest(FIREFOX_BUILD);
  const firefox = await launchFirefox({ extensionDir: FIREFOX_BUILD, headless: true });
  return {
    async newPage({ mutationLog = false } = {}) {
      const page = await firefox.browser.newPage();
      if (mutationLog) await page.evaluateOnNewDocument(MUTATION_LOG_SCRIPT);
      return wrap(page);
    },
    async openExtensionPage(path) {
      const page = await firefox.browser.newPage();
      await gotoFirefoxExtensionPage(page, firefox.extensionUrl(path));
      return wrap(page);
    },
    async gotoExtensionPage(page, path) {
      await gotoFirefoxExtensionPage(pages.get(page)!, firefox.extensionUrl(path));
    },
    close: () => firefox.close(),
  };
}

describe('Firefox ESR: reading with highlights', () => {
  defineReadingSuite(launch);
});
