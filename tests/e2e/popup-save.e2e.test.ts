// Saving claims in the built Chrome extension, in Debian's Chromium: a sentence selected on the served
// seed page saved through the popup's form and through the "Save to Newsmark" context-menu handler,
// a detected claim saved from the popup's list; each lands in the extension's IndexedDB with its
// fields, is marked as saved after a reload of the page, and undo removes it. Bad input (no
// selection, a 1 MB selection, a browser page, a site turned off, an emptied form) writes nothing.
import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import {
  CHROME_BUILD,
  LOCAL_SITE_ORIGINS,
  buildWithGrantedSites,
  chromiumArgs,
  launchChromium,
  readBuiltManifest,
  type ChromiumSession,
} from '../../scripts/browsers.mjs';
import { browserPaths } from '../../scripts/ensure-browsers.mjs';
import { startSeedServer, type SeedServer } from '../../scripts/seed-page.mjs';
import type { SavedClaimRecord } from '../../lib/db/records';
import { playwright } from './page-probes';
import { pollUntil } from './smoke';


// Sentences of the seed article (seeds/source/), each inside one paragraph.
const TRUMP_ELECTIONS = 'Trump questioned the timing of Ukraine’s upcoming elections, suggesting these could complicate negotiations.';
const LAVROV_PEACEKEEPERS =
  'During this meeting, Lavrov firmly rejected the notion of deploying peacekeeping troops in Ukraine under the auspices of security guarantees.';

// The extension APIs the test calls inside the browser (service worker, extension pages).
interface TabLike {
  id?: number;
  url?: string;
}
declare const chrome: {
  tabs: { query(query: object): Promise<TabLike[]>; get(tabId: number): Promise<TabLike> };
  contextMenus: { onClicked: { dispatch(info: object, tab: TabLike): void } };
  runtime: { sendMessage(message: object): Promise<unknown> };
};

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every saved item, read straight from the extension's IndexedDB in its service worker. */
/** Waits until the content script has scanned the page (its actor highlights are painted). */
const scanned = (page: Page) =>
  page.waitForFunction(() => (CSS.highlights.get('newsmark-actor-amber')?.size ?? 0) > 0, undefined, { timeout: 30_000 });

/** The texts the `newsmark-saved` highlight covers in the page. */
const savedHighlights = (page: Page) =>
  page.evaluate(() =>
    Array.from((CSS.highlights.get('newsmark-saved') ?? new Set()) as Set<AbstractRange>, (range) =>
      (range as Range).toString().replace(/\s+/g, ' ').trim(),
    ),
  );

