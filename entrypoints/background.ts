import { browser } from 'wxt/browser';
import { BackgroundService, hostnameOf, type SenderInfo } from '@/lib/background/service';
import { database } from '@/lib/db/database';
import { compileIndex } from '@/lib/match/compile';
import type { Notice } from '@/lib/messaging/protocol';
import { SEED_KNOWLEDGE_BASE } from '@/seeds';

export default defineBackground(() => {
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;

  const service = new BackgroundService({
    db: database(),
    seed: SEED_KNOWLEDGE_BASE,
    compile: (kb) => compileIndex(kb),
    session: {
      get: async (key) => (await browser.storage.session.get(key))[key],
      set: (key, value) => browser.storage.session.set({ [key]: value }),
      remove: (key) => browser.storage.session.remove(key),
    },
    tabUrl: async (tabId) => {
      try {
        return (await browser.tabs.get(tabId)).url ?? null;
      } catch {
        return null;
      }
    },
    tabsOfHost: async (hostname) =>
      (await browser.tabs.query({}))
        .filter((tab) => tab.id !== undefined && tab.url && hostnameOf(tab.url) === hostname)
        .map((tab) => tab.id!),
    notifyPages: (notice: Notice) => {
      // No page open is the common case, not an error.
      browser.runtime.sendMessage(notice).catch(() => {});
    },
    notifyTab: (tabId, notice) => {
      browser.tabs.sendMessage(tabId, notice).catch(() => {});
    },
  });

  browser.runtime.onInstalled.addListener(() => {
    service.ensureSeeded().catch((error) => console.error('Newsmark: seeding failed', error));
  });
  browser.runtime.onStartup.addListener(() => {
    service.ensureSeeded().catch((error) => console.error('Newsmark: seeding failed', error));
  });

  browser.runtime.onMessage.addListener((message, sender) => {
    // Our own notices travel on the same channel; they need no answer.
    if (message && typeof message === 'object' && String((message as { type?: unknown }).type).startsWith('notice/')) {
      return undefined;
    }
    if (sender.id !== browser.runtime.id) return undefined;
    const info: SenderInfo = {
      tabId: sender.tab?.id ?? null,
      url: sender.url ?? null,
      fromExtensionPage: !!sender.url && new URL(sender.url).origin === extensionOrigin,
    };
    return service.handle(message, info);
  });

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-highlights') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) browser.tabs.sendMessage(tab.id, { type: 'notice/toggle-highlights' } satisfies Notice).catch(() => {});
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    service.forgetTab(tabId).catch(() => {});
  });
  browser.tabs.onActivated.addListener(({ tabId }) => {
    browser.runtime.sendMessage({ type: 'notice/tab-updated', tabId } satisfies Notice).catch(() => {});
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' || change.url) {
      browser.runtime.sendMessage({ type: 'notice/tab-updated', tabId } satisfies Notice).catch(() => {});
    }
  });

  // Chrome: the toolbar action opens the popup; the side panel opens from it.
  const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(o: object): Promise<void> } }).sidePanel;
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => {});
});
