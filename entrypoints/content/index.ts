import { browser } from 'wxt/browser';
import './highlights.css';
import { ContentController } from '@/lib/content/controller';
import { HoverCards } from '@/lib/content/hover-card';
import { createHighlighter } from '@/lib/dom/highlight';
import { loadIndex } from '@/lib/content/index-cache';
import { yieldToPage } from '@/lib/content/slices';
import { measureInPage } from '@/lib/content/page-detail';
import { EngineLoader, type Engine } from '@/lib/content/engine';
import type { Matcher } from '@/lib/match/types';
import { onNotice, request } from '@/lib/messaging/client';
import { validateTabRequest, type TabRequest } from '@/lib/messaging/tab-protocol';
import { selectionToSave } from '@/lib/content/selection';
import { CARD_TRACK_REFUSALS, rangeToTrack, selectionToTrack, statementsOfPage } from '@/lib/content/page-statements';

/**
 * The matcher, over the flat index (lib/match/flat.ts) from this browser's cache when the
 * background says it is current (lib/content/index-cache.ts): the matcher reads the decoded buffer
 * where it lies. Reports a `newsmark:index` measure: busy = our own work (headers, decoding,
 * opening), source = where the index came from ("cache" on a warm start, "background" on the
 * first page of a new knowledge base).
 */
async function loadMatcher(engines: EngineLoader): Promise<Matcher> {
  const started = performance.now();
  const engine = engines.get();
  // Awaited after the index is on its way: the two requests overlap.
  engine.catch(() => {});
  const loaded = await loadIndex({
    get: async (key) => (await browser.storage.local.get(key))[key],
    set: (items) => browser.storage.local.set(items),
    remove: (keys) => browser.storage.local.remove(keys),
    fetch: (knownVersion) => request('index/get', { knownVersion }),
    pause: yieldToPage,
  });
  const { createFlatMatcher } = await engine;
  const t = performance.now();
  const matcher = createFlatMatcher(loaded.flat);
  const busyMs = loaded.busyMs + performance.now() - t;
  try {
    measureInPage('newsmark:index', { start: started, end: performance.now(), detail: { busyMs, source: loaded.source, bytes: loaded.flat.bytes.length } });
  } catch {
    // A page can break `performance`; timings are a courtesy.
  }
  return matcher;
}

function isHiddenByStyle(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return typeof check === 'function' ? !check.call(element) : false;
}

/** What a running reader leaves in its (isolated) world, so a second start finds it. */
interface RunningReader {
  isInvalid(): boolean;
  restart(): void;
}
const RUNNING = '__newsmarkReader';