describe('Chromium: saving claims from the popup and the page', () => {
  let server: SeedServer;
  let chromium: ChromiumSession;
  let article: Page;
  let articleTabId: number;
  const pageErrors: string[] = [];
  const savedRows = () => playwright.savedRows(chromium.worker);

  const tabIdOf = (urlPrefix: string) =>
    chromium.worker.evaluate(async (prefix) => {
      const tabs = await chrome.tabs.query({});
      const tab = tabs.find((t) => t.url?.startsWith(prefix));
      if (tab?.id === undefined) throw new Error(`no tab at ${prefix}`);
      return tab.id;
    }, urlPrefix);

  async function openPopup(tabId: number): Promise<Page> {
    const popup = await chromium.context.newPage();
    popup.on('pageerror', (error) => pageErrors.push(`popup: ${error.message}`));
    await popup.setViewportSize({ width: 420, height: 800 });
    await popup.goto(chromium.extensionUrl(`popup.html?tabId=${tabId}`));
    await popup.waitForSelector('[data-testid="page-status"]');
    return popup;
  }

  /**
   * "Save to Newsmark" in the page's context menu. Headless Chromium draws no native menu, so the
   * menu's click event is dispatched in the service worker: the listener the background registered
   * runs with the same info and tab a real click would bring.
   */
  const clickSaveMenuItem = (tabId: number) =>
    chromium.worker.evaluate(async (id) => {
      const tab = await chrome.tabs.get(id);
      const info = { menuItemId: 'newsmark-save-selection', editable: false, pageUrl: tab.url!, selectionText: '…' };
      chrome.contextMenus.onClicked.dispatch(info, tab);
    }, tabId);

  /** The text of the page's toast (in our closed shadow root, which only the DevTools protocol can see into). */
  async function toastText(page: Page): Promise<string | null> {
    const cdp = await chromium.context.newCDPSession(page);
    try {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
      return findToast(root);
    } finally {
      await cdp.detach().catch(() => {});
    }
  }

  beforeAll(async () => {
    readBuiltManifest(CHROME_BUILD);
    server = await startSeedServer();
    chromium = await launchChromium({ extensionDir: CHROME_BUILD, headless: true });
    article = await chromium.context.newPage();
    article.on('pageerror', (error) => pageErrors.push(`article: ${error.message}`));
    await article.goto(server.url);
    await scanned(article);
    articleTabId = await tabIdOf(server.url);
  });

  // Each test starts from an empty saved list, even after a failure left something behind.
  afterEach(async () => {
    await chromium.worker.evaluate(
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
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('saves a selected sentence through the popup form, with its fields, marks it after a reload, and undoes it', async () => {
    expect(await savedRows()).toEqual([]);
    await playwright.select(article, TRUMP_ELECTIONS);
    const popup = await openPopup(articleTabId);
    await popup.click('[data-testid="save-selection"]');
    const form = popup.locator('[data-testid="selection-form"]');
    await form.waitFor();

    // Pre-filled: the sentence, the actors it names, the knowledge-base claim it matches.
    await expect(popup.locator('[data-testid="selection-text"]').inputValue()).resolves.toBe(TRUMP_ELECTIONS);
    const checkedActors = await popup.$$eval('[data-testid="selection-actors"] input[type="checkbox"]:checked', (inputs) =>
      inputs.map((input) => input.getAttribute('data-actor-id')),
    );
    expect(checkedActors).toEqual(expect.arrayContaining(['A03', 'A06']));
    const claimId = await popup.locator('[data-testid="selection-claim"]').inputValue();
    expect(claimId, 'the form proposes the matching knowledge-base claim').toMatch(/^C\d+/);
    // The form is focused on its first field: keyboard users type right away.
    await expect(popup.evaluate(() => document.activeElement?.id)).resolves.toBe('sel-text');

    // The reader edits: one more actor, a note and tags (the duplicate tag is dropped).
    await popup.selectOption('[data-testid="selection-add-actor"]', 'A07');
    await popup.fill('[data-testid="selection-note"]', 'For the piece on the elections.');
    await popup.fill('[data-testid="selection-tags"]', 'elections, Trump, Elections');
    await popup.click('[data-testid="selection-save"]');
    const saved = popup.locator('[data-testid="selection-saved"]');
    await saved.waitFor();
    await expect(saved.innerText()).resolves.toContain('Saved to Newsmark');
    const savedId = (await saved.getAttribute('data-saved-id'))!;

    const rows = await savedRows();
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.id).toBe(savedId);
    expect(row.text).toBe(TRUMP_ELECTIONS);
    expect(row.url).toBe(article.url());
    expect(row.pageTitle).toBe(await article.title());
    expect(Date.now() - row.createdAt).toBeLessThan(120_000);
    expect(row.claimId).toBe(claimId);
    expect(row.actorIds).toEqual(expect.arrayContaining([...checkedActors, 'A07']));
    expect(row.actorIds).toHaveLength(new Set([...checkedActors, 'A07']).size);
    expect(row.note).toBe('For the piece on the elections.');
    expect(row.tags).toEqual(['elections', 'Trump']);
    // A TextQuoteSelector with context either side, and a text position.
    expect(collapse(row.selector.exact)).toBe(TRUMP_ELECTIONS);
    expect(row.selector.prefix.length).toBeGreaterThan(10);
    expect(row.selector.suffix.length).toBeGreaterThan(10);
    expect(row.selector.prefix).toContain('the war with Russia. ');
    expect(row.selector.end - row.selector.start).toBe(row.selector.exact.length);

    // A later visit marks the sentence as saved.
    await article.reload();
    await scanned(article);
    const marked = await pollUntil('the saved sentence to be marked after the reload', () => savedHighlights(article), (texts) =>
      texts.includes(TRUMP_ELECTIONS),
    );
    expect(marked).toEqual([TRUMP_ELECTIONS]);

    // Saving the same sentence again finds the first save.
    await playwright.select(article, TRUMP_ELECTIONS);
    const again = await openPopup(articleTabId);
    await expect(again.locator('[data-testid="saved-count"]').innerText()).resolves.toContain('1 sentence');
    await again.click('[data-testid="save-selection"]');
    await again.click('[data-testid="selection-save"]');
    await expect(again.locator('[data-testid="selection-saved"]').innerText()).resolves.toContain('already saved');
    expect(await again.locator('[data-testid="selection-undo"]').count()).toBe(0);
    expect(await savedRows()).toHaveLength(1);
    await again.close();

    // Undo in the first popup: gone from the database and from the page's marks.
    await popup.bringToFront();
    await popup.click('[data-testid="selection-undo"]');
    await popup.locator('[data-testid="selection-undone"]').waitFor();
    expect(await savedRows()).toEqual([]);
    await article.bringToFront();
    await pollUntil('the saved mark to leave the page', () => savedHighlights(article), (texts) => texts.length === 0);
    await popup.close();
  });

  it('saves a detected claim from the popup list: shown as saved, undo removes it', async () => {
    const popup = await openPopup(articleTabId);
    const first = popup.locator('[data-testid="page-claims"] li[data-claim-id]').first();
    await first.waitFor({ timeout: 30_000 });
    const claimId = (await first.getAttribute('data-claim-id'))!;
    const sentence = collapse(await first.locator('.quote').innerText());
    expect(await first.getAttribute('data-saved')).toBe('false');

    // Keyboard: focus the row's Save button and press Enter.
    await first.locator('[data-testid="claim-save"]').focus();
    await popup.keyboard.press('Enter');
    await pollUntil('the claim row to show Saved', () => first.getAttribute('data-saved'), (v) => v === 'true');
    await expect(first.locator('[data-testid="claim-saved"]').innerText()).resolves.toContain('Saved');
    // (the row shows Saved when the saved list reloads; the message is set after that reload, a render later)
    await pollUntil('the popup to announce Saved', () => popup.locator('[data-testid="popup-message"]').innerText(), (t) => t.includes('Saved'));

    const rows = await savedRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.claimId).toBe(claimId);
    expect(collapse(rows[0]!.text)).toBe(sentence);
    expect(collapse(rows[0]!.selector.exact)).toBe(sentence);
    expect(rows[0]!.url).toBe(article.url());
    expect(rows[0]!.actorIds.length).toBeGreaterThan(0);

    // A new popup knows it is saved (from the database, not from its own memory).
    const second = await openPopup(articleTabId);
    const same = second.locator(`[data-testid="page-claims"] li[data-claim-id="${claimId}"]`);
    await pollUntil('a new popup to show the claim as saved', () => same.getAttribute('data-saved'), (v) => v === 'true');
    await second.close();

    await pollUntil('the page to mark the saved claim', () => savedHighlights(article), (texts) => texts.includes(sentence));

    await first.locator('[data-testid="claim-undo"]').click();
    await pollUntil('the claim row to offer Save again', () => first.getAttribute('data-saved'), (v) => v === 'false');
    expect(await savedRows()).toEqual([]);
    await popup.close();
  });

  it('saves the selection through the "Save to Newsmark" context-menu handler, marks it after a reload, undo removes it', async () => {
    await article.bringToFront();
    await playwright.select(article, LAVROV_PEACEKEEPERS);
    await clickSaveMenuItem(articleTabId);

    const rows = await pollUntil('the context-menu save to reach the database', savedRows, (r) => r.length === 1);
    const row = rows[0]!;
    expect(row.text).toBe(LAVROV_PEACEKEEPERS);
    expect(row.url).toBe(article.url());
    expect(row.pageTitle).toBe(await article.title());
    expect(row.actorIds).toEqual(expect.arrayContaining(['A01', 'A06']));
    expect(row.claimId, 'the knowledge-base claim about peacekeepers').toMatch(/^C\d+/);
    expect(row.note).toBe('');
    expect(row.tags).toEqual([]);
    expect(collapse(row.selector.exact)).toBe(LAVROV_PEACEKEEPERS);
    expect(row.selector.suffix).toContain('He warned');
    // The page tells the reader it is done.
    await pollUntil('the toast in the page', () => toastText(article), (text) => text === 'Saved to Newsmark.', {
      timeout: 15_000,
      interval: 100,
    });

    await article.reload();
    await scanned(article);
    await pollUntil('the saved sentence to be marked after the reload', () => savedHighlights(article), (texts) =>
      texts.includes(LAVROV_PEACEKEEPERS),
    );

    // Undo from the popup's claim list, where the saved sentence shows as Saved.
    const popup = await openPopup(articleTabId);
    const savedRow = popup.locator(`[data-testid="page-claims"] li[data-claim-id="${row.claimId}"][data-saved="true"]`);
    await savedRow.waitFor({ timeout: 20_000 });
    await savedRow.locator('[data-testid="claim-undo"]').click();
    await pollUntil('undo to empty the database', savedRows, (r) => r.length === 0);
    await article.bringToFront();
    await pollUntil('the saved mark to leave the page', () => savedHighlights(article), (texts) => texts.length === 0);
    await popup.close();
  });

  it('refuses bad input with a clear message and writes nothing', async () => {
    await article.bringToFront();
    // No selection.
    await playwright.select(article, null);
    const popup = await openPopup(articleTabId);
    await popup.click('[data-testid="save-selection"]');
    await expect(popup.locator('[data-testid="selection-message"]').innerText()).resolves.toContain('Select the sentence');
    expect(await popup.locator('[data-testid="selection-form"]').count()).toBe(0);

    // An emptied sentence in the form: the field says why, nothing is sent.
    await playwright.select(article, TRUMP_ELECTIONS);
    await popup.click('[data-testid="save-selection"]');
    await popup.fill('[data-testid="selection-text"]', '   ');
    await popup.click('[data-testid="selection-save"]');
    await expect(popup.locator('#sel-text-error').innerText()).resolves.toContain('empty');
    await expect(popup.locator('#sel-text').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(popup.evaluate(() => document.activeElement?.id)).resolves.toBe('sel-text');
    // Too many tags.
    await popup.fill('[data-testid="selection-text"]', TRUMP_ELECTIONS);
    await popup.fill('[data-testid="selection-tags"]', Array.from({ length: 51 }, (_, i) => `tag${i}`).join(','));
    await popup.click('[data-testid="selection-save"]');
    await expect(popup.locator('#sel-tags-error').innerText()).resolves.toContain('50');
    // Escape closes the form without saving.
    await popup.keyboard.press('Escape');
    expect(await popup.locator('[data-testid="selection-form"]').count()).toBe(0);
    expect(await savedRows()).toEqual([]);
    await popup.close();

    // A 1 MB selection, in a second tab of the same page.
    const big = await chromium.context.newPage();
    await big.goto(`${server.origin}/?big`);
    await scanned(big);
    await big.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'huge';
      p.textContent = 'Lavrov spoke again. '.repeat(52_429); // 1,048,580 characters
      document.querySelector('article')!.append(p);
      const range = document.createRange();
      range.selectNodeContents(p);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    const bigTab = await tabIdOf(`${server.origin}/?big`);
    const bigPopup = await openPopup(bigTab);
    await bigPopup.click('[data-testid="save-selection"]');
    await expect(bigPopup.locator('[data-testid="selection-message"]').innerText({ timeout: 20_000 })).resolves.toContain(
      'too long',
    );
    await bigPopup.close();
    // The context menu refuses it too, and says so in the page.
    await clickSaveMenuItem(bigTab);
    await pollUntil('the refusal toast', () => toastText(big), (text) => !!text && text.includes('too long'), {
      timeout: 15_000,
      interval: 100,
    });
    expect(await savedRows()).toEqual([]);
    await big.close();

    // A page the extension cannot read.
    const browserPage = await chromium.context.newPage();
    await browserPage.goto('chrome://version/');
    const versionTab = await tabIdOf('chrome://version');
    const chromePopup = await openPopup(versionTab);
    await pollUntil('the popup to say it cannot read the page', () => chromePopup.locator('[data-testid="page-status"]').innerText(), (t) =>
      t.includes('http and https'),
    );
    await chromePopup.click('[data-testid="save-selection"]');
    await expect(chromePopup.locator('[data-testid="selection-message"]').innerText()).resolves.toContain('cannot read this page');
    expect(await chromePopup.locator('[data-testid="site-enabled"]').count()).toBe(0);
    await chromePopup.close();
    await browserPage.close();

    // A site the reader turned off: the switch in the popup, then Save selection.
    await article.bringToFront();
    await playwright.select(article, TRUMP_ELECTIONS);
    const offPopup = await openPopup(articleTabId);
    const host = new URL(server.origin).host;
    try {
      const toggle = offPopup.locator('[data-testid="site-enabled"]');
      await toggle.waitFor();
      expect(await toggle.isChecked()).toBe(true);
      await toggle.click();
      await pollUntil('the popup to show the site as off', () => offPopup.locator('[data-testid="page-status"]').innerText(), (t) =>
        t.includes('turned off'),
      );
      expect(await toggle.isChecked()).toBe(false);
      await offPopup.click('[data-testid="save-selection"]');
      await expect(offPopup.locator('[data-testid="selection-message"]').innerText()).resolves.toContain('turned off');
      expect(await offPopup.locator('[data-testid="page-claims"] [data-testid="claim-save"]').count()).toBe(0);
      expect(await savedRows()).toEqual([]);
      await toggle.click();
      await pollUntil('the popup to show the site as on', () => toggle.isChecked(), Boolean);
    } finally {
      // Whatever failed above, the next tests need the site on.
      await offPopup.evaluate(
        (hostname) => chrome.runtime.sendMessage({ type: 'site/set-enabled', hostname, enabled: true }),
        host,
      );
      await offPopup.close();
    }
  });

  it('passes axe-core accessibility checks with the save form open', async () => {
    await article.bringToFront();
    await scanned(article);
    await playwright.select(article, TRUMP_ELECTIONS);
    const popup = await openPopup(articleTabId);
    await popup.locator('[data-testid="page-claims"] li').first().waitFor({ timeout: 30_000 });
    await popup.click('[data-testid="save-selection"]');
    await popup.locator('[data-testid="selection-form"]').waitFor();
    const axeSource = (await import('node:fs')).readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    // The DevTools protocol evaluates regardless of the page's CSP, which forbids adding scripts.
    await popup.evaluate(axeSource);
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      const violations = await popup.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
        return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations, `axe violations in ${scheme} mode`).toEqual([]);
    }
    await popup.close();
  });

  it('raises no uncaught errors in the popup or the page', () => {
    expect(pageErrors).toEqual([]);
  });
});

