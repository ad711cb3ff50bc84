/**
 * What the reading tests look at inside the page. Every function here is handed to the browser's
 * evaluate (Playwright or puppeteer), which sends its source: each is self-contained and takes at
 * most one argument. They run in the page's main world, which shares the highlight registry,
 * the performance timeline and the DOM with the content script.
 */

/**
 * Installed before any document script (Playwright `addInitScript`, puppeteer
 * `evaluateOnNewDocument`), so before the extension: records every mutation of the document after
 * the parser is done (the parser's own insertions are dropped at DOMContentLoaded).
 */
export const MUTATION_LOG_SCRIPT = `(() => {
  if (window.__newsmarkMutations) return;
  const log = [];
  window.__newsmarkMutations = log;
  window.__newsmarkParsed = false;
  const name = (node) => (node && node.nodeName ? node.nodeName.toLowerCase() : String(node));
  const observer = new MutationObserver((records) => {
    if (!window.__newsmarkParsed) return;
    for (const r of records) {
      log.push(r.type + ' on ' + name(r.target) +
        (r.attributeName ? ' [' + r.attributeName + ']' : '') +
        (r.addedNodes.length ? ' +' + Array.from(r.addedNodes, name).join(',') : '') +
        (r.removedNodes.length ? ' -' + Array.from(r.removedNodes, name).join(',') : ''));
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  document.addEventListener('DOMContentLoaded', () => {
    observer.takeRecords();
    window.__newsmarkParsed = true;
  }, { once: true, capture: true });
})();`;

export interface MutationLog {
  installed: boolean;
  parsed: boolean;
  mutations: string[];
}

export function readMutationLog(): MutationLog {
  const w = window as unknown as { __newsmarkMutations?: string[]; __newsmarkParsed?: boolean };
  return { installed: Array.isArray(w.__newsmarkMutations), parsed: !!w.__newsmarkParsed, mutations: (w.__newsmarkMutations ?? []).slice(0, 50) };
}

export interface ScanMeasures {
  extract: number;
  match: number;
  highlight: number;
  /** detail.busyMs of every newsmark:* measure, or null where a measure has none */
  busyMs: (number | null)[];
}

/** The content script's User Timing measures in the page's timeline. */
export function readScanMeasures(): ScanMeasures {
  const named = (name: string) => performance.getEntriesByName(name, 'measure') as PerformanceMeasure[];
  const all = ['newsmark:extract', 'newsmark:match', 'newsmark:highlight'].flatMap(named);
  return {
    extract: named('newsmark:extract').length,
    match: named('newsmark:match').length,
    highlight: named('newsmark:highlight').length,
    busyMs: all.map((m) => {
      // (Firefox ESR 140.12 may deny the page a content script's detail object: unreadable is no number, and the
      // measures above still count)
      try {
        const detail = m.detail as { busyMs?: unknown } | null;
        return detail && typeof detail.busyMs === 'number' ? detail.busyMs : null;
      } catch {
        return null;
      }
    }),
  };
}

export interface HighlightSummary {
  /** every highlight of ours in the registry with its size (ranges as registered) */
  sizes: Record<string, number>;
  /** per highlight: the text of each distinct range (same boundaries counted once), whitespace collapsed */
  texts: Record<string, string[]>;
  /** ranges whose nodes are no longer in the document */
  detached: number;
}

/** The newsmark-* highlights registered in CSS.highlights and the text of their ranges. */
export function readHighlights(): HighlightSummary {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  const out: HighlightSummary = { sizes: {}, texts: {}, detached: 0 };
  if (!registry) return out;
  const ids = new Map<Node, number>();
  const idOf = (node: Node) => {
    let id = ids.get(node);
    if (id === undefined) ids.set(node, (id = ids.size + 1));
    return id;
  };
  registry.forEach((highlight, name) => {
    if (!name.startsWith('newsmark-')) return;
    out.sizes[name] = highlight.size;
    const seen = new Set<string>();
    const texts: string[] = [];
    highlight.forEach((abstract) => {
      const key = `${idOf(abstract.startContainer)}:${abstract.startOffset}:${idOf(abstract.endContainer)}:${abstract.endOffset}`;
      if (seen.has(key)) return;
      seen.add(key);
      if (!abstract.startContainer.isConnected || !abstract.endContainer.isConnected) out.detached++;
      let text: string;
      if (abstract instanceof Range) text = abstract.toString();
      else {
        const range = document.createRange();
        range.setStart(abstract.startContainer, abstract.startOffset);
        range.setEnd(abstract.endContainer, abstract.endOffset);
        text = range.toString();
      }
      texts.push(text.replace(/\s+/g, ' ').trim());
    });
    out.texts[name] = texts;
  });
  return out;
}

/**
 * For each text: how many times it occurs in parts of the body a reader does not see (elements
 * the browser does not render or hides, and the markup a reader never reads). The scanner, which
 * has no CSS, may find mentions there that the browser rightly leaves out.
 */
