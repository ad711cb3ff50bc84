/**
 * Reading with highlights, in a real browser: what the content script must do on the seed article
 * and on real news pages, written once for both browsers. reading.e2e.test.ts (Chromium through
 * playwright-core) and reading-firefox.e2e.test.ts (Firefox ESR through puppeteer-core) only say
 * how to drive their browser (a `ReadingBrowser`).
 *
 * Every page is served on 127.0.0.1 with scripts forbidden (reading-server.ts), so a mutation of
 * the document after parsing can only come from the extension.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MUTATION_LOG_SCRIPT,
  appendParagraph,
  countHiddenOccurrences,
  coverageOfNames,
  highlightedTextsIn,
  pointOnHighlight,
  probe,
  readCard,
  readHighlights,
  readMutationLog,
  readScanMeasures,
  spaNavigate,
  uncoveredOccurrences,
  type CardState,
  type HighlightSummary,
  type NameCoverage,
  type PagePoint,
  type ScanMeasures,
} from './reading-probes';
import {
  countTexts,
  runScanner,
  scanSeedPage,
  sharedPagesMissing,
  SHARED_PAGES_DIR,
  SPEAKER_PAGE,
  startPageServer,
  type PageServer,
  type ScannedPage,
} from './reading-server';
import { pollUntil } from './smoke';

/** Highlight names for the default looks (settings: actor style amber, claim style blue underline). */
export const ACTOR_HIGHLIGHT = 'newsmark-actor-amber';
export const CLAIM_HIGHLIGHT = 'newsmark-claim-blue-underline';

/**
 * Shared pages that name actors of the knowledge base (`npm run scan` finds them), and pages where
 * it finds nothing. Each is checked against the scanner, so the lists need no update when the
 * knowledge base changes; a test says when they no longer hold pages of both kinds.
 */
export const PAGES_WITH_ACTORS = ['breitbart.html', 'yahoo-2.html', 'bbc-1.html', 'nytimes-2.html', 'wapo-2.html', 'liberation-1.html'];
export const PAGES_WITHOUT_ACTORS = ['ars-1.html', 'qq.html', 'guardian-1.html'];

/** Names the seed article uses over and over: every occurrence must be in an actor highlight. */
export const SEED_NAMES = ['Sergei Lavrov', 'Putin', 'Trump', 'Zelensky', 'Moscow'];

