/**
 * Showing matches in the page. The CSS Custom Highlight API paints ranges
 * without touching the page's DOM, so the page's scripts can neither see nor
 * break our marks. Where the API is missing, ranges are wrapped in
 * `<newsmark-mark>` elements, the only place we ever change a page's DOM.
 */
import { FIXED_MARKS, highlightName, styleIds, type MarkKind } from '../highlight-styles';

export const MARK_TAG = 'newsmark-mark';

export interface Highlighter {
  /** true when showing highlights changes the page's DOM (the fallback) */
  readonly mutatesDom: boolean;
  /** Shows exactly these ranges for a kind, in the given look; an empty list removes that kind. */
  show(kind: MarkKind, styleId: string, ranges: readonly Range[]): void;
  clear(): void;
}

interface HighlightRegistry {
  set(name: string, highlight: unknown): unknown;
  delete(name: string): boolean;
  has(name: string): boolean;
}

type HighlightConstructor = new (...ranges: Range[]) => unknown;

function registryOf(win: Window): { registry: HighlightRegistry; Highlight: HighlightConstructor } | null {
  const css = (win as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (win as unknown as { Highlight?: HighlightConstructor }).Highlight;
  return css?.highlights && typeof Highlight === 'function' ? { registry: css.highlights, Highlight } : null;
}

export function highlightApiAvailable(win: Window = window): boolean {
  return registryOf(win) !== null;
}

/** CSS Custom Highlight API: one registered highlight per kind, named after its look. */
export class CustomHighlighter implements Highlighter {
  readonly mutatesDom = false;

  constructor(
    private readonly registry: HighlightRegistry,
    private readonly Highlight: HighlightConstructor,
  ) {}

  show(kind: MarkKind, styleId: string, ranges: readonly Range[]): void {
    const name = kind === 'saved' || kind === 'flash' ? FIXED_MARKS[kind] : highlightName(kind, styleId);
    if (kind === 'actor' || kind === 'claim') {
      for (const id of styleIds(kind)) {
        const other = `newsmark-${kind}-${id}`;
        if (other !== name) this.registry.delete(other);
      }
    }
    if (ranges.length === 0) this.registry.delete(name);
    else this.registry.set(name, new this.Highlight(...ranges));
  }

  clear(): void {
    for (const kind of ['actor', 'claim'] as const) {
      for (const id of styleIds(kind)) this.registry.delete(`newsmark-${kind}-${id}`);
    }
    this.registry.delete(FIXED_MARKS.saved);
    this.registry.delete(FIXED_MARKS.flash);
  }
}

/**
 * The fallback: wraps each text node a range covers (or the covered part of
 * it) in a `<newsmark-mark>`. Page text stays in the page's own text nodes,
 * only moved into our element; `clear` puts every node back.
 */
export class WrappingHighlighter implements Highlighter {
  readonly mutatesDom = true;
  private readonly marks = new Map<MarkKind, HTMLElement[]>();

  constructor(private readonly doc: Document) {}

  show(kind: MarkKind, styleId: string, ranges: readonly Range[]): void {
    this.unwrap(kind);
    const created: HTMLElement[] = [];
    for (const range of ranges) {
      for (const piece of textPieces(range)) created.push(this.wrap(piece, kind, styleId));
    }
    this.marks.set(kind, created);
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
    for (const mark of this.marks.get(kind) ?? []) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
    }
    this.marks.delete(kind);
  }
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
