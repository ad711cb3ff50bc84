// Hostile and odd pages in Debian's Chromium (playwright-core). What is expected is in
// tests/hostile/suite.ts, shared with Firefox ESR; the pages are tests/hostile/pages.ts.
//
// Chromium specifics: errors are read over the DevTools protocol (Runtime.exceptionThrown and
// console calls of every execution context, the content script's isolated world included, and
// Log entries such as CSP violations: a throwaway extension's uncaught error, unhandled rejection
// and console.error all showed up there). Tasks are traced (devtools.timeline); a task counts as
// ours when it ran code of a chrome-extension:// script or resumed a scheduler.yield() (which the
// pages never call), and costs us what it spent from our code's start to its end. The card's closed shadow root is read with DOM.getDocument({ pierce }).
import { describe } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { CHROME_BUILD, launchChromium, readBuiltManifest } from '../../scripts/browsers.mjs';
import { pollUntil } from './smoke';
import { ourTasks, type TraceEvent } from '../hostile/trace-tasks';
import { defineHostileSuite, type CardContents, type HostileBrowser, type HostileTab, type TaskCost } from '../hostile/suite';

/** The extension API inside the service worker (evaluated there, not typed here). */
declare const chrome: any;

async function cardContents(cdp: CDPSession): Promise<CardContents | null> {
  type DomNode = { nodeName: string; nodeType: number; nodeValue?: string; localName?: string; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[] };
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  let host: DomNode | null = null;
  const find = (node: DomNode) => {
    if (host) return;
    if (node.localName === 'newsmark-ui') host = node;
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) find(child);
  };
  find(root);
  if (!host) return null;
  const out: CardContents = { text: '', elements: [] };
  const collect = (node: DomNode, inStyle: boolean) => {
    if (node.nodeType === 3 && !inStyle) out.text += node.nodeValue ?? '';
    if (node.nodeType === 1) out.elements.push(node.localName ?? node.nodeName.toLowerCase());
    const style = inStyle || node.localName === 'style';
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) collect(child, style);
  };
  for (const shadow of (host as DomNode).shadowRoots ?? []) collect(shadow, false);
  return out;
}

function wrap(page: Page, cdp: CDPSession, errors: string[]): HostileTab {
  let url = '';
  return {
    goto: async (target) => {
      url = target;
      await page.goto(target, { waitUntil: 'load', timeout: 90_000 });
    },
    evaluate: (source) => page.evaluate(source),
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    press: (key) => page.keyboard.press(key),
    bringToFront: () => page.bringToFront(),
    errors: () => [...errors],
    async traceTasks() {
      const events: TraceEvent[] = [];
      const onData = (data: { value: object[] }) => {
        for (const event of data.value) events.push(event as TraceEvent);
      };
      cdp.on('Tracing.dataCollected', onData);
      await cdp.send('Tracing.start', {
        transferMode: 'ReportEvents',
        traceConfig: { recordMode: 'recordAsMuchAsPossible', includedCategories: ['-*', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] },
      });
      return async () => {
        const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
        await cdp.send('Tracing.end');
        await complete;
        cdp.off('Tracing.dataCollected', onData);
        return ourTasks(events, url);
      };
    },
    cardContents: () => cardContents(cdp),
    close: () => page.close(),
  };
}

async function launch(): Promise<HostileBrowser> {
  readBuiltManifest(CHROME_BUILD);
  const chromium = await launchChromium({ extensionDir: CHROME_BUILD, headless: true });
  const tabIdOf = (url: string) =>
    chromium.worker.evaluate(async (u) => ((await chrome.tabs.query({})) as Array<{ url?: string; id?: number }>).find((t) => t.url === u)?.id ?? null, url);
  return {
    async newTab() {
      const page = await chromium.context.newPage();
      const cdp = await chromium.context.newCDPSession(page);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      cdp.on('Runtime.exceptionThrown', (event: { exceptionDetails: { text: string; exception?: { description?: string }; url?: string } }) => {
        const d = event.exceptionDetails;
        errors.push(`exception: ${d.exception?.description ?? d.text}${d.url ? ` (${d.url})` : ''}`);
      });
      cdp.on('Runtime.consoleAPICalled', (event: { type: string; args: Array<{ value?: unknown; description?: string }> }) => {
        if (event.type === 'error' || event.type === 'assert') errors.push(`console.${event.type}: ${event.args.map((a) => a.description ?? String(a.value)).join(' ')}`);
      });
      cdp.on('Log.entryAdded', (event: { entry: { level: string; text: string; url?: string; source: string } }) => {
        if (event.entry.level === 'error') errors.push(`log (${event.entry.source}): ${event.entry.text}${event.entry.url ? ` (${event.entry.url})` : ''}`);
      });
      await cdp.send('Runtime.enable');
      await cdp.send('Log.enable');
      await cdp.send('DOM.enable');
      return wrap(page, cdp, errors);
    },
    async panelContents(url) {
      const tabId = await pollUntil(`the tab id of ${url}`, () => tabIdOf(url), (id) => typeof id === 'number', { timeout: 10_000, interval: 200 });
      const panel = await chromium.context.newPage();
      try {
        await panel.goto(chromium.extensionUrl(`sidepanel.html?tabId=${tabId}`));
        const sentences = await pollUntil(
          'claim sentences in the side panel',
          () => panel.evaluate(() => Array.from(document.querySelectorAll('[data-testid="claim-sentence"] blockquote'), (q) => q.textContent ?? '')),
          (list) => list.length > 0,
          { timeout: 20_000, interval: 200 },
        );
        const state = await panel.evaluate(() => ({
          images: document.querySelectorAll('img').length,
          pwned: document.documentElement.hasAttribute('data-pwned'),
        }));
        return { sentences, ...state };
      } finally {
        await panel.close();
      }
    },
    async close() {
      await chromium.close();
    },
  };
}

describe('Chromium: hostile and odd pages', () => {
  defineHostileSuite('Chromium', launch, { sidePanel: true });
});
