import { useEffect, useState } from 'preact/hooks';
import { request } from '@/lib/messaging/client';
import type { PageState } from '@/lib/report';

/** Turns Newsmark on or off for the page's site. */
export function SiteSwitch({ url, state, onChange }: { url: string | undefined; state: PageState | null; onChange: () => void }) {
  const [busy, setBusy] = useState(false);
  // The reader's choice shows at once; the background's answer replaces it when it arrives.
  const [pending, setPending] = useState<boolean | null>(null);
  useEffect(() => setPending(null), [state]);
  let host: string | null = null;
  try {
    const parsed = url ? new URL(url) : null;
    host = parsed && /^https?:$/.test(parsed.protocol) ? parsed.host : null;
  } catch {
    host = null;
  }
  if (!host || !state || state.kind === 'unreadable' || state.kind === 'paused' || state.kind === 'no-access') return null;
  const enabled = state.kind !== 'disabled';
  return (
    <label class="row small">
      <input
        type="checkbox"
        data-testid="site-enabled"
        checked={pending ?? enabled}
        disabled={busy}
        onChange={async (event) => {
          const next = (event.target as HTMLInputElement).checked;
          setPending(next);
          setBusy(true);
          try {
            await request('site/set-enabled', { hostname: host!, enabled: next });
          } catch {
            setPending(null);
          } finally {
            setBusy(false);
            onChange();
          }
        }}
      />
      Run on {host}
    </label>
  );
}
