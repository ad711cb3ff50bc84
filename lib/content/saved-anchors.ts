/**
 * Finding the reader's saved quotes in the page inside the content script's
 * time slices: quote after quote, and within a quote step after step
 * (match-quote.ts's anchorQuoteSteps: on a long page one pass over it at
 * most), so anchoring many quotes on a long page resumes where it paused
 * and never holds the page.
 */
import { anchorQuoteSteps, type Anchor } from '../anchor/match-quote';
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
  let current: Generator<void, Anchor | null> | null = null;
  const done = await runSliced(
    (slice) => {
      while (out.length < quotes.length) {
        const quote = quotes[out.length]!;
        current ??= anchorQuoteSteps(text, quote.selector);
        const step = current.next();
        if (step.done) {
          out.push({ quote, anchor: step.value });
          current = null;
        }
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
