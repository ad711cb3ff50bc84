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

/** A test for ranges: does this range hold the text at (x, y)? */
export function rangeTestAt(doc: Document, x: number, y: number): ((range: Range) => boolean) | null {
  const caret = caretAt(doc, x, y);
  if (!caret) return (range) => pointInRange(range, x, y);
  return (range) => {
    try {
      // The caret can sit just after the last letter: accept the range's end too.
      const holds =
        range.isPointInRange(caret.node, caret.offset) ||
        (caret.node === range.endContainer && caret.offset === range.endOffset);
      return holds && pointInRange(range, x, y);
    } catch {
      return false; // another document or shadow tree
    }
  };
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
