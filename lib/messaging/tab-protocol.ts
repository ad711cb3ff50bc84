/**
 * Requests from the extension (popup, side panel, background) to the content
 * script of one tab. Only our extension can send them (tabs.sendMessage), and
 * the content script still validates each before acting.
 */
import type { HighlightKind } from '../highlight-styles';
import type { PageSpeaker } from '../attribution/page-statements';
import type { SaveClaimRequest, TrackClaimRequest } from './protocol';

export type SelectionRefusal = 'empty' | 'too-long' | 'not-in-page' | 'disabled';

export interface TabRequestMap {
  /** scroll to the n-th match of an actor or claim and flash it */
  'tab/jump': {
    request: { kind: HighlightKind; id: string; index: number };
    response: { found: boolean; total: number };
  };
  /** save the n-th sentence matching a claim */
  'tab/save-match': {
    request: { claimId: string; index: number };
    response: { id: string; created: boolean };
  };
  /** what saving the current selection would store, pre-filled for the reader to edit */
  'tab/selection': {
    request: Record<string, never>;
    response: { ok: true; item: SaveClaimRequest } | { ok: false; reason: SelectionRefusal; message: string };
  };
  /** the page's attributed statements by speaker (the side panel's "Statements on this page") */
  'tab/statements': {
    request: Record<string, never>;
    response: { url: string; pageTitle: string; published: string | null; lang: string; speakers: PageSpeaker[] };
  };
  /** "Track this claim" from the selection: the statement it is part of, its speaker and source, for the reader to edit */
  'tab/track-draft': {
    request: Record<string, never>;
    response: { ok: true; item: TrackClaimRequest; speakerName: string | null } | { ok: false; reason: SelectionRefusal; message: string };
  };
  /** show a short message in the page (after a context-menu save) */
  'tab/toast': {
    request: { text: string };
    response: { shown: boolean };
  };
}

export type TabRequestType = keyof TabRequestMap;
export type TabRequest<T extends TabRequestType = TabRequestType> = T extends TabRequestType
  ? { type: T } & TabRequestMap[T]['request']
  : never;

export const SELECTION_MESSAGES: Record<SelectionRefusal, string> = {
  empty: 'Select the sentence you want to keep first.',
  'too-long': 'That selection is too long to save as a claim. Select a sentence or a paragraph.',
  'not-in-page': 'Newsmark can only save text it can read in the page itself.',
  disabled: 'Newsmark is turned off on this site.',
};

const KINDS = new Set(['actor', 'claim']);

/** Validates a request on receipt in the content script. */
export function validateTabRequest(message: unknown): TabRequest | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  const isId = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= 200;
  const isIndex = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1e6;
  switch (m.type) {
    case 'tab/jump':
      return KINDS.has(m.kind as string) && isId(m.id) && isIndex(m.index) ? (m as unknown as TabRequest) : null;
    case 'tab/save-match':
      return isId(m.claimId) && isIndex(m.index) ? (m as unknown as TabRequest) : null;
    case 'tab/selection':
    case 'tab/statements':
    case 'tab/track-draft':
      return m as unknown as TabRequest;
    case 'tab/toast':
      return typeof m.text === 'string' && m.text.length <= 500 ? (m as unknown as TabRequest) : null;
    default:
      return null;
  }
}
