/** Typed requests to the background, from content scripts and extension pages. */
import { browser } from 'wxt/browser';
import type { Notice, RequestMap, RequestType, Result } from './protocol';

export class RequestError extends Error {}

export async function request<T extends RequestType>(
  type: T,
  payload: RequestMap[T]['request'],
): Promise<RequestMap[T]['response']> {
  const result = (await browser.runtime.sendMessage({ type, ...payload })) as Result<RequestMap[T]['response']> | undefined;
  if (!result || typeof result !== 'object' || !('ok' in result)) {
    throw new RequestError(`${type}: no answer from the background`);
  }
  if (!result.ok) throw new RequestError(`${type}: ${result.error}`);
  return result.value;
}

/** Listen for the background's notices; returns the unsubscribe function. */
export function onNotice(listener: (notice: Notice) => void): () => void {
  const handler = (message: unknown) => {
    if (message && typeof message === 'object' && typeof (message as Notice).type === 'string') {
      const notice = message as Notice;
      if (notice.type.startsWith('notice/')) listener(notice);
    }
    // Returning nothing: notices are one-way.
  };
  browser.runtime.onMessage.addListener(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}
