/**
 * Showing matches in the page. The CSS Custom Highlight API paints ranges
 * without touching the page's DOM, so the page's scripts can neither see nor
 * break our marks. Where the API is missing, ranges are wrapped in
 * `<newsmark-mark>` elements, the only place we ever change a page's DOM.
 */
import { FIXED_MARKS, highlightName, styleIds, type MarkKind } from '../highlight-styles';

export const MARK_TAG = 'newsmark-mark';

/**
 * Bringing one kind of mark to a new set of ranges, a few at a time: `step`
 * works until `shouldYield` says stop and returns true once the kind shows
 * exactly the new ranges. Ranges shown before and still wanted are left
 * alone, so a re-scan of one paragraph touches that paragraph's marks only.
 */
export interface PaintJob {
  step(shouldYield: () => boolean): boolean;
}

export interface Highlighter {
  /** true when showing highlights changes the page's DOM (the fallback) */
  readonly mutatesDom: boolean;
  /**
   * Starts showing exactly these ranges for a kind, in the given look (an empty list removes that
   * kind), in the order given: the caller puts first what the reader sees first.
   */
  update(kind: MarkKind, styleId: string, ranges: readonly Range[]): PaintJob;
  clear(): void;
}

/** The whole of a paint job at once (tests, small updates). */
export function showNow(highlighter: Highlighter, kind: MarkKind, styleId: string, ranges: readonly Range[]): void {
  highlighter.update(kind, styleId, ranges).step(() => false);
}

const DONE: PaintJob = { step: () => true };

/** Removes what is no longer wanted, then adds what is new; checks the deadline every 32 ranges. */
function diffJob(shown: readonly Range[], wanted: readonly Range[], has: (range: Range) => boolean, remove: (range: Range) => void, add: (range: Range) => void): PaintJob {
  let wantedSet: Set<Range> | null = null;
  let i = 0;
  let j = 0;
  return {
    step(shouldYield) {
      wantedSet ??= new Set(wanted);
      let count = 0;
      for (; i < shown.length; i++) {
        if ((++count & 31) === 0 && shouldYield()) return false;
        if (!wantedSet.has(shown[i]!)) remove(shown[i]!);
      }
      for (; j < wanted.length; j++) {
        if ((++count & 31) === 0 && shouldYield()) return false;
        if (!has(wanted[j]!)) add(wanted[j]!);
      }
      return true;
    },
  };
}

interface HighlightRegistry {
  set(name: string, highlight: unknown): unknown;
  delete(name: string): boolean;
  has(name: string): boolean;
}

/** The parts of a Highlight (a set-like of ranges) we use. */
interface HighlightSet {
  add(range: Range): unknown;
  delete(range: Range): boolean;
}

type HighlightConstructor = new (...ranges: Range[]) => HighlightSet;

