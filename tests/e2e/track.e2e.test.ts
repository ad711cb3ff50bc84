// Growing the knowledge base from what you read, in Debian's Chromium: a quote selected on a served
// article is tracked through the popup's form; another outlet's page that says the same in its own
// words marks it; the side panel of the first page lists its statements by speaker and adds a
// minister the knowledge base did not know, whom the second page then marks; undo removes both; and
// after a browser restart, what was added is still found.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { CHROME_BUILD, LOCAL_SITE_ORIGINS, buildWithGrantedSites, chromiumArgs, launchChromium, readBuiltManifest, type ChromiumSession } from '../../scripts/browsers.mjs';
import { browserPaths } from '../../scripts/ensure-browsers.mjs';
import { pollUntil } from './smoke';
import { FIRST_PAGE, highlighted, NEW_PERSON, SECOND_PAGE, startTrackServer, TRACKED_QUOTE, type TrackServer } from './track-shared';

declare const chrome: any;

const CLAIM_MARK = 'newsmark-claim-blue-underline';
const ACTOR_MARK = 'newsmark-actor-amber';

/** Selects `text` the way a reader's drag would. */
async function select(page: Page, text: string): Promise<void> {
  await page.evaluate((wanted) => {
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(wanted);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      selection.addRange(range);
      return;
    }
    throw new Error(`not in the page: ${wanted}`);
  }, text);
}

/** The background's state of a tab, asked from an extension page. */
const tabState = (extensionPage: Page, tabId: number) =>
  extensionPage.evaluate(async (id) => (await chrome.runtime.sendMessage({ type: 'tab/state', tabId: id })).value, tabId);

