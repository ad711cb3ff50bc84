import { Fragment } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { request } from '@/lib/messaging/client';
import { ActorSection } from './sidepanel/ActorSection';
import { ClaimSection, type OpenSource } from './sidepanel/ClaimSection';
import { PanelNotice } from './sidepanel/PanelNotice';
import { ScanFooter } from './sidepanel/ScanFooter';
import { SourceDialog } from './sidepanel/SourceDialog';
import { useSavedOnPage } from './sidepanel/use-saved-on-page';
import { PageStatus } from './PageStatus';
import { SavedAnchoringList } from './SavedAnchoring';
import { useKnowledgeBase } from './use-knowledge-base';
import { usePageState } from './use-page-state';

function hostOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).host || null : null;
  } catch {
    return null;
  }
}

/**
 * Moves to the actor or claim a `#actor-<id>` / `#claim-<id>` address names
 * (a card's "on this page" link, or a hover card's "More context").
 */
function useFocusFromHash(ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    const focus = () => {
      const id = decodeURIComponent(location.hash.slice(1));
      if (!/^(actor|claim)-/.test(id)) return;
      const target = document.getElementById(id);
      if (!target) return;
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
    };
    focus();
    window.addEventListener('hashchange', focus);
    return () => window.removeEventListener('hashchange', focus);
  }, [ready]);
}

/** The side panel: who the page's actors are and where its claims come from, for the tab being read. */
export function SidePanelApp() {
  const { tab, state, error, refresh } = usePageState({ followActiveTab: true });
  const [kbStatusVersion, setKbStatusVersion] = useState<string | null>(null);
  useEffect(() => {
    request('kb/status', {}).then((status) => setKbStatusVersion(status.version), () => {});
  }, []);
  const report = state?.kind === 'scanned' ? state.report : null;
  // A page scanned with a newer knowledge base needs the newer names and claims.
  const kb = useKnowledgeBase(report?.kbVersion ?? kbStatusVersion);
  const saved = useSavedOnPage(report?.url ?? null);
  const [announcement, setAnnouncement] = useState('');
  const announce = useCallback((text: string) => {
    // The same words twice must still be read out.
    setAnnouncement('');
    requestAnimationFrame(() => setAnnouncement(text));
  }, []);
  const [openSource, setOpenSource] = useState<OpenSource | null>(null);
  const opener = useRef<HTMLElement | null>(null);

  const claimsOnPage = useMemo(() => new Set(report?.claims.map((c) => c.claimId) ?? []), [report]);
  const tabId = tab?.id ?? null;
  const hasContent = !!report && !!kb && (report.actors.length > 0 || report.claims.length > 0);
  useFocusFromHash(hasContent);

  // Another tab, another page: a source view about the old one makes no sense.
  useEffect(() => setOpenSource(null), [tabId, report?.url]);

  const sourceClaim = openSource && kb ? kb.claims.get(openSource.claimId) : undefined;
  const sourceRecord = sourceClaim?.evidence[0] ? kb?.sources.get(sourceClaim.evidence[0].sourceId) : undefined;
  const host = hostOf(tab?.url);

  return (
    <>
      <header class="panel-head">
        <h1>Newsmark</h1>
        {tab?.title || host ? (
          <p class="small muted page-title" data-testid="panel-page" title={tab?.url}>
            {tab?.title || host}
            {tab?.title && host ? <span class="host"> · {host}</span> : null}
          </p>
        ) : null}
        {hasContent ? (
          <nav aria-label="Sections" class="row small jump-links">
            {report!.actors.length > 0 ? <a href="#actors-heading">Actors ({report!.actors.length})</a> : null}
            {report!.claims.length > 0 ? (
              <a href="#claims-heading">Claims ({claimsOnPage.size})</a>
            ) : null}
          </nav>
        ) : null}
      </header>
      <main class="stack panel-main" aria-busy={!error && (!state || state.kind === 'pending')}>
        <PageStatus state={state} error={error} />
        <PanelNotice state={state} error={error} tabId={tabId} onRetry={refresh} />
        {report && !kb ? <p class="muted small">Loading your knowledge base…</p> : null}
        <SavedAnchoringList states={report?.saved} saved={saved.items} />
        {hasContent && tabId !== null ? (
          // Another tab or page starts afresh: no jump position or save state carries over.
          <Fragment key={`${tabId} ${report!.url}`}>
            <ActorSection tabId={tabId} found={report!.actors} kb={kb!} claimsOnPage={claimsOnPage} />
            <ClaimSection
              tabId={tabId}
              found={report!.claims}
              kb={kb!}
              saved={saved.index}
              onSavedChange={saved.reload}
              onOpenSource={(open) => {
                opener.current = open.opener;
                setOpenSource(open);
              }}
              announce={announce}
            />
          </Fragment>
        ) : null}
        <p class="small more-links">
          <button type="button" class="link" data-testid="open-options" onClick={() => browser.runtime.openOptionsPage().catch(() => {})}>
            Your saved claims and knowledge base
          </button>
        </p>
        <p class="sr-only" role="status" aria-live="polite" data-testid="panel-announcer">
          {announcement}
        </p>
      </main>
      {report ? <ScanFooter report={report} /> : null}
      {sourceClaim && sourceRecord ? (
        <SourceDialog
          claim={sourceClaim}
          source={sourceRecord}
          onClose={() => {
            setOpenSource(null);
            opener.current?.focus();
          }}
        />
      ) : null}
    </>
  );
}
