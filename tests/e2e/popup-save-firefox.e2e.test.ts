// Saving in the built Firefox (MV2) extension, in Debian's Firefox ESR over WebDriver BiDi: the popup
// saves a claim detected on the served seed page; the item lands in the extension's IndexedDB, a new
// popup shows it as saved, the page marks it, and undo removes it.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  FIREFOX_BUILD,
  gotoFirefoxExtensionPage,
  launchFirefox,
  readBuiltManifest,
  type FirefoxSession,
} from '../../scripts/browsers.mjs';
import { startSeedServer, type SeedServer } from '../../scripts/seed-page.mjs';
import { puppeteer } from './page-probes';
import { pollUntil } from './smoke';


const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('Firefox ESR: the popup saves a detected claim', () => {
  let server: SeedServer;
  let firefox: FirefoxSession;
  let article: Page;
  /** an extension page kept open to read the database from the extension's origin */
  let reader: Page;

  const savedRows = () => puppeteer.savedRows(reader);

  /** The popup opened as a tab: it is about the web page that was in front before it. */
  async function openPopup(): Promise<Page> {
    await article.bringToFront();
    const popup = await firefox.browser.newPage();
    await gotoFirefoxExtensionPage(popup, firefox.extensionUrl('popup.html'));
    await pollUntil(
      'the popup to list the page claims',
      () => popup.evaluate(() => document.querySelectorAll('[data-testid="page-claims"] li[data-claim-id]').length),
      (n) => n > 0,
      { timeout: 30_000, interval: 250 },
    );
    return popup;
  }

  const rowState = (popup: Page, claimId: string) =>
    popup.evaluate(
      (id) => document.querySelector(`[data-testid="page-claims"] li[data-claim-id="${id}"]`)?.getAttribute('data-saved') ?? null,
      claimId,
    );

  beforeAll(async () => {
    readBuiltManifest(FIREFOX_BUILD);
    server = await startSeedServer();
    firefox = await launchFirefox({ extensionDir: FIREFOX_BUILD, headless: true });
    reader = await firefox.browser.newPage();
    await gotoFirefoxExtensionPage(reader, firefox.extensionUrl('options.html'));
    article = await firefox.browser.newPage();
    await article.goto(server.url);
    await pollUntil(
      'the content script to scan the page',
      () => article.evaluate(() => CSS.highlights.get('newsmark-actor-amber')?.size ?? 0),
      (n) => n > 0,
      { timeout: 30_000, interval: 300 },
    );
  });

  afterEach(async () => {
    // A failure must not leave a saved item to the next test.
    await reader.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('newsmark');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction('savedClaims', 'readwrite');
            tx.objectStore('savedClaims').clear();
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
          };
        }),
    );
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('saves the first claim of the list, shows it as saved, marks it in the page, and undoes it', async () => {
    expect(await savedRows()).toEqual([]);
    const popup = await openPopup();
    const { claimId, sentence } = await popup.evaluate(() => {
      const li = document.querySelector('[data-testid="page-claims"] li[data-claim-id]')!;
      return { claimId: li.getAttribute('data-claim-id')!, sentence: li.querySelector('.quote')!.textContent ?? '' };
    });
    expect(await rowState(popup, claimId)).toBe('false');

    await popup.click(`[data-testid="page-claims"] li[data-claim-id="${claimId}"] [data-testid="claim-save"]`);
    await pollUntil('the row to show Saved', () => rowState(popup, claimId), (v) => v === 'true', { timeout: 15_000, interval: 200 });

    const rows = await savedRows();
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.claimId).toBe(claimId);
    expect(collapse(row.text)).toBe(collapse(sentence));
    expect(collapse(row.selector.exact)).toBe(collapse(sentence));
    expect(row.selector.end).toBeGreaterThan(row.selector.start);
    expect(row.url).toBe(server.url);
    expect(row.pageTitle).toContain('Newsmark demo');
    expect(row.actorIds.length).toBeGreaterThan(0);
    await popup.close();

    // The page marks it as saved, and so does a new popup, from the database.
    await pollUntil(
      'the page to mark the saved sentence',
      () =>
        article.evaluate(() =>
          Array.from((CSS.highlights.get('newsmark-saved') ?? new Set()) as Set<AbstractRange>, (r) =>
            (r as Range).toString().replace(/\s+/g, ' ').trim(),
          ),
        ),
      (texts) => texts.includes(collapse(sentence)),
      { timeout: 15_000, interval: 250 },
    );
    const again = await openPopup();
    await pollUntil('a new popup to show the claim as saved', () => rowState(again, claimId), (v) => v === 'true', {
      timeout: 15_000,
      interval: 200,
    });

    // Undo removes it.
    await again.click(`[data-testid="page-claims"] li[data-claim-id="${claimId}"] [data-testid="claim-undo"]`);
    await pollUntil('the row to offer Save again', () => rowState(again, claimId), (v) => v === 'false', {
      timeout: 15_000,
      interval: 200,
    });
    expect(await savedRows()).toEqual([]);
    await again.close();
  });

  it('saves a selected sentence through the popup form', async () => {
    const sentence = 'Trump questioned the timing of Ukraine’s upcoming elections, suggesting these could complicate negotiations.';
    await puppeteer.select(article, sentence);
    const popup = await openPopup();
    await popup.click('[data-testid="save-selection"]');
    await popup.waitForSelector('[data-testid="selection-form"]', { timeout: 15_000 });
    expect(await popup.$eval('[data-testid="selection-text"]', (el) => (el as HTMLTextAreaElement).value)).toBe(sentence);
    await popup.type('[data-testid="selection-tags"]', 'elections');
    await popup.click('[data-testid="selection-save"]');
    await popup.waitForSelector('[data-testid="selection-saved"]', { timeout: 15_000 });

    const rows = await savedRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.text).toBe(sentence);
    expect(rows[0]!.actorIds).toEqual(expect.arrayContaining(['A03', 'A06']));
    expect(collapse(rows[0]!.selector.exact)).toBe(sentence);

    await popup.click('[data-testid="selection-undo"]');
    await popup.waitForSelector('[data-testid="selection-undone"]', { timeout: 15_000 });
    expect(await savedRows()).toEqual([]);
    await popup.close();
  });
});