describe('Chromium: a save needs no network and survives a browser restart', () => {
  let server: SeedServer;
  let profile: string;
  let context: BrowserContext | null = null;
  /** one granted copy for both launches: the same path is the same extension id, and the same data */
  let build: { dir: string; remove(): void };

  /** Chromium on a profile directory of our own, so a second launch finds the first one's data. */
  async function launch(): Promise<{ context: BrowserContext; worker: Worker; extensionUrl: (path: string) => string }> {
    const { chromium } = await import('playwright-core');
    const opened = await chromium.launchPersistentContext(profile, {
      executablePath: browserPaths().chromium!,
      headless: false,
      args: chromiumArgs(build.dir, { headless: true }),
      viewport: { width: 1280, height: 900 },
    });
    context = opened;
    const worker = opened.serviceWorkers()[0] ?? (await opened.waitForEvent('serviceworker', { timeout: 20_000 }));
    const id = new URL(worker.url()).host;
    return { context: opened, worker, extensionUrl: (path) => `chrome-extension://${id}/${path}` };
  }

  beforeAll(async () => {
    readBuiltManifest(CHROME_BUILD);
    server = await startSeedServer();
    profile = mkdtempSync(join(tmpdir(), 'newsmark-restart-'));
    build = buildWithGrantedSites(CHROME_BUILD, LOCAL_SITE_ORIGINS);
  });

  afterAll(async () => {
    await context?.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
    build?.remove();
    await server?.close();
  });

  it('saves while the browser is offline, and after a restart the item is there and the page marks it', async () => {
    const first = await launch();
    const page = await first.context.newPage();
    await page.goto(server.url);
    await scanned(page);
    const tabId = await first.worker.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)!.id!, server.url);

    await first.context.setOffline(true);
    await playwright.select(page, TRUMP_ELECTIONS);
    const popup = await first.context.newPage();
    await popup.goto(first.extensionUrl(`popup.html?tabId=${tabId}`));
    await popup.click('[data-testid="save-selection"]');
    await popup.fill('[data-testid="selection-note"]', 'Saved offline.');
    await popup.click('[data-testid="selection-save"]');
    await popup.locator('[data-testid="selection-saved"]').waitFor();
    const before = await playwright.savedRows(first.worker);
    expect(before.map((row) => [row.text, row.note])).toEqual([[TRUMP_ELECTIONS, 'Saved offline.']]);
    await first.context.close();
    context = null;

    const second = await launch();
    // What the reader saved, as saved; where the quote last stood on its page (anchorState,
    // pageText, anchorCheckedAt) is the background's record of a later visit, and may have come in
    // after `before` was read.
    const asSaved = (rows: SavedClaimRecord[]) =>
      rows.map((row) => {
        const { anchorState: _state, pageText: _words, anchorCheckedAt: _at, ...saved } = row as SavedClaimRecord & Record<string, unknown>;
        return saved;
      });
    expect(asSaved(await playwright.savedRows(second.worker))).toEqual(asSaved(before));
    const again = await second.context.newPage();
    await again.goto(server.url);
    await scanned(again);
    await pollUntil('the saved sentence to be marked after the restart', () => savedHighlights(again), (texts) =>
      texts.includes(TRUMP_ELECTIONS),
    );
  });
});

interface DomNode {
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function findToast(node: DomNode): string | null {
  const attrs = node.attributes ?? [];
  for (let i = 0; i < attrs.length; i += 2) {
    if (attrs[i] === 'class' && attrs[i + 1]!.split(/\s+/).includes('toast')) {
      return (node.children ?? []).map((child) => child.nodeValue ?? '').join('');
    }
  }
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = findToast(child);
    if (found !== null) return found;
  }
  return null;
}
