/**
 * Cards for highlights: point at a highlighted name or sentence (or click it)
 * and a small card explains it. The card lives in a closed shadow root under
 * one host element, created the first time a card opens, so a page nobody
 * points at is never touched and the page's CSS and scripts can't reach in.
 */
import { h, render } from 'preact';
import { HoverCard, type CardData, type CardTrack, type SaveState } from '@/components/HoverCard';
import cardCss from '@/components/hover-card.css?inline';
import { placeCard, probeAt, type PointProbe } from '../dom/hit-test';
import { OWN_UI_ATTRIBUTE } from '../dom/text-walker';
import type { QuoteSelector } from '../db/records';
import type { ActorCard, ClaimCard, PanelFocus, SaveClaimRequest, TrackReceiptView } from '../messaging/protocol';
import type { LiveMatch } from './page-matches';

export const HOST_TAG = 'newsmark-ui';
const HOVER_DELAY_MS = 250;
const LEAVE_DELAY_MS = 350;

export interface CardPorts {
  doc: Document;
  matchAt(probe: PointProbe): LiveMatch | null;
  entries(actorIds: string[], claimIds: string[]): Promise<{ actors: ActorCard[]; claims: ClaimCard[] }>;
  save(item: SaveClaimRequest): Promise<void>;
  /** actors mentioned inside a range, to pre-fill a save */
  actorsWithin(range: Range): string[];
  /** where a range sits in the page's text, to find it again later */
  describe(range: Range): Promise<QuoteSelector | null>;
  /** opens the side panel; false when the browser needs the reader to do it */
  openPanel(focus: PanelFocus | null): Promise<boolean>;
  /**
   * tracks the statement a range is part of, pre-filled as the popup's draft is (lib/content/page-statements.ts),
   * or says in words why not
   */
  track(range: Range): Promise<{ ok: true; receipt: TrackReceiptView; speaker: string | null; terms: string[] } | { ok: false; message: string }>;
  untrack(receipt: TrackReceiptView): Promise<boolean>;
}

/** What a card tracked, kept with its match so the card reopened on it still offers the undo. */
interface Tracked {
  track: CardTrack;
  receipt: TrackReceiptView | null;
}

const trackKey = (match: LiveMatch) => `${match.id}\u0000${match.text}`;

/** The background's words, without the request's name. */
const reason = (error: unknown, type: string) => (error instanceof Error ? error.message : String(error)).replace(`${type}: `, '');

export class HoverCards {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  private current: { match: LiveMatch; data: CardData; saveState: SaveState; saveError?: string; pinned: boolean } | null = null;
  /** by claim and sentence: a rescan (which every Track sets off) makes new matches of the same sentence */
  private readonly tracked = new Map<string, Tracked>();
  private hoverTimer: ReturnType<typeof setTimeout> | null = null;
  private leaveTimer: ReturnType<typeof setTimeout> | null = null;
  private frame = 0;
  private lastPoint = { x: 0, y: 0 };
  private readonly actorCache = new Map<string, ActorCard>();
  private readonly claimCache = new Map<string, ClaimCard>();
  private readonly listeners: Array<[EventTarget, string, EventListener, AddEventListenerOptions]> = [];
  private returnFocus: Element | null = null;

  constructor(private readonly ports: CardPorts) {}

  start(): void {
    const win = this.ports.doc.defaultView!;
    this.listen(this.ports.doc, 'pointermove', (e) => this.onPointerMove(e as PointerEvent), { passive: true, capture: true });
    this.listen(this.ports.doc, 'click', (e) => this.onClick(e as MouseEvent), { capture: true });
    this.listen(this.ports.doc, 'keydown', (e) => this.onKeyDown(e as KeyboardEvent), { capture: true });
    this.listen(win, 'scroll', () => this.reposition(), { passive: true, capture: true });
    this.listen(win, 'resize', () => this.reposition(), { passive: true });
  }

  stop(): void {
    for (const [target, type, listener, options] of this.listeners) target.removeEventListener(type, listener, options);
    this.listeners.length = 0;
    this.close();
    this.host?.remove();
    this.host = null;
    this.mount = null;
  }

  /** A short message at the bottom of the window, e.g. after a context-menu save. */
  toast(text: string): void {
    this.ensureHost();
    const shadow = this.mount!.parentNode as ShadowRoot;
    shadow.querySelector('.toast')?.remove();
    const toast = this.ports.doc.createElement('div');
    toast.className = 'toast';
    toast.setAttribute('role', 'status');
    toast.textContent = text; // page-derived or not, always text
    shadow.appendChild(toast);
    setTimeout(() => toast.remove(), 3500);
  }

  get openCard(): string | null {
    return this.current ? `${this.current.data.kind}:${this.current.data.ref}` : null;
  }

  close(): void {
    this.clearTimers();
    if (!this.current) return;
    this.current = null;
    if (this.mount) render(null, this.mount);
    this.host?.setAttribute('data-newsmark-card', '');
    this.host?.removeAttribute('data-newsmark-speaker');
    if (this.returnFocus instanceof HTMLElement) this.returnFocus.focus({ preventScroll: true });
    this.returnFocus = null;
  }

