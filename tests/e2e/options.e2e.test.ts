// The options page in Debian's Chromium with the built extension: saved claims made through the
// background's claim/save request appear; search, filters and sort work; a JSON export imported
// into a fresh profile restores the same items; a malformed import changes nothing and says why;
// an alias added in the knowledge-base editor is highlighted on a served page.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  CHROME_BUILD,
  FIREFOX_BUILD,
  gotoFirefoxExtensionPage,
  launchChromium,
  launchFirefox,
  readBuiltManifest,
  type ChromiumSession,
} from '../../scripts/browsers.mjs';
import { pollUntil, screenshotPath } from './smoke';
import { savedRowsInExtension } from './page-probes';
import type { SavedClaimRecord } from '../../lib/db/records';

const MADE_UP_NAME = 'Quintavius Borodane';

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Options e2e article</title></head>
<body><article><h1>Talks resume</h1>
<p>Yesterday ${MADE_UP_NAME} told reporters in Geneva that the talks would continue next week.</p>
<p>Observers expect a long negotiation.</p></article></body></html>`;

function startServer(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(req.url?.startsWith('/article') ? ARTICLE : '<!doctype html><title>x</title><p>Nothing here.</p>');
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, url: `http://127.0.0.1:${port}` });
    });
  });
}

/** The one extension API the tests call from an extension page (chrome.* in Chromium, browser.* in Firefox). */
interface ExtensionApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

interface Item {
  text: string;
  url: string;
  pageTitle: string;
  claimId: string | null;
  actorIds: string[];
  note: string;
  tags: string[];
}

const ITEMS: Item[] = [
  { text: 'Lavrov rejected any European peacekeepers in Ukraine.', url: 'https://news.example/one', pageTitle: 'Lavrov on peacekeepers', claimId: 'C06', actorIds: ['A01'], note: '', tags: ['security'] },
  { text: 'Zelensky asked for security guarantees before any ceasefire.', url: 'https://kyiv.example/two', pageTitle: 'Zelensky in Kyiv', claimId: null, actorIds: [], note: 'check the date', tags: ['guarantees', 'security'] },
  { text: 'Trump said the talks were going very well, he thinks.', url: 'https://news.example/three', pageTitle: 'Trump on talks', claimId: null, actorIds: [], note: '', tags: [] },
  { text: 'Peskov: the Kremlin sees no rush to sign <b>anything</b>.', url: 'https://moscow.example/four', pageTitle: 'Kremlin <i>briefing</i>', claimId: null, actorIds: [], note: '', tags: ['kremlin'] },
];

/** Every saved claim in the extension's IndexedDB, read from one of its pages by the probe that never creates the database. */
function readSaved(page: Page): Promise<SavedClaimRecord[]> {
  return page.evaluate(savedRowsInExtension);
}

const comparable = (rows: SavedClaimRecord[]) =>
  rows
    .map((row) => ({ ...row }))
    .sort((a, b) => String(a.id).localeCompare(String(b.id)));

async function itemTexts(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="saved-item"] [data-testid="saved-text"]', (nodes) => nodes.map((n) => n.textContent ?? ''));
}

async function waitForTexts(page: Page, what: string, done: (texts: string[]) => boolean): Promise<string[]> {
  return pollUntil(what, () => itemTexts(page), done, { timeout: 15_000, interval: 150 });
}

