/**
 * "No network request of our own, ever": a session of use (reading the seed
 * page, hovering a name, the popup, side panel and options page, saving a
 * claim) with Chromium's own network log on, which records every request the
 * browser makes and who started it. None may be started by the extension
 * (its pages, service worker or content script, whose requests carry the
 * extension's or the page's origin), and the page's own may not leave this
 * machine. Chromium's requests for itself (update checks, started by no
 * origin) are not ours and are only listed.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD, launchChromium, readBuiltManifest, type ChromiumSession } from '../../scripts/browsers.mjs';
import { startSeedServer, type SeedServer } from '../../scripts/seed-page.mjs';
import { pollUntil } from './smoke';

/** The extension API inside an extension page, where the test evaluates code. */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean }> } };

interface LoggedRequest {
  url: string;
  initiator: string | null;
}

/** Every URL request in a Chromium net log, with who started it. */
function requestsIn(netLogPath: string): LoggedRequest[] {
  const log = JSON.parse(readFileSync(netLogPath, 'utf8')) as { events: Array<{ params?: Record<string, unknown> }> };
  const found: LoggedRequest[] = [];
  for (const event of log.events) {
    const url = event.params?.url;
    if (typeof url !== 'string') continue;
    const initiator = typeof event.params?.initiator === 'string' ? (event.params.initiator as string) : null;
    found.push({ url, initiator });
  }
  return found;
}

describe('privacy: the extension makes no network request', () => {
  let server: SeedServer;
  let chromium: ChromiumSession;
  let dir: string;
  let netLog: string;

  beforeAll(async () => {
    readBuiltManifest(CHROME_BUILD);
    dir = mkdtempSync(join(tmpdir(), 'newsmark-netlog-'));
    netLog = join(dir, 'netlog.json');
    server = await startSeedServer();
    chromium = await launchChromium({ extensionDir: CHROME_BUILD, headless: true, extraArgs: [`--log-net-log=${netLog}`] });
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('records a whole session of use and finds no request from the extension, nor any off this machine', async () => {
    const { context } = chromium;
    const article = await context.newPage();
    await article.goto(server.url);
    await pollUntil('the page highlighted', () => article.evaluate(() => CSS.highlights.size > 0), (ok) => ok);
    // Hover the first highlighted name so a card fetches its details.
    const box = await article.evaluate(() => {
      const highlight = [...CSS.highlights.keys()].find((name) => name.startsWith('newsmark-actor'));
      const range = highlight ? [...(CSS.highlights.get(highlight) as unknown as Set<Range>)][0] : null;
      const rect = range?.getClientRects()[0];
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    });
    if (box) {
      await article.mouse.move(box.x, box.y);
      // The card opens, and asks the background for the actor's details.
      await pollUntil(
        'the card of the hovered name',
        () => article.evaluate(() => document.querySelector('newsmark-ui')?.getAttribute('data-newsmark-card') ?? ''),
        (card) => card.startsWith('actor:'),
        { timeout: 20_000, interval: 100 },
      );
    }
    for (const path of ['popup.html', 'sidepanel.html', 'options.html', 'options.html#knowledge', 'options.html#settings']) {
      const page = await context.newPage();
      await page.goto(chromium.extensionUrl(path));
      await page.waitForLoadState('load');
      // Whatever the page asks for on opening, it has asked by the time the network is idle.
      await page.waitForLoadState('networkidle');
      await page.close();
    }
    // Save a claim through the same request the popup and cards use.
    const popup = await context.newPage();
    await popup.goto(chromium.extensionUrl('popup.html'));
    const saved = await popup.evaluate(async (url) => {
      const answer = await chrome.runtime.sendMessage({
        type: 'claim/save',
        item: {
          text: 'Lavrov rejected peacekeepers.',
          url,
          pageTitle: 'Seed',
          claimId: 'C06',
          actorIds: ['A01'],
          note: '',
          tags: [],
          selector: { exact: 'Lavrov rejected peacekeepers.', prefix: '', suffix: '', start: 0, end: 29 },
        },
      });
      return answer.ok;
    }, server.url);
    expect(saved).toBe(true);
    await article.reload();
    await pollUntil(
      'the reloaded page scanned again',
      () => article.evaluate(() => performance.getEntriesByName('newsmark:highlight').length),
      (n) => n > 0,
      { timeout: 60_000, interval: 200 },
    );
    await chromium.close();

    const requests = requestsIn(netLog);
    const extensionOrigin = `chrome-extension://${chromium.extensionId}`;
    const pageOrigin = new URL(server.url).origin;
    const local = (url: string) => /^(https?|wss?):\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(url);
    const fromExtension = requests.filter((r) => r.initiator === extensionOrigin && !r.url.startsWith(extensionOrigin));
    const fromPageOffMachine = requests.filter((r) => r.initiator === pageOrigin && /^(https?|wss?):/.test(r.url) && !local(r.url));
    const mentioningUs = requests.filter((r) => r.url.includes(chromium.extensionId) && !r.url.startsWith(extensionOrigin));
    const browsersOwn = requests.filter((r) => r.initiator !== extensionOrigin && r.initiator !== pageOrigin && !local(r.url));
    if (browsersOwn.length) console.info(`Chromium's own requests (not the extension's): ${[...new Set(browsersOwn.map((r) => new URL(r.url).host))].join(', ')}`);
    expect(requests.some((r) => r.initiator === pageOrigin || r.url.startsWith(pageOrigin))).toBe(true); // the log saw the session
    expect(fromExtension, 'requests started by the extension').toEqual([]);
    expect(fromPageOffMachine, 'requests from the page that left this machine').toEqual([]);
    expect(mentioningUs, 'requests carrying the extension id').toEqual([]);
  });
});
