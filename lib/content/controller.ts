/**
 * The content script's behaviour: scan the page when it is allowed to, keep
 * highlights and the background's report in step with the page as it
 * changes, and let the reader hide everything. Browser APIs arrive through
 * `ContentPorts`, so tests drive it in happy-dom.
 */
import type { Highlighter, PaintJob } from '../dom/highlight';
import { findAt, type PointProbe } from '../dom/hit-test';
import type { HighlightKind, MarkKind } from '../highlight-styles';
import type { Matcher, ScanResult } from '../match/types';
import type { PageConfig } from '../messaging/protocol';
import type { PageReport } from '../report';
import { MutationWatcher } from './mutation-watcher';
import { PageMatches, type LiveMatch } from './page-matches';
import { MAX_SCANNED_CHARS, measureSpan, scanRegion } from './region-scan';
import { describeRange } from '../dom/quote-selector';
import { rangeFor, TextExtractor, type ExtractedText } from '../dom/text-walker';
import type { QuoteSelector } from '../db/records';
import type { SavedAnchoring } from '../report';
import { viewportFirst } from './paint-order';
import { anchorSavedQuotes, anchoringStates, type SavedQuote } from './saved-anchors';
import { runSliced, sliceClock, yieldToIdle, type SliceClock } from './slices';

/** Dense pages stay readable: beyond these, further matches are reported but not painted. */
export const MAX_PAINTED = { actor: 1500, claim: 300 } as const;

export interface ContentPorts {
  doc: Document;
  /** asks the background how this page is to be handled */
  config(): Promise<PageConfig>;
  /** the compiled knowledge base, from cache or the background */
  loadMatcher(): Promise<Matcher>;
  /** the page keeps no matcher (nothing matched): what made it may go too (lib/content/engine.ts) */
  matcherDropped?(): void;
  report(report: Omit<PageReport, 'scannedAt'>): Promise<void>;
  /** the reader's saved quotes on this page */
  savedQuotes?(): Promise<SavedQuote[]>;
  highlighter: Highlighter;
  isHidden?: (element: Element) => boolean;
  /** the page's DOM has a browser's Ranges: its text is read a run of nodes at a time (text-walker.ts) */
  readRuns?: boolean;
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
  /** the knowledge-base version of the last scan, for reports sent between scans */
  private kbVersion: string | null = null;
  private flashRanges: Range[] = [];
  private flashTimer: ReturnType<typeof setTimeout> | null = null;
  /** bumped by every paint: a paint still in progress stops when a newer one starts */
  private paintRun = 0;
  private painting: Promise<number> = Promise.resolve(0);
  /** the longest slice of the latest paint */
  private paintLongestMs = 0;

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

  /** The one switch for the page's highlights (the toolbar command). Hiding is immediate; showing is painted in slices. */
  toggleHighlights(): boolean {
    this.visible = !this.visible;
    void this.paint();
    return this.visible;
  }

  /** Resolves when the latest paint is done (or overtaken by a newer one). */
  async whenPainted(): Promise<void> {
    await this.painting;
  }

  get highlightsVisible(): boolean {
    return this.visible;
  }

  /** The live match at a point of the page, for hover cards: only painted ones count. */
  matchAt(probe: PointProbe, kinds: HighlightKind[] = ['actor', 'claim']): LiveMatch | null {
    if (!this.visible) return null;
    for (const kind of kinds) {
      if (!this.shown(kind)) continue;
      const list = this.matches.list(kind);
      const painted = list.length > MAX_PAINTED[kind] ? list.slice(0, MAX_PAINTED[kind]) : list;
      const found = findAt(painted, (match) => match.range, probe);
      if (found) return found;
    }
    return null;
  }

