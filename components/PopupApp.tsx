import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { request } from '@/lib/messaging/client';
import { bestMatchPerClaim } from '@/lib/report';
import { ActorList } from './ActorList';
import { AllowSite } from './AllowSite';
import { openSidePanel } from './open-side-panel';
import { PageStatus } from './PageStatus';
import { SavedAnchoringList } from './SavedAnchoring';
import { PageClaims } from './popup/PageClaims';
import { saveBlocker } from './popup/page-access';
import { SelectionSaver } from './popup/SelectionSaver';
import { TrackSelection } from './popup/TrackSelection';
import { useSavedOnPage } from './popup/use-saved-on-page';
import { SiteSwitch } from './SiteSwitch';
import { useKnowledgeBase } from './use-knowledge-base';
import { usePageState } from './use-page-state';

/** The saved list in the options page, in a tab of its own. */
function openSavedList() {
  browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#saved` }).catch(() => {
    browser.runtime.openOptionsPage().catch(() => {});
  });
}

/** The toolbar popup: what Newsmark found on the page in front of the reader, and saving from it. */
export function PopupApp() {
  const { tab, state, error, refresh } = usePageState();
  const [kbVersion, setKbVersion] = useState<string | null>(null);
  useEffect(() => {
    request('kb/status', {}).then((status) => setKbVersion(status.version), () => {});
  }, []);
  // Names and roles come from the database, once the background has seeded it.
  const kb = useKnowledgeBase(kbVersion);
  const report = state?.kind === 'scanned' ? state.report : null;
  const saved = useSavedOnPage(tab?.url);
  const [message, setMessage] = useState<{ text: string; tone: 'ok' | 'error' } | null>(null);
  // Until the tab and its state are known, a click on Save or Track waits (use-selection-draft).
  const ready = state !== null || error !== null;
  const blocked = state ? saveBlocker(tab?.url, state) : error;

  return (
    <main class="stack popup">
      <header class="spread">
        <h1>Newsmark</h1>
        <SiteSwitch url={tab?.url} state={state} onChange={refresh} />
      </header>
      {tab?.title ? (
        <p class="small muted page-title" title={tab.url}>
          {tab.title}
        </p>
      ) : null}
      <PageStatus state={state} error={error} />
      {state?.kind === 'no-access' ? <AllowSite hostname={state.hostname} onGranted={refresh} /> : null}
      {saved.items.length > 0 ? (
        <p class="small muted" data-testid="saved-count">
          You saved {saved.items.length} {saved.items.length === 1 ? 'sentence' : 'sentences'} from this page.
        </p>
      ) : null}

      <SavedAnchoringList states={report?.saved} saved={saved.items} />

      {/* Until the site is allowed there is no page reader to take a selection from: allowing comes first. */}
      {state?.kind !== 'no-access' ? (
        <>
          <SelectionSaver tabId={tab?.id ?? undefined} ready={ready} kb={kb} blocked={blocked} onOpenSaved={openSavedList} />
          <TrackSelection tabId={tab?.id ?? undefined} ready={ready} blocked={blocked} />
        </>
      ) : null}

      {report && kb ? (
        <>
          {report.claims.length > 0 ? <h2>Claims</h2> : null}
          <PageClaims
            found={bestMatchPerClaim(report.claims)}
            kb={kb}
            tabId={tab?.id ?? undefined}
            saved={saved.byQuote}
            reload={saved.reload}
            blocked={blocked}
            announce={(text, tone = 'ok') => setMessage({ text, tone })}
          />
          {report.actors.length > 0 ? <h2>Actors</h2> : null}
          <ActorList found={report.actors} kb={kb} />
        </>
      ) : null}
      <p
        data-testid="popup-message"
        role={message?.tone === 'error' ? 'alert' : 'status'}
        class={message ? `small ${message.tone === 'error' ? 'error' : 'muted'}` : 'sr-only'}
      >
        {message?.text ?? ''}
      </p>
      <footer class="row">
        <button
          type="button"
          data-testid="open-side-panel"
          onClick={() => {
            openSidePanel(tab?.id).catch(() => {});
          }}
        >
          Open side panel
        </button>
        <a
          class="button"
          href={`${browser.runtime.getURL('/options.html')}#saved`}
          data-testid="open-options"
          onClick={(event) => {
            event.preventDefault();
            openSavedList();
          }}
        >
          Saved claims &amp; knowledge base
        </a>
      </footer>
    </main>
  );
}
