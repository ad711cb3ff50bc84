import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackgroundService, type BackgroundPorts, type SenderInfo } from '../../../lib/background/service';
import { NewsmarkDatabase } from '../../../lib/db/database';
import { setEntryDisabled } from '../../../lib/db/knowledge-base';
import { setSetting } from '../../../lib/db/settings';
import { miniKnowledgeBase } from '../../fixtures/mini-kb';

let db: NewsmarkDatabase;
let n = 0;
afterEach(async () => db?.delete());

function setup(tabs: Record<number, string> = { 7: 'https://news.example/story' }, granted?: string[]) {
  db = new NewsmarkDatabase(`bg-${n++}`);
  const session = new Map<string, unknown>();
  const compile = vi.fn((kb: { version: string; actors: unknown[] }) => ({ version: kb.version, encoded: `index of ${kb.actors.length} actors` }));
  const notices: unknown[] = [];
  const ports: BackgroundPorts = {
    db,
    seed: miniKnowledgeBase(),
    compile,
    session: {
      get: async (k) => session.get(k),
      set: async (k, v) => void session.set(k, v),
      remove: async (k) => void session.delete(k),
    },
    tabUrl: async (id) => tabs[id] ?? null,
    tabsOfHost: async (host) => Object.entries(tabs).filter(([, u]) => new URL(u).host === host).map(([id]) => Number(id)),
    notifyPages: (notice) => notices.push(['pages', notice]),
    notifyTab: (tabId, notice) => notices.push([tabId, notice]),
    ...(granted ? { grantedOrigins: async () => granted } : {}),
  };
  return { service: new BackgroundService(ports), compile, session, notices };
}

const page: SenderInfo = { tabId: 7, url: 'https://news.example/story', fromExtensionPage: false };
const extensionPage: SenderInfo = { tabId: null, url: 'chrome-extension://abc/popup.html', fromExtensionPage: true };

const report = (url = 'https://news.example/story') => ({
  url,
  title: 'Story',
  kbVersion: 'v',
  textLength: 100,
  actors: [{ actorId: 'A01', ref: 'A01', count: 2, forms: ['Lavrov'] }],
  claims: [],
  timings: { extractMs: 1, matchMs: 1, highlightMs: 0, totalMs: 2 },
});