  /** Marks the reader's saved quotes (again): after a scan, and when what is saved changes. */
  async anchorSaved(): Promise<void> {
    if (!this.ports.savedQuotes || !this.config?.enabled) return;
    const generation = this.generation;
    // A newer call (saves changed again) takes over; this one stops at its next slice.
    const run = ++this.anchoring;
    const isCancelled = () => run !== this.anchoring || this.cancelled(generation);
    let quotes: SavedQuote[];
    try {
      quotes = await this.ports.savedQuotes();
    } catch {
      return;
    }
    let ranges: Range[] = [];
    let states: SavedAnchoring[] = [];
    if (quotes.length > 0) {
      // Nobody waits for these marks: they start when the page is idle, then run in slices.
      await yieldToIdle();
      if (isCancelled()) return;
      const extracted = await this.extractSliced(isCancelled);
      if (!extracted) return;
      const anchored = await anchorSavedQuotes(extracted.text, quotes, isCancelled);
      if (!anchored) return;
      ranges = anchored.flatMap(({ anchor }) => (anchor ? (rangeFor(extracted, anchor.start, anchor.end) ?? []) : []));
      states = anchoringStates(extracted.text, anchored);
    }
    if (isCancelled()) return;
    this.savedRanges = ranges;
    this.savedStates = states;
    await this.paint();
    // The page report carries where each saved quote stands.
    if (this.kbVersion !== null) await this.sendReport(this.kbVersion);
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
    void this.paint();
    if (this.flashTimer !== null) clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => {
      this.flashTimer = null;
      this.flashRanges = [];
      void this.paint();
    }, 1600);
    return { found: true, total };
  }

  /** Matches a piece of text (the reader's selection) with the page's settings. */
  async analyse(text: string) {
    if (!this.config?.enabled) return null;
    const matcher = (this.matcher ??= await this.ports.loadMatcher());
    const found = matcher.scan(text, { threshold: this.config?.claimThreshold ?? undefined });
    this.settle();
    return found;
  }

  /** The page's text as the scans read it and what the knowledge base finds in it; null when off or cancelled. */
  async readPage(): Promise<{ extracted: ExtractedText; found: ScanResult } | null> {
    if (!this.config?.enabled) return null;
    const extracted = await this.extractSliced(() => this.ports.isInvalid());
    if (!extracted) return null;
    const found = await this.analyse(extracted.text);
    return found ? { extracted, found } : null;
  }

  /**
   * A scan's caches go once it is done, and a page with nothing to show keeps no matcher at all:
   * the next scan gets it again from the tab's cache of the index.
   */
  private settle(): void {
    this.matcher?.release?.();
    if (this.matches.size === 0 && this.matcher) {
      this.matcher = null;
      this.ports.matcherDropped?.();
    }
  }

  get enabled(): boolean {
    return !!this.config?.enabled;
  }

  /** The page's text as the scans read it, read in slices; null when cancelled. */
  private async extractSliced(isCancelled: () => boolean): Promise<ExtractedText | null> {
    const root = this.ports.doc.body ?? this.ports.doc.documentElement;
    const extractor = new TextExtractor(root, { isHidden: this.ports.isHidden, readRuns: this.ports.readRuns, maxLength: MAX_SCANNED_CHARS });
    const done = await runSliced((clock) => extractor.run(() => clock.shouldYield()), sliceClock(), isCancelled);
    return done ? extractor.result() : null;
  }

  /** A quote selector for a range of the page, over the same text the scans read. */
  async describe(range: Range): Promise<QuoteSelector | null> {
    const extracted = await this.extractSliced(() => this.ports.isInvalid());
    return extracted ? describeRange(range, extracted) : null;
  }

  stop(): void {
    this.generation++;
    this.paintRun++;
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
    if (!this.config?.enabled || this.cancelled(generation)) return;
    let matcher: Matcher;
    try {
      matcher = this.matcher ??= await this.ports.loadMatcher();
    } catch {
      return; // the background may be restarting; the next change scans again
    }
    if (this.cancelled(generation)) return;
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
        readRuns: this.ports.readRuns,
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
    const highlightMs = await this.paint();
    if (this.cancelled(generation)) return;
    measureSpan('newsmark:highlight', highlightStart, performance.now(), highlightMs, this.paintLongestMs);
    this.timings = { extractMs, matchMs, highlightMs, totalMs: performance.now() - started };
    this.settle();
    this.kbVersion = matcher.version;
    await this.sendReport(matcher.version);
  }

  private shown(kind: HighlightKind): boolean {
    return !!this.config && (kind === 'actor' ? this.config.display.actors : this.config.display.claims);
  }

  /**
   * Brings the highlights in line with the matches, in slices: the marks of the kinds shown,
   * those in the viewport first, so the reader sees the first highlights at once on a page of
   * thousands. A newer paint stops this one; the newer one starts from what this one did.
   * Resolves to the busy ms spent.
   */
  private paint(): Promise<number> {
    const run = ++this.paintRun;
    const { highlighter } = this.ports;
    const config = this.config;
    if (!this.visible || !config?.enabled) {
      this.ignoringOwn(() => highlighter.clear());
      return (this.painting = Promise.resolve(0));
    }
    const viewportHeight = this.ports.doc.defaultView?.innerHeight ?? 0;
    const wanted = (kind: HighlightKind) => {
      if (!this.shown(kind)) return [];
      const list = this.matches.list(kind);
      const ranges = (list.length > MAX_PAINTED[kind] ? list.slice(0, MAX_PAINTED[kind]) : list).map((m) => m.range);
      return viewportFirst(ranges, viewportHeight);
    };
    const targets: Array<[MarkKind, string, () => readonly Range[]]> = [
      ['flash', '', () => this.flashRanges],
      ['saved', '', () => this.savedRanges.filter((range) => range.startContainer.isConnected)],
      ['actor', config.display.actorStyle, () => wanted('actor')],
      ['claim', config.display.claimStyle, () => wanted('claim')],
    ];
    const isCancelled = () => run !== this.paintRun || this.ports.isInvalid();
    // One sliced run for all kinds: a kind with nothing to change costs no task of its own.
    let next = 0;
    let job: PaintJob | null = null;
    const work = (slice: SliceClock) =>
      this.ignoringOwn(() => {
        for (;;) {
          if (!job) {
            if (next >= targets.length) return true;
            const [kind, style, ranges] = targets[next++]!;
            job = highlighter.update(kind, style, ranges());
          }
          if (!job.step(() => slice.shouldYield())) return false;
          job = null;
          if (slice.shouldYield()) return next >= targets.length;
        }
      });
    const clock = sliceClock();
    this.painting = runSliced(work, clock, isCancelled).then(() => {
      this.paintLongestMs = clock.longestMs();
      return clock.busyMs();
    });
    return this.painting;
  }

  /** The fallback wraps text in elements: our own change must not look like the page's. */
  private ignoringOwn<T>(change: () => T): T {
    return this.ports.highlighter.mutatesDom && this.watcher ? this.watcher.ignoring(change) : change();
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
