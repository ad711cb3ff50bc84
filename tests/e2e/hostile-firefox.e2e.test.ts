// Hostile and odd pages in Debian's Firefox ESR (puppeteer-core over WebDriver BiDi). What is
// expected is in tests/hostile/suite.ts, shared with Chromium.
//
// Firefox specifics: errors are what BiDi's log module reports for the page (uncaught errors,
// unhandled rejections and console errors, a content script's included); Firefox has no long-task or trace API reachable here, so the 50 ms check rests
// on the content script's own User Timing measures (every phase measured, busy time recorded) and
// the Chromium trace; the closed shadow root of our card cannot be read over BiDi, so the card is
// checked from outside (host, closed root, nothing of the page's markup ran).
import { describe } from 'vitest';
import type { Page } from 'puppeteer-core';
import { FIREFOX_BUILD, launchFirefox, readBuiltManifest } from '../../scripts/browsers.mjs';
import { defineHostileSuite, type HostileBrowser, type HostileTab } from '../hostile/suite';

function wrap(page: Page, errors: string[]): HostileTab {
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load', timeout: 90_000 })),
    evaluate: <R>(source: string) => page.evaluate(source) as Promise<R>,
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    press: (key) => page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]),
    bringToFront: () => page.bringToFront(),
    errors: () => [...errors],
    traceTasks: async () => null,
    cardContents: async () => null,
    close: () => page.close(),
  };
}

async function launch(): Promise<HostileBrowser> {
  readBuiltManifest(FIREFOX_BUILD);
  const firefox = await launchFirefox({ extensionDir: FIREFOX_BUILD, headless: true });
  return {
    async newTab() {
      const page = await firefox.browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`pageerror: ${error instanceof Error ? error.message : String(error)}`));
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'assert') errors.push(`console.${message.type()}: ${message.text()}`);
      });
      return wrap(page, errors);
    },
    async close() {
      await firefox.close();
    },
  };
}

describe('Firefox ESR: hostile and odd pages', () => {
  defineHostileSuite('Firefox ESR', launch);
});