  /** Opens the card of a match, e.g. from a click or the side panel. */
  open(match: LiveMatch, pinned: boolean): void {
    this.clearTimers();
    const data: CardData =
      match.kind === 'actor'
        ? { kind: 'actor', ref: match.ref, pageText: match.text, entry: this.actorCache.get(match.id) ?? null }
        : {
            kind: 'claim',
            ref: match.ref,
            pageText: match.text,
            score: match.score,
            entry: this.claimCache.get(match.id) ?? null,
            ...(match.speaker ? { pageSpeaker: match.speaker } : {}),
          };
    const sameMatch = this.current?.match === match;
    this.current = { match, data, saveState: sameMatch ? this.current!.saveState : 'idle', pinned: pinned || (sameMatch && this.current!.pinned) };
    this.ensureHost();
    this.host!.setAttribute('data-newsmark-card', `${match.kind}:${match.ref}`);
    // Who the card says speaks on the page (its text lives in a closed shadow root).
    if (match.speaker) this.host!.setAttribute('data-newsmark-speaker', `${match.speaker.ref}:${match.speaker.isClaimSpeaker ? 'claim-speaker' : 'other'}`);
    else this.host!.removeAttribute('data-newsmark-speaker');
    this.draw();
    if (!data.entry) void this.load(match);
    if (pinned) {
      this.returnFocus = this.ports.doc.activeElement;
      // Keyboard users land in the card; Escape brings them back.
      queueMicrotask(() =>
        (this.mount?.querySelector<HTMLElement>('button:not(.close)') ?? this.mount?.querySelector<HTMLElement>('button'))?.focus({
          preventScroll: true,
        }),
      );
    }
  }

  private listen(target: EventTarget, type: string, listener: EventListener, options: AddEventListenerOptions): void {
    target.addEventListener(type, listener, options);
    this.listeners.push([target, type, listener, options]);
  }

  private ensureHost(): void {
    if (this.host?.isConnected) return;
    const host = this.ports.doc.createElement(HOST_TAG);
    host.setAttribute(OWN_UI_ATTRIBUTE, '');
    host.setAttribute('data-newsmark-card', '');
    host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;';
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = this.ports.doc.createElement('style');
    style.textContent = cardCss;
    const mount = this.ports.doc.createElement('div');
    shadow.append(style, mount);
    // Pointer over the card keeps it open.
    mount.addEventListener('pointerenter', () => this.cancelLeave());
    mount.addEventListener('pointerleave', () => this.scheduleLeave());
    this.ports.doc.documentElement.appendChild(host);
    this.host = host;
    this.mount = mount;
  }

  private async load(match: LiveMatch): Promise<void> {
    try {
      const answer = await this.ports.entries(match.kind === 'actor' ? [match.id] : [], match.kind === 'claim' ? [match.id] : []);
      for (const actor of answer.actors) this.actorCache.set(actor.id, actor);
      for (const claim of answer.claims) this.claimCache.set(claim.id, claim);
    } catch {
      return; // the card keeps saying "Loading…"; the next hover asks again
    }
    if (this.current?.match !== match) return;
    this.current.data =
      match.kind === 'actor'
        ? { ...this.current.data, entry: this.actorCache.get(match.id) ?? null } as CardData
        : { ...this.current.data, entry: this.claimCache.get(match.id) ?? null } as CardData;
    this.draw();
  }

  private draw(): void {
    if (!this.current || !this.mount) return;
    render(
      h(HoverCard, {
        data: this.current.data,
        saveState: this.current.saveState,
        saveError: this.current.saveError,
        track: this.tracked.get(trackKey(this.current.match))?.track ?? { kind: 'idle' },
        onSave: (event: Event) => void this.saveCurrent(event),
        onTrack: (event: Event) => void this.trackCurrent(event),
        onUntrack: (event: Event) => void this.untrackCurrent(event),
        onClose: () => this.close(),
        onMoreContext: () => void this.moreContext(),
      }),
      this.mount,
    );
    this.reposition();
  }

  private reposition(): void {
    if (!this.current || !this.mount) return;
    const card = this.mount.firstElementChild as HTMLElement | null;
    if (!card) return;
    const rect = this.current.match.range.getBoundingClientRect();
    if (!this.current.match.range.startContainer.isConnected) return this.close();
    const win = this.ports.doc.defaultView!;
    const size = card.getBoundingClientRect();
    const place = placeCard(rect, { width: size.width || 360, height: size.height || 200 }, { width: win.innerWidth, height: win.innerHeight });
    card.style.left = `${place.left}px`;
    card.style.top = `${place.top}px`;
  }

