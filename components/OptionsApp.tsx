import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '@/lib/messaging/client';
import { BackupPanel } from './options/BackupPanel';
import { KnowledgePanel } from './options/KnowledgePanel';
import { SavedPanel } from './options/SavedPanel';
import { SettingsPanel } from './options/SettingsPanel';
import { useKnowledgeBase } from './use-knowledge-base';
import { readerMatches } from '@/lib/background/site-access';
import { displayKbVersion } from '@/lib/kb/version';
import { askForAccess, requestAllSites, useGrantedOrigins } from './site-access';

type Tab = 'saved' | 'knowledge' | 'backup' | 'settings';
const TABS: Array<{ id: Tab; label: string }> = [
  { id: 'saved', label: 'Saved claims' },
  { id: 'knowledge', label: 'Knowledge base' },
  { id: 'backup', label: 'Export & import' },
  { id: 'settings', label: 'Settings' },
];

function tabFromHash(): Tab {
  const id = location.hash.slice(1);
  // A fresh install opens #welcome: where Newsmark reads is chosen under Settings.
  if (id === 'welcome') return 'settings';
  return TABS.some((t) => t.id === id) ? (id as Tab) : 'saved';
}

/** The options page: what the reader saved, the knowledge base, backups and settings. */
export function OptionsApp() {
  const [tab, setTab] = useState<Tab>(tabFromHash);
  const [version, setVersion] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const [status, setStatus] = useState('');
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  useEffect(() => {
    request('kb/status', {}).then(
      (s) => setVersion(s.version),
      () => {},
    );
  }, [reload]);
  useEffect(() => {
    const follow = () => setTab(tabFromHash());
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  const kb = useKnowledgeBase(reload);
  const origins = useGrantedOrigins();
  const readsNowhere = !!origins && readerMatches(origins).length === 0;
  const [welcomeProblem, setWelcomeProblem] = useState('');

  const choose = (id: Tab, focus = false) => {
    setTab(id);
    history.replaceState(null, '', `#${id}`);
    if (focus) tabRefs.current[id]?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const i = TABS.findIndex((t) => t.id === tab);
    const next =
      e.key === 'ArrowRight' ? (i + 1) % TABS.length
      : e.key === 'ArrowLeft' ? (i - 1 + TABS.length) % TABS.length
      : e.key === 'Home' ? 0
      : e.key === 'End' ? TABS.length - 1
      : -1;
    if (next < 0) return;
    e.preventDefault();
    choose(TABS[next]!.id, true);
  };

  const changed = (message: string) => {
    setStatus(message);
    setReload((r) => r + 1);
  };

  return (
    <main class="options stack">
      <header class="spread">
        <h1>Newsmark</h1>
        <span class="small muted">{version ? `Knowledge base ${displayKbVersion(version)}` : ''}</span>
      </header>
      {readsNowhere ? (
        <section class="card notice stack" data-testid="welcome" aria-labelledby="welcome-heading">
          <h2 id="welcome-heading">Choose where Newsmark reads</h2>
          <p>
            Newsmark highlights the people, states and claims of your knowledge base in the news you read. It reads no
            website until you allow it, reads in your browser, and sends nothing anywhere.
          </p>
          <div class="row">
            <button
              type="button"
              class="primary"
              data-testid="welcome-allow-all"
              onClick={() => {
                setWelcomeProblem('');
                void askForAccess(requestAllSites, 'Not allowed. You can choose sites one by one instead.').then((problem) =>
                  setWelcomeProblem(problem ?? ''),
                );
              }}
            >
              Read every website
            </button>
            <button
              type="button"
              data-testid="welcome-choose-sites"
              onClick={() => {
                choose('settings');
                requestAnimationFrame(() => document.querySelector<HTMLInputElement>('[data-testid="allow-site-input"]')?.focus());
              }}
            >
              Choose sites one by one
            </button>
          </div>
          {welcomeProblem ? (
            <p class="error small" role="alert">
              {welcomeProblem}
            </p>
          ) : null}
        </section>
      ) : null}
      <nav>
        <div role="tablist" aria-label="Sections" onKeyDown={onKeyDown}>
          {TABS.map((t) => (
            <button
              key={t.id}
              ref={(el) => {
                tabRefs.current[t.id] = el;
              }}
              type="button"
              role="tab"
              id={`tab-${t.id}`}
              aria-selected={tab === t.id}
              aria-controls={`panel-${t.id}`}
              tabIndex={tab === t.id ? 0 : -1}
              data-testid={`tab-${t.id}`}
              onClick={() => choose(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
      </nav>
      <section role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} tabIndex={0}>
        {tab === 'saved' ? <SavedPanel kb={kb} /> : null}
        {tab === 'knowledge' ? kb ? <KnowledgePanel kb={kb} onChange={changed} /> : <p>Loading…</p> : null}
        {tab === 'backup' ? <BackupPanel onImported={() => changed('Import finished.')} /> : null}
        {tab === 'settings' ? <SettingsPanel /> : null}
      </section>
      <div role="status" class="sr-only" data-testid="app-status">
        {status}
      </div>
      {tab === 'knowledge' && status ? (
        <p class="toast" role="presentation" data-testid="kb-status">
          {status}
          <button type="button" aria-label="Dismiss" onClick={() => setStatus('')}>
            ×
          </button>
        </p>
      ) : null}
    </main>
  );
}
