/**
 * One MutationObserver for the page: collects what changed, reduces it to a
 * few regions (the nearest block around each change, nested ones merged) and
 * hands them over at most every `intervalMs`. A debounce alone would starve
 * on a page that changes every frame; this throttles instead. Changes inside
 * our own UI, or made by our own fallback marks, are ignored.
 */
import { OWN_UI_ATTRIBUTE } from '../dom/text-walker';
import { MARK_TAG } from '../dom/highlight';

const BLOCKISH = /^(P|DIV|LI|ARTICLE|SECTION|MAIN|ASIDE|BLOCKQUOTE|TD|TH|TR|TABLE|UL|OL|DL|DD|DT|H[1-6]|HEADER|FOOTER|FIGURE|FIGCAPTION|PRE|FORM|BODY|NAV|DETAILS)$/;

export interface MutationWatcherOptions {
  intervalMs?: number;
  /** beyond this many regions, the page is re-scanned whole */
  maxRegions?: number;
}

/** Regions to re-read; an empty list means only that some content left the page. */
export type RegionsCallback = (regions: Node[] | 'all') => void;

function ownNode(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!element) return false;
  if (element.localName === MARK_TAG && node.nodeType === 1) return true;
  return element.closest(`[${OWN_UI_ATTRIBUTE}]`) !== null;
}

function blockAround(node: Node): Element | null {
  let element: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (element && !BLOCKISH.test(element.tagName.toUpperCase())) element = element.parentElement;
  return element;
}

/** Keeps only the outermost of nested regions. */
export function outermost(regions: Iterable<Node>): Node[] {
  const list = [...new Set(regions)];
  return list.filter((node) => !list.some((other) => other !== node && other.contains(node)));
}

export class MutationWatcher {
  private readonly observer: MutationObserver;
  private pending = new Set<Node>();
  /** something left the page: its matches must go even if nothing needs re-reading */
  private removals = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly intervalMs: number;
  private readonly maxRegions: number;

  constructor(
    private readonly target: Node,
    private readonly onRegions: RegionsCallback,
    options: MutationWatcherOptions = {},
    MutationObserverImpl: typeof MutationObserver = MutationObserver,
  ) {
    this.intervalMs = options.intervalMs ?? 400;
    this.maxRegions = options.maxRegions ?? 40;
    this.observer = new MutationObserverImpl((records) => this.collect(records));
  }

  start(): void {
    this.observer.observe(this.target, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.observer.disconnect();
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.pending.clear();
    this.removals = false;
  }

  /** Runs `change` (our own DOM change, e.g. fallback marks) without noticing it. */
  ignoring<T>(change: () => T): T {
    this.collect(this.observer.takeRecords());
    try {
      return change();
    } finally {
      this.observer.takeRecords();
    }
  }

  private collect(records: MutationRecord[]): void {
    for (const record of records) {
      if (ownNode(record.target)) continue;
      if (record.type === 'childList') {
        const added = [...record.addedNodes].filter((node) => !ownNode(node));
        const removed = [...record.removedNodes].filter((node) => !ownNode(node));
        if (removed.length > 0) this.removals = true;
        for (const node of added) {
          // New content appended to a big container (infinite scroll) is read on its own.
          const region = node.nodeType === 1 && BLOCKISH.test((node as Element).tagName.toUpperCase()) ? node : blockAround(record.target);
          if (region) this.pending.add(region);
        }
        continue;
      }
      const region = blockAround(record.target);
      if (region) this.pending.add(region);
    }
    if ((this.pending.size > 0 || this.removals) && this.timer === null) {
      this.timer = setTimeout(() => this.flush(), this.intervalMs);
    }
  }

  private flush(): void {
    this.timer = null;
    const regions = outermost([...this.pending].filter((node) => node.isConnected));
    const removals = this.removals;
    this.pending.clear();
    this.removals = false;
    if (regions.length === 0 && !removals) return;
    const body = (this.target as Node).ownerDocument?.body ?? null;
    this.onRegions(regions.length > this.maxRegions || regions.some((r) => r === body) ? 'all' : regions);
  }
}
