// The side panel in Firefox ESR (its sidebar_action page, sidepanel.html) over WebDriver BiDi: the
// same lists as in Chromium for the seed article, addressed by ?tabId= and by following the active
// tab, jump-to-mention, and the switch to another tab.
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
import { hasSeedLists, OTHER_PAGE, readPanel, startPanelServer, type PanelServer, type PanelView } from './sidepanel-shared';
import { expectActors, pollUntil, readPopupState } from './smoke';

// The extension APIs, as the extension page sees them (evaluated there, typed loosely here).
declare const browser: any;

describe('Firefox ESR: the side panel', () => {
  let server: PanelServer;
  let firefox: FirefoxSession;
  let article: Page;
  let panel: Page;
  let articleTabId: number;

  beforeAll(async () => {
    readBuiltManifest(FIREFOX_BUILD);
    server = await startPanelServer();
    firefox = await launchFirefox({ extensionDir: FIREFOX_BUILD, headless: true });
    article = await firefox.browser.newPage();
    await article.goto(server.url('/article'));
    await pollUntil(
      'the article to be highlighted',
      () => article.evaluate(() => CSS.highlights.get('newsmark-actor-amber')?.size ?? 0),
      (n) => n > 0,
      { timeout: 30_000, interval: 300 },
    );
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('declares the panel as the sidebar', async () => {
    const manifest = readBuiltManifest(FIREFOX_BUILD) as { sidebar_action?: { default_panel?: string } };
    expect(manifest.sidebar_action?.default_panel).toBe('sidepanel.html');
  });

  it("lists the article's actors by kind with counts, and its claims with their sources", async () => {
    panel = await firefox.browser.newPage();
    await setFirefoxViewport(panel, { width: 360, height: 800 });
    // Opened as a tab, the panel is about the web page in front before it.
    await gotoFirefoxExtensionPage(panel, firefox.extensionUrl('sidepanel.html'));
    await pollUntil('the panel (following the tab) to list the article', () => panel.evaluate(readPanel), hasSeedLists, {
      timeout: 30_000,
      interval: 300,
    });
    articleTabId = await panel.evaluate(
      async (url) => (await browser.tabs.query({})).find((t: { url: string }) => t.url === url)?.id as number,
      server.url('/article'),
    );
    expect(articleTabId).toBeGreaterThan(0);

    await gotoFirefoxExtensionPage(panel, firefox.extensionUrl(`sidepanel.html?tabId=${articleTabId}`));
    const seen = await pollUntil<PanelView>('the panel (?tabId) to list the article', () => panel.evaluate(readPanel), hasSeedLists, {
      timeout: 30_000,
      interval: 300,
    });
    expectActors(await panel.evaluate(readPopupState));
    expect(seen.groups.map((g) => g.heading).slice(0, 2)).toEqual(['People', 'States']);
    expect(seen.groups[0].refs).toEqual(expect.arrayContaining(['A01', 'A02', 'A03', 'A04']));
    expect(seen.groups[1].refs).toEqual(expect.arrayContaining(['A05', 'A06']));
    const lavrov = seen.actors.find((a) => a.ref === 'A01')!;
    expect(lavrov.meta.toLowerCase()).toContain('foreign minister');
    expect(lavrov.description.length).toBeGreaterThan(40);
    for (const claim of seen.claims) {
      expect(claim.sentences.length).toBeGreaterThan(0);
      expect(claim.evidence.length).toBeGreaterThan(10);
      expect(claim.source).toContain('Russia–Ukraine peace talks');
    }
    expect(seen.footer).toMatch(/Scan [\d.,]+ ms/);
  });

  it('jumps to a mention: the article flashes it', async () => {
    await panel.evaluate(() => (document.querySelector('[data-ref="A01"] [data-testid="jump-next"]') as HTMLButtonElement).click());
    const position = await pollUntil(
      'the arrow to say which mention it reached',
      () => panel.evaluate(() => document.querySelector('[data-ref="A01"] [data-testid="jump-position"]')?.textContent ?? ''),
      (text) => /^1 of \d+$/.test(text),
      { timeout: 10_000, interval: 200 },
    );
    expect(position).toMatch(/^1 of \d+$/);
    const flashed = await pollUntil(
      'the article to flash the mention',
      () => article.evaluate(() => [...(CSS.highlights.get('newsmark-flash') ?? [])].map((r) => (r as Range).toString())),
      (ranges) => ranges.length === 1,
      { timeout: 10_000, interval: 100 },
    );
    expect(flashed[0]).toMatch(/Lavrov|foreign minister/i);
  });

  it('follows the active tab: another tab in front puts its page in the panel', async () => {
    await gotoFirefoxExtensionPage(panel, firefox.extensionUrl('sidepanel.html'));
    await pollUntil('the following panel to list the article', () => panel.evaluate(readPanel), hasSeedLists, { timeout: 20_000, interval: 300 });
    const other = await firefox.browser.newPage();
    await other.goto(server.url('/other'));
    await other.bringToFront();
    const seen = await pollUntil(
      'the panel to switch to the other tab',
      () => panel.evaluate(readPanel),
      (v) => v.page.includes(OTHER_PAGE.title) && OTHER_PAGE.actors.every((ref) => v.actors.some((a) => a.ref === ref)),
      { timeout: 30_000, interval: 300 },
    );
    expect(seen.page).toContain(OTHER_PAGE.title);
    for (const ref of OTHER_PAGE.absent) expect(seen.actors.map((a) => a.ref)).not.toContain(ref);
    await article.bringToFront();
    await pollUntil('the panel to switch back to the article', () => panel.evaluate(readPanel), hasSeedLists, { timeout: 30_000, interval: 300 });
  });
});