describe('the background service', () => {
  it('sends the compiled index once, then only its version while the caller is current', async () => {
    const { service, compile } = setup();
    const first = await service.handle({ type: 'index/get', knownVersion: null }, page);
    expect(first.ok).toBe(true);
    const { version, index } = (first as { ok: true; value: { version: string; index: string | null } }).value;
    expect(index).not.toBeNull();
    const second = await service.handle({ type: 'index/get', knownVersion: version }, page);
    expect(second).toEqual({ ok: true, value: { version, index: null } });
    expect(compile).toHaveBeenCalledTimes(1);
  });

  it('recompiles once after a knowledge-base edit', async () => {
    const { service, compile } = setup();
    await service.handle({ type: 'index/get', knownVersion: null }, page);
    await setEntryDisabled(db, 'actors', 'A05', true);
    const answer = await service.handle({ type: 'index/get', knownVersion: null }, page);
    await service.handle({ type: 'index/get', knownVersion: null }, page);
    expect(compile).toHaveBeenCalledTimes(2);
    expect((answer as { ok: true; value: { index: string } }).value.index).toBe('index of 1 actors');
  });

  it('keeps a tab’s report for the popup and tells open pages', async () => {
    const { service, notices } = setup();
    expect(await service.handle({ type: 'page/report', report: report() }, page)).toEqual({ ok: true, value: { stored: true } });
    const state = await service.handle({ type: 'tab/state', tabId: 7 }, extensionPage);
    expect(state).toMatchObject({ ok: true, value: { kind: 'scanned', report: { title: 'Story' } } });
    expect(notices).toContainEqual(['pages', { type: 'notice/tab-updated', tabId: 7 }]);
  });

  it('records where the page’s saved quotes stand, for its own saved items only, without touching the saved words', async () => {
    const { service, notices } = setup();
    const selector = { exact: 'Lavrov said Russia would talk.', prefix: '', suffix: '', start: 0, end: 30 };
    const item = { text: selector.exact, pageTitle: 'Story', claimId: null, actorIds: [], note: '', tags: [], selector };
    const here = await service.handle({ type: 'claim/save', item: { ...item, url: 'https://news.example/story#top' } }, page);
    const other = await service.handle({ type: 'claim/save', item: { ...item, url: 'https://news.example/other' } }, page);
    const hereId = (here as { value: { id: string } }).value.id;
    const otherId = (other as { value: { id: string } }).value.id;
    const before = (await db.savedClaims.get(hereId))!;
    notices.length = 0;
    const saved = [
      { id: hereId, state: 'changed', text: 'Lavrov said Russia would negotiate.' },
      { id: otherId, state: 'orphaned', text: '' },
    ];
    expect((await service.handle({ type: 'page/report', report: { ...report(), saved } }, page)).ok).toBe(true);
    const row = (await db.savedClaims.get(hereId))!;
    expect(row).toMatchObject({ anchorState: 'changed', pageText: 'Lavrov said Russia would negotiate.', text: selector.exact });
    expect(row.updatedAt).toBe(before.updatedAt);
    // Another page's item is not this report's to judge.
    expect((await db.savedClaims.get(otherId))!.anchorState).toBeUndefined();
    expect(notices).toContainEqual(['pages', { type: 'notice/saved-changed' }]);
    // The same report again changes nothing and tells nobody.
    notices.length = 0;
    await service.handle({ type: 'page/report', report: { ...report(), saved } }, page);
    expect(notices).not.toContainEqual(['pages', { type: 'notice/saved-changed' }]);
    await service.handle({ type: 'page/report', report: { ...report(), saved: [{ id: hereId, state: 'orphaned', text: '' }] } }, page);
    expect(await db.savedClaims.where('anchorState').equals('orphaned').primaryKeys()).toEqual([hereId]);
  });

  it('says why a tab has no report', async () => {
    const { service } = setup({ 1: 'chrome://settings', 2: 'https://news.example/b', 3: 'https://off.example/x' });
    expect(await service.handle({ type: 'tab/state', tabId: 1 }, extensionPage)).toMatchObject({ value: { kind: 'unreadable' } });
    expect(await service.handle({ type: 'tab/state', tabId: 2 }, extensionPage)).toMatchObject({ value: { kind: 'pending' } });
    await service.handle({ type: 'site/set-enabled', hostname: 'off.example', enabled: false }, extensionPage);
    expect(await service.handle({ type: 'tab/state', tabId: 3 }, extensionPage)).toMatchObject({
      value: { kind: 'disabled', hostname: 'off.example' },
    });
    await setSetting(db, 'paused', true);
    expect(await service.handle({ type: 'tab/state', tabId: 2 }, extensionPage)).toMatchObject({ value: { kind: 'paused' } });
  });

  it('says a site the reader has not allowed is not read, and tells its page to stay idle', async () => {
    const granted = ['http://*.news.example/*', 'https://*.news.example/*'];
    const { service } = setup({ 7: 'https://www.news.example/story', 8: 'https://other.example/a' }, granted);
    expect(await service.handle({ type: 'tab/state', tabId: 8 }, extensionPage)).toEqual({
      ok: true,
      value: { kind: 'no-access', hostname: 'other.example' },
    });
    expect(await service.handle({ type: 'tab/state', tabId: 7 }, extensionPage)).toMatchObject({ value: { kind: 'pending' } });
    // A page still running after its site was taken back asks again, and is told no.
    const config = await service.handle({ type: 'page/config', url: 'https://other.example/a' }, { ...page, tabId: 8, url: 'https://other.example/a' });
    expect(config).toMatchObject({ ok: true, value: { enabled: false, reason: 'no-access' } });
  });

  it('does not show a report left over from the tab’s previous page', async () => {
    const tabs = { 7: 'https://news.example/story' };
    const { service } = setup(tabs);
    await service.handle({ type: 'page/report', report: report() }, page);
    tabs[7] = 'https://news.example/other';
    expect(await service.handle({ type: 'tab/state', tabId: 7 }, extensionPage)).toMatchObject({ value: { kind: 'pending' } });
  });

  it('turns a site off: its pages are told to rescan and are not scanned', async () => {
    const { service, notices } = setup();
    await service.handle({ type: 'site/set-enabled', hostname: 'news.example', enabled: false }, extensionPage);
    expect(notices).toContainEqual([7, { type: 'notice/rescan' }]);
    expect(await service.handle({ type: 'page/config', url: 'https://news.example/story' }, page)).toMatchObject({
      value: { enabled: false, reason: 'site-disabled' },
    });
    await service.handle({ type: 'site/set-enabled', hostname: 'news.example', enabled: true }, extensionPage);
    expect(await service.handle({ type: 'page/config', url: 'https://news.example/story' }, page)).toMatchObject({
      value: { enabled: true },
    });
  });

  it('refuses from a web page what only extension pages may ask', async () => {
    const { service } = setup();
    for (const message of [
      { type: 'tab/state', tabId: 7 },
      { type: 'site/set-enabled', hostname: 'news.example', enabled: false },
      { type: 'kb/status' },
    ]) {
      const answer = await service.handle(message, page);
      expect(answer).toEqual({ ok: false, error: `${message.type}: not allowed from a web page` });
    }
    const noTab = await service.handle({ type: 'index/get', knownVersion: null }, { tabId: null, url: 'https://x.example', fromExtensionPage: false });
    expect(noTab.ok).toBe(false);
  });

  it('injects the matching engine into the frame that asks for it, a part at a time, and only for a tab', async () => {
    const { service } = setup();
    const injected: Array<[number, number, number]> = [];
    const ports = (service as unknown as { ports: BackgroundPorts }).ports;
    ports.injectEngine = async (tabId, frameId, part) => void injected.push([tabId, frameId, part]);
    expect(await service.handle({ type: 'engine/load', part: 0 }, { ...page, frameId: 3 })).toEqual({ ok: true, value: { loaded: true } });
    expect(await service.handle({ type: 'engine/load', part: 1 }, page)).toEqual({ ok: true, value: { loaded: true } });
    expect(injected).toEqual([
      [7, 3, 0],
      [7, 0, 1],
    ]);
    expect((await service.handle({ type: 'engine/load', part: 0 }, extensionPage)).ok).toBe(false);
    expect((await service.handle({ type: 'engine/load', part: 0, file: '/background.js' }, page)).ok).toBe(false);
    expect((await service.handle({ type: 'engine/load', part: 2 }, page)).ok).toBe(false);
    expect((await service.handle({ type: 'engine/load', part: 0.5 }, page)).ok).toBe(false);
    expect((await service.handle({ type: 'engine/load' }, page)).ok).toBe(false);
    expect(injected).toHaveLength(2);
  });

  it('refuses a report about another site than the sender’s', async () => {
    const { service } = setup();
    const answer = await service.handle({ type: 'page/report', report: report('https://elsewhere.example/') }, page);
    expect(answer).toMatchObject({ ok: false });
  });

  it('validates every request before acting on it', async () => {
    const { service, session } = setup();
    const bad: Array<[unknown, RegExp]> = [
      [null, /expected an object/],
      [{ type: 'nope' }, /unknown request/],
      [{ type: 'index/get' }, /knownVersion: expected a string/],
      [{ type: 'page/report', report: { ...report(), url: 'javascript:alert(1)' } }, /not a web page address/],
      [{ type: 'page/report', report: { ...report(), textLength: -1 } }, /textLength: out of range/],
      [{ type: 'page/report', report: { ...report(), title: 'x'.repeat(5000) } }, /title: longer than/],
      [{ type: 'page/report', report: { ...report(), extra: '<script>' } }, /extra: unexpected field/],
      [{ type: 'page/report', report: { ...report(), actors: [{ actorId: 'A01', ref: 'A01', count: 1.5, forms: [] }] } }, /count: expected an integer/],
      [{ type: 'page/report', report: { ...report(), claims: [{ claimId: 'C1', ref: 'C1', score: 2, text: '', index: 0 }] } }, /score: out of range/],
      [{ type: 'page/report', report: { ...report(), actors: Array(3000).fill(report().actors[0]) } }, /more than 2000 items/],
      [{ type: 'page/report', report: { ...report(), saved: [{ id: 's1', state: 'lost', text: '' }] } }, /state: expected one of found, changed, orphaned/],
      [{ type: 'page/report', report: { ...report(), saved: [{ id: '', state: 'found', text: '' }] } }, /saved\[0\]\.id: empty/],
      [{ type: 'page/report', report: { ...report(), saved: [{ id: 's1', state: 'changed', text: 'x'.repeat(5000) }] } }, /text: longer than/],
      [{ type: 'page/report', report: { ...report(), saved: [{ id: 's1', state: 'found', text: '', html: '<b>' }] } }, /html: unexpected field/],
      [{ type: 'page/report', report: { ...report(), saved: Array(1001).fill({ id: 's1', state: 'found', text: '' }) } }, /more than 1000 items/],
      [{ type: 'page/report', report: { ...report(), saved: 'orphaned' } }, /saved: expected an array/],
    ];
    for (const [message, error] of bad) {
      const answer = await service.handle(message, page);
      expect(answer.ok).toBe(false);
      expect((answer as { error: string }).error).toMatch(error);
    }
    expect(session.size).toBe(0);
  });
});
