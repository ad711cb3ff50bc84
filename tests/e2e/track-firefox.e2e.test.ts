// Growing the knowledge base from what you read, in the built Firefox (MV2) extension, in Debian's
// Firefox ESR over WebDriver BiDi: the same story as in Chromium (track.e2e.test.ts). A quote
// selected on a served article is tracked through the popup's form; another outlet's page marks it
// in its own words; the side panel of the first page lists its statements and adds a minister the
// second page then marks; undo removes both; a restart on the same profile keeps them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { FIREFOX_BUILD, gotoFirefoxExtensionPage, launchFirefox, readBuiltManifest, type FirefoxSession } from '../../scripts/browsers.mjs';
import { puppeteer } from './page-probes';
import { pollUntil } from './smoke';
import { FIRST_PAGE, highlighted, NEW_PERSON, SECOND_PAGE, startTrackServer, TRACKED_QUOTE, type TrackServer } from './track-shared';

declare const browser: any;

const CLAIM_MARK = 'newsmark-claim-blue-underline';
const ACTOR_MARK = 'newsmark-actor-amber';
const WAIT = { timeout: 30_000, interval: 250 };

/** Clicks the element once it is there (extension pages load outside puppeteer's navigation events). */
async function click(page: Page, selector: string): Promise<void> {
  await pollUntil(`${selector} to be there`, () => page.evaluate((s) => !!document.querySelector(s), selector), Boolean, WAIT);
  await page.evaluate((s) => (document.querySelector(s) as HTMLElement).click(), selector);
}

const present = (page: Page, selector: string) => pollUntil(`${selector} to show`, () => page.evaluate((s) => !!document.querySelector(s), selector), Boolean, WAIT);

/** Tracked claims' words and the reader's actors' names and roles, read from the extension's IndexedDB in one of its pages. */
const readAdded = async (extensionPage: Page) => {
  const added = await puppeteer.added(extensionPage);
  return { tracked: added.tracked.map((c) => c.summary), people: added.people.map((a) => [a.name, a.role]) };
};

const tabIdOf = (extensionPage: Page, url: string) =>
  extensionPage.evaluate(async (u) => (await browser.tabs.query({})).find((t: { url: string }) => t.url === u)?.id as number, url);

const marks = async (page: Page) => ({ claims: await page.evaluate(highlighted, CLAIM_MARK), actors: await page.evaluate(highlighted, ACTOR_MARK) });

