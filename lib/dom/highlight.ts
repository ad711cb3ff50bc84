/**
 * Highlights through the CSS Custom Highlight API: the page's DOM is never
 * touched, and the page's own scripts can't break our marks. Names say which
 * highlight is which, so the page and tests can tell them apart.
 */
import { rangeFor, type ExtractedText } from './text-walker';

export const ACTOR_HIGHLIGHT = 'newsmark-actor';
export const CLAIM_HIGHLIGHT = 'newsmark-claim';

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
}

function registry(win: Window & typeof globalThis): HighlightRegistry | null {
  const css = (win as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const HighlightCtor = (win as unknown as { Highlight?: unknown }).Highlight;
  return css?.highlights && typeof HighlightCtor === 'function' ? css.highlights : null;
}

export function highlightsSupported(win: Window & typeof globalThis = window): boolean {
  return registry(win) !== null;
}

/** Registers one highlight of the given spans; returns how many ranges it holds. */
export function setHighlight(
  name: string,
  extracted: ExtractedText,
  spans: ReadonlyArray<{ start: number; end: number }>,
  win: Window & typeof globalThis = window,
): number {
  const highlights = registry(win);
  if (!highlights) return 0;
  const ranges: Range[] = [];
  for (const span of spans) {
    const range = rangeFor(extracted, span.start, span.end);
    if (range && !range.collapsed) ranges.push(range);
  }
  const HighlightCtor = (win as unknown as { Highlight: new (...ranges: Range[]) => unknown }).Highlight;
  if (ranges.length === 0) highlights.delete(name);
  else highlights.set(name, new HighlightCtor(...ranges));
  return ranges.length;
}

export function clearHighlights(win: Window & typeof globalThis = window): void {
  const highlights = registry(win);
  highlights?.delete(ACTOR_HIGHLIGHT);
  highlights?.delete(CLAIM_HIGHLIGHT);
}