export default defineContentScript({
  // Not in the manifest: the background registers it on the sites the reader
  // allowed (lib/background/reader-registration.ts) and starts it in open tabs.
  registration: 'runtime',
  runAt: 'document_idle',
  async main(ctx) {
    // Started in an open tab when its site is allowed, the reader may already be
    // there (registered and injected in the same moment): one reader per page.
    const world = globalThis as { [RUNNING]?: RunningReader };
    const running = world[RUNNING];
    if (running && !running.isInvalid()) {
      running.restart();
      return;
    }
    // The reader is set up in a task of its own. On a fresh browser (no code cache) the injection's task
    // compiles this script, and setting up there too (each function it runs compiled at its first call, the
    // interfaces it touches, CSS.highlights among them, made for this world) nearly doubled that task. A restart
    // asked for meanwhile has nothing to restart: the first scan is still to come.
    let restart = () => {};
    world[RUNNING] = { isInvalid: () => ctx.isInvalid, restart: () => restart() };
    await yieldToPage();
    if (ctx.isInvalid) return;
    const engines = new EngineLoader({
      world: globalThis as unknown as Record<string, unknown>,
      inject: async (part) => {
        await request('engine/load', { part });
      },
      setTimer: (work, ms) => ctx.setTimeout(work, ms),
      clearTimer: (timer) => clearTimeout(timer as number),
      pause: yieldToPage,
    });
    const controller = new ContentController({
      doc: document,
      config: () => request('page/config', { url: location.href }),
      loadMatcher: () => loadMatcher(engines),
      matcherDropped: () => engines.release(),
      report: async (report) => {
        await request('page/report', { report });
      },
      savedQuotes: async () =>
        (await request('saved/for-url', { url: location.href })).items.map(({ id, selector }) => ({ id, selector })),
      highlighter: createHighlighter(window),
      isHidden: isHiddenByStyle,
      readRuns: true,
      isInvalid: () => ctx.isInvalid,
    });

    const cards = new HoverCards({
      doc: document,
      matchAt: (test) => controller.matchAt(test),
      entries: (actorIds, claimIds) => request('kb/entries', { actorIds, claimIds }),
      save: async (item) => {
        await request('claim/save', { item });
      },
      actorsWithin: (range) => controller.matches.idsWithin(range, 'actor'),
      describe: (range) => controller.describe(range),
      openPanel: async (focus) => (await request('panel/open', { focus })).opened,
      // The card's sentence, drafted as the popup's selection is, tracked as drafted (the popup edits; the card does not).
      track: async (range) => {
        const draft = await withEngine((engine) => rangeToTrack(document, controller, engine, range));
        if (!draft.ok) return { ok: false, message: CARD_TRACK_REFUSALS[draft.reason] };
        const tracked = await request('claim/track', { item: draft.item });
        return { ok: true, receipt: tracked.receipt, speaker: tracked.speaker, terms: tracked.terms };
      },
      untrack: async (receipt) => (await request('claim/untrack', { receipt })).removed,
    });

    // Never let our failure surface in the page's console as an uncaught error.
    const run = (work: () => Promise<void>) => {
      work().catch((error) => {
        if (!ctx.isInvalid) console.debug('Newsmark:', error);
      });
    };

    const stopNotices = onNotice((notice) => {
      if (notice.type === 'notice/rescan') run(() => controller.restart());
      else if (notice.type === 'notice/saved-changed') run(() => controller.anchorSaved());
      else if (notice.type === 'notice/toggle-highlights') {
        if (!controller.toggleHighlights()) cards.close();
      }
    });

    // Reading a page's statements needs the engine; a page that keeps no matcher lets it go after.
    const withEngine = async <T>(work: (engine: Engine) => Promise<T>): Promise<T> => {
      try {
        return await work(await engines.get());
      } finally {
        if (controller.matches.size === 0) engines.release();
      }
    };

    // Requests from our popup, side panel and background (tabs.sendMessage).
    const answer = async (message: TabRequest): Promise<unknown> => {
      switch (message.type) {
        case 'tab/jump':
          return controller.jump(message.kind, message.id, message.index);
        case 'tab/selection':
          return selectionToSave(document, controller);
        case 'tab/save-match': {
          const match = controller.matches.nth('claim', message.claimId, message.index);
          const selector = match ? await controller.describe(match.range) : null;
          if (!match || !selector) throw new Error('That sentence is no longer on the page.');
          return request('claim/save', {
            item: {
              text: match.range.toString().replace(/\s+/g, ' ').trim(),
              url: location.href,
              pageTitle: document.title,
              claimId: match.id,
              actorIds: controller.matches.idsWithin(match.range, 'actor'),
              note: '',
              tags: [],
              selector,
            },
          });
        }
        case 'tab/statements':
          return withEngine((engine) => statementsOfPage(document, controller, engine));
        case 'tab/track-draft':
          return withEngine((engine) => selectionToTrack(document, controller, engine));
        case 'tab/toast':
          cards.toast(message.text);
          return { shown: true };
      }
    };
    const onTabRequest = (message: unknown) => {
      if (!message || typeof message !== 'object' || !String((message as { type?: unknown }).type).startsWith('tab/')) {
        return undefined;
      }
      const valid = validateTabRequest(message);
      if (!valid) return Promise.resolve({ ok: false, error: 'invalid request' });
      return answer(valid).then(
        (value) => ({ ok: true, value }),
        (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
    };
    browser.runtime.onMessage.addListener(onTabRequest);

    // Single-page apps: a new address means new content.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      cards.close();
      run(() => controller.start());
    });

    ctx.onInvalidated(() => {
      stopNotices();
      browser.runtime.onMessage.removeListener(onTabRequest);
      cards.stop();
      controller.stop();
    });

    restart = () => run(() => controller.restart());
    cards.start();
    // After the page is interactive and idle: our scan never competes with its first paint.
    const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: object) => number }).requestIdleCallback;
    if (idle) idle(() => run(() => controller.start()), { timeout: 2000 });
    else ctx.setTimeout(() => run(() => controller.start()), 0);
  },
});
