import { browser } from 'wxt/browser';
import './highlights.css';
import { buildReport } from '@/lib/content/report';
import { isHiddenByStyle, scanDocument } from '@/lib/content/scan-document';
import { ACTOR_HIGHLIGHT, CLAIM_HIGHLIGHT, clearHighlights, setHighlight } from '@/lib/dom/highlight';
import type { CompiledIndex } from '@/lib/match/compile';
import { createMatcher } from '@/lib/match/matcher';
import type { Matcher } from '@/lib/match/types';
import { onNotice, request } from '@/lib/messaging/client';

const INDEX_CACHE_KEY = 'newsmark:index';

/** The compiled index, from this browser's cache when the background says it is current. */
async function loadMatcher(): Promise<Matcher> {
  const cached = (await browser.storage.local.get(INDEX_CACHE_KEY))[INDEX_CACHE_KEY] as CompiledIndex | undefined;
  const answer = await request('index/get', { knownVersion: cached?.version ?? null });
  const index = answer.index ?? cached;
  if (!index) throw new Error('no compiled index');
  if (answer.index) await browser.storage.local.set({ [INDEX_CACHE_KEY]: answer.index });
  return createMatcher(index);
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    let matcher: Matcher | null = null;

    const scan = async () => {
      const config = await request('page/config', { url: location.href });
      if (!config.enabled) {
        clearHighlights();
        return;
      }
      matcher ??= await loadMatcher();
      if (ctx.isInvalid) return;
      const scanned = scanDocument(document.body ?? document.documentElement, matcher, {
        threshold: config.claimThreshold ?? undefined,
        isHidden: isHiddenByStyle,
      });
      setHighlight(ACTOR_HIGHLIGHT, scanned.extracted, scanned.result.actors);
      setHighlight(CLAIM_HIGHLIGHT, scanned.extracted, scanned.result.claims);
      await request('page/report', {
        report: buildReport(
          { url: location.href, title: document.title, kbVersion: matcher.version, textLength: scanned.extracted.text.length },
          scanned.result,
          scanned.timings,
        ),
      });
    };

    const run = () =>
      scan().catch((error) => {
        // Never let our failure surface in the page's console as an uncaught error.
        if (!ctx.isInvalid) console.debug('Newsmark: scan failed', error);
      });

    const unsubscribe = onNotice((notice) => {
      if (notice.type === 'notice/rescan') {
        matcher = null;
        void run();
      }
    });
    ctx.onInvalidated(unsubscribe);

    const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: object) => number }).requestIdleCallback;
    if (idle) idle(() => void run(), { timeout: 2000 });
    else ctx.setTimeout(() => void run(), 0);
  },
});
