/**
 * The page side of "Track this claim" and "Statements on this page": who
 * says what on this page (lib/attribution, through the injected engine:
 * lib/content/engine.ts), over the same text the scans read, with the page's
 * own date and language.
 */
import type { Statement } from '../attribution';
import type { PageSpeaker } from '../attribution/page-statements';
import { describeSpan } from '../dom/quote-selector';
import { MAX_TRACKED_TEXT } from '../messaging/validate';
import { SELECTION_MESSAGES, type SelectionRefusal, type TabRequestMap } from '../messaging/tab-protocol';
import type { TrackClaimRequest } from '../messaging/protocol';
import type { ScanResult } from '../match/types';
import type { ContentController } from './controller';
import type { Engine } from './engine';
import { yieldToPage } from './slices';

const DATE_META = ['article:published_time', 'og:published_time', 'datePublished', 'date', 'dc.date', 'DC.date.issued', 'pubdate'];

/** The date the page says it was published (ISO yyyy-mm-dd), or null. */
export function publishedDate(doc: Document): string | null {
  const candidates: string[] = [];
  for (const name of DATE_META) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const v = el?.getAttribute('content');
    if (v) candidates.push(v);
  }
  const time = doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime');
  if (time) candidates.push(time);
  for (const c of candidates) {
    const m = /^(\d{4}-\d{2}-\d{2})/.exec(c.trim());
    if (m) return m[1];
  }
  return null;
}

/** A sample of the page's words is enough to tell its language (and cheaper on long pages). */
const langOf = (engine: Engine, text: string) => engine.guessLang(text.slice(0, 20_000));

function statementsOf(engine: Engine, text: string, found: ScanResult): Statement[] {
  return engine.attribute(text, { actorMentions: found.actors });
}

export async function statementsOfPage(doc: Document, controller: ContentController, engine: Engine): Promise<TabRequestMap['tab/statements']['response']> {
  const read = await controller.readPage();
  if (!read) throw new Error('Newsmark is not reading this page.');
  // attribute's tables a task at a time, not inside the task that reads the page (lib/attribution/warm.ts)
  while (!engine.warmStep()) await yieldToPage();
  const { text } = read.extracted;
  const lang = langOf(engine, text);
  const speakers: PageSpeaker[] = engine.pageStatements(text, statementsOf(engine, text, read.found), read.found, lang);
  return {
    url: doc.location.href,
    pageTitle: doc.title,
    published: publishedDate(doc),
    lang,
    speakers,
  };
}

type Draft = TabRequestMap['tab/track-draft']['response'];

/** Why a card's sentence cannot be tracked, in the card's words (the popup's speak of a selection). */
export const CARD_TRACK_REFUSALS: Record<SelectionRefusal, string> = {
  empty: 'This sentence is no longer on the page.',
  'not-in-page': 'This sentence is no longer on the page.',
  'too-long': 'This statement is too long to track as one claim.',
  disabled: 'Newsmark is turned off on this site.',
};
const refuse = (reason: SelectionRefusal): Draft => ({ ok: false, reason, message: SELECTION_MESSAGES[reason] });

/**
 * What tracking the selection would add: the words of the statement it is part of (without "he
 * said"), its speaker (a known actor, or a person as the page names them, with their title), the
 * page as its source and the quote's place as evidence.
 */
export async function selectionToTrack(doc: Document, controller: ContentController, engine: Engine): Promise<Draft> {
  if (!controller.enabled) return refuse('disabled');
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return refuse('empty');
  return rangeToTrack(doc, controller, engine, selection.getRangeAt(0));
}

/** The same for a range of the page: the selection, or the sentence of a claim's card. */
export async function rangeToTrack(doc: Document, controller: ContentController, engine: Engine, range: Range): Promise<Draft> {
  if (!controller.enabled) return refuse('disabled');
  if (range.toString().length > MAX_TRACKED_TEXT) return refuse('too-long');
  const selector = await controller.describe(range);
  if (!selector || !selector.exact.trim()) return refuse('not-in-page');
  const read = await controller.readPage();
  if (!read) return refuse('disabled');
  const { text } = read.extracted;
  let start = selector.start;
  let end = selector.end;
  // The statement the selection is most of: its speaker, and only its words.
  let best: Statement | null = null;
  let bestOverlap = 0;
  for (const s of statementsOf(engine, text, read.found)) {
    const overlap = Math.min(end, s.end) - Math.max(start, s.start);
    if (overlap > bestOverlap) {
      best = s;
      bestOverlap = overlap;
    }
  }
  let speaker: TrackClaimRequest['speaker'] = null;
  let speakerName: string | null = null;
  const lang = langOf(engine, text);
  if (best && bestOverlap >= (end - start) / 2) {
    start = Math.max(start, best.start);
    end = Math.min(end, best.end);
    // Quotation marks and a trailing comma are the page's punctuation.
    while (start < end && /[\s"“”«»„‚‘’'—–-]/.test(text[start])) start++;
    while (end > start && /[\s"“”«»„‚‘’',.;:—–-]/.test(text[end - 1])) end--;
    if (best.actorId) {
      speaker = { actorId: best.actorId };
      speakerName = best.speakerName;
    } else if (best.speaker && best.speakerName) {
      const split = engine.splitTitleAndName(best.speaker.text);
      const name = split && split.name.length >= best.speakerName.length ? split.name : best.speakerName;
      const at = text.indexOf(name);
      speaker = { name, role: (at >= 0 ? engine.roleFor(text, at, at + name.length, lang) : '') || split?.title || '' };
      speakerName = name;
    }
  }
  const words = text.slice(start, end).replace(/\s+/g, ' ').trim();
  if (!words) return refuse('empty');
  return {
    ok: true,
    speakerName,
    item: {
      text: words,
      speaker,
      lang,
      url: doc.location.href,
      pageTitle: doc.title,
      published: publishedDate(doc),
      selector: describeSpan(text, start, end),
      terms: null,
    },
  };
}
