/**
 * Which tab an extension page is about. The toolbar popup and the side panel
 * are about the active tab of their window; the popup opened as a tab of its
 * own (keyboard users, tests) is about the web page that was in front before
 * it; `?tabId=N` names a tab outright.
 */
import { browser, type Browser } from 'wxt/browser';

export type TabInfo = Pick<Browser.tabs.Tab, 'id' | 'url' | 'title' | 'lastAccessed'>;

const isWebPage = (url: string | undefined) => !!url && /^https?:/i.test(url);

export async function resolveTargetTab(search = location.search): Promise<TabInfo | null> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) {
    try {
      return await browser.tabs.get(Number(param));
    } catch {
      return null;
    }
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  const ownOrigin = browser.runtime.getURL('/');
  if (active && !active.url?.startsWith(ownOrigin)) return active;
  const pages = (await browser.tabs.query({})).filter((tab) => isWebPage(tab.url));
  pages.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return pages[0] ?? active ?? null;
}
