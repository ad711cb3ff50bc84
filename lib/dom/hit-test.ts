/**
 * Which text is under the pointer. The caret position at a point gives a
 * (node, offset) to test ranges against cheaply; the range's boxes then
 * confirm the pointer is on the text and not in the margin beside it.
 */
export interface Caret {
  node: Node;
  offset: number;
}

export function caretAt(doc: Document, x: number, y: number): Caret | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const position = d.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

export function pointInRange(range: Range, x: number, y: number): boolean {
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

/** What is under a point: the caret there (where the browser says), and a test for ranges. */
export interface PointProbe {
  caret: Caret | null;
  /** does this range hold the text at the point? */
  holds(range: Range): boolean;
}

export function probeAt(doc: Document, x: number, y: number): PointProbe {
  const caret = caretAt(doc, x, y);
  if (!caret) return { caret: null, holds: (range) => pointInRange(range, x, y) };
  return {
    caret,
    holds(range) {
      try {
        // The caret can sit just after the last letter: accept the range's end too.
        const holds =
          range.isPointInRange(caret.node, caret.offset) ||
          (caret.node === range.endContainer && caret.offset === range.endOffset);
        return holds && pointInRange(range, x, y);
      } catch {
        return false; // another document or shadow tree
      }
    },
  };
}

/**
 * The range of `ranges` (in document order) that holds the probed point. With a caret, a binary
 * search finds the last range starting at or before it and looks back a few (sentences may share a
 * start): a pointer move costs a dozen comparisons, not one per match on the page.
 */
export function findAt<T>(items: readonly T[], rangeOf: (item: T) => Range, probe: PointProbe, lookBack = 16): T | null {
  const caret = probe.caret;
  const linear = () => {
    for (const item of items) if (probe.holds(rangeOf(item))) return item;
    return null;
  };
  // Shadow trees do not compare with the document: there, every range is tried.
  if (!caret || caret.node.getRootNode() !== caret.node.ownerDocument) return linear();
  let lo = 0;
  let hi = items.length;
  try {
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      // comparePoint: -1 when the point is before the range, so the range starts after it.
      if (rangeOf(items[mid]!).comparePoint(caret.node, caret.offset) >= 0) lo = mid + 1;
      else hi = mid;
    }
  } catch {
    return linear();
  }
  for (let i = lo - 1; i >= 0 && i >= lo - lookBack; i--) if (probe.holds(rangeOf(items[i]!))) return items[i]!;
  // The caret may sit just past a range's end (its last letter): the next one starts there.
  if (lo < items.length && probe.holds(rangeOf(items[lo]!))) return items[lo]!;
  return null;
}

/**
 * Where a card of this size goes so it never covers the text it describes:
 * below the text if there is room, else above, else beside; inside the viewport.
 */
export function placeCard(
  anchor: { left: number; top: number; bottom: number; right: number },
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = 8,
): { left: number; top: number } {
  const left = Math.max(gap, Math.min(anchor.left, viewport.width - card.width - gap));
  if (anchor.bottom + gap + card.height <= viewport.height) return { left, top: anchor.bottom + gap };
  if (anchor.top - gap - card.height >= 0) return { left, top: anchor.top - gap - card.height };
  // Neither fits: beside the text, on the wider side.
  const rightRoom = viewport.width - anchor.right;
  const sideLeft = rightRoom >= anchor.left ? anchor.right + gap : Math.max(gap, anchor.left - gap - card.width);
  return { left: sideLeft, top: Math.max(gap, Math.min(anchor.top, viewport.height - card.height - gap)) };
}
