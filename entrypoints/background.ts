import { browser } from 'wxt/browser';
import { BackgroundService, hostnameOf, type SenderInfo } from '@/lib/background/service';
import { database } from '@/lib/db/database';
import { compileIndex } from '@/lib/match/compile';
import { encodeFlatIndex } from '@/lib/match/flat';
import { flattenIndex } from '@/lib/match/flatten';
import type { Notice, PanelFocus } from '@/lib/messaging/protocol';
import { tabRequest } from '@/lib/messaging/tab-client';
import { READER_SCRIPT_ID, ReaderRegistration } from '@/lib/background/reader-registration';
import { readerMatches } from '@/lib/background/site-access';
import { ENGINE_FILES } from '@/lib/content/engine-parts';
import { SEED_KNOWLEDGE_BASE } from '@/seeds';

/**
 * Chrome's side panel or Firefox's sidebar, for a tab, showing `focus` first.
 * Needs a user action, so nothing is awaited before open().
 */
async function openPanelFor(tabId: number, focus: PanelFocus | null = null): Promise<void> {
  const api = browser as unknown as {
    sidePanel?: {
      open(options: { tabId: number }): Promise<void>;
      setOptions(options: { tabId: number; path: string; enabled: boolean }): Promise<void>;
    };
    sidebarAction?: { open(): Promise<void> };
  };
  if (api.sidePanel) {
    const path = focus ? `sidepanel.html#${focus.kind}-${encodeURIComponent(focus.id)}` : 'sidepanel.html';
    void api.sidePanel.setOptions({ tabId, path, enabled: true }).catch(() => {});
    return api.sidePanel.open({ tabId });
  }
  if (api.sidebarAction) return api.sidebarAction.open();
  throw new Error('no side panel in this browser');
}

const READER_JS = '/content-scripts/content.js';
const READER_CSS = '/content-scripts/content.css';

/** The host patterns the reader granted: the one record of where Newsmark may read. */
async function grantedOrigins(): Promise<string[]> {
  return (await browser.permissions.getAll()).origins ?? [];
}

function notifyTab(tabId: number, notice: Notice): void {
  // A tab without our content script is not an error.
  browser.tabs.sendMessage(tabId, notice).catch(() => {});
}

/** The content script follows the sites the reader allowed (lib/background/site-access.ts). */
function readerRegistration(): ReaderRegistration {
  const script = (matches: string[]) => ({
    id: READER_SCRIPT_ID,
    matches,
    js: [READER_JS],
    css: [READER_CSS],
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  });
  return new ReaderRegistration({
    grantedOrigins,
    registered: () => browser.scripting.getRegisteredContentScripts({ ids: [READER_SCRIPT_ID] }),
    register: (matches) => browser.scripting.registerContentScripts([script(matches)]),
    update: (matches) => browser.scripting.updateContentScripts([script(matches)]),
    unregister: () => browser.scripting.unregisterContentScripts({ ids: [READER_SCRIPT_ID] }),
    openTabs: async () =>
      (await browser.tabs.query({}))
        .filter((tab) => tab.id !== undefined && !!tab.url && /^https?:/i.test(tab.url))
        .map((tab) => ({ id: tab.id!, url: tab.url! })),
    inject: async (tabId) => {
      await browser.scripting.insertCSS({ target: { tabId }, files: [READER_CSS] });
      await browser.scripting.executeScript({ target: { tabId }, files: [READER_JS] });
    },
    notifyTab,
  });
}

export default defineBackground(() => {
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  const registration = readerRegistration();
  const syncReader = () => registration.sync().catch((error) => console.error('Newsmark: content script registration failed', error));
  // Every start: a browser that does not keep registrations across sessions gets them back.
  void syncReader();
  browser.permissions.onAdded.addListener(() => {
    void syncReader();
  });
  browser.permissions.onRemoved.addListener(() => {
    registration.revoked().catch((error) => console.error('Newsmark: content script registration failed', error));
  });

  const service = new BackgroundService({
    db: database(),
    seed: SEED_KNOWLEDGE_BASE,
    compile: (kb) => ({ version: kb.version, encoded: encodeFlatIndex(flattenIndex(compileIndex(kb))) }),
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
    allTabs: async () => (await browser.tabs.query({})).flatMap((tab) => (tab.id !== undefined ? [tab.id] : [])),
    notifyPages: (notice: Notice) => {
      // No page open is the common case, not an error.
      browser.runtime.sendMessage(notice).catch(() => {});
    },
    notifyTab,
    grantedOrigins,
    // The matching engine, injected on demand beside the content script, a part at a time (lib/content/engine.ts).
    injectEngine: async (tabId, frameId, part) => {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ENGINE_FILES[part]] });
    },
    openPanel: async (tabId, focus) => {
      try {
        await openPanelFor(tabId, focus);
        return true;
      } catch {
        return false; // Firefox opens its sidebar only from a direct user action
      }
    },
  });

  const SAVE_MENU_ID = 'newsmark-save-selection';
  const TRACK_MENU_ID = 'newsmark-track-selection';

  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    service.ensureSeeded().catch((error) => console.error('Newsmark: seeding failed', error));
    browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: SAVE_MENU_ID, title: 'Save to Newsmark', contexts: ['selection'] });
      browser.contextMenus.create({ id: TRACK_MENU_ID, title: 'Track this claim in Newsmark', contexts: ['selection'] });
    });
    // Nowhere to read yet (a fresh install asks for no site): say so, and how to choose.
    if (reason === 'install' && readerMatches(await grantedOrigins()).length === 0) {
      browser.tabs.create({ url: browser.runtime.getURL('/options.html#welcome') }).catch(() => {});
    }
  });

  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if ((info.menuItemId !== SAVE_MENU_ID && info.menuItemId !== TRACK_MENU_ID) || tab?.id === undefined) return;
    const tabId = tab.id;
    const ask = () => tabRequest(tabId, 'tab/selection', {});
    const message = info.menuItemId === TRACK_MENU_ID ? await service.trackSelection(tabId, ask) : await service.saveSelection(tabId, ask);
    await tabRequest(tabId, 'tab/toast', { text: message }).catch(() => {});
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
      frameId: sender.frameId,
      fromExtensionPage: !!sender.url && new URL(sender.url).origin === extensionOrigin,
    };
    return service.handle(message, info);
  });

  browser.commands.onCommand.addListener(async (command, tab) => {
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    if (command === 'toggle-highlights') {
      browser.tabs.sendMessage(tabId, { type: 'notice/toggle-highlights' } satisfies Notice).catch(() => {});
    } else if (command === 'open-side-panel') {
      openPanelFor(tabId).catch(() => {});
    }
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
