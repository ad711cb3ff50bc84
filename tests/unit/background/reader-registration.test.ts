import { describe, expect, it } from 'vitest';
import { READER_SCRIPT_ID, ReaderRegistration, type RegisteredScript } from '../../../lib/background/reader-registration';
import { ALL_SITES, originsForSite } from '../../../lib/background/site-access';
import type { Notice } from '../../../lib/messaging/protocol';

/** The browser as the registration sees it: grants, registered scripts, open tabs. */
function browserState(granted: string[], tabs: Record<number, string>) {
  const state = {
    granted,
    scripts: [] as RegisteredScript[],
    injected: [] as number[],
    notified: [] as Array<[number, Notice]>,
    calls: [] as string[],
  };
  const registration = new ReaderRegistration({
    grantedOrigins: async () => [...state.granted],
    registered: async () => state.scripts.map((s) => ({ ...s })),
    register: async (matches) => {
      state.calls.push('register');
      state.scripts.push({ id: READER_SCRIPT_ID, matches });
    },
    update: async (matches) => {
      state.calls.push('update');
      state.scripts = [{ id: READER_SCRIPT_ID, matches }];
    },
    unregister: async () => {
      state.calls.push('unregister');
      state.scripts = [];
    },
    openTabs: async () => Object.entries(tabs).map(([id, url]) => ({ id: Number(id), url })),
    inject: async (tabId) => {
      if (tabId === 666) throw new Error('tab closed');
      state.injected.push(tabId);
    },
    notifyTab: (tabId, notice) => state.notified.push([tabId, notice]),
  });
  return { state, registration };
}

const tabs = { 1: 'https://www.bbc.co.uk/news', 2: 'https://other.example/', 3: 'chrome://newtab' };

describe('the reader registration', () => {
  it('registers nothing, and starts nothing, while no site is allowed', async () => {
    const { state, registration } = browserState([], tabs);
    await registration.sync();
    expect(state.scripts).toEqual([]);
    expect(state.injected).toEqual([]);
  });

  it('registers on an allowed site and starts the reader in its open tabs only', async () => {
    const { state, registration } = browserState(originsForSite('bbc.co.uk'), tabs);
    await registration.sync();
    expect(state.scripts).toEqual([{ id: READER_SCRIPT_ID, matches: originsForSite('bbc.co.uk') }]);
    expect(state.injected).toEqual([1]);
  });

  it('widens to every web page when every site is allowed, and leaves things be when nothing changed', async () => {
    const { state, registration } = browserState(originsForSite('bbc.co.uk'), { ...tabs, 666: 'https://gone.example/' });
    await registration.sync();
    state.granted = [...state.granted, ...ALL_SITES];
    await registration.sync();
    expect(state.scripts).toEqual([{ id: READER_SCRIPT_ID, matches: [...ALL_SITES] }]);
    // Tab 1 again too: the reader ignores a second start in the same page.
    expect(state.injected).toEqual([1, 1, 2]);
    await registration.sync();
    expect(state.calls).toEqual(['register', 'update']);
  });

  it('unregisters when the last site is taken back, and tells the pages left out to clear', async () => {
    const { state, registration } = browserState(originsForSite('bbc.co.uk'), tabs);
    await registration.sync();
    state.granted = [];
    await registration.revoked();
    expect(state.scripts).toEqual([]);
    expect(state.notified).toEqual([
      [1, { type: 'notice/rescan' }],
      [2, { type: 'notice/rescan' }],
    ]);
  });

  it('runs syncs one after another, so the last grant wins', async () => {
    const { state, registration } = browserState([], tabs);
    state.granted = originsForSite('bbc.co.uk');
    const first = registration.sync();
    state.granted = [...ALL_SITES];
    const second = registration.sync();
    await Promise.all([first, second]);
    expect(state.scripts).toEqual([{ id: READER_SCRIPT_ID, matches: [...ALL_SITES] }]);
    expect(state.scripts).toHaveLength(1);
  });
});
