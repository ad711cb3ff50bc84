/**
 * The content script's behaviour: scan the page when it is allowed to, keep
 * highlights and the background's report in step with the page as it
 * changes, and let the reader hide everything. Browser APIs arrive through
 * `ContentPorts`, so tests drive it in happy-dom.
 */
import type { Highlighter } from '../dom/highlight';
import type { HighlightKind } from '../highlight-styles';
import type { Matcher } from '../match/types';
import type { PageConfig } from '../messaging/protocol';
import type { PageReport } from '../report';
import { MutationWatcher } from './mutation-watcher';
import { PageMatches, type LiveMatch } from './page-matches';
import { MAX_SCANNED_CHARS, measureSpan, scanRegion } from './region-scan';
import { describeRange } from '../dom/quote-selector';
import { extractText, rangeFor } from '../dom/text-walker';
import type { QuoteSelector } from '../db/records';
import type { SavedAnchoring } from '../report';
import { anchorSavedQuotes, anchoringStates, type SavedQuote } from './saved-anchors';

/** Dense pages stay readable: beyond these, further matches are reported but not painted. */
export const MAX_PAINTED = { actor: 1500, claim: 300 } as const;

export interface ContentPorts {
  doc: Document;
  /** asks the background how this page is to be handled */
  config(): Promise<PageConfig>;
  /** the compiled knowledge base, from cache or the background */
  loadMatcher(): Promise<Matcher>;
  report(report: Omit<PageReport, 'scannedAt'>): Promise<void>;
  /** the reader's saved quotes on this page */
  savedQuotes?(): Promise<SavedQuote[]>;
  highlighter: Highlighter;
  isHidden?: (element: Element) => boolean;
  /** the extension was reloaded or removed: stop quietly */
  isInvalid(): boolean;
  watchMutations?: boolean;
}

