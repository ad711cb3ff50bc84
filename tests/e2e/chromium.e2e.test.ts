// The built Chrome extension in Debian's Chromium: the content script scans the bundled seed page,
// its report reaches the background, and the extension pages render real data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROME_BUILD, launchChromium, readBuiltManifest, type ChromiumSession } from '../../scripts/browsers.mjs';
import { startSeedServer, type SeedServer } from '../../scripts/seed-page.mjs';
import { EXPECTED_ACTORS, expectActors, hasExpectedActors, pollUntil, readPopupState, screenshotPath, type PopupState } from './smoke';

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

    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.screenshot({ path: screenshotPath('chromium-popup.png') });
    await popup.close();
  });

  it('highlights actor mentions in the page with the CSS Custom Highlight API', async () => {
    // Playwright evaluates in the page's main world; CSS.highlights is shared with the content
    // script's isolated world, so the registry shows what the content script registered.
    await article.bringToFront();
    const handle = await article.waitForFunction(
      () => {
        const highlight = CSS.highlights.get('newsmark-actor-amber');
        return highlight && highlight.size > 0 ? highlight.size : false;
      },
      undefined,
      { timeout: 30_000 },
    );
    const ranges = (await handle.jsonValue()) as number;
    expect(ranges).toBeGreaterThanOrEqual(6);
    expect(await article.evaluate(() => CSS.highlights.has('newsmark-actor-amber'))).toBe(true);
    // The page itself is never rewritten: the article's text is still plain paragraphs.
    expect(await article.locator('article mark, article [data-newsmark]').count()).toBe(0);
    await article.screenshot({ path: screenshotPath('chromium-seed-page.png') });
  });

  it('renders the options page: saved claims, and the whole seed knowledge base from the database', async () => {
    const options = await openExtensionPage('options.html');
    // Nothing saved yet in a fresh profile: the saved-claims tab says so.
    await options.waitForSelector('[data-testid="saved-empty"], [data-testid="saved-list"]', { timeout: 20_000 });
    await options.close();

    const kbPage = await openExtensionPage('options.html#knowledge');
    const refs = await pollUntil(
      'the knowledge base tab to list every catalogue actor and claim',
      () =>
        kbPage.evaluate(() => ({
          actors: Array.from(document.querySelectorAll('[data-testid="kb-actors"] li[data-ref]'), (li) => li.getAttribute('data-ref')),
          claims: Array.from(document.querySelectorAll('[data-testid="kb-claims"] li[data-ref]'), (li) => li.getAttribute('data-ref')),
          text: document.body.innerText,
        })),
      (seen) => seen.actors.length >= 14 && seen.claims.length >= 16,
      { timeout: 20_000, interval: 300 },
    );
    for (let i = 1; i <= 14; i++) expect(refs.actors).toContain(`A${String(i).padStart(2, '0')}`);
    for (let i = 1; i <= 16; i++) expect(refs.claims).toContain(`C${String(i).padStart(2, '0')}`);
    for (const actor of EXPECTED_ACTORS) expect(refs.text).toContain(actor.name);
    await kbPage.close();
  });

  it("renders the side panel: who the page's actors are", async () => {
    // Opened as a tab, the side panel is about the web page that was in front before it.
    const panel = await openExtensionPage('sidepanel.html');
    const state = await pollUntil<PopupState>(
      'the side panel to list the seed page actors',
      () => panel.evaluate(readPopupState),
      hasExpectedActors,
      { timeout: 20_000, interval: 300 },
    );
    expectActors(state);
    await panel.close();
  });

  it('raises no uncaught errors in the extension pages', () => {
    expect(pageErrors).toEqual([]);
  });
});
