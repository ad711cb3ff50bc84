/**
 * Re-anchoring saved quotes, for `npm run bench`: the time to find one saved
 * quote again on the largest shared page after the page was edited (a
 * paragraph added at the top, some quotes edited, some deleted), against one
 * indexOf pass of the quote over the same page measured in the same run; and
 * 50 saved quotes anchored in the content script's time slices
 * (lib/content/saved-anchors.ts), with the longest slice against the page
 * budget. Then a long quote on the 2 MB live blog, edited and deleted.
 */
import { anchorQuote } from '../lib/anchor/match-quote';
import { describeSpan } from '../lib/dom/quote-selector';
import { anchorSavedQuotes } from '../lib/content/saved-anchors';
import { SLICE_MS, sliceClock, type SliceClock } from '../lib/content/slices';
import { applyEdit, sampleQuotes, type EditKind, type Span } from '../tests/unit/anchor/edit-corpus';
import { rng } from './lib/synthetic-kb';

/** No task of ours may hold the page longer than this (CONTRIBUTING.md). */
const PAGE_BUDGET_MS = 50;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** A clock that remembers how long each slice ran. */
function recordingClock(): { clock: SliceClock; slices: number[] } {
  const inner = sliceClock();
  const slices: number[] = [];
  let start = performance.now();
  return {
    slices,
    clock: {
      shouldYield: (upcomingMs?: number) => inner.shouldYield(upcomingMs),
      pause: () => {
        slices.push(performance.now() - start);
        inner.pause();
      },
      reset: () => {
        start = performance.now();
        inner.reset();
      },
      busyMs: () => inner.busyMs(),
      longestMs: () => inner.longestMs(),
    },
  };
}

const KIND_OF = (i: number): EditKind | 'unchanged' =>
  (['unchanged', 'typo in the quote', 'word replaced', 'words inserted', 'the quote deleted'] as const)[i % 5]!;

/** The page with every fifth quote deleted and three in five edited, and a paragraph added at the top. */
function editedPage(text: string, quotes: Span[]): string {
  const r = rng(42);
  let edited = text;
  // From the end backwards, so each edit leaves the earlier offsets alone.
  for (let i = quotes.length - 1; i >= 0; i--) {
    const kind = KIND_OF(i);
    if (kind === 'unchanged') continue;
    edited = applyEdit(kind, edited, quotes[i]!, r)?.text ?? edited;
  }
  return `UPDATE: This story has been updated with a statement from the ministry.\n${edited}`;
}

function timeQuote(fn: () => void): number {
  fn();
  const times: number[] = [];
  for (let k = 0; k < 5; k++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

export async function benchAnchoring(pages: Array<{ name: string; text: string }>, blog: string): Promise<void> {
  const largest = [...pages].sort((a, b) => b.text.length - a.text.length)[0];
  const targets = largest ? [{ name: largest.name, text: largest.text }] : [];
  if (!largest) console.log('NOTICE: no shared pages: anchoring is measured on the live blog only.');
  targets.push({ name: 'live blog 2 MB', text: blog });

  for (const { name, text } of targets) {
    const quotes = sampleQuotes(text, 50);
    const selectors = quotes.map((q) => describeSpan(text, q.start, q.end));
    const page = editedPage(text, quotes);
    console.log(`\n== re-anchoring ${quotes.length} saved quotes on ${name} (${(text.length / 1e3).toFixed(0)}k characters), after edits`);
    const byKind = new Map<string, { ms: number[]; base: number[]; found: number }>();
    for (let i = 0; i < selectors.length; i++) {
      const selector = selectors[i]!;
      const kind = KIND_OF(i);
      const row = byKind.get(kind) ?? { ms: [], base: [], found: 0 };
      row.ms.push(timeQuote(() => anchorQuote(page, selector)));
      row.base.push(timeQuote(() => page.indexOf(selector.exact)));
      if (anchorQuote(page, selector)) row.found++;
      byKind.set(kind, row);
    }
    for (const [kind, row] of byKind) {
      const ms = median(row.ms);
      const base = median(row.base);
      console.log(
        `${kind.padEnd(20)} ${String(row.ms.length).padStart(3)} quotes, ${row.found} anchored; per quote median ${ms.toFixed(3)} ms, ` +
          `max ${Math.max(...row.ms).toFixed(3)} ms; ${(ms / Math.max(base, 1e-3)).toFixed(1)}× one indexOf pass (${base.toFixed(3)} ms)`,
      );
    }
    // The first run warms the JIT; five measured runs, on a machine that may be shared: median and worst.
    const sliced: number[] = [];
    const walls: number[] = [];
    for (let round = 0; round < 6; round++) {
      const { clock, slices } = recordingClock();
      const t = performance.now();
      await anchorSavedQuotes(page, selectors.map((selector, i) => ({ id: String(i), selector })), () => false, clock);
      clock.pause();
      if (round === 0) continue;
      walls.push(performance.now() - t);
      sliced.push(Math.max(...slices));
    }
    const typical = median(sliced);
    console.log(
      `${quotes.length} quotes sliced (${SLICE_MS} ms slices), longest slice of a run: median ${typical.toFixed(1)} ms ` +
        `= ${(typical / PAGE_BUDGET_MS).toFixed(2)}× the ${PAGE_BUDGET_MS} ms page budget (${typical <= PAGE_BUDGET_MS ? 'within' : 'OVER'}), ` +
        `worst of 5 runs ${Math.max(...sliced).toFixed(1)} ms; wall time per run median ${median(walls).toFixed(0)} ms`,
    );
  }

  // One long quote (about 2,000 characters) on the 2 MB blog, edited and deleted.
  const mid = Math.floor(blog.length / 2);
  const start = blog.indexOf('\n', mid) + 1;
  const end = blog.indexOf('\n', start + 2000);
  const selector = describeSpan(blog, start, end);
  const quote = blog.slice(start, end);
  const edited = blog.slice(0, start) + quote.replace(/ the /, ' a ').replace(/\. /, ', ') + blog.slice(end);
  const deleted = blog.slice(0, start) + blog.slice(end + 1);
  const moved = `${'An added paragraph of some length. '.repeat(400)}\n${edited}`;
  const floor = timeQuote(() => blog.indexOf(quote.slice(0, 64)));
  for (const [label, text] of [['edited in place', edited], ['edited, 14k added above', moved], ['deleted', deleted]] as const) {
    const ms = timeQuote(() => anchorQuote(text, selector));
    const found = anchorQuote(text, selector);
    console.log(
      `long quote (${quote.length} chars) on the 2 MB blog, ${label.padEnd(24)}: ${ms.toFixed(1)} ms (${found ? (found.changed ? 'found, changed' : 'found') : 'orphan'}); ` +
        `${(ms / Math.max(floor, 1e-3)).toFixed(1)}× one indexOf pass over the blog (${floor.toFixed(2)} ms)`,
    );
  }
}