export class ContentController {
  readonly matches = new PageMatches();
  private matcher: Matcher | null = null;
  private config: PageConfig | null = null;
  private watcher: MutationWatcher | null = null;
  private generation = 0;
  private visible = true;
  private queue: Promise<void> = Promise.resolve();
  private textLength = 0;
  private timings = { extractMs: 0, matchMs: 0, highlightMs: 0, totalMs: 0 };
  private savedRanges: Range[] = [];
  /** where each saved quote stands, for the page report; undefined until anchored */
  private savedStates: SavedAnchoring[] | undefined;
  private anchoring = 0;
  private flashRanges: Range[] = [];
  private flashTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly ports: ContentPorts) {}

  /** Reads the settings and scans the whole page, or clears it when Newsmark is off here. */
  start(): Promise<void> {
    const generation = ++this.generation;
    return this.enqueue(async () => {
      this.config = await this.ports.config();
      if (this.cancelled(generation)) return;
      if (!this.config.enabled) {
        this.stopWatching();
        this.matches.clear();
        this.savedRanges = [];
        this.savedStates = undefined;
        this.ports.highlighter.clear();
        return;
      }
      this.matcher ??= await this.ports.loadMatcher();
      // Watch before reading: content the page adds while the first scan runs
      // is queued for a scan of its own instead of being missed.
      if (this.ports.watchMutations !== false) this.startWatching();
      await this.scan('all', generation);
      if (this.cancelled(generation)) return;
      await this.anchorSaved();
    });
  }

  /** Settings or the knowledge base changed: start over with fresh ones. */
  restart(): Promise<void> {
    this.matcher = null;
    return this.start();
  }

  /** The one switch for the page's highlights (the toolbar command). */
  toggleHighlights(): boolean {
    this.visible = !this.visible;
    this.paint();
    return this.visible;
  }

  get highlightsVisible(): boolean {
    return this.visible;
  }

  /** The live match at a point of the page, for hover cards. */
  matchAt(test: (range: Range) => boolean, kinds: HighlightKind[] = ['actor', 'claim']): LiveMatch | null {
    if (!this.visible) return null;
    for (const kind of kinds) {
      if (!this.shown(kind)) continue;
      for (const match of this.matches.list(kind).slice(0, MAX_PAINTED[kind])) if (test(match.range)) return match;
    }
    return null;
  }

  /** Marks the reader's saved quotes (again): after a scan, and when what is saved changes. */
  async anchorSaved(): Promise<void> {
    if (!this.ports.savedQuotes || !this.config?.enabled) return;
    // A newer call (saves changed again) takes over; this one stops at its next slice.
    const run = ++this.anchoring;
    let quotes: SavedQuote[];
    try {
      quotes = await this.ports.savedQuotes();
    } catch {
      return;
    }
    const extracted = quotes.length ? this.extractAll() : null;
    const anchored = extracted
      ? await anchorSavedQuotes(extracted.text, quotes, () => run !== this.anchoring || this.ports.isInvalid())
      : [];
    if (!anchored || run !== this.anchoring) return;
    this.savedRanges = anchored.flatMap(({ anchor }) => (anchor && extracted ? rangeFor(extracted, anchor.start, anchor.end) ?? [] : []));
    this.savedStates = extracted ? anchoringStates(extracted.text, anchored) : [];
    this.paint();
    if (this.matcher) await this.sendReport(this.matcher.version);
  }

  get savedCount(): number {
    return this.savedRanges.length;
  }

  /** Scrolls to the n-th match of an actor or claim and flashes it. */
  jump(kind: HighlightKind, id: string, index: number): { found: boolean; total: number } {
    const total = this.matches.list(kind).filter((m) => m.id === id).length;
    const match = this.matches.nth(kind, id, index);
    if (!match || !match.range.startContainer.isConnected) return { found: false, total };
    const target = match.range.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    this.flashRanges = [match.range];
    this.paint();
    if (this.flashTimer !== null) clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => {
      this.flashTimer = null;
      this.flashRanges = [];
      this.paint();
    }, 1600);
    return { found: true, total };
  }

  /** Matches a piece of text (the reader's selection) with the page's settings. */
  analyse(text: string) {
    return this.matcher ? this.matcher.scan(text, { threshold: this.config?.claimThreshold ?? undefined }) : null;
  }

  get enabled(): boolean {
    return !!this.config?.enabled;
  }

  private extractAll() {
    const root = this.ports.doc.body ?? this.ports.doc.documentElement;
    return extractText(root, { isHidden: this.ports.isHidden, maxLength: MAX_SCANNED_CHARS });
  }

  /** A quote selector for a range of the page, over the same text the scans read. */
  describe(range: Range): QuoteSelector | null {
    return describeRange(range, this.extractAll());
  }

  stop(): void {
    this.generation++;
    this.stopWatching();
    this.ports.highlighter.clear();
  }

  private cancelled(generation: number): boolean {
    return generation !== this.generation || this.ports.isInvalid();
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(task, task);
    return this.queue;
  }

  private startWatching(): void {
    if (this.watcher) return;
    const target = this.ports.doc.documentElement;
    this.watcher = new MutationWatcher(target, (regions) => {
      const generation = this.generation;
      void this.enqueue(() => this.scan(regions, generation));
    });
    this.watcher.start();
  }

  private stopWatching(): void {
    this.watcher?.stop();
    this.watcher = null;
  }

  private async scan(regions: Node[] | 'all', generation: number): Promise<void> {
    const matcher = this.matcher;
    if (!matcher || !this.config?.enabled || this.cancelled(generation)) return;
    const started = performance.now();
    const roots = regions === 'all' ? [this.ports.doc.body ?? this.ports.doc.documentElement] : regions;
    const found: LiveMatch[] = [];
    let extractMs = 0;
    let matchMs = 0;
    let textLength = 0;
    for (const root of roots) {
      if (!root.isConnected) continue;
      const scanned = await scanRegion(root, matcher, {
        threshold: this.config.claimThreshold ?? undefined,
        isHidden: this.ports.isHidden,
        isCancelled: () => this.cancelled(generation),
      });
      if (!scanned) return;
      found.push(...scanned.matches);
      extractMs += scanned.extractMs;
      matchMs += scanned.matchMs;
      textLength += scanned.textLength;
    }
    if (regions === 'all') {
      this.matches.replaceAll(found);
      this.textLength = textLength;
    } else {
      this.matches.replaceWithin(roots, found);
    }
    const highlightStart = performance.now();
    this.paint();
    const highlightMs = performance.now() - highlightStart;
    measureSpan('newsmark:highlight', highlightStart, performance.now(), highlightMs);
    this.timings = { extractMs, matchMs, highlightMs, totalMs: performance.now() - started };
    await this.sendReport(matcher.version);
  }

  private shown(kind: HighlightKind): boolean {
    return !!this.config && (kind === 'actor' ? this.config.display.actors : this.config.display.claims);
  }

  private paint(): void {
    const { highlighter } = this.ports;
    const draw = () => {
      if (!this.visible || !this.config?.enabled) {
        highlighter.clear();
        return;
      }
      for (const kind of ['actor', 'claim'] as const) {
        const style = kind === 'actor' ? this.config.display.actorStyle : this.config.display.claimStyle;
        const ranges = this.shown(kind) ? this.matches.list(kind).slice(0, MAX_PAINTED[kind]).map((m) => m.range) : [];
        highlighter.show(kind, style, ranges);
      }
      highlighter.show('saved', '', this.savedRanges.filter((range) => range.startContainer.isConnected));
      highlighter.show('flash', '', this.flashRanges);
    };
    // The fallback wraps text in elements: our own change must not look like the page's.
    if (highlighter.mutatesDom && this.watcher) this.watcher.ignoring(draw);
    else draw();
  }

  private async sendReport(kbVersion: string): Promise<void> {
    const { actors, claims } = this.matches.summary();
    try {
      await this.ports.report({
        url: this.ports.doc.location?.href ?? '',
        title: this.ports.doc.title ?? '',
        kbVersion,
        textLength: this.textLength,
        actors,
        claims,
        timings: this.timings,
        ...(this.savedStates ? { saved: this.savedStates } : {}),
      });
    } catch {
      // The background may be restarting; the next change reports again.
    }
  }
}
