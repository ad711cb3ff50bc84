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

/**
 * Keeps only the outermost of nested regions. A walk up from each region: n regions cost
 * n × depth steps, where comparing every pair cost n² (thousands of appended items).
 */
export function outermost(regions: Iterable<Node>): Node[] {
  const set = new Set(regions);
  const out: Node[] = [];
  for (const node of set) {
    let nested = false;
    for (let at = node.parentNode; at && !nested; at = at.parentNode) nested = set.has(at);
    if (!nested) out.push(node);
  }
  return out;
}

export class MutationWatcher {
  private readonly observer: MutationObserver;
  private pending = new Set<Node>();
  /** something left the page: its matches must go even if nothing needs re-reading */
  private removals = false;
  /** more regions than a re-read of the whole page is worth: stop collecting, re-read it all */
  private overflow = false;
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
    this.overflow = false;
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
    // A page that adds thousands of blocks at once is read whole: past the limit, the records
    // are only counted, so this callback's cost stays flat however much the page changes.
    for (let r = 0; r < records.length && !this.overflow; r++) {
      const record = records[r]!;
      if (ownNode(record.target)) continue;
      if (record.type === 'childList') {
        if (!this.removals) {
          for (const node of record.removedNodes) {
            if (ownNode(node)) continue;
            this.removals = true;
            break;
          }
        }
        const limit = this.maxRegions * 4;
        for (const node of record.addedNodes) {
          if (ownNode(node)) continue;
          // New content appended to a big container (infinite scroll) is read on its own.
          const region = node.nodeType === 1 && BLOCKISH.test((node as Element).tagName.toUpperCase()) ? node : blockAround(record.target);
          if (region) this.pending.add(region);
          if (this.pending.size > limit) break;
        }
      } else {
        const region = blockAround(record.target);
        if (region) this.pending.add(region);
      }
      if (this.pending.size > this.maxRegions * 4) this.overflow = true;
    }
    if ((this.pending.size > 0 || this.removals || this.overflow) && this.timer === null) {
      this.timer = setTimeout(() => this.flush(), this.intervalMs);
    }
  }

  private flush(): void {
    this.timer = null;
    const overflow = this.overflow;
    const regions = overflow ? [] : outermost([...this.pending].filter((node) => node.isConnected));
    const removals = this.removals;
    this.pending.clear();
    this.removals = false;
    this.overflow = false;
    if (overflow) return this.onRegions('all');
    if (regions.length === 0 && !removals) return;
    const body = (this.target as Node).ownerDocument?.body ?? null;
    this.onRegions(regions.length > this.maxRegions || regions.some((r) => r === body) ? 'all' : regions);
  }
}
