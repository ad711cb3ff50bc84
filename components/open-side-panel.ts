/** Opening the side panel differs per browser; both need the click's user gesture, so call this first in a handler. */
import { browser } from 'wxt/browser';

export async function openSidePanel(tabId: number | undefined): Promise<void> {
  const api = browser as unknown as {
    sidePanel?: { open(options: { tabId?: number; windowId?: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  if (api.sidebarAction) return api.sidebarAction.open();
  if (api.sidePanel && tabId !== undefined) return api.sidePanel.open({ tabId });
  throw new Error('This browser has no side panel.');
}
