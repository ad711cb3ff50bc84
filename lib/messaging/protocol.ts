/**
 * The one request/response protocol between content scripts, extension pages
 * and the background. Every request is validated on receipt (validate.ts);
 * every response is a Result.
 */
import type { CompiledIndex } from '../match/compile';
import type { PageReport, PageState } from '../report';

export interface RequestMap {
  /** content → background: the compiled index, unless the caller's copy is current */
  'index/get': {
    request: { knownVersion: string | null };
    response: { version: string; index: CompiledIndex | null };
  };
  /** content → background: may this page be scanned, and how */
  'page/config': {
    request: { url: string };
    response: { enabled: boolean; reason: 'ok' | 'paused' | 'site-disabled'; claimThreshold: number | null };
  };
  /** content → background: what the page holds */
  'page/report': {
    request: { report: Omit<PageReport, 'scannedAt'> };
    response: { stored: true };
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
export const CONTENT_REQUESTS: ReadonlySet<RequestType> = new Set(['index/get', 'page/config', 'page/report']);

/** background → extension pages, and background → content script: no response expected. */
export type Notice =
  | { type: 'notice/tab-updated'; tabId: number }
  | { type: 'notice/rescan' };
