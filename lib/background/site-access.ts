/**
 * Where Newsmark may read, in the browser's own terms: host permissions.
 *
 * The extension asks for no site at install. The reader grants either every
 * site (the two patterns below) or sites one by one, and may take any of it
 * back; the browser's grant is the only record, so Chrome's and Firefox's own
 * "site access" controls and ours always agree. Pure code: the background
 * feeds it the granted origins and acts on what it answers.
 */

/** What "every site" means: web pages, nothing else. */
export const ALL_SITES: readonly string[] = ['http://*/*', 'https://*/*'];

/** A site the reader allowed, as the options page lists it. */
export interface AllowedSite {
  /** what the reader typed or the browser granted: "bbc.co.uk", "127.0.0.1" */
  host: string;
  /** granted for the site's subdomains too ("*.bbc.co.uk") */
  subdomains: boolean;
  /** the granted patterns behind it, to take it back */
  origins: string[];
}

const PATTERN = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*:]+)\/(.*)$/;

function parsePattern(pattern: string): { scheme: string; host: string; path: string } | null {
  const match = PATTERN.exec(pattern);
  return match ? { scheme: match[1]!, host: match[2]!.toLowerCase(), path: match[3]! } : null;
}

/** True for the web patterns we deal in; the browser may list others (e.g. its own origins). */
export function isWebPattern(pattern: string): boolean {
  return parsePattern(pattern) !== null || pattern === '<all_urls>';
}

export function grantsAllSites(origins: readonly string[]): boolean {
  const set = new Set(origins);
  return set.has('<all_urls>') || set.has('*://*/*') || ALL_SITES.every((p) => set.has(p));
}

const isIpOrSingleLabel = (host: string) => /^[\d.]+$/.test(host) || host.startsWith('[') || !host.includes('.');

/**
 * The patterns to ask for when the reader allows a site: its subdomains too
 * for a domain (allowing "bbc.co.uk" means www.bbc.co.uk as well), the host
 * alone for an address or "localhost". Patterns have no port: any port.
 */
export function originsForSite(host: string): string[] {
  const bare = host.toLowerCase().replace(/:\d+$/, '');
  const pattern = isIpOrSingleLabel(bare) ? bare : `*.${bare}`;
  // Two schemes, not "*://": Firefox's "*" also means ws and wss, which the manifest does not offer.
  return [`http://${pattern}/*`, `https://${pattern}/*`];
}

/** Whether a page's address falls under a granted pattern. */
export function patternCoversUrl(pattern: string, url: string): boolean {
  if (pattern === '<all_urls>') return /^https?:/i.test(url);
  const parsed = parsePattern(pattern);
  if (!parsed) return false;
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  const scheme = target.protocol.slice(0, -1);
  if (scheme !== 'http' && scheme !== 'https') return false;
  if (parsed.scheme !== '*' && parsed.scheme !== scheme) return false;
  const host = target.hostname.toLowerCase();
  if (parsed.host !== '*') {
    if (parsed.host.startsWith('*.')) {
      const domain = parsed.host.slice(2);
      if (host !== domain && !host.endsWith(`.${domain}`)) return false;
    } else if (host !== parsed.host) return false;
  }
  // Paths: our patterns and the browser's site grants are "/*"; honour a literal prefix otherwise.
  const path = parsed.path;
  if (path === '*') return true;
  const prefix = path.split('*')[0]!;
  return `${target.pathname}${target.search}`.slice(1).startsWith(prefix);
}

export function urlIsGranted(origins: readonly string[], url: string): boolean {
  return origins.some((pattern) => patternCoversUrl(pattern, url));
}

/**
 * The content script's match patterns for what is granted: every web page when
 * every site is, otherwise exactly the granted web patterns. Sorted, so two
 * syncs compare equal.
 */
export function readerMatches(origins: readonly string[]): string[] {
  if (grantsAllSites(origins)) return [...ALL_SITES];
  return [...new Set(origins.filter((p) => parsePattern(p) !== null))].sort();
}

/** The granted sites one by one (not "every site"), grouped by host for the options page. */
export function allowedSites(origins: readonly string[]): AllowedSite[] {
  const byHost = new Map<string, AllowedSite>();
  for (const origin of origins) {
    if (ALL_SITES.includes(origin)) continue;
    const parsed = parsePattern(origin);
    if (!parsed || parsed.host === '*') continue;
    const subdomains = parsed.host.startsWith('*.');
    const host = subdomains ? parsed.host.slice(2) : parsed.host;
    const key = `${host} ${subdomains}`;
    const entry = byHost.get(key) ?? { host, subdomains, origins: [] };
    entry.origins.push(origin);
    byHost.set(key, entry);
  }
  return [...byHost.values()].sort((a, b) => a.host.localeCompare(b.host));
}
