/**
 * The one request/response protocol between content scripts, extension pages
 * and the background. Every request is validated on receipt (validate.ts);
 * every response is a Result.
 */
import type { QuoteSelector } from '../db/records';
import type { ActorKind } from '../kb/types';
import type { PageReport, PageState } from '../report';

/** What a hover card shows of an actor. */
export interface ActorCard {
  id: string;
  ref: string;
  name: string;
  kind: ActorKind;
  role: string;
  description: string;
  /** the knowledge base's claims by this actor */
  claims: Array<{ id: string; ref: string; summary: string }>;
}

/** What a hover card shows of a claim. */
export interface ClaimCard {
  id: string;
  ref: string;
  summary: string;
  attribution: string;
  speaker: { id: string; name: string } | null;
  source: { title: string; publisher: string; url: string | null } | null;
  /** the source document's supporting sentence */
  evidence: string | null;
  /** one the reader tracked ("Track this claim"): its card offers no second Track */
  tracked: boolean;
}

export interface SaveClaimRequest {
  text: string;
  url: string;
  pageTitle: string;
  claimId: string | null;
  actorIds: string[];
  note: string;
  tags: string[];
  selector: QuoteSelector;
}

/** "Track this claim": a selection (or a statement) to add to the knowledge base as the reader's claim. */
export interface TrackClaimRequest {
  /** the statement's words */
  text: string;
  /** a known actor's id or a person's name (and title) as the page gives it; null: nobody named */
  speaker: { actorId: string } | { name: string; role?: string } | null;
  /** language code; null: guessed from the words */
  lang: string | null;
  url: string;
  pageTitle: string;
  /** ISO date the page gives, if any */
  published: string | null;
  selector: QuoteSelector;
  /** the derived terms the reader kept (their words as shown); null: every derived term */
  terms: string[] | null;
}

/** A person who speaks on a page, to add to the knowledge base as an actor. */
export interface AddPersonRequest {
  /** the fullest name the page uses */
  name: string;
  /** the title the page gives them; empty when none */
  role: string;
  /** other forms of the name the page uses ("Janssen") */
  forms: string[];
  /** language of the page */
  lang: string;
  /** the page they were added from */
  url: string;
}

/** What one Track action wrote: what its undo removes. */
export interface TrackReceiptView {
  claimId: string;
  actorIds: string[];
  sourceId: string | null;
}

/** An entry of the side panel, addressed as `sidepanel.html#actor-A01` / `#claim-C07`. */
export interface PanelFocus {
  kind: 'actor' | 'claim';
  id: string;
}

/** How a page is to be scanned and shown. */
export interface PageConfig {
  enabled: boolean;
  reason: 'ok' | 'paused' | 'site-disabled' | 'no-access';
  claimThreshold: number | null;
  display: { actors: boolean; claims: boolean; actorStyle: string; claimStyle: string };
}

export interface RequestMap {
  /**
   * content → background: the flat index (lib/match/flat.ts, encoded as one string), unless the
   * caller's copy is current
   */
  'index/get': {
    request: { knownVersion: string | null };
    response: { version: string; index: string | null };
  };
  /**
   * content → background: inject part `part` of the matching engine (ENGINE_FILES of
   * lib/content/engine-parts.ts) into the sender's frame, in the content script's world
   * (lib/content/engine.ts)
   */
  'engine/load': {
    request: { part: number };
    response: { loaded: true };
  };
  /** content → background: may this page be scanned, and how */
  'page/config': {
    request: { url: string };
    response: PageConfig;
  };
  /** content → background: what the page holds */
  'page/report': {
    request: { report: Omit<PageReport, 'scannedAt'> };
    response: { stored: true };
  };
  /** content → background: what a hover card shows of some actors and claims */
  'kb/entries': {
    request: { actorIds: string[]; claimIds: string[] };
    response: { actors: ActorCard[]; claims: ClaimCard[] };
  };
  /** content or page → background: keep a sentence of a page */
  'claim/save': {
    request: { item: SaveClaimRequest };
    response: { id: string; created: boolean };
  };
  /** content → background: the reader's saved quotes on this page, to mark them as saved */
  'saved/for-url': {
    request: { url: string };
    response: { items: Array<{ id: string; claimId: string | null; text: string; selector: QuoteSelector }> };
  };
  /**
   * page or content (a claim's card) → background: add a statement to the knowledge base ("Track
   * this claim"); open tabs re-read it. From content only a statement of its own page, in its words.
   */
  'claim/track': {
    request: { item: TrackClaimRequest };
    response: { receipt: TrackReceiptView; ref: string; speaker: string | null; newSpeaker: boolean; terms: string[] };
  };
  /** extension page → background: add a person who speaks on a page as an actor; open tabs re-read */
  'actor/add': {
    request: { person: AddPersonRequest };
    response: { actorId: string; ref: string; name: string };
  };
  /** extension page → background: undo an actor/add (only while nothing else points at the actor) */
  'actor/remove': {
    request: { actorId: string };
    response: { removed: boolean };
  };
  /** page or content → background: undo a Track action (content: only one its tab made) */
  'claim/untrack': {
    request: { receipt: TrackReceiptView };
    response: { removed: boolean };
  };
  /** page → background: forget a saved claim (undo) */
  'saved/delete': {
    request: { id: string };
    response: { deleted: boolean };
  };
  /** content → background: open the side panel for the sender's tab (from a card's button) */
  'panel/open': {
    /** the entry the panel should show first (the card's actor or claim) */
    request: { focus: PanelFocus | null };
    response: { opened: boolean };
  };
  /** page → background: the knowledge base is seeded; its version and size */
  'kb/status': {
    request: Record<string, never>;
    response: { version: string; actors: number; claims: number; savedClaims: number };
  };
  /** page → background: what the background knows of a tab */
  'tab/state': {
    request: { tabId: number };
    response: PageState;
  };
  /** page → background: turn Newsmark off or on for a site; rescans its open tabs */
  'site/set-enabled': {
    request: { hostname: string; enabled: boolean };
    response: { disabledSites: string[] };
  };
}

export type RequestType = keyof RequestMap;

export type Request<T extends RequestType = RequestType> = T extends RequestType
  ? { type: T } & RequestMap[T]['request']
  : never;

export type Response<T extends RequestType> = RequestMap[T]['response'];

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Requests a content script may send; anything else from a tab is refused. */
export const CONTENT_REQUESTS: ReadonlySet<RequestType> = new Set([
  'index/get',
  'engine/load',
  'page/config',
  'page/report',
  'kb/entries',
  'claim/save',
  'saved/for-url',
  'panel/open',
  'claim/track',
  'claim/untrack',
]);

/** background → extension pages, and background → content script: no response expected. */
export type Notice =
  | { type: 'notice/tab-updated'; tabId: number }
  | { type: 'notice/rescan' }
  | { type: 'notice/toggle-highlights' }
  | { type: 'notice/saved-changed' };
