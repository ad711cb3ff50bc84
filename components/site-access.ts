/**
 * Asking the browser for a site, from an extension page. The browser shows
 * its own prompt and only for a user action, so callers call these straight
 * from a click handler, with nothing awaited before.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ALL_SITES, originsForSite } from '@/lib/background/site-access';

/**
 * Asks with `request` (called at once, inside the caller's click) and
 * answers null when granted, else what to tell the reader: `declined` when
 * they said no, the browser's words when it refused to ask.
 */
export async function askForAccess(request: () => Promise<boolean>, declined: string): Promise<string | null> {
  try {
    return (await request()) ? null : declined;
  } catch (error) {
    return `The browser refused: ${error instanceof Error ? error.message : String(error)}`;
  }
}

export function requestSite(hostname: string): Promise<boolean> {
  return browser.permissions.request({ origins: originsForSite(hostname) });
}

export function requestAllSites(): Promise<boolean> {
  return browser.permissions.request({ origins: [...ALL_SITES] });
}

/** The browser's grants now: the options page lists them. */
export async function grantedOrigins(): Promise<string[]> {
  return (await browser.permissions.getAll()).origins ?? [];
}

/** Takes a grant back; the browser refuses for a site the installed build requires. */
export function revokeOrigins(origins: string[]): Promise<boolean> {
  return browser.permissions.remove({ origins });
}

/** Calls back whenever a grant is given or taken back, here or in the browser's own settings. */
export function onAccessChange(listener: () => void): () => void {
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
  return () => {
    browser.permissions.onAdded.removeListener(listener);
    browser.permissions.onRemoved.removeListener(listener);
  };
}

/** The granted origins, kept current (null until the browser answers). */
export function useGrantedOrigins(): string[] | null {
  const [origins, setOrigins] = useState<string[] | null>(null);
  useEffect(() => {
    const load = () => grantedOrigins().then(setOrigins, () => setOrigins([]));
    load();
    return onAccessChange(load);
  }, []);
  return origins;
}
