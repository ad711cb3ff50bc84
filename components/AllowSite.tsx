/** The way in on a site Newsmark may not read yet: allow this site, or every site. */
import { useState } from 'preact/hooks';
import { askForAccess, requestAllSites, requestSite } from './site-access';

export function AllowSite({ hostname, onGranted }: { hostname: string; onGranted: () => void }) {
  const [answer, setAnswer] = useState<string | null>(null);
  const ask = (request: () => Promise<boolean>) => {
    setAnswer(null);
    // Called in the click itself: the browser asks the reader only for a user action.
    void askForAccess(request, 'Not allowed: Newsmark stays off this site. You can allow it any time.').then((problem) => {
      if (problem) setAnswer(problem);
      else onGranted();
    });
  };
  return (
    <div class="stack" data-testid="allow-site">
      <p class="small">
        Newsmark reads only the sites you allow. It reads them in your browser and sends nothing anywhere.
      </p>
      <div class="row">
        <button type="button" class="primary" data-testid="allow-this-site" onClick={() => ask(() => requestSite(hostname))}>
          Allow on {hostname}
        </button>
        <button type="button" data-testid="allow-all-sites" onClick={() => ask(requestAllSites)}>
          Allow on every site
        </button>
      </div>
      {answer ? (
        <p class="small error" role="alert">
          {answer}
        </p>
      ) : null}
    </div>
  );
}