describe('Firefox ESR: tracking a claim and adding a person from what you read', () => {
  let server: TrackServer;
  let firefox: FirefoxSession;
  let first: Page;
  let second: Page;
  let popup: Page;
  let panel: Page;
  let firstTabId: number;

  beforeAll(async () => {
    readBuiltManifest(FIREFOX_BUILD);
    server = await startTrackServer();
    firefox = await launchFirefox({ extensionDir: FIREFOX_BUILD, headless: true });
    first = await firefox.browser.newPage();
    await first.goto(server.url('/first'));
    popup = await firefox.browser.newPage();
    await gotoFirefoxExtensionPage(popup, firefox.extensionUrl('popup.html'));
    firstTabId = await tabIdOf(popup, server.url('/first'));
    await pollUntil(
      'the first page to be read',
      () => popup.evaluate(async (id) => (await browser.runtime.sendMessage({ type: 'tab/state', tabId: id })).value?.kind, firstTabId),
      (kind) => kind === 'scanned',
      WAIT,
    );
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('tracks a selected quote from the popup with its speaker, source date and terms', async () => {
    await puppeteer.select(first, TRACKED_QUOTE);
    await gotoFirefoxExtensionPage(popup, firefox.extensionUrl(`popup.html?tabId=${firstTabId}`));
    await click(popup, '[data-testid="track-selection"]');
    // The form, or the popup's refusal in its words (not a 30 s timeout that hides why).
    const opened = await pollUntil(
      'the track form or a refusal',
      () => popup.evaluate(() => (document.querySelector('[data-testid="track-form"]') ? 'form' : (document.querySelector('[data-testid="track-message"]')?.textContent ?? null))),
      (seen) => seen !== null,
      WAIT,
    );
    expect(opened).toBe('form');
    const form = await popup.evaluate(() => ({
      text: (document.querySelector('[data-testid="track-text"]') as HTMLTextAreaElement).value,
      speaker: (document.querySelector('[data-testid="track-speaker"]') as HTMLInputElement).value,
      from: document.querySelector('[data-testid="track-form"] .page-ref')?.textContent ?? '',
      terms: [...document.querySelectorAll('[data-testid="track-terms"] .chip')].map((c) => c.textContent?.trim() ?? ''),
    }));
    expect(form).toMatchObject({ text: TRACKED_QUOTE, speaker: 'Marieke Janssen' });
    expect(form.from).toContain(FIRST_PAGE.published);
    expect(form.terms).toEqual(expect.arrayContaining(['Maasvlakte', 'redundancy']));
    await click(popup, '[data-testid="track-submit"]');
    await present(popup, '[data-testid="track-done"]');
    expect(await readAdded(popup)).toEqual({ tracked: [TRACKED_QUOTE], people: [['Marieke Janssen', 'union leader']] });
  });

  it("marks it on another outlet's page that says it in its own words", async () => {
    second = await firefox.browser.newPage();
    await second.goto(server.url('/second'));
    const seen = await pollUntil('the paraphrase to be marked', () => marks(second), (m) => m.claims.includes(SECOND_PAGE.paraphrase), WAIT);
    expect(seen.claims).toEqual([SECOND_PAGE.paraphrase]);
  });

  it("lists the first page's statements by speaker and adds the minister, whom the second page then marks", async () => {
    panel = await firefox.browser.newPage();
    await gotoFirefoxExtensionPage(panel, firefox.extensionUrl(`sidepanel.html?tabId=${firstTabId}`));
    const group = `[data-testid="statement-group"][data-speaker="${NEW_PERSON.name}"]`;
    await present(panel, `${group} [data-testid="add-person"]`);
    const janssen = await panel.evaluate(() =>
      [...document.querySelectorAll('[data-testid="statement-group"][data-speaker="Marieke Janssen"] [data-testid="statement"]')].map((s) => [
        s.querySelector('blockquote')?.textContent,
        s.getAttribute('data-known'),
      ]),
    );
    expect(janssen).toEqual([[TRACKED_QUOTE, expect.stringMatching(/^U-C-/)]]);
    expect(await panel.evaluate((g) => document.querySelector(`${g} h3`)?.textContent ?? '', group)).toContain(NEW_PERSON.role);
    await click(panel, `${group} [data-testid="add-person"]`);
    await present(panel, `${group} [data-testid="person-added"]`);
    await pollUntil('the second page to mark the minister', () => marks(second), (m) => m.actors.includes(NEW_PERSON.name), WAIT);
  });

  it('undo removes both: the second page marks neither', async () => {
    const group = `[data-testid="statement-group"][data-speaker="${NEW_PERSON.name}"]`;
    await click(panel, `${group} [data-testid="person-undo"]`);
    await present(panel, `${group} [data-testid="add-person"]`);
    await click(popup, '[data-testid="track-undo"]');
    await present(popup, '[data-testid="track-undone"]');
    expect(await readAdded(popup)).toEqual({ tracked: [], people: [] });
    await pollUntil('the second page to mark neither', () => marks(second), (m) => m.claims.length === 0 && !m.actors.includes(NEW_PERSON.name), WAIT);
  });
});

describe('Firefox ESR: what you add survives a browser restart', () => {
  let server: TrackServer;
  let profile: string;
  let firefox: FirefoxSession | null = null;

  beforeAll(async () => {
    readBuiltManifest(FIREFOX_BUILD);
    server = await startTrackServer();
    profile = mkdtempSync(join(tmpdir(), 'newsmark-ff-track-restart-'));
  });

  afterAll(async () => {
    await firefox?.close();
    rmSync(profile, { recursive: true, force: true });
    await server?.close();
  });

  it('tracks a statement and adds a person from the side panel, and after a restart another page marks both', async () => {
    firefox = await launchFirefox({ extensionDir: FIREFOX_BUILD, headless: true, profileDir: profile });
    const page = await firefox.browser.newPage();
    await page.goto(server.url('/first'));
    const panel = await firefox.browser.newPage();
    await gotoFirefoxExtensionPage(panel, firefox.extensionUrl('options.html'));
    const tabId = await tabIdOf(panel, server.url('/first'));
    await gotoFirefoxExtensionPage(panel, firefox.extensionUrl(`sidepanel.html?tabId=${tabId}`));
    const minister = `[data-testid="statement-group"][data-speaker="${NEW_PERSON.name}"]`;
    await click(panel, `${minister} [data-testid="add-person"]`);
    await present(panel, `${minister} [data-testid="person-added"]`);
    const janssen = '[data-testid="statement-group"][data-speaker="Marieke Janssen"]';
    await click(panel, `${janssen} [data-testid="track-statement"]`);
    await present(panel, `${janssen} [data-testid="statement-tracked"]`);
    const before = await readAdded(panel);
    expect(before.tracked).toEqual([TRACKED_QUOTE]);
    await firefox.close();

    firefox = await launchFirefox({ extensionDir: FIREFOX_BUILD, headless: true, profileDir: profile });
    const reader = await firefox.browser.newPage();
    await gotoFirefoxExtensionPage(reader, firefox.extensionUrl('options.html'));
    expect(await readAdded(reader)).toEqual(before);
    const other = await firefox.browser.newPage();
    await other.goto(server.url('/second'));
    await pollUntil(
      'the second page to mark the claim and the person after the restart',
      () => marks(other),
      (m) => m.claims.includes(SECOND_PAGE.paraphrase) && m.actors.includes(NEW_PERSON.name),
      WAIT,
    );
  });
});
