import { useEffect, useState } from 'preact/hooks';
import { database } from '@/lib/db/database';
import { setEntryDisabled } from '@/lib/db/knowledge-base';
import type { SavedClaimRecord } from '@/lib/db/records';
import { deleteSavedClaim, savedClaimsNewestFirst } from '@/lib/db/saved-claims';
import { getSettings, setSetting, type Settings } from '@/lib/db/settings';
import { request } from '@/lib/messaging/client';
import { useKnowledgeBase, type KnowledgeBaseView } from './use-knowledge-base';

type Tab = 'saved' | 'knowledge' | 'settings';
const TABS: Array<{ id: Tab; label: string }> = [
  { id: 'saved', label: 'Saved claims' },
  { id: 'knowledge', label: 'Knowledge base' },
  { id: 'settings', label: 'Settings' },
];

/** The options page: what the reader saved, the knowledge base, and settings. */
export function OptionsApp() {
  const initial = (location.hash.slice(1) as Tab) || 'saved';
  const [tab, setTab] = useState<Tab>(TABS.some((t) => t.id === initial) ? initial : 'saved');
  const [version, setVersion] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  useEffect(() => {
    request('kb/status', {}).then((status) => setVersion(status.version), () => {});
  }, [reload]);
  const kb = useKnowledgeBase(`${version}:${reload}`);

  return (
    <main class="stack" style={{ maxWidth: '960px', margin: '0 auto', padding: '1em' }}>
      <header class="spread">
        <h1>Newsmark</h1>
        <span class="small muted">{version ? `Knowledge base ${version}` : ''}</span>
      </header>
      <nav class="row" role="tablist" aria-label="Sections">
        {TABS.map((t) => (
          <button
            key={t.id}
            role="tab"
            aria-selected={tab === t.id}
            class={tab === t.id ? 'primary' : ''}
            onClick={() => {
              setTab(t.id);
              history.replaceState(null, '', `#${t.id}`);
            }}
          >
            {t.label}
          </button>
        ))}
      </nav>
      <section role="tabpanel" aria-label={TABS.find((t) => t.id === tab)!.label}>
        {tab === 'saved' ? <SavedList kb={kb} /> : null}
        {tab === 'knowledge' ? kb ? <KnowledgeBasePanel kb={kb} onChange={() => setReload((r) => r + 1)} /> : <p>Loading…</p> : null}
        {tab === 'settings' ? <SettingsPanel /> : null}
      </section>
    </main>
  );
}

function SavedList({ kb }: { kb: KnowledgeBaseView | null }) {
  const [items, setItems] = useState<SavedClaimRecord[] | null>(null);
  const load = () => savedClaimsNewestFirst(database()).then(setItems);
  useEffect(() => {
    void load();
  }, []);
  if (!items) return <p>Loading…</p>;
  if (items.length === 0) {
    return (
      <div class="card" data-testid="saved-empty">
        <h2>Nothing saved yet</h2>
        <p>
          While you read, open the Newsmark popup and save a claim it found, or select a sentence and save it. Saved
          claims are kept in this browser only, and appear here.
        </p>
      </div>
    );
  }
  return (
    <ul class="plain stack" data-testid="saved-list">
      {items.map((item) => {
        const claim = item.claimId ? kb?.claims.get(item.claimId) : null;
        return (
          <li key={item.id} class="card">
            <p class="quote">{item.text}</p>
            {claim ? <p class="small">Matches: {claim.summary}</p> : null}
            <div class="spread small muted">
              <a href={item.url} target="_blank" rel="noopener noreferrer">
                {item.pageTitle || item.url}
              </a>
              <span>{new Date(item.createdAt).toLocaleString()}</span>
            </div>
            {item.note ? <p class="small">{item.note}</p> : null}
            <button
              class="small"
              aria-label={`Delete saved claim: ${item.text.slice(0, 60)}`}
              onClick={async () => {
                await deleteSavedClaim(database(), item.id);
                await load();
              }}
            >
              Delete
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function KnowledgeBasePanel({ kb, onChange }: { kb: KnowledgeBaseView; onChange: () => void }) {
  const actors = [...kb.actors.values()].filter((a) => !a.retired);
  const claims = [...kb.claims.values()].filter((c) => !c.retired);
  const toggle = async (table: 'actors' | 'claims', id: string, disabled: boolean) => {
    await setEntryDisabled(database(), table, id, disabled);
    onChange();
  };
  return (
    <div class="stack">
      <h2>Actors ({actors.length})</h2>
      <ul class="plain stack" data-testid="kb-actors">
        {actors.map((actor) => (
          <li key={actor.id} class="card" data-ref={actor.ref}>
            <div class="spread">
              <strong>
                {actor.name} <span class="kind">{actor.kind}</span>
              </strong>
              <label class="small row">
                <input type="checkbox" checked={!actor.disabled} onChange={(e) => toggle('actors', actor.id, !(e.target as HTMLInputElement).checked)} />
                Recognise
              </label>
            </div>
            <p class="small muted">
              {actor.ref} · {actor.role}
            </p>
            <p class="small">{actor.description}</p>
            <details class="small">
              <summary>{actor.aliases.length} names and aliases</summary>
              <p>{actor.aliases.map((alias) => alias.text).join(' · ')}</p>
            </details>
          </li>
        ))}
      </ul>
      <h2>Claims ({claims.length})</h2>
      <ul class="plain stack" data-testid="kb-claims">
        {claims.map((claim) => {
          const speaker = claim.speakerId ? kb.actors.get(claim.speakerId) : null;
          return (
            <li key={claim.id} class="card" data-ref={claim.ref}>
              <div class="spread">
                <strong>{claim.summary}</strong>
                <label class="small row">
                  <input type="checkbox" checked={!claim.disabled} onChange={(e) => toggle('claims', claim.id, !(e.target as HTMLInputElement).checked)} />
                  Recognise
                </label>
              </div>
              <p class="small muted">
                {claim.ref} · {speaker?.name ?? claim.attribution}
              </p>
              {claim.evidence.map((evidence, i) => (
                <p key={i} class="quote small">
                  {evidence.text}
                </p>
              ))}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function SettingsPanel() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const load = () => getSettings(database()).then(setSettings);
  useEffect(() => {
    void load();
  }, []);
  if (!settings) return <p>Loading…</p>;
  return (
    <div class="stack">
      <label class="row">
        <input
          type="checkbox"
          data-testid="paused"
          checked={settings.paused}
          onChange={async (e) => {
            await setSetting(database(), 'paused', (e.target as HTMLInputElement).checked);
            await load();
          }}
        />
        Pause Newsmark on every site
      </label>
      <h2>Sites where Newsmark is off</h2>
      {settings.disabledSites.length === 0 ? (
        <p class="muted">None. Turn Newsmark off for a site from the popup while you are on it.</p>
      ) : (
        <ul class="plain stack">
          {settings.disabledSites.map((site) => (
            <li key={site} class="row">
              <span>{site}</span>
              <button
                onClick={async () => {
                  await request('site/set-enabled', { hostname: site, enabled: true });
                  await load();
                }}
              >
                Turn back on
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
