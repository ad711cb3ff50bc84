/**
 * Attribution reads every word through tables built from its lexicons: the cue table of nine languages (their
 * words folded and tokenised), and the token lookup with its span table. In a fresh page they take about 30 ms to
 * build (Chromium here; a slow machine three times that), which the first scan to ask a speaker would pay inside
 * one task, past the 50 ms a task may block the page. So they are built in steps of a few milliseconds, one or
 * more per task, by whoever holds the clock: ChunkedMatch (lib/content/chunked-match.ts) when a scan reports them
 * cold, the page's statements before they attribute a page. Code that does not take steps builds them on first
 * use, as before; the result is the same tables either way.
 */
import { tokenLookupBuilt, tokenLookupStep } from './doc';

/** Builds the next piece of the tables; true when they are all built (then it does nothing). */
export function warmStep(): boolean {
  return tokenLookupStep();
}

/** Whether the tables are all built. */
export const attributionWarm = (): boolean => tokenLookupBuilt();