describe('Chromium: the options page', () => {
  let chromium: ChromiumSession;
  let fresh: ChromiumSession | null = null;
  let server: { server: Server; url: string };
  let options: Page;
  let exportedPath = '';
  const pageErrors: string[] = [];

  async function open(session: ChromiumSession, path: string): Promise<Page> {
    const page = await session.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${path}: ${error.message}`));
    await page.goto(session.extensionUrl(path));
    return page;
  }

  beforeAll(async () => {
    readBuiltManifest(CHROME_BUILD);
    server = await startServer();
    chromium = await launchChromium({ extensionDir: CHROME_BUILD, headless: true });
  });

  afterAll(async () => {
    await fresh?.close();
    await chromium?.close();
    await new Promise((done) => server?.server.close(done));
  });

  it('shows the claims saved through the background', async () => {
    const popup = await open(chromium, 'popup.html');
    for (const item of ITEMS) {
      const result = await popup.evaluate(
        (it) =>
          (globalThis as unknown as { chrome: ExtensionApi }).chrome.runtime.sendMessage({
            type: 'claim/save',
            item: { ...it, selector: { exact: it.text, prefix: '', suffix: '', start: 0, end: it.text.length } },
          }),
        item,
      );
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true, value: { created: true } });
      await new Promise((r) => setTimeout(r, 15)); // distinct save times, for the sort
    }
    await popup.close();

    options = await open(chromium, 'options.html#saved');
    const texts = await waitForTexts(options, 'the four saved claims', (t) => t.length === 4);
    // Newest first; HTML in a saved sentence is shown as text.
    expect(texts).toEqual([...ITEMS].reverse().map((i) => i.text));
    expect(await options.locator('[data-testid="saved-list"] b, [data-testid="saved-list"] i').count()).toBe(0);
    await expect(options.locator('[data-testid="saved-count"]').innerText()).resolves.toContain('4 saved claims');
    const first = options.locator('[data-testid="saved-item"]').last();
    await expect(first.innerText()).resolves.toContain('C06');
  });

  it('searches by word prefix, filters by tag, site and actor, and sorts', async () => {
    const search = options.locator('[data-testid="saved-search"]');
    await search.fill('peacekeep');
    await waitForTexts(options, 'the search for "peacekeep"', (t) => t.length === 1 && t[0] === ITEMS[0]!.text);
    await search.fill('security guar');
    await waitForTexts(options, 'the search for "security guar"', (t) => t.length === 1 && t[0] === ITEMS[1]!.text);
    await search.fill('');
    await waitForTexts(options, 'all items again', (t) => t.length === 4);

    await options.selectOption('[data-testid="filter-tag"]', 'security');
    await waitForTexts(options, 'the tag filter', (t) => t.length === 2);
    await options.selectOption('[data-testid="filter-tag"]', '');
    await options.selectOption('[data-testid="filter-site"]', 'news.example');
    await waitForTexts(options, 'the site filter', (t) => t.length === 2 && t.every((x) => x !== ITEMS[1]!.text));
    await options.selectOption('[data-testid="filter-site"]', '');
    await options.selectOption('[data-testid="filter-actor"]', 'A01');
    await waitForTexts(options, 'the actor filter', (t) => t.length === 1 && t[0] === ITEMS[0]!.text);
    await options.selectOption('[data-testid="filter-actor"]', '');

    await options.selectOption('[data-testid="saved-sort"]', 'oldest');
    await waitForTexts(options, 'oldest first', (t) => t.join('|') === ITEMS.map((i) => i.text).join('|'));
    await options.selectOption('[data-testid="saved-sort"]', 'newest');
    await waitForTexts(options, 'newest first', (t) => t[0] === ITEMS[3]!.text);
  });

  it('edits a note and tags, and deletes with undo', async () => {
    const item = options.locator('[data-testid="saved-item"]', { hasText: 'Trump said' });
    await item.locator('[data-testid="edit"]').click();
    await item.locator('[data-testid="edit-note"]').fill('Note written in the options page');
    await item.locator('[data-testid="edit-tags"]').fill('trump, talks');
    await item.locator('[data-testid="edit-save"]').click();
    await pollUntil('the note to show', () => item.innerText(), (t) => t.includes('Note written') && t.includes('#talks'), { timeout: 10_000, interval: 150 });

    await item.locator('[data-testid="delete"]').click();
    await waitForTexts(options, 'the deletion', (t) => t.length === 3);
    await options.locator('[data-testid="undo"]').click();
    await waitForTexts(options, 'the undo', (t) => t.length === 4);
    const stored = await readSaved(options);
    expect(stored.find((r) => String(r.text).startsWith('Trump'))).toMatchObject({ note: 'Note written in the options page', tags: ['trump', 'talks'] });
  });

  it('refuses a malformed import, saying why, and changes nothing', async () => {
    const before = comparable(await readSaved(options));
    const backup = await open(chromium, 'options.html#backup');
    const truncated = JSON.stringify({ format: 'newsmark', version: 1, exportedAt: new Date().toISOString(), savedClaims: before }).slice(0, 300);
    await backup.setInputFiles('[data-testid="import-file"]', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(truncated) });
    const error = await backup.locator('[data-testid="import-error"]').innerText({ timeout: 10_000 });
    expect(error).toMatch(/cut short/);
    expect(error).toMatch(/Nothing was imported/);

    const wrongVersion = JSON.stringify({ format: 'newsmark', version: 99, exportedAt: new Date().toISOString(), savedClaims: [] });
    await backup.setInputFiles('[data-testid="import-file"]', { name: 'future.json', mimeType: 'application/json', buffer: Buffer.from(wrongVersion) });
    await pollUntil('the version message', () => backup.locator('[data-testid="import-error"]').innerText(), (t) => /newer Newsmark/.test(t), { timeout: 10_000, interval: 150 });
    expect(comparable(await readSaved(backup))).toEqual(before);
    await backup.close();
  });

  it('exports JSON, and a fresh profile importing it gets the same items back', async () => {
    const backup = await open(chromium, 'options.html#backup');
    const [download] = await Promise.all([backup.waitForEvent('download'), backup.click('[data-testid="export-json"]')]);
    expect(download.suggestedFilename()).toMatch(/^newsmark-backup-\d{4}-\d{2}-\d{2}\.json$/);
    exportedPath = (await download.path())!;
    const file = JSON.parse(readFileSync(exportedPath, 'utf8'));
    expect(file).toMatchObject({ format: 'newsmark', version: 1 });
    expect(file.savedClaims).toHaveLength(4);
    const original = comparable(await readSaved(backup));
    const exportedText = readFileSync(exportedPath);
    await backup.close();

    fresh = await launchChromium({ extensionDir: CHROME_BUILD, headless: true });
    const target = await open(fresh, 'options.html#backup');
    expect(await readSaved(target)).toEqual([]);
    await target.setInputFiles('[data-testid="import-file"]', { name: 'backup.json', mimeType: 'application/json', buffer: exportedText });
    const result = await target.locator('[data-testid="import-result"]').innerText({ timeout: 20_000 });
    expect(result).toContain('4 saved claims added');
    expect(comparable(await readSaved(target))).toEqual(original);

    // Importing the same file again merges instead of doubling.
    await target.setInputFiles('[data-testid="import-file"]', { name: 'backup.json', mimeType: 'application/json', buffer: exportedText });
    await pollUntil('the merge message', () => target.locator('[data-testid="import-result"]').innerText(), (t) => /0 saved claims added, 4 duplicates merged/.test(t), { timeout: 20_000, interval: 200 });
    expect(await readSaved(target)).toHaveLength(4);

    const list = await open(fresh, 'options.html#saved');
    await waitForTexts(list, 'the imported items in the list', (t) => t.length === 4);
    await fresh.close();
    fresh = null;
  });

  it('an alias added in the knowledge base is highlighted on a page', async () => {
    const kb = await open(chromium, 'options.html#knowledge');
    const card = kb.locator('[data-testid="kb-actors"] li[data-ref="A01"]');
    await card.locator('[data-testid="aliases"] summary').click();
    await card.locator('[data-testid="alias-text"]').fill(MADE_UP_NAME);
    await card.locator('[data-testid="alias-type"]').selectOption('name');
    await card.locator('[data-testid="alias-lang"]').fill('en');
    await card.locator('[data-testid="alias-add"]').click();
    await pollUntil('the alias to be stored', () => card.innerText(), (t) => t.includes(MADE_UP_NAME), { timeout: 10_000, interval: 150 });
    await kb.close();

    const article = await chromium.context.newPage();
    await article.goto(`${server.url}/article`);
    const covered = await pollUntil(
      'the made-up alias to be highlighted',
      () =>
        article.evaluate((name) => {
          const highlight = CSS.highlights.get('newsmark-actor-amber');
          if (!highlight) return [];
          const texts: string[] = [];
          for (const range of highlight as unknown as Iterable<AbstractRange>) {
            const node = range.startContainer;
            texts.push(
              range instanceof Range
                ? range.toString()
                : node === range.endContainer && node.nodeType === Node.TEXT_NODE
                  ? (node as Text).data.slice(range.startOffset, range.endOffset)
                  : '',
            );
          }
          return texts.filter((t) => t.includes(name.split(' ')[1]!));
        }, MADE_UP_NAME),
      (texts) => texts.length > 0,
      { timeout: 30_000, interval: 500 },
    );
    expect(covered.join(' ')).toContain(MADE_UP_NAME);
    await article.close();
  });

  it('fits a phone-width window and an 800 px one', async () => {
    for (const [width, name] of [
      [360, 'chromium-options-phone.png'],
      [800, 'chromium-options-800.png'],
    ] as const) {
      await options.setViewportSize({ width, height: 800 });
      await options.goto(chromium.extensionUrl('options.html#saved'));
      await waitForTexts(options, 'the list', (t) => t.length === 4);
      const overflow = await options.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow at ${width} px`).toBeLessThanOrEqual(0);
      await options.screenshot({ path: screenshotPath(name) });
    }
  });

  it('raises no uncaught errors in the extension pages', () => {
    expect(pageErrors).toEqual([]);
  });
});

