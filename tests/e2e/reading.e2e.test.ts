// Reading with highlights in Debian's Chromium (playwright-core): the built extension on the seed
// article and on real news pages. What is expected is in reading-suite.ts, shared with Firefox.
import { describe } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROME_BUILD, launchChromium, readBuiltManifest } from '../../scripts/browsers.mjs';
import { MUTATION_LOG_SCRIPT } from './reading-probes';
import { defineReadingSuite, type ReadingBrowser, type ReadingPage } from './reading-suite';

function wrap(page: Page): ReadingPage {
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load', timeout: 60_000 })),
    reload: async () => void (await page.reload({ waitUntil: 'load', timeout: 60_000 })),
    evaluate: (source) => page.evaluate(source),
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    press: (key) => page.keyboard.press(key),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

async function launch(): Promise<ReadingBrowser> {
  readBuiltManifest(CHROME_BUILD);
  const chromium = await launchChromium({ extensionDir: CHROME_BUILD, headless: true });
  return {
    async newPage({ mutationLog = false } = {}) {
      const page = await chromium.context.newPage();
      if (mutationLog) await page.addInitScript({ content: MUTATION_LOG_SCRIPT });
      return wrap(page);
    },
    async openExtensionPage(path) {
      const page = await chromium.context.newPage();
      await page.goto(chromium.extensionUrl(path));
      return wrap(page);
    },
    async gotoExtensionPage(page, path) {
      await page.goto(chromium.extensionUrl(path));
    },
    close: () => chromium.close(),
  };
}

describe('Chromium: reading with highlights', () => {
  defineReadingSuite(launch);
});
