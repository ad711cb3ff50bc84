/**
 * The background's behaviour, apart from its wiring: answers the protocol's
 * requests, keeps each tab's report, compiles the index once per
 * knowledge-base version. Browser APIs come in through `BackgroundPorts`, so
 * tests drive it with fakes.
 */
import type { TabIndex } from '../match/flat';
import type { NewsmarkDatabase } from '../db/database';
import { activeKnowledgeBase, knowledgeBaseVersion, type ActiveKnowledgeBase } from '../db/knowledge-base';
import { getSettings, setSetting } from '../db/settings';
import { urlIsGranted } from './site-access';
import { applySeed } from '../db/seed';
import type { KnowledgeBase } from '../kb/types';
import type { Notice, PageConfig, PanelFocus, Request, RequestMap, RequestType, Result, SaveClaimRequest } from '../messaging/protocol';
import { deleteSavedClaim, saveClaim, savedClaimsForUrl } from '../db/saved-claims';
import { recordAnchoring } from '../db/anchoring';
import { addPersonInDb, removeAddedActor, trackClaimInDb, untrackClaim } from '../db/track';
import { keptConcepts } from '../kb/derive-terms';
import { TRACKED_TAG } from '../kb/tracked-tag';
import { guessLang } from '../text/guess-lang';
import type { AddPersonRequest, TrackClaimRequest, TrackReceiptView } from '../messaging/protocol';
import { storageErrorMessage } from '../db/storage-errors';
import { CONTENT_REQUESTS } from '../messaging/protocol';
import type { TabRequestMap } from '../messaging/tab-protocol';
import { validateRequest } from '../messaging/validate';
import type { PageReport, PageState } from '../report';

export interface SenderInfo {
  /** the tab a content script runs in; null for extension pages */
  tabId: number | null;
  /** the frame's URL */
  url: string | null;
  /** the frame a content script runs in (0: the top frame); absent for extension pages */
  frameId?: number;
  /** the message comes from one of our own pages (popup, side panel, options) */
  fromExtensionPage: boolean;
}

export interface BackgroundPorts {
  db: NewsmarkDatabase;
  seed: KnowledgeBase;
  /** compiles and lays out the index the tabs match with (lib/match/flatten.ts) */
  compile: (kb: ActiveKnowledgeBase) => TabIndex;
  /** survives the service worker's restarts, not the browser's (storage.session) */
  session: {
    get(key: string): Promise<unknown>;
    set(key: string, value: unknown): Promise<void>;
    remove(key: string): Promise<void>;
  };
  tabUrl(tabId: number): Promise<string | null>;
  tabsOfHost(hostname: string): Promise<number[]>;
  notifyPages(notice: Notice): void;
  notifyTab(tabId: number, notice: Notice): void;
  /** injects part `part` of the matching engine (lib/content/engine-parts.ts: ENGINE_FILES) into a frame, beside its content script */
  injectEngine?(tabId: number, frameId: number, part: number): Promise<void>;
  /** opens the side panel (Chrome) or sidebar (Firefox) for a tab; false when the browser refuses */
  openPanel?(tabId: number, focus: PanelFocus | null): Promise<boolean>;
  /** every open tab, to re-read the knowledge base after a change; absent: none is told */
  allTabs?(): Promise<number[]>;
  /** the host patterns the reader granted (permissions.getAll); absent: every site */
  grantedOrigins?(): Promise<string[]>;
}

const reportKey = (tabId: number) => `report:${tabId}`;
/** the receipts of what a tab's cards tracked: the only ones its undo may name */
const trackedKey = (tabId: number) => `tracked:${tabId}`;
const TRACKED_PER_TAB = 50;

const sameReceipt = (a: TrackReceiptView, b: TrackReceiptView) =>
  a.claimId === b.claimId && a.sourceId === b.sourceId && a.actorIds.length === b.actorIds.length && a.actorIds.every((id, i) => id === b.actorIds[i]);

/**
 * "Track this claim" from a page's card (lib/content/hover-card.ts): the content script may only
 * track a statement of its own page, in the page's words, with the terms derived here. The shape
 * (lengths, selector, no extra field) is checked by validateRequest before this.
 */