// Firefox for Android runs the same options page in a phone-size window; Firefox ESR at 360 px
// stands in for it here.
describe('Firefox ESR: the options page at phone width', () => {
  it('lists a claim saved through the background, searches it, and fits 360 px', async () => {
    readBuiltManifest(FIREFOX_BUILD);
    const firefox = await launchFirefox({ extensionDir: FIREFOX_BUILD, headless: true, viewport: { width: 360, height: 740 } });
    try {
      const page = await firefox.browser.newPage();
      await gotoFirefoxExtensionPage(page, firefox.extensionUrl('popup.html'));
      const item = ITEMS[0]!;
      const result = await page.evaluate(
        (it) =>
          (globalThis as unknown as { browser: ExtensionApi }).browser.runtime.sendMessage({
            type: 'claim/save',
            item: { ...it, selector: { exact: it.text, prefix: '', suffix: '', start: 0, end: it.text.length } },
          }),
        item,
      );
      expect(result).toMatchObject({ ok: true });
      await gotoFirefoxExtensionPage(page, firefox.extensionUrl('options.html#saved'));
      const read = () =>
        page.evaluate(() => ({
          texts: Array.from(document.querySelectorAll('[data-testid="saved-item"] [data-testid="saved-text"]'), (n) => n.textContent),
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          query: document.querySelector('[data-testid="saved-list"]')?.getAttribute('data-query'),
        }));
      const shown = await pollUntil('the saved claim in Firefox', read, (s) => s.texts.length === 1, { timeout: 20_000, interval: 250 });
      expect(shown.texts).toEqual([item.text]);
      expect(shown.overflow, 'horizontal overflow at 360 px').toBeLessThanOrEqual(0);
      await page.type('[data-testid="saved-search"]', 'nothing-like-it');
      await pollUntil('an empty search result', read, (s) => s.query === 'nothing-like-it' && s.texts.length === 0, { timeout: 20_000, interval: 250 });
    } finally {
      await firefox.close();
    }
  });
});
