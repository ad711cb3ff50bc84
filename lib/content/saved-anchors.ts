/**
 * Finding the reader's saved quotes in the page, one quote at a time inside
 * the content script's time slices: each quote is one unit of work (bounded
 * by match-quote.ts), so anchoring many quotes on a long page resumes at the
 * next quote after every yield and never holds the page.
 */
import { anchorQuote, type Anchor } from '../anchor/match-quote';
import type { QuoteSelector } from '../db/records';
import { REPORT_LIMITS, type SavedAnchoring } from '../report';
import { runSliced, sliceClock, type SliceClock } from './slices';

export interface SavedQuote {
  id: string;
  selector: QuoteSelector;
}

export interface AnchoredQuote {
  quote: SavedQuote;
  anchor: Anchor | null;
}

/** Every quote anchored in `text`, or null when cancelled between slices. */
export async function anchorSavedQuotes(
  text: string,
  quotes: SavedQuote[],
  isCancelled: () => boolean = () => false,
  clock: SliceClock = sliceClock(),
): Promise<AnchoredQuote[] | null> {
  const out: AnchoredQuote[] = [];
  const done = await runSliced(
    (slice) => {
      while (out.length < quotes.length) {
        const quote = quotes[out.length]!;
        out.push({ quote, anchor: anchorQuote(text, quote.selector) });
        if (slice.shouldYield()) break;
      }
      return out.length === quotes.length;
    },
    clock,
    isCancelled,
  );
  return done ? out : null;
}

/** What the page report says of each saved quote: found as saved, found with other words (which), or gone. */
export function anchoringStates(text: string, anchored: AnchoredQuote[]): SavedAnchoring[] {
  return anchored.slice(0, REPORT_LIMITS.saved).map(({ quote, anchor }) => {
    if (!anchor) return { id: quote.id, state: 'orphaned', text: '' };
    if (!anchor.changed) return { id: quote.id, state: 'found', text: '' };
    const words = text.slice(anchor.start, anchor.end).replace(/\s+/g, ' ').trim();
    return { id: quote.id, state: 'changed', text: words.slice(0, REPORT_LIMITS.snippet) };
  });
}
