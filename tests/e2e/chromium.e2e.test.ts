// The built Chrome extension in Debian's Chromium: the content script scans the bundled seed page,
// its report reaches the background, and the extension pages render real data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROME_BUILD, launchChromium, readBuiltManifest, type ChromiumSession } from '../../scripts/browsers.mjs';
import { startSeedServer, type SeedServer } from '../../scripts/seed-page.mjs';
import { expectActors, hasExpectedActors, pollUntil, readPopupState, screenshotPath, type PopupState } from './smoke';

describe('Chromium: the built extension on the seed page', () => {
  let server: SeedServer;
  let chromium: ChromiumSession;
  let article: Page;
  const pageErrors: string[] = [];

  async function openExtensionPage(path: string): Promise<Page> {
    const page = await chromium.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${path}: ${error.message}`));
    await page.goto(chromium.extensionUrl(path));
    return page;
  }

  beforeAll(async () => {
    // Fails with "run `npm run build` first" when the build is missing.
    readBuiltManifest(CHROME_BUILD);
    server = await startSeedServer();
    chromium = await launchChromium({ extensionDir: CHROME_BUILD, headless: true });
    article = await chromium.context.newPage();
    await article.goto(server.url);
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('loads the extension and serves the seed page', async () => {
    expect(chromium.extensionId).toMatch(/^[a-p]{32}$/);
    await expect(article.title()).resolves.toContain('Newsmark demo');
  });

  it("reports the page's actors to the background: the popup lists them with counts", async () => {
    const popup = await openExtensionPage('popup.html');
    const state = await pollUntil<PopupState>(
      'the popup to list the seed page actors',
      async () => {
        await popup.reload();
        await popup.waitForSelector('[data-testid="page-status"]', { timeout: 10_000 });
        return popup.evaluate(readPopupState);
      },
      hasExpectedActors,
      { timeout: 45_000, interval: 750 },
    );
    expectActors(state);
    expect(state.status, 'popup status line').toBeTruthy();

    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.screenshot({ path: screenshotPath('chromium-popup.png'), fullPage: true });
    await popup.close();
  });

  it('highlights actor mentions in the page with the CSS Custom Highlight API', async () => {
    // Playwright evaluates in the page's main world; CSS.highlights is shared with the content
    // script's isolated world, so the registry shows what the content script registered.
    await article.bringToFront();
    const handle = await article.waitForFunction(
      () => {
        const highlight = CSS.highlights.get('newsmark-actor');
        return highlight && highlight.size > 0 ? highlight.size : false;
      },
      undefined,
      { timeout: 30_000 },
    );
    const ranges = (await handle.jsonValue()) as number;
    expect(ranges).toBeGreaterThanOrEqual(6);
    expect(await article.evaluate(() => CSS.highlights.has('newsmark-actor'))).toBe(true);
    // The page itself is never rewritten: the article's text is still plain paragraphs.
    expect(await article.locator('article mark, article [data-newsmark]').count()).toBe(0);
    await article.screenshot({ path: screenshotPath('chromium-seed-page.png') });
  });

  it('renders the options page from the knowledge base', async () => {
    const options = await openExtensionPage('options.html');
    await options.waitForFunction(() => document.body.innerText.includes('Sergei Lavrov'), undefined, {
      timeout: 20_000,
    });
    const text = await options.evaluate(() => document.body.innerText);
    for (const name of ['Sergei Lavrov', 'Vladimir Putin', 'Donald Trump', 'Zelensky']) {
      expect(text, 'options lists the knowledge base actors').toContain(name);
    }
    await options.close();
  });

  it('renders the side panel with real content', async () => {
    const panel = await openExtensionPage('sidepanel.html');
    await panel.waitForFunction(() => document.body.innerText.includes('Sergei Lavrov'), undefined, {
      timeout: 20_000,
    });
    const text = await panel.evaluate(() => document.body.innerText.trim());
    expect(text.length).toBeGreaterThan(40);
    await panel.close();
  });

  it('raises no uncaught errors in the extension pages', () => {
    expect(pageErrors).toEqual([]);
  });
});