  /** The reader's click on Save: as for Track, never a click the page made up (a synthetic event is not trusted). */
  private async saveCurrent(event: Event): Promise<void> {
    const current = this.current;
    if (!event.isTrusted || !current || current.match.kind !== 'claim' || current.saveState === 'saving' || current.saveState === 'saved') return;
    current.saveState = 'saving';
    this.draw();
    const { doc } = this.ports;
    const range = current.match.range;
    try {
      const selector = await this.ports.describe(range);
      if (!selector) throw new Error('the sentence is no longer in the page');
      await this.ports.save({
        text: range.toString().replace(/\s+/g, ' ').trim(),
        url: doc.location.href,
        pageTitle: doc.title,
        claimId: current.match.id,
        actorIds: this.ports.actorsWithin(range),
        note: '',
        tags: [],
        selector,
      });
      current.saveState = 'saved';
    } catch (error) {
      current.saveState = 'error';
      // The background's words (e.g. storage full) say more than "try again".
      current.saveError = error instanceof Error ? error.message.replace(/^claim\/save: /, '') : undefined;
    }
    if (this.current === current) this.draw();
  }

  /**
   * The reader's click on Track: never a click the page made up (it cannot reach into the closed
   * shadow root, and a synthetic event is not trusted), never twice at once.
   */
  private async trackCurrent(event: Event): Promise<void> {
    const match = this.current?.match;
    if (!event.isTrusted || !match || match.kind !== 'claim') return;
    const before = this.tracked.get(trackKey(match))?.track.kind;
    if (before === 'tracking' || before === 'tracked' || before === 'undoing') return;
    this.setTrack(match, { track: { kind: 'tracking' }, receipt: null });
    try {
      const answer = await this.ports.track(match.range);
      this.setTrack(
        match,
        answer.ok
          ? { track: { kind: 'tracked', speaker: answer.speaker, terms: answer.terms }, receipt: answer.receipt }
          : { track: { kind: 'error', message: answer.message }, receipt: null },
      );
    } catch (error) {
      this.setTrack(match, { track: { kind: 'error', message: `Nothing was tracked: ${reason(error, 'claim/track')}` }, receipt: null });
    }
  }

  private async untrackCurrent(event: Event): Promise<void> {
    const match = this.current?.match;
    const done = match ? this.tracked.get(trackKey(match)) : undefined;
    if (!event.isTrusted || !match || done?.track.kind !== 'tracked' || !done.receipt) return;
    const { receipt } = done;
    this.setTrack(match, { track: { kind: 'undoing' }, receipt });
    try {
      await this.ports.untrack(receipt);
      this.setTrack(match, { track: { kind: 'undone' }, receipt: null });
    } catch (error) {
      this.setTrack(match, { track: done.track, receipt });
      this.toast(`Could not undo: ${reason(error, 'claim/untrack')}`);
    }
  }

  private setTrack(match: LiveMatch, state: Tracked): void {
    this.tracked.set(trackKey(match), state);
    if (this.current && trackKey(this.current.match) === trackKey(match)) this.draw();
  }

  private async moreContext(): Promise<void> {
    const match = this.current?.match;
    const focus = match ? { kind: match.kind, id: match.id } : null;
    const opened = await this.ports.openPanel(focus).catch(() => false);
    if (!opened) this.toast('Press Alt+Shift+S to open the Newsmark side panel.');
  }

  private onPointerMove(event: PointerEvent): void {
    // On its way to a button of the card, the pointer is over the card, not the page's words beneath it.
    if (this.host && event.composedPath().includes(this.host)) {
      if (this.hoverTimer !== null) clearTimeout(this.hoverTimer);
      this.hoverTimer = null;
      return;
    }
    this.lastPoint = { x: event.clientX, y: event.clientY };
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const { x, y } = this.lastPoint;
      const match = this.ports.matchAt(probeAt(this.ports.doc, x, y));
      if (match) {
        this.cancelLeave();
        if (this.current?.match === match) return;
        if (this.hoverTimer !== null) clearTimeout(this.hoverTimer);
        this.hoverTimer = setTimeout(() => {
          this.hoverTimer = null;
          this.open(match, false);
        }, HOVER_DELAY_MS);
      } else {
        if (this.hoverTimer !== null) clearTimeout(this.hoverTimer);
        this.hoverTimer = null;
        if (this.current && !this.current.pinned) this.scheduleLeave();
      }
    });
  }

  private onClick(event: MouseEvent): void {
    if (this.host && event.composedPath().includes(this.host)) return;
    const match = this.ports.matchAt(probeAt(this.ports.doc, event.clientX, event.clientY));
    // Never stop the page's own click handling: we only watch.
    if (match) this.open(match, true);
    else if (this.current) this.close();
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.current) this.close();
  }

  private scheduleLeave(): void {
    if (this.leaveTimer !== null) return;
    this.leaveTimer = setTimeout(() => {
      this.leaveTimer = null;
      if (this.current && !this.current.pinned) this.close();
    }, LEAVE_DELAY_MS);
  }

  private cancelLeave(): void {
    if (this.leaveTimer !== null) clearTimeout(this.leaveTimer);
    this.leaveTimer = null;
  }

  private clearTimers(): void {
    if (this.hoverTimer !== null) clearTimeout(this.hoverTimer);
    this.hoverTimer = null;
    this.cancelLeave();
  }
}