export function countHiddenOccurrences(texts: string[]): Record<string, number> {
  const SKIP = 'script, style, noscript, template, textarea, select, option, iframe, object, svg title, [hidden], [aria-hidden="true"], [contenteditable=""], [contenteditable="true"]';
  const hiddenRoots: Element[] = [];
  const visit = (element: Element) => {
    const hidden =
      element.matches(SKIP) ||
      (typeof element.checkVisibility === 'function'
        ? !element.checkVisibility({ visibilityProperty: true, opacityProperty: true } as CheckVisibilityOptions)
        : getComputedStyle(element).display === 'none');
    if (hidden) {
      hiddenRoots.push(element);
      return;
    }
    for (const child of Array.from(element.children)) visit(child);
  };
  if (document.body) visit(document.body);
  const hiddenText = hiddenRoots.map((element) => (element.textContent ?? '').replace(/\s+/g, ' ')).join(' \n ');
  const counts: Record<string, number> = {};
  for (const text of texts) {
    const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
    counts[text] = (hiddenText.match(pattern) ?? []).length;
  }
  return counts;
}

export interface NameCoverage {
  name: string;
  occurrences: number;
  covered: number;
}

/**
 * For each name: its occurrences in the text nodes of `<article>` (or the body) and how many of
 * them lie inside a range of the highlights whose names start with `prefix`.
 */
export function coverageOfNames(arg: { prefix: string; names: string[] }): NameCoverage[] {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  const ranges: Range[] = [];
  registry?.forEach((highlight, name) => {
    if (!name.startsWith(arg.prefix)) return;
    highlight.forEach((abstract) => {
      const range = document.createRange();
      range.setStart(abstract.startContainer, abstract.startOffset);
      range.setEnd(abstract.endContainer, abstract.endOffset);
      ranges.push(range);
    });
  });
  const root = document.querySelector('article') ?? document.body;
  return arg.names.map((name) => {
    let occurrences = 0;
    let covered = 0;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      let at = node.data.indexOf(name);
      while (at >= 0) {
        occurrences++;
        const start = at;
        const end = at + name.length;
        if (ranges.some((r) => r.comparePoint(node!, start) === 0 && r.comparePoint(node!, end) === 0)) covered++;
        at = node.data.indexOf(name, end);
      }
    }
    return { name, occurrences, covered };
  });
}

export interface PagePoint {
  x: number;
  y: number;
  /** the text of the highlighted range the point is on */
  text: string;
}

/**
 * Scrolls a highlighted range into view and returns the middle of its first line box, in
 * viewport coordinates. `text` picks the range (whitespace-collapsed text); for claims, the point
 * is moved to a character that no actor range covers, so the card is the claim's.
 */
export function pointOnHighlight(arg: { kind: 'actor' | 'claim'; text: string }): PagePoint | null {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  if (!registry) return null;
  const toRange = (abstract: AbstractRange) => {
    const range = document.createRange();
    range.setStart(abstract.startContainer, abstract.startOffset);
    range.setEnd(abstract.endContainer, abstract.endOffset);
    return range;
  };
  const of = (kind: string) => {
    const list: Range[] = [];
    registry.forEach((highlight, name) => {
      if (name.startsWith(`newsmark-${kind}-`)) highlight.forEach((r) => list.push(toRange(r)));
    });
    return list;
  };
  const target = of(arg.kind).find((range) => range.toString().replace(/\s+/g, ' ').trim() === arg.text);
  if (!target) return null;
  const element = target.startContainer.parentElement;
  element?.scrollIntoView({ block: 'center', inline: 'nearest' });
  let probe: Range = target;
  if (arg.kind === 'claim') {
    // A letter of the sentence outside every actor name.
    const actors = of('actor');
    const walker = document.createTreeWalker(target.commonAncestorContainer, NodeFilter.SHOW_TEXT);
    let found: Range | null = null;
    const first = target.startContainer.nodeType === Node.TEXT_NODE ? (target.startContainer as Text) : null;
    const nodes: Text[] = first ? [first] : [];
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (node !== first && target.intersectsNode(node)) nodes.push(node);
    }
    for (const node of nodes) {
      const from = node === target.startContainer ? target.startOffset : 0;
      const to = node === target.endContainer ? target.endOffset : node.data.length;
      for (let i = from; i < to - 1 && !found; i++) {
        if (!/\p{L}/u.test(node.data[i]) || !/\p{L}/u.test(node.data[i + 1])) continue;
        if (actors.some((r) => r.comparePoint(node, i) === 0 && r.comparePoint(node, i + 2) === 0)) continue;
        if (actors.some((r) => r.comparePoint(node, i) === 0 || r.comparePoint(node, i + 1) === 0)) continue;
        const piece = document.createRange();
        piece.setStart(node, i);
        piece.setEnd(node, i + 2);
        found = piece;
      }
      if (found) break;
    }
    if (!found) return null;
    probe = found;
  }
  const rect = Array.from(probe.getClientRects()).find((r) => r.width > 0 && r.height > 0);
  if (!rect) return null;
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, text: arg.text };
}