function checkTrackFromPage(item: TrackClaimRequest, sender: SenderInfo): void {
  const host = sender.url ? hostnameOf(sender.url) : null;
  if (host === null || host !== hostnameOf(item.url)) throw new Error('claim/track: the quote is not from the sender’s page');
  if (item.terms !== null) throw new Error('claim/track: a page cannot choose the terms');
  if (item.text !== item.selector.exact.replace(/\s+/g, ' ').trim()) throw new Error('claim/track: the words are not the quote’s');
}

export function hostnameOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.host : null;
  } catch {
    return null;
  }
}

export class BackgroundService {
  private compiled: TabIndex | null = null;
  private compiling: Promise<TabIndex> | null = null;
  private seeded: Promise<unknown> | null = null;

  constructor(private readonly ports: BackgroundPorts) {}

  /** Seed once per background start; idempotent, cheap when the version is current. */
  ensureSeeded(): Promise<unknown> {
    this.seeded ??= applySeed(this.ports.db, this.ports.seed).catch((error) => {
      this.seeded = null;
      throw error;
    });
    return this.seeded;
  }

  async handle(message: unknown, sender: SenderInfo): Promise<Result<unknown>> {
    const validated = validateRequest(message);
    if (!validated.ok) return { ok: false, error: validated.error };
    const req = validated.request;
    if (!sender.fromExtensionPage) {
      if (sender.tabId === null || !CONTENT_REQUESTS.has(req.type)) {
        return { ok: false, error: `${req.type}: not allowed from a web page` };
      }
    }
    try {
      await this.ensureSeeded();
      return { ok: true, value: await this.dispatch(req, sender) };
    } catch (error) {
      return { ok: false, error: storageErrorMessage(error) };
    }
  }

  private async dispatch(req: Request, sender: SenderInfo): Promise<unknown> {
    switch (req.type) {
      case 'index/get':
        return this.indexFor(req.knownVersion);
      case 'engine/load':
        if (sender.tabId === null || !this.ports.injectEngine) throw new Error('engine/load: only a tab can ask');
        await this.ports.injectEngine(sender.tabId, sender.frameId ?? 0, req.part);
        return { loaded: true };
      case 'page/config':
        return this.pageConfig(req.url);
      case 'page/report':
        return this.storeReport(req.report, sender);
      case 'kb/status':
        return this.kbStatus();
      case 'kb/entries':
        return this.entries(req.actorIds, req.claimIds);
      case 'claim/save':
        return this.save(req.item, sender);
      case 'saved/for-url':
        return this.savedFor(req.url);
      case 'saved/delete':
        return this.deleteSaved(req.id);
      case 'claim/track':
        return this.track(req.item, sender);
      case 'claim/untrack':
        return this.untrack(req.receipt, sender);
      case 'actor/add':
        return this.addPerson(req.person, sender);
      case 'actor/remove':
        return this.removePerson(req.actorId);
      case 'panel/open':
        if (sender.tabId === null) throw new Error('panel/open: only a tab can ask');
        return { opened: (await this.ports.openPanel?.(sender.tabId, req.focus)) ?? false };
      case 'tab/state':
        return this.tabState(req.tabId);
      case 'site/set-enabled':
        return this.setSiteEnabled(req.hostname, req.enabled);
    }
  }

  /** The compiled index for the current knowledge base, compiled at most once per version. */
  async currentIndex(): Promise<TabIndex> {
    const version = await knowledgeBaseVersion(this.ports.db);
    if (this.compiled?.version === version) return this.compiled;
    this.compiling ??= (async () => {
      const kb = await activeKnowledgeBase(this.ports.db);
      const index = this.ports.compile(kb);
      this.compiled = index;
      return index;
    })().finally(() => {
      this.compiling = null;
    });
    const index = await this.compiling;
    // An edit may have landed while compiling: the next request recompiles.
    return index;
  }

  private async indexFor(knownVersion: string | null): Promise<RequestMap['index/get']['response']> {
    const index = await this.currentIndex();
    return { version: index.version, index: knownVersion === index.version ? null : index.encoded };
  }

