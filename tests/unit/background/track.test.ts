/** The background's "Track this claim": validated, extension pages only, tabs re-read, undo. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackgroundService, type BackgroundPorts, type SenderInfo } from '../../../lib/background/service';
import { NewsmarkDatabase } from '../../../lib/db/database';
import { guessLang } from '../../../lib/text/guess-lang';
import { miniKnowledgeBase } from '../../fixtures/mini-kb';

let db: NewsmarkDatabase;
let n = 0;
afterEach(async () => db?.delete());

function setup() {
  db = new NewsmarkDatabase(`bg-track-${n++}`);
  const session = new Map<string, unknown>();
  const notices: unknown[] = [];
  const ports: BackgroundPorts = {
    db,
    seed: miniKnowledgeBase(),
    compile: vi.fn((kb: { version: string }) => ({ version: kb.version, encoded: '' })),
    session: { get: async (k) => session.get(k), set: async (k, v) => void session.set(k, v), remove: async (k) => void session.delete(k) },
    tabUrl: async () => 'https://news.example/story',
    tabsOfHost: async () => [7],
    allTabs: async () => [7, 9],
    notifyPages: (notice) => notices.push(['pages', notice]),
    notifyTab: (tabId, notice) => notices.push([tabId, notice]),
  };
  return { service: new BackgroundService(ports), notices };
}

const popup: SenderInfo = { tabId: null, url: 'chrome-extension://abc/popup.html', fromExtensionPage: true };
const page: SenderInfo = { tabId: 7, url: 'https://news.example/story', fromExtensionPage: false };
const item = {
  text: 'Wir streiken so lange, bis der Vorstand sich bewegt',
  speaker: { name: 'Klaus Berger' },
  lang: null,
  url: 'https://news.example/story',
  pageTitle: 'Lokführer streiken',
  published: '2026-11-17',
  selector: { exact: 'Wir streiken so lange, bis der Vorstand sich bewegt', prefix: '„', suffix: '“, sagte Berger', start: 10, end: 61 },
  terms: null,
};

describe('claim/track', () => {
  it('adds the claim, tells every tab to rescan, and undoes', async () => {
    const { service, notices } = setup();
    const r = await service.handle({ type: 'claim/track', item }, popup);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    const v = (r as { ok: true; value: { receipt: { claimId: string; actorIds: string[]; sourceId: string | null }; speaker: string; newSpeaker: boolean; terms: string[] } }).value;
    expect(v).toMatchObject({ speaker: 'Klaus Berger', newSpeaker: true });
    expect(v.terms).toEqual(expect.arrayContaining(['Vorstand', 'streiken']));
    expect((await db.claims.get(v.receipt.claimId))?.lang).toBe('de');
    expect(notices).toEqual(expect.arrayContaining([[7, { type: 'notice/rescan' }], [9, { type: 'notice/rescan' }]]));
    const u = await service.handle({ type: 'claim/untrack', receipt: v.receipt }, popup);
    expect(u).toEqual({ ok: true, value: { removed: true } });
    expect(await db.claims.get(v.receipt.claimId)).toBeUndefined();
    expect(await db.actors.get(v.receipt.actorIds[0])).toBeUndefined();
  });

  it('is refused when malformed', async () => {
    const { service } = setup();
    expect(await service.handle({ type: 'claim/track', item: { ...item, text: '' } }, popup)).toMatchObject({ ok: false });
    expect(await service.handle({ type: 'claim/track', item: { ...item, text: '   ' } }, popup)).toMatchObject({ ok: false });
    expect(await service.handle({ type: 'claim/track', item: { ...item, extra: 1 } }, popup)).toMatchObject({ ok: false });
    expect(await service.handle({ type: 'claim/track', item: { ...item, selector: { ...item.selector, end: 80 } } }, popup)).toMatchObject({ ok: false });
    expect(await service.handle({ type: 'claim/track', item: { ...item, selector: { ...item.selector, exact: 'x'.repeat(2001), end: 2011 } } }, popup)).toMatchObject({
      ok: false,
    });
    expect(await service.handle({ type: 'claim/track', item: { ...item, selector: { ...item.selector, html: '<b>' } } }, popup)).toMatchObject({ ok: false });
    expect(await service.handle({ type: 'claim/track', item: { ...item, speaker: { name: 3 } } }, popup)).toMatchObject({ ok: false });
    expect(await service.handle({ type: 'claim/track', item: { ...item, text: 'x'.repeat(2001) } }, popup)).toMatchObject({ ok: false });
  });

  it("from a page's card: only a statement of its own page, in the quote's words, with terms derived here", async () => {
    const { service } = setup();
    const refused = async (message: unknown, sender: SenderInfo = page) => {
      const r = await service.handle(message, sender);
      expect(r.ok, JSON.stringify(r)).toBe(false);
      return (r as { error: string }).error;
    };
    expect(await refused({ type: 'claim/track', item: { ...item, url: 'https://elsewhere.example/story' } })).toMatch(/not from the sender’s page/);
    expect(await refused({ type: 'claim/track', item }, { ...page, url: null })).toMatch(/not from the sender’s page/);
    expect(await refused({ type: 'claim/track', item }, { ...page, tabId: null })).toMatch(/not allowed from a web page/);
    expect(await refused({ type: 'claim/track', item: { ...item, terms: ['Vorstand'] } })).toMatch(/cannot choose the terms/);
    expect(await refused({ type: 'claim/track', item: { ...item, text: 'Die Bahn zahlt allen Beschäftigten das Doppelte' } })).toMatch(/not the quote’s/);
    expect(await db.claims.filter((c) => c.origin === 'user').count()).toBe(0);

    const r = await service.handle({ type: 'claim/track', item }, page);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    const { receipt } = (r as { ok: true; value: { receipt: { claimId: string; actorIds: string[]; sourceId: string | null } } }).value;
    expect((await db.claims.get(receipt.claimId))?.summary).toBe(item.text);
    // Undo: only the tab that tracked it, only with the receipt it was given.
    expect(await refused({ type: 'claim/untrack', receipt }, { ...page, tabId: 9 })).toMatch(/did not track/);
    expect(await refused({ type: 'claim/untrack', receipt: { ...receipt, actorIds: [] } })).toMatch(/did not track/);
    expect(await db.claims.get(receipt.claimId)).toBeDefined();
    expect(await service.handle({ type: 'claim/untrack', receipt }, page)).toEqual({ ok: true, value: { removed: true } });
    expect(await db.claims.get(receipt.claimId)).toBeUndefined();
    // Used once: the same receipt again is not this page's any more.
    expect(await refused({ type: 'claim/untrack', receipt })).toMatch(/did not track/);
  });

  it("a page's undo never reaches what the popup or another tab tracked", async () => {
    const { service } = setup();
    const r = await service.handle({ type: 'claim/track', item }, popup);
    const { receipt } = (r as { ok: true; value: { receipt: { claimId: string; actorIds: string[]; sourceId: string | null } } }).value;
    expect(await service.handle({ type: 'claim/untrack', receipt }, page)).toMatchObject({ ok: false });
    expect(await db.claims.get(receipt.claimId)).toBeDefined();
  });

  it('keeps only the terms the reader kept, and adds the words they typed', async () => {
    const { service } = setup();
    const r = await service.handle({ type: 'claim/track', item: { ...item, terms: ['Vorstand', 'Lokführer'] } }, popup);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    const { receipt } = (r as { ok: true; value: { receipt: { claimId: string } } }).value;
    const labels = (await db.claims.get(receipt.claimId))!.concepts.map((c) => c.label);
    expect(labels).toEqual(['Vorstand', 'Lokführer']);
  });

  it('the context menu tracks the selection or says why not', async () => {
    const { service } = setup();
    expect(await service.trackSelection(7, async () => ({ ok: true, item: { ...item, claimId: null, actorIds: [], note: '', tags: [] } }))).toMatch(/^Tracked/);
    expect(await service.trackSelection(7, async () => ({ ok: false, reason: 'empty', message: 'Select a sentence first.' }))).toBe('Select a sentence first.');
  });
});

describe('actor/add', () => {
  const person = { name: 'Marieke Janssen', role: 'union leader', forms: ['Janssen'], lang: 'en', url: 'https://news.example/story' };

  it('adds a person who speaks on a page with their title and name forms, tells every tab, and undoes', async () => {
    const { service, notices } = setup();
    const r = await service.handle({ type: 'actor/add', person }, popup);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    const { actorId } = (r as { ok: true; value: { actorId: string } }).value;
    const actor = (await db.actors.get(actorId))!;
    expect(actor).toMatchObject({ kind: 'person', name: 'Marieke Janssen', role: 'union leader', origin: 'user' });
    expect(actor.aliases).toEqual(expect.arrayContaining([expect.objectContaining({ text: 'Janssen', type: 'surname', requiresPriorName: true })]));
    expect(notices).toEqual(expect.arrayContaining([[9, { type: 'notice/rescan' }]]));
    // Known now: a second add is refused.
    expect(await service.handle({ type: 'actor/add', person }, popup)).toMatchObject({ ok: false });
    expect(await service.handle({ type: 'actor/remove', actorId }, popup)).toEqual({ ok: true, value: { removed: true } });
    expect(await db.actors.get(actorId)).toBeUndefined();
  });

  it('is refused from a web page, malformed, and never removes a seed actor', async () => {
    const { service } = setup();
    expect(await service.handle({ type: 'actor/add', person }, page)).toMatchObject({ ok: false });
    expect(await service.handle({ type: 'actor/add', person: { ...person, name: '' } }, popup)).toMatchObject({ ok: false });
    expect(await service.handle({ type: 'actor/add', person: { ...person, lang: 'english' } }, popup)).toMatchObject({ ok: false });
    await service.ensureSeeded();
    const seedActor = (await db.actors.toArray())[0];
    expect(await service.handle({ type: 'actor/remove', actorId: seedActor.id }, popup)).toEqual({ ok: true, value: { removed: false } });
  });
});

describe('guessLang', () => {
  it('tells the nine languages apart on a sentence', () => {
    expect(guessLang('The union said it would not accept the offer')).toBe('en');
    expect(guessLang('Die Bahn werde einen Notfahrplan mit den Fernzügen anbieten')).toBe('de');
    expect(guessLang("la France voterait contre l'accord dans sa forme actuelle")).toBe('fr');
    expect(guessLang('el consumo de agua quedará limitado a 200 litros por habitante')).toBe('es');
    expect(guessLang('os juros altos vão custar 1 ponto percentual do PIB')).toBe('pt');
    expect(guessLang('la squadra ha bisogno di tempo per assimilare il nuovo modulo')).toBe('it');
    expect(guessLang('blokada potrwa co najmniej do 10 marca')).toBe('pl');
    expect(guessLang('Россия готова поставлять газ')).toBe('ru');
    expect(guessLang('Україна зможе імпортувати електроенергію')).toBe('uk');
  });
});
