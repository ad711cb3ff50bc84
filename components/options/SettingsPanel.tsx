/** Settings: where Newsmark runs, how highlights look, how eager claim matching is, and storage. */
import { useEffect, useState } from 'preact/hooks';
import { database } from '@/lib/db/database';
import { getSettings, setSetting, type Settings } from '@/lib/db/settings';
import { ACTOR_STYLES, CLAIM_STYLES, type HighlightStyle } from '@/lib/highlight-styles';
import { DEFAULT_CLAIM_THRESHOLD } from '@/lib/match/matcher';
import { request } from '@/lib/messaging/client';
import { SiteAccessPanel } from './SiteAccessPanel';
import { SiteForm } from './SiteForm';

export const THRESHOLD_MIN = 0.2;
export const THRESHOLD_MAX = 0.9;

function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(1)} GB`;
}

export function SettingsPanel() {
  const db = database();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  const load = () => getSettings(db).then(setSettings);
  useEffect(() => {
    void load();
  }, []);
  if (!settings) return <p>Loading…</p>;

  const save = async <K extends keyof Settings>(key: K, value: Settings[K], message: string) => {
    await setSetting(db, key, value);
    await load();
    setStatus(message);
  };

  const setSite = async (hostname: string, enabled: boolean) => {
    try {
      // Through the background, which also rescans the site's open tabs.
      await request('site/set-enabled', { hostname, enabled });
    } catch {
      const others = settings.disabledSites.filter((s) => s !== hostname);
      await setSetting(db, 'disabledSites', enabled ? others : [...others, hostname].sort());
    }
    await load();
    setStatus(enabled ? `Newsmark is on again on ${hostname}.` : `Newsmark is off on ${hostname}.`);
  };

  const threshold = settings.claimThreshold ?? DEFAULT_CLAIM_THRESHOLD;

  return (
    <div class="stack">
      <SiteAccessPanel onStatus={setStatus} />

      <fieldset>
        <legend>Turning Newsmark off</legend>
        <label class="row">
          <input
            type="checkbox"
            data-testid="paused"
            checked={settings.paused}
            onChange={(e) => {
              const paused = (e.target as HTMLInputElement).checked;
              void save('paused', paused, paused ? 'Newsmark is paused on every site.' : 'Newsmark runs again.');
            }}
          />
          Pause Newsmark on every site
        </label>
        <h3 style={{ marginTop: '0.75em' }}>Sites where Newsmark is off</h3>
        {settings.disabledSites.length === 0 ? (
          <p class="small muted">None: Newsmark runs on every site it may read. Turn it off for a site here, or from the popup while you are on it; the site stays allowed.</p>
        ) : (
          <ul class="plain stack" data-testid="disabled-sites">
            {settings.disabledSites.map((site) => (
              <li key={site} class="row">
                <span>{site}</span>
                <button type="button" class="small" onClick={() => setSite(site, true)} aria-label={`Turn Newsmark back on for ${site}`}>
                  Turn back on
                </button>
              </li>
            ))}
          </ul>
        )}
        <SiteForm
          label="Turn Newsmark off on a site"
          submitLabel="Turn off"
          inputTestId="site-input"
          errorId="site-error"
          style={{ marginTop: '0.5em' }}
          onSite={(host) => {
            void setSite(host, false);
            return true;
          }}
        />
      </fieldset>

      <fieldset>
        <legend>Highlights</legend>
        <label class="row">
          <input
            type="checkbox"
            data-testid="highlight-actors"
            checked={settings.highlightActors}
            onChange={(e) => save('highlightActors', (e.target as HTMLInputElement).checked, 'Saved.')}
          />
          Highlight actors (people, states, organisations)
        </label>
        <label class="row">
          <input
            type="checkbox"
            data-testid="highlight-claims"
            checked={settings.highlightClaims}
            onChange={(e) => save('highlightClaims', (e.target as HTMLInputElement).checked, 'Saved.')}
          />
          Highlight claims
        </label>
        <StylePicker
          legend="How actors look"
          name="actorStyle"
          styles={ACTOR_STYLES}
          value={settings.actorStyle}
          kind="actor"
          onChange={(id) => save('actorStyle', id, 'Actor highlight style saved.')}
        />
        <StylePicker
          legend="How claims look"
          name="claimStyle"
          styles={CLAIM_STYLES}
          value={settings.claimStyle}
          kind="claim"
          onChange={(id) => save('claimStyle', id, 'Claim highlight style saved.')}
        />
      </fieldset>

      <fieldset>
        <legend>Claim matching sensitivity</legend>
        <p class="small muted" id="threshold-help">
          How close a sentence must be to a claim of the knowledge base to count as repeating it. Lower finds more
          paraphrases and more false alarms; higher finds fewer, surer ones. The default is {DEFAULT_CLAIM_THRESHOLD}.
        </p>
        <label class="field">
          <span>
            Match threshold: <output data-testid="threshold-value">{threshold.toFixed(2)}</output>
            {settings.claimThreshold === null ? ' (default)' : ''}
          </span>
          <input
            type="range"
            class="meter"
            data-testid="threshold"
            min={THRESHOLD_MIN}
            max={THRESHOLD_MAX}
            step={0.05}
            value={threshold}
            aria-describedby="threshold-help"
            aria-valuetext={`${threshold.toFixed(2)}${settings.claimThreshold === null ? ', the default' : ''}`}
            onChange={(e) => {
              const value = Math.round(Number((e.target as HTMLInputElement).value) * 100) / 100;
              void save('claimThreshold', value === DEFAULT_CLAIM_THRESHOLD ? null : value, `Match threshold set to ${value.toFixed(2)}.`);
            }}
          />
        </label>
        <div class="row small muted" aria-hidden="true" style={{ justifyContent: 'space-between', maxWidth: '28em' }}>
          <span>more matches</span>
          <span>fewer, surer matches</span>
        </div>
        {settings.claimThreshold !== null ? (
          <button type="button" class="small" onClick={() => save('claimThreshold', null, 'Match threshold back to the default.')}>
            Back to the default ({DEFAULT_CLAIM_THRESHOLD})
          </button>
        ) : null}
      </fieldset>

      <StorageInfo />

      <div role="status" class="sr-only" data-testid="settings-status">
        {status}
      </div>
    </div>
  );
}

function StylePicker(props: {
  legend: string;
  name: string;
  styles: readonly HighlightStyle[];
  value: string;
  kind: 'actor' | 'claim';
  onChange(id: string): void;
}) {
  return (
    <fieldset style={{ marginTop: '0.6em' }}>
      <legend class="small">{props.legend}</legend>
      <div class="styles">
        {props.styles.map((style) => {
          const line = style.id.includes('underline') ? 'underline' : style.id === 'outline' ? 'dotted' : '';
          return (
            <label key={style.id}>
              <input
                type="radio"
                name={props.name}
                value={style.id}
                data-testid={`${props.kind}-style-${style.id}`}
                checked={props.value === style.id}
                onChange={() => props.onChange(style.id)}
              />
              <span
                class={`swatch ${line}`}
                aria-hidden="true"
                style={line ? { borderBottomColor: style.swatch } : { background: style.swatch }}
              />
              {style.label}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

function StorageInfo() {
  const [estimate, setEstimate] = useState<{ usage: number; quota: number } | null>(null);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [message, setMessage] = useState('');
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  useEffect(() => {
    storage?.estimate?.().then((e) => setEstimate({ usage: e.usage ?? 0, quota: e.quota ?? 0 }), () => {});
    storage?.persisted?.().then(setPersisted, () => {});
  }, []);
  return (
    <fieldset>
      <legend>Storage</legend>
      {estimate ? (
        <p data-testid="storage-used">
          Newsmark uses {bytes(estimate.usage)}
          {estimate.quota ? ` of the ${bytes(estimate.quota)} this browser allows it` : ''}.
        </p>
      ) : (
        <p class="muted">This browser does not say how much space Newsmark uses.</p>
      )}
      <p class="small muted">
        {persisted
          ? 'Your saved claims are kept even when the browser runs low on space.'
          : 'Ask the browser to keep your saved claims even when it runs low on space (it may say no; the extension’s unlimited storage still applies).'}
      </p>
      {storage?.persist ? (
        <button
          type="button"
          data-testid="persist"
          disabled={persisted === true}
          onClick={async () => {
            try {
              const granted = await storage.persist();
              setPersisted(granted);
              setMessage(granted ? 'Granted: the browser will keep Newsmark’s data.' : 'Not granted: the browser may clear Newsmark’s data when space runs out.');
            } catch (error) {
              setMessage(`The browser refused: ${error instanceof Error ? error.message : String(error)}`);
            }
          }}
        >
          {persisted ? 'Storage is persistent' : 'Keep my data persistently'}
        </button>
      ) : null}
      <p role="status" class="small" data-testid="persist-result">
        {message}
      </p>
    </fieldset>
  );
}
