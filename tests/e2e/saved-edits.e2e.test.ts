// A saved claim after its article was edited, in the built Chrome extension in Debian's Chromium.
// The seed page is served from one address in three versions: as published; with a word of the saved
// sentence changed and a paragraph added at the top; and with the sentence deleted. The saved
// highlight follows the new words; once the sentence is gone the page marks nothing, the popup lists
// the item as not found on this page (with its saved words), and the options page finds it with its
// "no longer on its page" filter.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROME_BUILD, launchChromium, readBuiltManifest, type ChromiumSession } from '../../scripts/browsers.mjs';
import { renderSeedPage } from '../../scripts/seed-page.mjs';
import { playwright } from './page-probes';
import { pollUntil } from './smoke';

// A sentence of the seed article (seeds/source/), inside one paragraph.
const SAVED = 'During this meeting, Lavrov firmly rejected the notion of deploying peacekeeping troops in Ukraine under the auspices of security guarantees.';
const EDITED = SAVED.replace('firmly', 'flatly');
const ADDED = '<p>UPDATE: This article was updated on Tuesday with the Kremlin’s reaction and details of the next round of talks.</p>';

type Version = 'published' | 'edited' | 'deleted';

function render(version: Version): string {
  const page = renderSeedPage();
  if (!page.includes(SAVED)) throw new Error('the seed page no longer has the sentence this test saves');
  if (version === 'edited') return page.replace(SAVED, EDITED).replace('<article>', `<article>\n      ${ADDED}`);
  if (version === 'deleted') return page.replace(`${SAVED} `, '').replace(SAVED, '');
  return page;
}

/** One address, whichever version of the article the test asks for. */
async function startEditableServer(): Promise<{ url: string; set(version: Version): void; close(): Promise<void> }> {
  let version: Version = 'published';
  const server: Server = createServer((req, res) => {
    if (new URL(req.url ?? '/', 'http://127.0.0.1').pathname !== '/article') {
      res.writeHead(404).end();
      return;
    }
    const body = render(version);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/article`,
    set: (next) => {
      version = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

declare const chrome: { tabs: { query(query: object): Promise<Array<{ id?: number; url?: string }>> } };

const scanned = (page: Page) =>
  page.waitForFunction(() => (CSS.highlights.get('newsmark-actor-amber')?.size ?? 0) > 0, undefined, { timeout: 30_000 });

const savedHighlights = (page: Page) =>
  page.evaluate(() =>
    Array.from((CSS.highlights.get('newsmark-saved') ?? new Set()) as Set<AbstractRange>, (range) =>
      (range as Range).toString().replace(/\s+/g, ' ').trim(),
    ),
  );

describe('Chromium: a saved claim after the article is edited', () => {
  let server: Awaited<ReturnType<typeof startEditableServer>>;
  let chromium: ChromiumSession;
  let article: Page;
  let tabId: number;
  const pageErrors: string[] = [];

  async function openPopup(): Promise<Page> {
    const popup = await chromium.context.newPage();
    popup.on('pageerror', (error) => pageErrors.push(`popup: ${error.message}`));
    await popup.goto(chromium.extensionUrl(`popup.html?tabId=${tabId}`));
    await popup.waitForSelector('[data-testid="page-status"]');
    return popup;
  }

  async function visit(version: Version): Promise<void> {
    server.set(version);
    await article.bringToFront();
    await article.reload();
    await scanned(article);
  }

  beforeAll(async () => {
    readBuiltManifest(CHROME_BUILD);
    server = await startEditableServer();
    chromium = await launchChromium({ extensionDir: CHROME_BUILD, headless: true });
    article = await chromium.context.newPage();
    article.on('pageerror', (error) => pageErrors.push(`article: ${error.message}`));
    await article.goto(server.url);
    await scanned(article);
    tabId = await chromium.worker.evaluate(async (url) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
      if (tab?.id === undefined) throw new Error('no article tab');
      return tab.id;
    }, server.url);
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('follows a reworded sentence, and says plainly when the sentence is gone', async () => {
    // Save the sentence from the popup's selection form.
    await playwright.select(article, SAVED);
    const popup = await openPopup();
    await popup.click('[data-testid="save-selection"]');
    await popup.locator('[data-testid="selection-form"]').waitFor();
    await popup.click('[data-testid="selection-save"]');
    await popup.locator('[data-testid="selection-saved"]').waitFor();
    await popup.close();
    const [row] = await playwright.savedRows(chromium.worker);
    expect(row!.text).toBe(SAVED);

    // A word of the sentence changed and a paragraph added above: the mark is on the new words.
    await visit('edited');
    const marked = await pollUntil('the saved mark on the reworded sentence', () => savedHighlights(article), (t) => t.length > 0);
    expect(marked).toEqual([EDITED]);
    const changed = await pollUntil('the item recorded as reworded', () => playwright.savedRows(chromium.worker), (rows) => rows[0]?.anchorState === 'changed');
    expect(changed[0]).toMatchObject({ text: SAVED, pageText: EDITED });
    const reworded = await openPopup();
    await reworded.locator('[data-testid="saved-changed"]').waitFor();
    await expect(reworded.locator('[data-testid="saved-changed-page-text"]').innerText()).resolves.toBe(EDITED);
    expect(await reworded.locator('[data-testid="saved-not-found"]').count()).toBe(0);
    await reworded.close();

    // The sentence deleted: nothing marked, and the popup names the item as not found here.
    await visit('deleted');
    await pollUntil('the item recorded as gone', () => playwright.savedRows(chromium.worker), (rows) => rows[0]?.anchorState === 'orphaned');
    expect(await savedHighlights(article)).toEqual([]);
    const gone = await openPopup();
    const list = gone.locator('[data-testid="saved-not-found"]');
    await list.waitFor();
    await expect(list.innerText()).resolves.toContain('not on this page any more; the page may have changed');
    await expect(gone.locator('[data-testid="saved-not-found-text"]').innerText()).resolves.toBe(SAVED);
    await gone.close();

    // The options page finds it with its filter, and says why.
    const options = await chromium.context.newPage();
    options.on('pageerror', (error) => pageErrors.push(`options: ${error.message}`));
    await options.goto(chromium.extensionUrl('options.html#saved'));
    await options.locator('[data-testid="saved-item"]').first().waitFor();
    if (!(await options.locator('[data-testid="filter-anchor"]').isVisible())) await options.click('.filters-toggle');
    await options.selectOption('[data-testid="filter-anchor"]', 'changed');
    await pollUntil('no reworded item listed', () => options.locator('[data-testid="saved-item"]').count(), (n) => n === 0);
    await options.selectOption('[data-testid="filter-anchor"]', 'orphaned');
    const item = options.locator('[data-testid="saved-item"]');
    await pollUntil('the orphaned item listed', () => item.count(), (n) => n === 1);
    await expect(item.locator('[data-testid="saved-anchor"]').innerText()).resolves.toContain('Not on its page any more');
    await options.close();

    expect(pageErrors).toEqual([]);
  });
});
