import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { request } from '@/lib/messaging/client';
import { bestMatchPerClaim } from '@/lib/report';
import { ActorList } from './ActorList';
import { ClaimList } from './ClaimList';
import { openSidePanel } from './open-side-panel';
import { PageStatus } from './PageStatus';
import { SiteSwitch } from './SiteSwitch';
import { useKnowledgeBase } from './use-knowledge-base';
import { usePageState } from './use-page-state';

/** The toolbar popup: what Newsmark found on the page in front of the reader. */
export function PopupApp() {
  const { tab, state, error, refresh } = usePageState();
  const [kbVersion, setKbVersion] = useState<string | null>(null);
  useEffect(() => {
    request('kb/status', {}).then((status) => setKbVersion(status.version), () => {});
  }, []);
  // Names and roles come from the database, once the background has seeded it.
  const kb = useKnowledgeBase(kbVersion);
  const report = state?.kind === 'scanned' ? state.report : null;

  return (
    <main class="stack">
      <header class="spread">
        <h1>Newsmark</h1>
        <SiteSwitch url={tab?.url} state={state} onChange={refresh} />
      </header>
      {tab?.title ? <p class="small muted" title={tab.url}>{tab.title}</p> : null}
      <PageStatus state={state} error={error} />
      {report && kb ? (
        <>
          {report.actors.length > 0 ? <h2>Actors</h2> : null}
          <ActorList found={report.actors} kb={kb} />
          {report.claims.length > 0 ? <h2>Claims</h2> : null}
          <ClaimList found={bestMatchPerClaim(report.claims)} kb={kb} />
        </>
      ) : null}
      <footer class="row">
        <button
          class="primary"
          data-testid="open-side-panel"
          onClick={() => {
            openSidePanel(tab?.id).catch(() => {});
          }}
        >
          Open side panel
        </button>
        <button data-testid="open-options" onClick={() => browser.runtime.openOptionsPage()}>
          Saved claims &amp; knowledge base
        </button>
      </footer>
    </main>
  );
}
