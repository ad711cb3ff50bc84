/**
 * Where Newsmark may read: every website, or only the sites the reader lists.
 * Both are the browser's host permissions, asked for here and shown as the
 * browser holds them, so a grant given or withdrawn in the browser's own
 * settings shows here too.
 */
import { useEffect, useState } from 'preact/hooks';
import { ALL_SITES, allowedSites, grantsAllSites, type AllowedSite } from '@/lib/background/site-access';
import { SiteForm } from './SiteForm';
import { askForAccess, requestAllSites, requestSite, revokeOrigins, useGrantedOrigins } from '../site-access';

type Mode = 'all' | 'listed';

function siteLabel(site: AllowedSite): string {
  return site.subdomains ? `${site.host} and its subdomains` : site.host;
}

export function SiteAccessPanel({ onStatus }: { onStatus(message: string): void }) {
  const origins = useGrantedOrigins();
  // The reader's click shows at once; the browser's answer (the grants) replaces it.
  const [choice, setChoice] = useState<Mode | null>(null);
  const [problem, setProblem] = useState('');
  useEffect(() => setChoice(null), [origins]);
  if (!origins) return <p>Loading…</p>;

  const all = grantsAllSites(origins);
  const mode: Mode = choice ?? (all ? 'all' : 'listed');
  const sites = allowedSites(origins);

  const chooseAll = () => {
    setChoice('all');
    setProblem('');
    // In the click itself: the browser prompts only for a user action.
    void askForAccess(requestAllSites, 'Not allowed: Newsmark still reads only the sites listed below.').then((refused) => {
      if (refused) {
        setChoice(null);
        setProblem(refused);
      } else onStatus('Newsmark reads every website.');
    });
  };

  const chooseListed = async () => {
    setChoice('listed');
    setProblem('');
    try {
      await revokeOrigins([...ALL_SITES]);
      onStatus(sites.length ? 'Newsmark reads only the sites you listed.' : 'Newsmark reads no site until you add one.');
    } catch (error) {
      setChoice(null);
      setProblem(`The browser refused: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const allow = (host: string): Promise<boolean> => {
    setProblem('');
    const hostname = host.replace(/:\d+$/, '');
    return askForAccess(() => requestSite(hostname), `Not allowed: Newsmark stays off ${hostname}.`).then((refused) => {
      if (refused) setProblem(refused);
      else onStatus(`Newsmark reads ${hostname} now.`);
      return !refused;
    });
  };

  const remove = async (site: AllowedSite) => {
    setProblem('');
    try {
      await revokeOrigins(site.origins);
      onStatus(`Newsmark no longer reads ${site.host}.`);
    } catch {
      // Only an origin the installed build itself requires cannot be taken back.
      setProblem(`This copy of Newsmark was installed with ${site.host} built in; it cannot be removed here.`);
    }
  };

  return (
    <fieldset data-testid="site-access" data-mode={all ? 'all' : 'listed'}>
      <legend>Where Newsmark reads</legend>
      <p class="small muted" id="site-access-help">
        Newsmark reads only the websites you allow, in your browser, and sends nothing anywhere. Your browser asks you
        to confirm each permission.
      </p>
      <label class="row">
        <input type="radio" name="site-access" data-testid="access-all" checked={mode === 'all'} onClick={() => !all && chooseAll()} />
        Every website
      </label>
      <label class="row">
        <input
          type="radio"
          name="site-access"
          data-testid="access-listed"
          checked={mode === 'listed'}
          onClick={() => all && void chooseListed()}
        />
        Only the sites I list
      </label>
      {mode === 'listed' || sites.length > 0 ? (
        <div class="stack" style={{ marginTop: '0.5em' }}>
          <h3>Sites Newsmark reads{all ? ' (also allowed one by one)' : ''}</h3>
          {sites.length === 0 ? (
            <p class="small muted" data-testid="no-allowed-sites">
              None yet: add the news sites you read, or allow a site from the toolbar popup while you are on it.
            </p>
          ) : (
            <ul class="plain stack" data-testid="allowed-sites">
              {sites.map((site) => (
                <li key={`${site.host} ${site.subdomains}`} class="row" data-host={site.host}>
                  <span>{siteLabel(site)}</span>
                  <button type="button" class="small" onClick={() => remove(site)} aria-label={`Stop reading ${site.host}`}>
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          )}
          <SiteForm
            label="Allow a site"
            submitLabel="Allow"
            inputTestId="allow-site-input"
            submitTestId="allow-site-submit"
            errorId="allow-site-error"
            onSite={allow}
          />
        </div>
      ) : null}
      {problem ? (
        <p class="error small" role="alert" data-testid="site-access-problem">
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}