  private async entries(actorIds: string[], claimIds: string[]): Promise<RequestMap['kb/entries']['response']> {
    const { db } = this.ports;
    const claimRows = (await db.claims.bulkGet(claimIds)).filter((row) => row !== undefined && !row.retired);
    const actorRows = (await db.actors.bulkGet(actorIds)).filter((row) => row !== undefined && !row.retired);
    const speakers = await db.actors.bulkGet(claimRows.map((c) => c!.speakerId ?? ''));
    const sources = await db.sources.bulkGet(claimRows.map((c) => c!.evidence[0]?.sourceId ?? ''));
    const bySpeaker = actorIds.length
      ? await db.claims.where('speakerId').anyOf(actorIds).toArray()
      : [];
    return {
      actors: actorRows.map((a) => ({
        id: a!.id,
        ref: a!.ref,
        name: a!.name,
        kind: a!.kind,
        role: a!.role,
        description: a!.description,
        claims: bySpeaker
          .filter((c) => c.speakerId === a!.id && !c.retired && !c.disabled)
          .map((c) => ({ id: c.id, ref: c.ref, summary: c.summary })),
      })),
      claims: claimRows.map((c, i) => {
        const speaker = speakers[i];
        const source = sources[i];
        return {
          id: c!.id,
          ref: c!.ref,
          summary: c!.summary,
          attribution: c!.attribution,
          speaker: speaker ? { id: speaker.id, name: speaker.name } : null,
          source: source ? { title: source.title, publisher: source.publisher, url: source.url ?? null } : null,
          evidence: c!.evidence[0]?.text ?? null,
          tracked: c!.origin === 'user' && !!c!.tags?.includes(TRACKED_TAG),
        };
      }),
    };
  }

  private async save(item: SaveClaimRequest, sender: SenderInfo): Promise<RequestMap['claim/save']['response']> {
    // A page may only save from itself.
    if (!sender.fromExtensionPage && sender.url && hostnameOf(sender.url) !== hostnameOf(item.url)) {
      throw new Error('claim/save: the quote is not from the sender’s page');
    }
    const { record, created } = await saveClaim(this.ports.db, item);
    await this.savedChanged(record.url);
    return { id: record.id, created };
  }

  private async track(item: TrackClaimRequest, sender: SenderInfo): Promise<RequestMap['claim/track']['response']> {
    if (!sender.fromExtensionPage) checkTrackFromPage(item, sender);
    const lang = item.lang ?? guessLang(item.text);
    const t = await trackClaimInDb(this.ports.db, {
      text: item.text,
      speaker: item.speaker,
      lang,
      source: { title: item.pageTitle, url: item.url, date: item.published ?? undefined },
      selector: item.selector,
      concepts: item.terms ? keptConcepts(item.text, lang, item.terms) : undefined,
    });
    // Undo from the page's card is accepted only for what that tab tracked (claim/untrack).
    if (!sender.fromExtensionPage && sender.tabId !== null) {
      const key = trackedKey(sender.tabId);
      const issued = ((await this.ports.session.get(key)) as TrackReceiptView[] | undefined) ?? [];
      await this.ports.session.set(key, [...issued, t.receipt].slice(-TRACKED_PER_TAB));
    }
    await this.knowledgeBaseChanged();
    const speaker = t.claim.speakerId ? ((await this.ports.db.actors.get(t.claim.speakerId))?.name ?? null) : null;
    return { receipt: t.receipt, ref: t.claim.ref, speaker, newSpeaker: t.newActors.length > 0, terms: t.derived.map((d) => d.surface) };
  }

  private async untrack(receipt: TrackReceiptView, sender: SenderInfo): Promise<RequestMap['claim/untrack']['response']> {
    if (!sender.fromExtensionPage) {
      // A page undoes only its own Track, with the receipt exactly as it was issued to that tab.
      if (sender.tabId === null) throw new Error('claim/untrack: only a tab can ask');
      const key = trackedKey(sender.tabId);
      const issued = ((await this.ports.session.get(key)) as TrackReceiptView[] | undefined) ?? [];
      const at = issued.findIndex((r) => sameReceipt(r, receipt));
      if (at === -1) throw new Error('claim/untrack: this page did not track that claim');
      await this.ports.session.set(key, issued.filter((_, i) => i !== at));
    }
    const removed = await untrackClaim(this.ports.db, receipt);
    if (removed) await this.knowledgeBaseChanged();
    return { removed };
  }

