/** Typed requests to a tab's content script, from extension pages and the background. */
import { browser } from 'wxt/browser';
import type { Result } from './protocol';
import type { TabRequestMap, TabRequestType } from './tab-protocol';

export async function tabRequest<T extends TabRequestType>(
  tabId: number,
  type: T,
  payload: TabRequestMap[T]['request'],
): Promise<TabRequestMap[T]['response']> {
  let result: Result<TabRequestMap[T]['response']> | undefined;
  try {
    result = (await browser.tabs.sendMessage(tabId, { type, ...payload })) as typeof result;
  } catch {
    throw new Error('Newsmark is not running in this tab. Reload the page and try again.');
  }
  if (!result || typeof result !== 'object' || !('ok' in result)) throw new Error(`${type}: no answer from the page`);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