export interface ReadingPage {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** evaluates source text (from `probe`) in the page's main world */
  evaluate<R>(source: string): Promise<R>;
  mouseMove(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface ReadingBrowser {
  /** a new tab; with `mutationLog`, MUTATION_LOG_SCRIPT runs in every document before anything else */
  newPage(options?: { mutationLog?: boolean }): Promise<ReadingPage>;
  /** a new tab showing an extension page (e.g. `popup.html?tabId=3`), loaded */
  openExtensionPage(path: string): Promise<ReadingPage>;
  /** navigates an extension tab to another extension page, and waits for it */
  gotoExtensionPage(page: ReadingPage, path: string): Promise<void>;
  close(): Promise<void>;
}

const run = <A, R>(page: ReadingPage, fn: (arg: A) => R, arg?: A) => page.evaluate<R>(probe(fn, arg));

/** Waits until the content script has finished a scan (its newsmark:highlight measure is in the timeline). */
async function scanned(page: ReadingPage, what: string, atLeast = 1): Promise<ScanMeasures> {
  return pollUntil<ScanMeasures>(
    `${what}: a finished scan (newsmark:highlight measure #${atLeast} in the page's timeline)`,
    () => run(page, readScanMeasures),
    (m) => m.highlight >= atLeast,
    { timeout: 45_000, interval: 200 },
  );
}

const totalRanges = (summary: HighlightSummary) => Object.values(summary.sizes).reduce((sum, n) => sum + n, 0);

const actorTexts = (summary: HighlightSummary) =>
  Object.entries(summary.texts)
    .filter(([name]) => name.startsWith('newsmark-actor-'))
    .flatMap(([, texts]) => texts);

const claimTexts = (summary: HighlightSummary) =>
  Object.entries(summary.texts)
    .filter(([name]) => name.startsWith('newsmark-claim-'))
    .flatMap(([, texts]) => texts);

/**
 * The browser's actor highlights against the scanner's mentions of the same page, text by text:
 * never more than the scanner found, and fewer only by what the browser does not show (text in
 * elements hidden by CSS or never rendered, which the scanner, having no CSS, reads).
 */
async function expectActorsAgreeWithScanner(page: ReadingPage, label: string, summary: HighlightSummary, scan: ScannedPage) {
  const browserCounts = countTexts(actorTexts(summary));
  const scannerCounts = countTexts(scan.mentions.map((m) => m.text));
  const texts = [...new Set([...browserCounts.keys(), ...scannerCounts.keys()])].sort();
  const hidden = await run(page, countHiddenOccurrences, texts);
  const problems: string[] = [];
  const short: string[] = [];
  for (const text of texts) {
    const inBrowser = browserCounts.get(text) ?? 0;
    const inScanner = scannerCounts.get(text) ?? 0;
    const hiddenHere = hidden[text] ?? 0;
    if (inBrowser > inScanner) problems.push(`"${text}": ${inBrowser} highlighted, the scanner finds ${inScanner}`);
    else if (inBrowser < inScanner - hiddenHere) {
      problems.push(`"${text}": ${inBrowser} highlighted, the scanner finds ${inScanner} of which at most ${hiddenHere} in hidden text`);
      short.push(text);
    }
  }
  if (short.length > 0) {
    // Where the missing ones are: occurrences outside every actor range (a few per text).
    const places = await run(page, uncoveredOccurrences, { prefix: 'newsmark-actor-', texts: short, limit: 4 });
    for (const text of short) for (const place of places[text] ?? []) problems.push(`  "${text}" not highlighted at ${place}`);
  }
  expect(problems, `${label}: actor highlights against npm run scan`).toEqual([]);
}

export function defineReadingSuite(launch: () => Promise<ReadingBrowser>): void {
  let browser: ReadingBrowser;
  let server: PageServer;
  let seedScan: ScannedPage;
  const newPage = (options?: { mutationLog?: boolean }) => browser.newPage(options);

  beforeAll(async () => {
    [server, seedScan] = await Promise.all([startPageServer(), scanSeedPage()]);
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe('the seed article', () => {
    let article: ReadingPage;
    let summary: HighlightSummary;
    let measures: ScanMeasures;

    beforeAll(async () => {
      article = await newPage({ mutationLog: true });
      await article.goto(server.seedUrl);
      measures = await scanned(article, 'seed article');
      summary = await run(article, readHighlights);
    });

    it('registers the actor and claim highlights in CSS.highlights under their style names', () => {
      expect(summary.sizes[ACTOR_HIGHLIGHT] ?? 0, `${ACTOR_HIGHLIGHT} ranges (registered: ${JSON.stringify(summary.sizes)})`).toBeGreaterThanOrEqual(20);
      expect(summary.sizes[CLAIM_HIGHLIGHT] ?? 0, `${CLAIM_HIGHLIGHT} ranges (registered: ${JSON.stringify(summary.sizes)})`).toBeGreaterThan(0);
      expect(summary.detached, 'ranges on nodes no longer in the page').toBe(0);
    });

    it('puts every occurrence of Sergei Lavrov, Putin, Trump, Zelensky and Moscow inside an actor range', async () => {
      const coverage = await run<{ prefix: string; names: string[] }, NameCoverage[]>(article, coverageOfNames, {
        prefix: ACTOR_HIGHLIGHT,
        names: SEED_NAMES,
      });
      for (const { name, occurrences, covered } of coverage) {
        expect(occurrences, `"${name}" occurs in the seed article`).toBeGreaterThan(0);
        expect(covered, `occurrences of "${name}" inside ${ACTOR_HIGHLIGHT} ranges`).toBe(occurrences);
      }
    });

    it('highlights the same actor mentions as npm run scan', async () => {
      await expectActorsAgreeWithScanner(article, 'seed article', summary, seedScan);
    });

    it('underlines the sentences npm run scan finds claims in, and no other', () => {
      const expected = [...new Set(seedScan.claims.map((c) => c.text))].sort();
      expect(expected.length, 'the scanner finds claims in the seed article').toBeGreaterThan(0);
      expect([...new Set(claimTexts(summary))].sort()).toEqual(expected);
    });

    it('records newsmark:extract, newsmark:match and newsmark:highlight with detail.busyMs', () => {
      expect(measures.extract).toBeGreaterThanOrEqual(1);
      expect(measures.match).toBeGreaterThanOrEqual(1);
      expect(measures.highlight).toBeGreaterThanOrEqual(1);
      for (const busy of measures.busyMs) {
        expect(busy, 'detail.busyMs of a newsmark:* measure').toEqual(expect.any(Number));
        expect(busy!).toBeGreaterThanOrEqual(0);
      }
    });

    it('leaves the DOM of the page untouched (no mutation after parsing, before any hover)', async () => {
      const log = await run(article, readMutationLog);
      expect(log.installed && log.parsed, 'the mutation log was installed before the page parsed').toBe(true);
      expect(log.mutations).toEqual([]);
      const card = await run(article, readCard);
      expect(card.hosts, 'no <newsmark-ui> host before a card is opened').toBe(0);
    });

    it('opens an actor card in a closed shadow root when the reader points at a name, and Escape closes it', async () => {
      // "Russian Foreign Minister Sergei Lavrov" is one mention: the title joins the name.
      const mention = seedScan.mentions.find((m) => m.text.endsWith('Sergei Lavrov'));
      expect(mention, 'the scanner finds "Sergei Lavrov" in the seed article').toBeDefined();
      await article.bringToFront();
      await article.mouseMove(5, 5);
      const point = await pollUntil<PagePoint | null>(
        'a visible range of "Sergei Lavrov" to point at',
        () => run(article, pointOnHighlight, { kind: 'actor' as const, text: mention!.text }),
        (p) => p !== null,
        { timeout: 10_000, interval: 200 },
      );
      await article.mouseMove(point!.x, point!.y);
      const open = await pollUntil<CardState>(
        `the card of ${mention!.ref} after pointing at (${Math.round(point!.x)}, ${Math.round(point!.y)})`,
        () => run(article, readCard),
        (card) => card.card === `actor:${mention!.ref}`,
        { timeout: 15_000, interval: 100 },
      );
      expect(open.hosts).toBe(1);
      expect(open.parent, 'the card host hangs from <html>').toBe('html');
      expect(open.closedShadow, 'the card lives in a closed shadow root').toBe(true);
      // The mutation log is live: it saw the host arrive (so its silence before meant something).
      const log = await run(article, readMutationLog);
      expect(log.mutations.some((m) => m.startsWith('childList on html +') && m.includes('newsmark-ui')), `mutations: ${log.mutations}`).toBe(true);

      await article.press('Escape');
      await pollUntil('the card to close on Escape', () => run(article, readCard), (card) => card.card === '', {
        timeout: 10_000,
        interval: 100,
      });
    });

    it("opens a claim's card when the reader points at its sentence", async () => {
      // The best-scored sentence that states exactly one claim, so the card has one right answer.
      const refsBySentence = new Map<string, Set<string>>();
      for (const claim of seedScan.claims) {
        const refs = refsBySentence.get(claim.text) ?? new Set<string>();
        refs.add(claim.ref);
        refsBySentence.set(claim.text, refs);
      }
      const claim = [...seedScan.claims]
        .filter((c) => refsBySentence.get(c.text)!.size === 1)
        .sort((a, b) => b.score - a.score)[0];
      expect(claim, 'a seed sentence with a single claim').toBeDefined();
      await article.mouseMove(5, 5);
      await pollUntil('no card open', () => run(article, readCard), (card) => card.card === '' || card.card === null, {
        timeout: 10_000,
        interval: 100,
      });
      const point = await pollUntil<PagePoint | null>(
        `a point of the sentence of ${claim.ref} outside every actor name`,
        () => run(article, pointOnHighlight, { kind: 'claim' as const, text: claim.text }),
        (p) => p !== null,
        { timeout: 10_000, interval: 200 },
      );
      await article.mouseMove(point!.x, point!.y);
      await pollUntil(
        `the card of ${claim.ref} after pointing at (${Math.round(point!.x)}, ${Math.round(point!.y)})`,
        () => run(article, readCard),
        (card) => card.card === `claim:${claim.ref}`,
        { timeout: 15_000, interval: 100 },
      );
      await article.press('Escape');
      await pollUntil('the claim card to close on Escape', () => run(article, readCard), (card) => card.card === '', {
        timeout: 10_000,
        interval: 100,
      });
    });
  });

  describe('who says it', () => {
    let page: ReadingPage;
    let summary: HighlightSummary;

    beforeAll(async () => {
      page = await newPage();
      await page.goto(server.speakersUrl);
      await scanned(page, 'speaker page');
      summary = await run(page, readHighlights);
    });

    afterAll(async () => {
      await page?.close();
    });

    it('highlights a quote whose speaker is named in its next sentence, over both sentences', () => {
      expect(claimTexts(summary)).toContain(SPEAKER_PAGE.quote);
    });

    it('does not highlight the same words said by someone else as the claim', () => {
      const elsewhere = claimTexts(summary).filter((text) => text.includes('Vladimir Putin said'));
      expect(elsewhere, `claim highlights: ${JSON.stringify(claimTexts(summary))}`).toEqual([]);
    });

    it("opens the quote's card, which names the speaker on the page as the knowledge base's", async () => {
      await page.bringToFront();
      await page.mouseMove(5, 5);
      const point = await pollUntil<PagePoint | null>(
        'a point of the quote outside every actor name',
        () => run(page, pointOnHighlight, { kind: 'claim' as const, text: SPEAKER_PAGE.quote }),
        (p) => p !== null,
        { timeout: 10_000, interval: 200 },
      );
      await page.mouseMove(point!.x, point!.y);
      const card = await pollUntil<CardState>(
        `the card of ${SPEAKER_PAGE.quoteClaimRef} after pointing at the quote`,
        () => run(page, readCard),
        (c) => c.card === `claim:${SPEAKER_PAGE.quoteClaimRef}`,
        { timeout: 15_000, interval: 100 },
      );
      expect(card.speaker).toBe(`${SPEAKER_PAGE.quoteSpeakerRef}:claim-speaker`);
      await page.press('Escape');
      await pollUntil('the card to close on Escape', () => run(page, readCard), (c) => c.card === '', { timeout: 10_000, interval: 100 });
    });
  });

  describe('content that changes after load', () => {
    it('highlights a paragraph the page adds, and rescans after a single-page-app navigation', async () => {
      const page = await newPage();
      await page.goto(server.plainUrl);
      await scanned(page, 'plain page');
      const before = await run(page, readHighlights);
      expect(totalRanges(before), `a page without actors gets no highlight: ${JSON.stringify(before.sizes)}`).toBe(0);

      await run(page, appendParagraph, {
        selector: '#content',
        id: 'late-news',
        text: 'Late news: the Russian foreign minister, Sergei Lavrov, spoke to reporters in Moscow on Friday.',
      });
      const added = await pollUntil(
        'an actor highlight on "Sergei Lavrov" in the paragraph added after load',
        () => run(page, highlightedTextsIn, { selector: '#late-news', prefix: 'newsmark-actor-' }),
        (texts) => texts.includes('Sergei Lavrov'),
        { timeout: 15_000, interval: 100 },
      );
      expect(added).toContain('Moscow');

      const beforeNavigation = await run(page, readScanMeasures);
      await run(page, spaNavigate, {
        url: '/plain/next-story',
        selector: '#content',
        html: '<h1>Next story</h1><p>President Volodymyr Zelensky and Donald Trump spoke by telephone.</p>',
      });
      await pollUntil(
        'actor highlights on the new content after history.pushState, and none left on the old',
        () => run(page, readHighlights),
        (summary) => {
          const texts = actorTexts(summary);
          return texts.includes('Volodymyr Zelensky') && texts.includes('Donald Trump') && !texts.includes('Sergei Lavrov') && summary.detached === 0;
        },
        { timeout: 15_000, interval: 100 },
      );
      const after = await run(page, readScanMeasures);
      expect(after.extract, 'a new scan (newsmark:extract) after the navigation').toBeGreaterThan(beforeNavigation.extract);
      await page.close();
    });
  });

  describe('per-site disable from the popup', () => {
    it('removes the highlights at once, keeps them off after a reload, and brings them back when turned on', async () => {
      // A server of its own: the setting is per host (with port), and the other tests keep theirs.
      const site = await startPageServer();
      const control = await newPage();
      try {
        const page = await newPage();
        await page.goto(site.seedUrl);
        await scanned(page, 'seed article on the site to disable');
        const shown = await run(page, readHighlights);
        expect(shown.sizes[ACTOR_HIGHLIGHT] ?? 0).toBeGreaterThan(0);

        const popup = await browser.openExtensionPage('popup.html');
        const tabId = await pollUntil<number | null>(
          `the tab id of ${site.seedUrl}`,
          () =>
            popup.evaluate<number | null>(
              `(async () => {
                const api = globalThis.browser ?? globalThis.chrome;
                const tabs = await api.tabs.query({});
                const tab = tabs.find((t) => t.url === ${JSON.stringify(site.seedUrl)});
                return tab ? tab.id : null;
              })()`,
            ),
          (id) => typeof id === 'number',
          { timeout: 10_000, interval: 200 },
        );
        await browser.gotoExtensionPage(popup, `popup.html?tabId=${tabId}`);
        const checkbox = '[data-testid="site-enabled"]';
        const readSwitch = () =>
          popup.evaluate<{ present: boolean; checked: boolean; disabled: boolean; status: string }>(
            `(() => {
              const box = document.querySelector(${JSON.stringify(checkbox)});
              const status = document.querySelector('[data-testid="page-status"]');
              return { present: !!box, checked: !!box && box.checked, disabled: !!box && box.disabled,
                status: status ? status.textContent.trim() : '' };
            })()`,
          );
        await pollUntil('the popup to show the site switch, on', readSwitch, (s) => s.present && s.checked && !s.disabled, {
          timeout: 20_000,
          interval: 200,
        });
        await popup.evaluate(`document.querySelector(${JSON.stringify(checkbox)}).click()`);

        await pollUntil(
          'the highlights to leave the page once the site is turned off',
          () => run(page, readHighlights),
          (summary) => totalRanges(summary) === 0,
          { timeout: 10_000, interval: 100 },
        );
        const host = new URL(site.origin).host;
        const off = await pollUntil(
          `the popup to say Newsmark is off on ${host}`,
          readSwitch,
          (s) => s.present && !s.checked && /\boff\b/i.test(s.status) && s.status.includes(host),
          { timeout: 15_000, interval: 200 },
        );
        expect(off.status).toContain(host);

        // Reloaded, the page must stay plain. Absence needs a yardstick: a control tab on a site
        // that is still on, loaded at the same time, gets its highlights first.
        await Promise.all([page.reload(), control.goto(server.seedUrl)]);
        await scanned(control, 'control page on a site still on');
        await pollUntil('the control page highlights', () => run(control, readHighlights), (s) => totalRanges(s) > 0, {
          timeout: 15_000,
          interval: 200,
        });
        const settle = Date.now() + 1500;
        while (Date.now() < settle) {
          const [summary, measures] = await Promise.all([run(page, readHighlights), run(page, readScanMeasures)]);
          expect(totalRanges(summary), 'highlights on the reloaded page of a disabled site').toBe(0);
          expect(measures.match, 'newsmark:match measures on a disabled site (matches must not be computed)').toBe(0);
          await new Promise((done) => setTimeout(done, 150));
        }

        await pollUntil('the popup switch, off', readSwitch, (s) => s.present && !s.checked && !s.disabled, {
          timeout: 10_000,
          interval: 200,
        });
        await popup.evaluate(`document.querySelector(${JSON.stringify(checkbox)}).click()`);
        await pollUntil(
          'the highlights to come back once the site is turned on again',
          () => run(page, readHighlights),
          (summary) => (summary.sizes[ACTOR_HIGHLIGHT] ?? 0) > 0,
          { timeout: 20_000, interval: 200 },
        );
        await pollUntil('the popup to show the site on again', readSwitch, (s) => s.present && s.checked && !/\boff\b/i.test(s.status), {
          timeout: 15_000,
          interval: 200,
        });
        await popup.close();
        await page.close();
      } finally {
        await control.close().catch(() => {});
        await site.close();
      }
    });
  });

  const missing = sharedPagesMissing();
  if (missing) {
    console.warn(`NOTICE: skipping the reading tests on real news pages: ${missing}`);
  }

  describe.skipIf(missing !== null)(`real news pages of ${SHARED_PAGES_DIR}`, () => {
    const scans = new Map<string, ScannedPage>();

    beforeAll(async () => {
      const files = [...PAGES_WITH_ACTORS, ...PAGES_WITHOUT_ACTORS];
      const results = await runScanner(files.map((file) => `${SHARED_PAGES_DIR}/${file}`));
      files.forEach((file, i) => scans.set(file, results[i]));
    });

    it.each([...PAGES_WITH_ACTORS, ...PAGES_WITHOUT_ACTORS])('%s: highlights what npm run scan finds, and mutates nothing', async (file) => {
      const scan = scans.get(file)!;
      const page = await newPage({ mutationLog: true });
      await page.goto(server.sharedUrl(file));
      await scanned(page, file);
      const summary = await run(page, readHighlights);
      if (scan.mentions.length === 0 && scan.claims.length === 0) {
        expect(totalRanges(summary), `newsmark highlights on ${file}, where npm run scan finds nothing: ${JSON.stringify(summary.sizes)}`).toBe(0);
      } else {
        expect(summary.sizes[ACTOR_HIGHLIGHT] ?? 0, `${ACTOR_HIGHLIGHT} on ${file}: ${JSON.stringify(summary.sizes)}`).toBeGreaterThan(0);
      }
      await expectActorsAgreeWithScanner(page, file, summary, scan);
      const expectedClaims = [...new Set(scan.claims.map((c) => c.text))].sort();
      expect([...new Set(claimTexts(summary))].sort(), `claim sentences on ${file}`).toEqual(expectedClaims);
      expect(summary.detached, `ranges on nodes no longer in ${file}`).toBe(0);
      const log = await run(page, readMutationLog);
      expect(log.installed && log.parsed, 'the mutation log was installed before the page parsed').toBe(true);
      expect(log.mutations, `mutations of ${file} after parsing`).toEqual([]);
      await page.close();
    });

    it('covered pages with actors and pages without (else the page lists need an update)', () => {
      const found = (file: string) => scans.get(file)!.mentions.length > 0;
      expect(PAGES_WITH_ACTORS.filter(found).length, `pages where npm run scan finds actors, of ${PAGES_WITH_ACTORS}`).toBeGreaterThanOrEqual(5);
      const empty = PAGES_WITHOUT_ACTORS.filter((file) => !found(file) && scans.get(file)!.claims.length === 0);
      expect(empty.length, `pages where npm run scan finds nothing, of ${PAGES_WITHOUT_ACTORS}`).toBeGreaterThanOrEqual(2);
    });
  });
}
