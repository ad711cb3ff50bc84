import { useEffect, useState } from 'preact/hooks';
import { request } from '@/lib/messaging/client';
import type { ActorKind } from '@/lib/kb/types';
import { ActorList } from './ActorList';
import { ClaimList } from './ClaimList';
import { PageStatus } from './PageStatus';
import { useKnowledgeBase } from './use-knowledge-base';
import { usePageState } from './use-page-state';

const KIND_ORDER: ActorKind[] = ['person', 'country', 'organisation', 'group'];
const KIND_HEADING: Record<ActorKind, string> = {
  person: 'People',
  country: 'States',
  organisation: 'Organisations',
  group: 'Groups',
};

/** The side panel: who the page's actors are and where its claims come from, for the active tab. */
export function SidePanelApp() {
  const { tab, state, error } = usePageState({ followActiveTab: true });
  const [kbVersion, setKbVersion] = useState<string | null>(null);
  useEffect(() => {
    request('kb/status', {}).then((status) => setKbVersion(status.version), () => {});
  }, []);
  const kb = useKnowledgeBase(kbVersion);
  const report = state?.kind === 'scanned' ? state.report : null;

  return (
    <main class="stack" style={{ padding: '0.8em' }}>
      <header>
        <h1>Newsmark</h1>
        {tab?.title ? <p class="small muted">{tab.title}</p> : null}
      </header>
      <PageStatus state={state} error={error} />
      {report && kb ? (
        <>
          {KIND_ORDER.map((kind) => {
            const found = report.actors.filter((item) => kb.actors.get(item.actorId)?.kind === kind);
            if (found.length === 0) return null;
            return (
              <section key={kind} aria-labelledby={`kind-${kind}`}>
                <h2 id={`kind-${kind}`}>{KIND_HEADING[kind]}</h2>
                <ActorList found={found} kb={kb} detailed />
              </section>
            );
          })}
          {report.claims.length > 0 ? (
            <section aria-labelledby="claims-heading">
              <h2 id="claims-heading">Claims</h2>
              <ClaimList found={report.claims} kb={kb} detailed />
            </section>
          ) : null}
          <footer class="small muted" data-testid="scan-footer">
            Scanned {report.textLength.toLocaleString()} characters in {report.timings.totalMs.toFixed(0)} ms
            (reading {report.timings.extractMs.toFixed(0)} ms, matching {report.timings.matchMs.toFixed(0)} ms) ·
            knowledge base {report.kbVersion}
          </footer>
        </>
      ) : null}
      {state?.kind === 'scanned' && report && report.actors.length === 0 && report.claims.length === 0 ? (
        <p class="small muted">
          When a page mentions people, states or claims your knowledge base knows, they are listed here. Add aliases or
          claims in the options page to recognise more.
        </p>
      ) : null}
    </main>
  );
}