function registryOf(win: Window): { registry: HighlightRegistry; Highlight: HighlightConstructor } | null {
  const css = (win as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (win as unknown as { Highlight?: HighlightConstructor }).Highlight;
  return css?.highlights && typeof Highlight === 'function' ? { registry: css.highlights, Highlight } : null;
}

export function highlightApiAvailable(win: Window = window): boolean {
  return registryOf(win) !== null;
}

/**
 * CSS Custom Highlight API: one registered highlight per kind, named after its look. A kind's
 * Highlight is registered before it is filled, so the first ranges added show at the next frame.
 */
export class CustomHighlighter implements Highlighter {
  readonly mutatesDom = false;
  /**
   * Per kind, its registered Highlight and the ranges we put in it. Our own set is what the diff
   * reads: Firefox's content scripts see the page's Highlight through an Xray wrapper that cannot
   * be iterated.
   */
  private readonly current = new Map<MarkKind, { name: string; highlight: HighlightSet; ranges: Set<Range> }>();

  constructor(
    private readonly registry: HighlightRegistry,
    private readonly Highlight: HighlightConstructor,
  ) {}

  update(kind: MarkKind, styleId: string, ranges: readonly Range[]): PaintJob {
    const name = kind === 'saved' || kind === 'flash' ? FIXED_MARKS[kind] : highlightName(kind, styleId);
    if (kind === 'actor' || kind === 'claim') {
      for (const id of styleIds(kind)) {
        const other = `newsmark-${kind}-${id}`;
        if (other !== name) this.registry.delete(other);
      }
    }
    let entry = this.current.get(kind);
    if (ranges.length === 0) {
      this.registry.delete(name);
      this.current.delete(kind);
      return DONE;
    }
    // A new look, or the page (or a clear) took our highlight away: start from an empty one.
    if (!entry || entry.name !== name || !this.registry.has(name)) {
      entry = { name, highlight: new this.Highlight(), ranges: new Set() };
      this.current.set(kind, entry);
    }
    this.registry.set(name, entry.highlight);
    const { highlight, ranges: shown } = entry;
    return diffJob(
      [...shown],
      ranges,
      (range) => shown.has(range),
      (range) => {
        highlight.delete(range);
        shown.delete(range);
      },
      (range) => {
        highlight.add(range);
        shown.add(range);
      },
    );
  }

  clear(): void {
    for (const kind of ['actor', 'claim'] as const) {
      for (const id of styleIds(kind)) this.registry.delete(`newsmark-${kind}-${id}`);
    }
    this.registry.delete(FIXED_MARKS.saved);
    this.registry.delete(FIXED_MARKS.flash);
    this.current.clear();
  }
}

/**
 * The fallback: wraps each text node a range covers (or the covered part of
 * it) in a `<newsmark-mark>`. Page text stays in the page's own text nodes,
 * only moved into our element; `clear` puts every node back.
 */
export class WrappingHighlighter implements Highlighter {
  readonly mutatesDom = true;
  private readonly marks = new Map<MarkKind, Map<Range, HTMLElement[]>>();

  constructor(private readonly doc: Document) {}

  update(kind: MarkKind, styleId: string, ranges: readonly Range[]): PaintJob {
    let byRange = this.marks.get(kind);
    // A new look: every mark of the kind is redrawn.
    if (byRange && [...byRange.values()].some((marks) => marks.some((mark) => mark.getAttribute('data-style') !== styleId))) {
      this.unwrap(kind);
      byRange = undefined;
    }
    if (!byRange) this.marks.set(kind, (byRange = new Map()));
    const marks = byRange;
    return diffJob(
      [...marks.keys()],
      ranges,
      (range) => marks.has(range),
      (range) => {
        for (const mark of marks.get(range) ?? []) unwrapMark(mark);
        marks.delete(range);
      },
      (range) => marks.set(range, textPieces(range).map((piece) => this.wrap(piece, kind, styleId))),
    );
  }

  clear(): void {
    for (const kind of [...this.marks.keys()]) this.unwrap(kind);
  }

  private wrap(piece: { node: Text; start: number; end: number }, kind: MarkKind, styleId: string): HTMLElement {
    let node = piece.node;
    if (piece.end < node.data.length) node.splitText(piece.end);
    if (piece.start > 0) node = node.splitText(piece.start);
    const mark = this.doc.createElement(MARK_TAG);
    mark.setAttribute('data-kind', kind);
    mark.setAttribute('data-style', styleId);
    node.parentNode!.insertBefore(mark, node);
    mark.appendChild(node);
    return mark;
  }

  private unwrap(kind: MarkKind): void {
    for (const marks of this.marks.get(kind)?.values() ?? []) for (const mark of marks) unwrapMark(mark);
    this.marks.delete(kind);
  }
}

function unwrapMark(mark: HTMLElement): void {
  const parent = mark.parentNode;
  if (!parent) return;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  parent.removeChild(mark);
}

/** The parts of text nodes a range covers, in document order. */
export function textPieces(range: Range): Array<{ node: Text; start: number; end: number }> {
  const pieces: Array<{ node: Text; start: number; end: number }> = [];
  const { startContainer, endContainer, startOffset, endOffset } = range;
  if (startContainer === endContainer && startContainer.nodeType === 3) {
    if (endOffset > startOffset) pieces.push({ node: startContainer as Text, start: startOffset, end: endOffset });
    return pieces;
  }
  const doc = startContainer.ownerDocument ?? (startContainer as Document);
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 0x4 /* SHOW_TEXT */);
  let node = walker.nextNode() as Text | null;
  while (node) {
    if (range.intersectsNode(node)) {
      const start = node === startContainer ? startOffset : 0;
      const end = node === endContainer ? endOffset : node.data.length;
      if (end > start) pieces.push({ node, start, end });
    }
    node = walker.nextNode() as Text | null;
  }
  return pieces;
}

export function createHighlighter(win: Window = window): Highlighter {
  const api = registryOf(win);
  return api ? new CustomHighlighter(api.registry, api.Highlight) : new WrappingHighlighter(win.document);
}
