/**
 * What the reader can do when the panel has nothing to list: the page is not
 * a web page, Newsmark is off here or paused, the page is still being read,
 * or it names nothing from the knowledge base.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { request } from '@/lib/messaging/client';
import type { PageState } from '@/lib/report';
import { AllowSite } from '../AllowSite';

/** After this long "reading" is probably a tab whose content script never ran. */
const SLOW_MS = 6000;

function openKnowledgeBase() {
  browser.tabs.create({ url: browser.runtime.getURL('/options.html#knowledge') }).catch(() => {});
}

export function PanelNotice({
  state,
  error,
  tabId,
  onRetry,
}: {
  state: PageState | null;
  error: string | null;
  tabId: number | null;
  onRetry: () => void;
}) {
  const [slow, setSlow] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const pending = !error && (!state || state.kind === 'pending');
  useEffect(() => {
    setSlow(false);
    if (!pending) return;
    const timer = setTimeout(() => setSlow(true), SLOW_MS);
    return () => clearTimeout(timer);
  }, [pending, tabId]);

  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
      onRetry();
    } catch (caught) {
      setProblem(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  let body: ComponentChildren = null;
  if (error) {
    body = (
      <>
        <p>Close and reopen the panel, or reload the extension if this keeps happening.</p>
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      </>
    );
  } else if (pending) {
    body = slow ? (
      <>
        <p>
          Still reading. If this page was open before Newsmark was installed or updated, reload it so Newsmark can
          read it.
        </p>
        {tabId !== null ? (
          <button type="button" disabled={busy} onClick={() => act(() => browser.tabs.reload(tabId))}>
            Reload the page
          </button>
        ) : null}
      </>
    ) : null;
  } else if (state?.kind === 'unreadable') {
    body = (
      <p>
        Open a news article in this tab: the panel follows the tab you are reading, and lists who it names and which
        claims it repeats.
      </p>
    );
  } else if (state?.kind === 'disabled') {
    const hostname = state.hostname;
    body = (
      <>
        <p>Nothing on this site is highlighted or listed while Newsmark is off here.</p>
        <button
          type="button"
          class="primary"
          data-testid="enable-site"
          disabled={busy}
          onClick={() => act(() => request('site/set-enabled', { hostname, enabled: true }))}
        >
          Turn on for {hostname}
        </button>
      </>
    );
  } else if (state?.kind === 'no-access') {
    body = <AllowSite hostname={state.hostname} onGranted={onRetry} />;
  } else if (state?.kind === 'paused') {
    body = (
      <>
        <p>No page is read while Newsmark is paused.</p>
        <button type="button" onClick={() => browser.runtime.openOptionsPage().catch(() => {})}>
          Open the settings
        </button>
      </>
    );
  } else if (state?.kind === 'scanned' && state.report.actors.length === 0 && state.report.claims.length === 0) {
    body = (
      <>
        <p>
          When a page names people, states or organisations your knowledge base knows, or repeats one of its claims,
          they are listed here with who they are and where each claim comes from.
        </p>
        <p>To recognise more, add names, spellings or claims to your knowledge base.</p>
        <button type="button" onClick={openKnowledgeBase}>
          Open the knowledge base
        </button>
      </>
    );
  }
  if (!body) return null;
  return (
    <div class="notice card small" data-testid="panel-empty" data-state={error ? 'error' : (state?.kind ?? 'pending')}>
      {body}
      {problem ? (
        <p class="error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
