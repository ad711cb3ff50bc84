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
  'page/config',
  'page/report',
  'kb/entries',
  'claim/save',
  'saved/for-url',
  'panel/open',
]);

/** background → extension pages, and background → content script: no response expected. */
export type Notice =
  | { type: 'notice/tab-updated'; tabId: number }
  | { type: 'notice/rescan' }
  | { type: 'notice/toggle-highlights' }
  | { type: 'notice/saved-changed' };