  private async addPerson(person: AddPersonRequest, sender: SenderInfo): Promise<RequestMap['actor/add']['response']> {
    if (!sender.fromExtensionPage) throw new Error('actor/add: only the extension’s pages can add to the knowledge base');
    const actor = await addPersonInDb(this.ports.db, person);
    await this.knowledgeBaseChanged();
    return { actorId: actor.id, ref: actor.ref, name: actor.name };
  }

  private async removePerson(actorId: string): Promise<RequestMap['actor/remove']['response']> {
    const removed = await removeAddedActor(this.ports.db, actorId);
    if (removed) await this.knowledgeBaseChanged();
    return { removed };
  }

  /** Open tabs rescan with the new index (they fetch it by version); open pages refresh. */
  private async knowledgeBaseChanged(): Promise<void> {
    await this.currentIndex();
    for (const tabId of (await this.ports.allTabs?.()) ?? []) {
      this.ports.notifyTab(tabId, { type: 'notice/rescan' });
      this.ports.notifyPages({ type: 'notice/tab-updated', tabId });
    }
  }

  /** The context menu's "Track this claim": tracks what the tab's reader selected, or says why not. */
  async trackSelection(tabId: number, ask: () => Promise<TabRequestMap['tab/selection']['response']>): Promise<string> {
    await this.ensureSeeded();
    let answer;
    try {
      answer = await ask();
    } catch {
      return 'Newsmark cannot read this page. Reload it and try again.';
    }
    if (!answer.ok) return answer.message;
    const { item } = answer;
    const result = await this.handle(
      {
        type: 'claim/track',
        item: { text: item.text, speaker: null, lang: null, url: item.url, pageTitle: item.pageTitle, published: null, selector: item.selector, terms: null },
      },
      { tabId, url: null, fromExtensionPage: true },
    );
    if (!result.ok) return `Could not track: ${result.error}`;
    return 'Tracked: Newsmark now looks for this claim on the pages you read.';
  }

  private async savedFor(url: string): Promise<RequestMap['saved/for-url']['response']> {
    const rows = await savedClaimsForUrl(this.ports.db, url);
    return { items: rows.map((row) => ({ id: row.id, claimId: row.claimId, text: row.text, selector: row.selector })) };
  }

  private async deleteSaved(id: string): Promise<RequestMap['saved/delete']['response']> {
    const row = await this.ports.db.savedClaims.get(id);
    if (!row) return { deleted: false };
    await deleteSavedClaim(this.ports.db, id);
    await this.savedChanged(row.url);
    return { deleted: true };
  }

  /** Open pages and the page's tabs learn that what is saved changed. */
  private async savedChanged(url: string): Promise<void> {
    this.ports.notifyPages({ type: 'notice/saved-changed' });
    const host = hostnameOf(url);
    if (!host) return;
    for (const tabId of await this.ports.tabsOfHost(host)) this.ports.notifyTab(tabId, { type: 'notice/saved-changed' });
  }

  private async kbStatus(): Promise<RequestMap['kb/status']['response']> {
    const { db } = this.ports;
    const [version, actors, claims, savedClaims] = await Promise.all([
      knowledgeBaseVersion(db),
      db.actors.count(),
      db.claims.count(),
      db.savedClaims.count(),
    ]);
    return { version, actors, claims, savedClaims };
  }

  /** Whether the reader granted Newsmark this page's site (a page read before a grant was taken back asks too). */
  private async mayRead(url: string): Promise<boolean> {
    if (!this.ports.grantedOrigins) return true;
    return urlIsGranted(await this.ports.grantedOrigins(), url);
  }

