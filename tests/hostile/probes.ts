/**
 * Probes evaluated in a hostile page's main world (through `probe()` of the reading tests, so
 * they are sent as source). Pages that replace built-ins keep the real registry and timeline in
 * `__realHighlights` / `__realPerformance`; the probes that run while those overrides are in place
 * use nothing else.
 */
import type { NameCheck } from './pages';

/** Finished scans (newsmark:highlight measures), using only what a page cannot take away from us. */
export const SCANS_EXPRESSION = `(() => {
  const p = window.__realPerformance || performance;
  return p.getEntriesByName('newsmark:highlight', 'measure').length;
})()`;

/** Ranges in our actor highlights, counted without any Array or String method. */
export const ACTOR_RANGES_EXPRESSION = `(() => {
  const registry = window.__realHighlights || (window.CSS && CSS.highlights);
  let n = 0;
  if (registry) registry.forEach((h, name) => { if (name.lastIndexOf('newsmark-actor-', 0) === 0) n += h.size; });
  return n;
})()`;

export interface CheckResult extends NameCheck {
  occurrences: number;
  covered: number;
  /** for 'none': our ranges (any kind) that touch the root */
  inside: number;
  /** the root was not found */
  missing: boolean;
}

export function runNameChecks(checks: NameCheck[]): CheckResult[] {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  const actor: Range[] = [];
  const all: Range[] = [];
  const rootOf = (spec: string): Node | null => {
    if (spec === 'closed-shadow') return (window as unknown as { __closedRoot?: ShadowRoot }).__closedRoot ?? null;
    if (spec.startsWith('open-shadow:')) return document.querySelector(spec.slice('open-shadow:'.length))?.shadowRoot ?? null;
    return document.querySelector(spec);
  };
  registry?.forEach((highlight, name) => {
    if (!name.startsWith('newsmark-')) return;
    highlight.forEach((abstract) => {
      const range = document.createRange();
      try {
        range.setStart(abstract.startContainer, abstract.startOffset);
        range.setEnd(abstract.endContainer, abstract.endOffset);
      } catch {
        return;
      }
      all.push(range);
      if (name.startsWith('newsmark-actor-')) actor.push(range);
    });
  });
  // comparePoint only works within one tree: shadow roots are their own.
  const inRange = (range: Range, node: Node, offset: number) => {
    try {
      return range.comparePoint(node, offset) === 0;
    } catch {
      return false;
    }
  };
  return checks.map((check) => {
    const root = rootOf(check.root);
    if (!root) return { ...check, occurrences: 0, covered: 0, inside: 0, missing: true };
    let occurrences = 0;
    let covered = 0;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) nodes.push(node);
    for (const node of nodes) {
      let at = node.data.indexOf(check.name);
      while (at >= 0) {
        occurrences++;
        const start = at;
        const end = at + check.name.length;
        if (actor.some((r) => inRange(r, node, start) && inRange(r, node, end))) covered++;
        at = node.data.indexOf(check.name, end);
      }
    }
    const inside = all.filter((r) => root.contains(r.startContainer) || root.contains(r.endContainer)).length;
    return { ...check, occurrences, covered, inside, missing: false };
  });
}

export interface RangeSanity {
  total: number;
  detached: number;
  /** empty ranges: a live range whose text the page removed collapses onto the parent */
  collapsed: number;
  /** actor ranges whose text does not start and end on a letter (a cut name, a split surrogate pair) */
  ragged: string[];
  /** ranges inside our own UI */
  inOwnUi: number;
}

export function rangeSanity(): RangeSanity {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  const out: RangeSanity = { total: 0, detached: 0, collapsed: 0, ragged: [], inOwnUi: 0 };
  registry?.forEach((highlight, name) => {
    if (!name.startsWith('newsmark-')) return;
    highlight.forEach((abstract) => {
      out.total++;
      if (!abstract.startContainer.isConnected || !abstract.endContainer.isConnected) {
        out.detached++;
        return;
      }
      if (abstract.collapsed) {
        out.collapsed++;
        return;
      }
      // Inside our UI: under its host, or in a shadow tree hosted by it (the card's is closed).
      for (let node: Node | null = abstract.startContainer; node; ) {
        const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
        if (element?.closest('newsmark-ui, [data-newsmark-ui]')) {
          out.inOwnUi++;
          break;
        }
        const root = node.getRootNode();
        node = root instanceof ShadowRoot ? root.host : null;
      }
      if (!name.startsWith('newsmark-actor-')) return;
      const range = document.createRange();
      range.setStart(abstract.startContainer, abstract.startOffset);
      range.setEnd(abstract.endContainer, abstract.endOffset);
      const text = range.toString();
      if (!/^\p{L}[\s\S]*[\p{L}\p{M}.]$|^\p{L}$/u.test(text) && out.ragged.length < 10) out.ragged.push(JSON.stringify(text));
    });
  });
  return out;
}

/** Whether markup in the page's text ever ran (its handlers set data-pwned) and the page's img/script count. */
export function markupRan(): { pwned: string | null; images: number } {
  return { pwned: document.documentElement.getAttribute('data-pwned'), images: document.querySelectorAll('img').length };
}

/** detail.busyMs of every newsmark:highlight measure: painting is one synchronous task each. */
/** The longest slice of each paint of the highlights (painting is sliced: one slice is one task). */
export function highlightBusyMs(): number[] {
  return (performance.getEntriesByName('newsmark:highlight', 'measure') as PerformanceMeasure[]).map((m) => {
    const detail = m.detail as { busyMs?: unknown; longestSliceMs?: unknown } | null;
    if (detail && typeof detail.longestSliceMs === 'number') return detail.longestSliceMs;
    return detail && typeof detail.busyMs === 'number' ? detail.busyMs : Number.NaN;
  });
}
