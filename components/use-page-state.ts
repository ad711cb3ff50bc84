/** The scan state of the tab a page is about, kept current as the browser changes. */
import { useEffect, useState } from 'preact/hooks';
import { onNotice, request } from '@/lib/messaging/client';
import type { PageState } from '@/lib/report';
import { resolveTargetTab, type TabInfo } from './target-tab';

export interface TabPageState {
  tab: TabInfo | null;
  state: PageState | null;
  error: string | null;
  refresh: () => void;
}

export function usePageState({ followActiveTab = false } = {}): TabPageState {
  const [tab, setTab] = useState<TabInfo | null>(null);
  const [state, setState] = useState<PageState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const target = await resolveTargetTab();
        if (cancelled) return;
        // Tab and state change together: for one render the new tab's title over
        // the old tab's actors would show a page what another page holds.
        const next: PageState =
          target?.id === undefined || target === null
            ? { kind: 'unreadable', reason: 'There is no web page open in this window.' }
            : await request('tab/state', { tabId: target.id });
        if (cancelled) return;
        setTab(target);
        setState(next);
        setError(null);
      } catch (caught) {
        if (!cancelled) setError(caught instanceof Error ? caught.message : String(caught));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [generation]);

  useEffect(
    () =>
      onNotice((notice) => {
        if (notice.type !== 'notice/tab-updated') return;
        // The active tab changed, or this tab's report did.
        if (followActiveTab || notice.tabId === tab?.id) setGeneration((g) => g + 1);
      }),
    [tab?.id, followActiveTab],
  );

  // A scan in progress reports soon: look again while pending.
  useEffect(() => {
    if (state?.kind !== 'pending') return;
    const timer = setTimeout(() => setGeneration((g) => g + 1), 700);
    return () => clearTimeout(timer);
  }, [state, generation]);

  return { tab, state, error, refresh: () => setGeneration((g) => g + 1) };
}
