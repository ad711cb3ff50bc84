/**
 * Asking the browser for a site, from an extension page. The browser shows
 * its own prompt and only for a user action, so callers call these straight
 * from a click handler, with nothing awaited before.
 */
import { browser } from 'wxt/browser';
import { ALL_SITES, originsForSite } from '@/lib/background/site-access';

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
