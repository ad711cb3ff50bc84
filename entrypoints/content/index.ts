import { browser } from 'wxt/browser';
import './highlights.css';
import { ContentController } from '@/lib/content/controller';
import { HoverCards } from '@/lib/content/hover-card';
import { createHighlighter } from '@/lib/dom/highlight';
import type { CompiledIndex } from '@/lib/match/compile';
import { createMatcher } from '@/lib/match/matcher';
import { onNotice, request } from '@/lib/messaging/client';

const INDEX_CACHE_KEY = 'newsmark:index';

/** The compiled index, from this browser's cache when the background says it is current. */
async function loadIndex(): Promise<CompiledIndex> {
  const cached = (await browser.storage.local.get(INDEX_CACHE_KEY))[INDEX_CACHE_KEY] as CompiledIndex | undefined;
  const answer = await request('index/get', { knownVersion: cached?.version ?? null });
  if (answer.index) {
    await browser.storage.local.set({ [INDEX_CACHE_KEY]: answer.index });
    return answer.index;
  }
  if (!cached) throw new Error('no compiled index');
  return cached;
}

function isHiddenByStyle(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return typeof check === 'function' ? !check.call(element) : false;
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const controller = new ContentController({
      doc: document,
      config: () => request('page/config', { url: location.href }),
      loadMatcher: async () => createMatcher(await loadIndex()),
      report: async (report) => {
        await request('page/report', { report });
      },
      highlighter: createHighlighter(window),
      isHidden: isHiddenByStyle,
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
    });

    // Never let our failure surface in the page's console as an uncaught error.
    const run = (work: () => Promise<void>) => {
      work().catch((error) => {
        if (!ctx.isInvalid) console.debug('Newsmark:', error);
      });
    };

    const stopNotices = onNotice((notice) => {
      if (notice.type === 'notice/rescan') run(() => controller.restart());
      else if (notice.type === 'notice/toggle-highlights') {
        if (!controller.toggleHighlights()) cards.close();
      }
    });

    // Single-page apps: a new address means new content.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      cards.close();
      run(() => controller.start());
    });

    ctx.onInvalidated(() => {
      stopNotices();
      cards.stop();
      controller.stop();
    });

    cards.start();
    // After the page is interactive and idle: our scan never competes with its first paint.
    const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: object) => number }).requestIdleCallback;
    if (idle) idle(() => run(() => controller.start()), { timeout: 2000 });
    else ctx.setTimeout(() => run(() => controller.start()), 0);
  },
});