export interface CardState {
  /** `<newsmark-ui>` hosts in the document */
  hosts: number;
  /** the host's data-newsmark-card, or null without a host */
  card: string | null;
  /** the host's data-newsmark-speaker ("A01:claim-speaker"): who the claim card says speaks on the page */
  speaker: string | null;
  /** where the host hangs: the parent's node name */
  parent: string | null;
  /** true when the host exposes no open shadow root (a closed one, as the contract wants) */
  closedShadow: boolean | null;
}

export function readCard(): CardState {
  const hosts = Array.from(document.querySelectorAll('newsmark-ui'));
  const host = hosts[0] ?? null;
  return {
    hosts: hosts.length,
    card: host ? host.getAttribute('data-newsmark-card') : null,
    speaker: host ? host.getAttribute('data-newsmark-speaker') : null,
    parent: host?.parentNode ? host.parentNode.nodeName.toLowerCase() : null,
    closedShadow: host ? host.shadowRoot === null : null,
  };
}

/** Appends a paragraph to the element `selector` names, as the page's own script would. */
export function appendParagraph(arg: { selector: string; id: string; text: string }): void {
  const p = document.createElement('p');
  p.id = arg.id;
  p.textContent = arg.text;
  (document.querySelector(arg.selector) ?? document.body).appendChild(p);
}

/** A single-page-app navigation: a new URL through the history API and new content in place of the old. */
export function spaNavigate(arg: { url: string; selector: string; html: string }): void {
  history.pushState({ newsmark: true }, '', arg.url);
  const main = document.querySelector(arg.selector) ?? document.body;
  const article = document.createElement('article');
  article.id = 'spa-article';
  // Our own fixed markup (test constants), never page text.
  article.innerHTML = arg.html;
  main.replaceChildren(article);
}

/** The actor highlight texts whose ranges lie inside the element `selector` names. */
export function highlightedTextsIn(arg: { selector: string; prefix: string }): string[] {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  const container = document.querySelector(arg.selector);
  if (!registry || !container) return [];
  const texts: string[] = [];
  registry.forEach((highlight, name) => {
    if (!name.startsWith(arg.prefix)) return;
    highlight.forEach((abstract) => {
      if (!container.contains(abstract.startContainer) || !container.contains(abstract.endContainer)) return;
      const range = document.createRange();
      range.setStart(abstract.startContainer, abstract.startOffset);
      range.setEnd(abstract.endContainer, abstract.endOffset);
      texts.push(range.toString().replace(/\s+/g, ' ').trim());
    });
  });
  return texts;
}

/**
 * The source text that calls a probe with its argument in the page. Passing source rather than
 * the function keeps the probes working whatever the TypeScript transform adds: tsx (the bench)
 * keeps function names through an `__name` helper that the page does not have.
 */
export function probe<A, R>(fn: (arg: A) => R, arg?: A): string {
  return `((__name) => (${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)}))((f) => f)`;
}

/**
 * For failure messages: where a text occurs in the body outside every highlight of `prefix`
 * (up to `limit` places per text), with the words around it and whether the browser renders it.
 */
export function uncoveredOccurrences(arg: { prefix: string; texts: string[]; limit: number }): Record<string, string[]> {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  const ranges: Range[] = [];
  registry?.forEach((highlight, name) => {
    if (!name.startsWith(arg.prefix)) return;
    highlight.forEach((abstract) => {
      const range = document.createRange();
      range.setStart(abstract.startContainer, abstract.startOffset);
      range.setEnd(abstract.endContainer, abstract.endOffset);
      ranges.push(range);
    });
  });
  const out: Record<string, string[]> = {};
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) nodes.push(node);
  for (const text of arg.texts) {
    const places: string[] = [];
    for (const node of nodes) {
      let at = node.data.indexOf(text);
      while (at >= 0 && places.length < arg.limit) {
        const start = at;
        const end = at + text.length;
        if (!ranges.some((r) => r.comparePoint(node, start) === 0 && r.comparePoint(node, end) === 0)) {
          const parent = node.parentElement;
          const visible = parent && typeof parent.checkVisibility === 'function' ? parent.checkVisibility() : null;
          const context = node.data.slice(Math.max(0, start - 40), end + 40).replace(/\s+/g, ' ');
          places.push(`<${parent?.nodeName.toLowerCase()}${visible === false ? ' not rendered' : ''}> …${context}…`);
        }
        at = node.data.indexOf(text, end);
      }
    }
    out[text] = places;
  }
  return out;
}