/** Tracked claims and the reader's actors, read from the extension's IndexedDB in the service worker. */
function readAdded(worker: Worker): Promise<{ tracked: Array<{ id: string; summary: string; speakerId: string | null }>; people: Array<{ id: string; name: string; role: string }> }> {
  return worker.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('newsmark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['claims', 'actors']);
          const claims = tx.objectStore('claims').getAll();
          const actors = tx.objectStore('actors').getAll();
          tx.oncomplete = () => {
            db.close();
            resolve({
              tracked: (claims.result as any[]).filter((c) => c.tags?.includes('tracked')).map((c) => ({ id: c.id, summary: c.summary, speakerId: c.speakerId })),
              people: (actors.result as any[]).filter((a) => a.origin === 'user').map((a) => ({ id: a.id, name: a.name, role: a.role })),
            });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

describe('Chromium: tracking a claim and adding a person from what you read', () => {
  let server: TrackServer;
  let chromium: ChromiumSession;
  let first: Page;
  let second: Page;
  let popup: Page;
  let panel: Page;
  let firstTabId: number;
  const pageErrors: string[] = [];

  const tabIdOf = (url: string) => chromium.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t: any) => t.url === u)?.id as number, url);

  async function extensionPage(path: string): Promise<Page> {
    const page = await chromium.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${path}: ${error.message}`));
    await page.setViewportSize({ width: 420, height: 900 });
    await page.goto(chromium.extensionUrl(path));
    return page;
  }

  beforeAll(async () => {
    readBuiltManifest(CHROME_BUILD);
    server = await startTrackServer();
    chromium = await launchChromium({ extensionDir: CHROME_BUILD, headless: true });
    first = await chromium.context.newPage();
    first.on('pageerror', (error) => pageErrors.push(`first: ${error.message}`));
    await first.goto(server.url('/first'));
    firstTabId = await tabIdOf(server.url('/first'));
    popup = await extensionPage(`popup.html?tabId=${firstTabId}`);
    await pollUntil('the first page to be read', () => tabState(popup, firstTabId), (s) => s?.kind === 'scanned', { timeout: 30_000, interval: 250 });
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('tracks a selected quote from the popup: its words without the attribution, its speaker, the page as source, the terms it is found by', async () => {
    await select(first, TRACKED_QUOTE);
    await popup.reload();
    await popup.click('[data-testid="track-selection"]');
    await popup.locator('[data-testid="track-form"]').waitFor();
    expect(await popup.inputValue('[data-testid="track-text"]')).toBe(TRACKED_QUOTE);
    expect(await popup.inputValue('[data-testid="track-speaker"]')).toBe('Marieke Janssen');
    expect(await popup.locator('[data-testid="track-form"] .page-ref').innerText()).toContain(FIRST_PAGE.published);
    const terms = await popup.locator('[data-testid="track-terms"] .chip').allInnerTexts();
    expect(terms.map((t) => t.trim())).toEqual(expect.arrayContaining(['Maasvlakte', 'redundancy']));
    await popup.click('[data-testid="track-submit"]');
    await popup.locator('[data-testid="track-done"]').waitFor();
    expect(await popup.locator('[data-testid="track-done"]').innerText()).toContain('Marieke Janssen');

    const added = await readAdded(chromium.worker);
    expect(added.tracked).toEqual([expect.objectContaining({ summary: TRACKED_QUOTE })]);
    expect(added.people).toEqual([expect.objectContaining({ name: 'Marieke Janssen', role: 'union leader' })]);
  });

  it("marks the tracked claim on another outlet's page that says it in its own words, and nowhere else there", async () => {
    second = await chromium.context.newPage();
    second.on('pageerror', (error) => pageErrors.push(`second: ${error.message}`));
    await second.goto(server.url('/second'));
    const marks = await pollUntil('the paraphrase to be marked', () => second.evaluate(highlighted, CLAIM_MARK), (m) => m.includes(SECOND_PAGE.paraphrase), {
      timeout: 30_000,
      interval: 250,
    });
    expect(marks).toEqual([SECOND_PAGE.paraphrase]);
  });

  it("lists the first page's statements by speaker, marks the tracked one, and adds the minister as a person the second page then marks", async () => {
    panel = await extensionPage(`sidepanel.html?tabId=${firstTabId}`);
    await panel.locator('[data-testid="page-statements"] [data-testid="statement"]').first().waitFor({ timeout: 30_000 });
    const groups = await panel.locator('[data-testid="statement-group"]').evaluateAll((els) =>
      els.map((el) => ({
        speaker: el.getAttribute('data-speaker'),
        heading: el.querySelector('h3')?.textContent ?? '',
        statements: [...el.querySelectorAll('[data-testid="statement"]')].map((s) => ({ text: s.querySelector('blockquote')?.textContent ?? '', known: s.getAttribute('data-known') })),
        canAdd: !!el.querySelector('[data-testid="add-person"]'),
      })),
    );
    const janssen = groups.find((g) => g.speaker === 'Marieke Janssen')!;
    expect(janssen.statements).toEqual([{ text: TRACKED_QUOTE, known: expect.stringMatching(/^U-C-/) }]);
    const minister = groups.find((g) => g.speaker === NEW_PERSON.name)!;
    expect(minister.heading).toContain(NEW_PERSON.role);
    expect(minister.statements[0].text).toBe('the government would not intervene in a dispute between employers and unions');
    expect(minister.canAdd).toBe(true);

    const group = panel.locator(`[data-testid="statement-group"][data-speaker="${NEW_PERSON.name}"]`);
    await group.locator('[data-testid="add-person"]').click();
    await group.locator('[data-testid="person-added"]').waitFor();
    expect((await readAdded(chromium.worker)).people.map((p) => [p.name, p.role])).toEqual(
      expect.arrayContaining([[NEW_PERSON.name, NEW_PERSON.role]]),
    );
    await pollUntil('the second page to mark the minister', () => second.evaluate(highlighted, ACTOR_MARK), (m) => m.includes(NEW_PERSON.name), {
      timeout: 30_000,
      interval: 250,
    });
  });

  it('undo removes the tracked claim and the added person: the second page marks neither', async () => {
    await panel.locator(`[data-testid="statement-group"][data-speaker="${NEW_PERSON.name}"] [data-testid="person-undo"]`).click();
    await panel.locator(`[data-testid="statement-group"][data-speaker="${NEW_PERSON.name}"] [data-testid="add-person"]`).waitFor();
    await popup.click('[data-testid="track-undo"]');
    await popup.locator('[data-testid="track-undone"]').waitFor();
    expect(await readAdded(chromium.worker)).toEqual({ tracked: [], people: [] });
    await pollUntil(
      'the second page to mark neither',
      async () => ({ claims: await second.evaluate(highlighted, CLAIM_MARK), actors: await second.evaluate(highlighted, ACTOR_MARK) }),
      (m) => m.claims.length === 0 && !m.actors.includes(NEW_PERSON.name),
      { timeout: 30_000, interval: 250 },
    );
  });

  it('raises no uncaught errors', () => {
    expect(pageErrors).toEqual([]);
  });
});

describe('Chromium: what you add survives a browser restart', () => {
  let server: TrackServer;
  let profile: string;
  let context: BrowserContext | null = null;
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
    server = await startTrackServer();
    profile = mkdtempSync(join(tmpdir(), 'newsmark-track-restart-'));
    build = buildWithGrantedSites(CHROME_BUILD, LOCAL_SITE_ORIGINS);
  });

  afterAll(async () => {
    await context?.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
    build?.remove();
    await server?.close();
  });

  it('tracks a quote and adds a person, and after a restart another page still marks both', async () => {
    const one = await launch();
    const page = await one.context.newPage();
    await page.goto(server.url('/first'));
    const tabId = await one.worker.evaluate(async (url) => (await chrome.tabs.query({})).find((t: any) => t.url === url)!.id!, server.url('/first'));
    const panel = await one.context.newPage();
    await panel.goto(one.extensionUrl(`sidepanel.html?tabId=${tabId}`));
    const group = panel.locator(`[data-testid="statement-group"][data-speaker="${NEW_PERSON.name}"]`);
    await group.locator('[data-testid="add-person"]').click({ timeout: 30_000 });
    await group.locator('[data-testid="person-added"]').waitFor();
    const janssen = panel.locator('[data-testid="statement-group"][data-speaker="Marieke Janssen"]');
    await janssen.locator('[data-testid="track-statement"]').click();
    await janssen.locator('[data-testid="statement-tracked"]').waitFor();
    const before = await readAdded(one.worker);
    expect(before.tracked.map((c) => c.summary)).toEqual([TRACKED_QUOTE]);
    await one.context.close();
    context = null;

    const two = await launch();
    expect(await readAdded(two.worker)).toEqual(before);
    const other = await two.context.newPage();
    await other.goto(server.url('/second'));
    await pollUntil(
      'the second page to mark the claim and the person after the restart',
      async () => ({ claims: await other.evaluate(highlighted, CLAIM_MARK), actors: await other.evaluate(highlighted, ACTOR_MARK) }),
      (m) => m.claims.includes(SECOND_PAGE.paraphrase) && m.actors.includes(NEW_PERSON.name),
      { timeout: 30_000, interval: 250 },
    );
  });
});