  private async pageConfig(url: string): Promise<PageConfig> {
    const settings = await getSettings(this.ports.db);
    const host = hostnameOf(url);
    const reason = !(await this.mayRead(url))
      ? 'no-access'
      : settings.paused
        ? 'paused'
        : host && settings.disabledSites.includes(host)
          ? 'site-disabled'
          : 'ok';
    return {
      enabled: reason === 'ok',
      reason,
      claimThreshold: settings.claimThreshold,
      display: {
        actors: settings.highlightActors,
        claims: settings.highlightClaims,
        actorStyle: settings.actorStyle,
        claimStyle: settings.claimStyle,
      },
    };
  }

  private async storeReport(
    report: Omit<PageReport, 'scannedAt'>,
    sender: SenderInfo,
  ): Promise<RequestMap['page/report']['response']> {
    if (sender.tabId === null) throw new Error('page/report: only a tab can report');
    // A frame can only report on its own page.
    if (sender.url && hostnameOf(sender.url) !== hostnameOf(report.url)) {
      throw new Error('page/report: the report is not for the sender’s page');
    }
    const stored: PageReport = { ...report, scannedAt: Date.now() };
    await this.ports.session.set(reportKey(sender.tabId), stored);
    this.ports.notifyPages({ type: 'notice/tab-updated', tabId: sender.tabId });
    // Extension pages only: telling the tab would have it anchor and report again.
    if (report.saved && (await recordAnchoring(this.ports.db, report.url, report.saved))) {
      this.ports.notifyPages({ type: 'notice/saved-changed' });
    }
    return { stored: true };
  }

  async tabState(tabId: number): Promise<PageState> {
    const url = await this.ports.tabUrl(tabId);
    const host = url ? hostnameOf(url) : null;
    if (!url || !host) return { kind: 'unreadable', reason: 'Newsmark reads web pages (http and https) only.' };
    const config = await this.pageConfig(url);
    if (config.reason === 'no-access') return { kind: 'no-access', hostname: new URL(url).hostname };
    if (config.reason === 'paused') return { kind: 'paused' };
    if (config.reason === 'site-disabled') return { kind: 'disabled', hostname: host };
    const report = (await this.ports.session.get(reportKey(tabId))) as PageReport | undefined;
    // A report left over from the tab's previous page is not this page's.
    if (report && report.url.split('#')[0] === url.split('#')[0]) return { kind: 'scanned', report };
    return { kind: 'pending' };
  }

  private async setSiteEnabled(hostname: string, enabled: boolean): Promise<RequestMap['site/set-enabled']['response']> {
    const host = hostname.toLowerCase();
    const settings = await getSettings(this.ports.db);
    const others = settings.disabledSites.filter((site) => site !== host);
    const disabledSites = enabled ? others : [...others, host].sort();
    await setSetting(this.ports.db, 'disabledSites', disabledSites);
    for (const tabId of await this.ports.tabsOfHost(host)) {
      if (!enabled) await this.ports.session.remove(reportKey(tabId));
      this.ports.notifyTab(tabId, { type: 'notice/rescan' });
      this.ports.notifyPages({ type: 'notice/tab-updated', tabId });
    }
    return { disabledSites };
  }

  /** The context menu's "Save to Newsmark": saves what the tab's reader selected, or says why not. */
  async saveSelection(tabId: number, ask: () => Promise<TabRequestMap['tab/selection']['response']>): Promise<string> {
    await this.ensureSeeded();
    const tabUrl = await this.ports.tabUrl(tabId);
    let answer;
    try {
      answer = await ask();
    } catch {
      return 'Newsmark cannot read this page. Reload it and try again.';
    }
    if (!answer.ok) return answer.message;
    const result = await this.handle({ type: 'claim/save', item: answer.item }, { tabId, url: tabUrl, fromExtensionPage: false });
    if (!result.ok) return `Could not save: ${result.error}`;
    return (result.value as { created: boolean }).created ? 'Saved to Newsmark.' : 'Already saved in Newsmark.';
  }

  async forgetTab(tabId: number): Promise<void> {
    await this.ports.session.remove(reportKey(tabId));
    await this.ports.session.remove(trackedKey(tabId));
  }
}

export type { RequestType };
