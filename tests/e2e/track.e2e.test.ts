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
import { playwright } from './page-probes';
import { pollUntil } from './smoke';
import { FIRST_PAGE, highlighted, NEW_PERSON, SECOND_PAGE, startTrackServer, TRACKED_QUOTE, type TrackServer } from './track-shared';

declare const chrome: any;

const CLAIM_MARK = 'newsmark-claim-blue-underline';
const ACTOR_MARK = 'newsmark-actor-amber';

/** The background's state of a tab, asked from an extension page. */
const tabState = (extensionPage: Page, tabId: number) =>
  extensionPage.evaluate(async (id) => (await chrome.runtime.sendMessage({ type: 'tab/state', tabId: id })).value, tabId);

/** Tracked claims and the reader's actors, read from the extension's IndexedDB in the service worker. */
const readAdded = playwright.added;

/**
 * The centre and text of an element inside the card's closed shadow root, or null while it is not
 * there. The page cannot reach into that root; the test reads it through the DevTools protocol
 * (which pierces closed roots) and then clicks with the mouse, as the reader would.
 */
async function inCard(page: Page, testId: string): Promise<{ x: number; y: number; text: string } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    type DomNode = { nodeId: number; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[] };
    const find = (node: DomNode): DomNode | null => {
      const attrs = node.attributes ?? [];
      for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === 'data-testid' && attrs[i + 1] === testId) return node;
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
        const hit = find(child);
        if (hit) return hit;
      }
      return null;
    };
    const node = find(root as DomNode);
    if (!node) return null;
    // The card scrolls within itself when its words are many: bring the element into its view first.
    await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId: node.nodeId });
    const { model } = await cdp.send('DOM.getBoxModel', { nodeId: node.nodeId });
    const [x1, y1, , , x3, y3] = model.content;
    const { object } = await cdp.send('DOM.resolveNode', { nodeId: node.nodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: 'function () { return this.textContent; }', returnByValue: true });
    return { x: (x1 + x3) / 2, y: (y1 + y3) / 2, text: String(result.value ?? '') };
  } finally {
    await cdp.detach();
  }
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
    await playwright.select(first, TRACKED_QUOTE);
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

  it("tracks a claim's sentence from its card on the page, says as whose, and undoes it there", async () => {
    const article = await chromium.context.newPage();
    article.on('pageerror', (error) => pageErrors.push(`seed: ${error.message}`));
    await article.setViewportSize({ width: 1100, height: 800 });
    await article.goto(server.url('/seed'));
    await pollUntil('a claim marked on the seed article', () => article.evaluate(highlighted, CLAIM_MARK), (m) => m.length > 0, { timeout: 30_000, interval: 250 });
    // The reader clicks the first marked statement: its card opens and stays.
    const mark = await article.evaluate((name) => {
      const range = [...(CSS.highlights.get(name) as unknown as Set<Range>)][0];
      (range.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      // A letter of the statement outside every name: a click there opens the claim's card, not an actor's.
      const names = [...CSS.highlights.keys()].filter((k) => k.startsWith('newsmark-actor')).flatMap((k) => [...(CSS.highlights.get(k) as unknown as Set<Range>)]);
      const common = range.commonAncestorContainer;
      const walker = document.createTreeWalker(common.nodeType === Node.TEXT_NODE ? common.parentNode! : common, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (!range.intersectsNode(node)) continue;
        for (let i = node === range.startContainer ? range.startOffset : 0; i < (node === range.endContainer ? range.endOffset : node.length); i++) {
          if (!/\p{L}/u.test(node.data[i])) continue;
          const letter = document.createRange();
          letter.setStart(node, i);
          letter.setEnd(node, i + 1);
          if (names.some((n) => n.compareBoundaryPoints(Range.START_TO_END, letter) > 0 && n.compareBoundaryPoints(Range.END_TO_START, letter) < 0)) continue;
          const rect = letter.getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, text: range.toString().replace(/\s+/g, ' ').trim() };
        }
      }
      throw new Error('no letter of the statement outside a name');
    }, CLAIM_MARK);
    await article.mouse.click(mark.x, mark.y);
    const track = await pollUntil('the card to offer Track', () => inCard(article, 'card-track'), (b) => b !== null, { timeout: 20_000, interval: 200 });
    await article.mouse.click(track!.x, track!.y);
    const status = await pollUntil('the card to say it tracked', () => inCard(article, 'card-track-status'), (t) => !!t && t.text.startsWith('Tracked'), {
      timeout: 30_000,
      interval: 250,
    });
    expect(status!.text).toMatch(/^Tracked as said by [^.]+\. Found by: .+\.$/);
    const added = await readAdded(chromium.worker);
    expect(added.tracked).toHaveLength(1);
    // The statement's own words, from the marked sentence, with a known speaker.
    expect(mark.text.replace(/[“”"]/g, '')).toContain(added.tracked[0].summary);
    expect(added.tracked[0].speakerId).toMatch(/^A\d+$/);

    const undo = await inCard(article, 'card-untrack');
    await article.mouse.click(undo!.x, undo!.y);
    await pollUntil('the card to say it was removed', () => inCard(article, 'card-track-status'), (t) => t?.text === 'Removed from your knowledge base.', {
      timeout: 30_000,
      interval: 250,
    });
    expect((await readAdded(chromium.worker)).tracked).toEqual([]);
    await article.close();
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
