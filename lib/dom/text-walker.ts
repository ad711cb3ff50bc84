/**
 * Extracts the text a reader reads from a DOM subtree, with a map from each
 * offset of the extracted text back to a (Text node, offset) pair, so a match
 * found in the text becomes a Range even when it spans several nodes
 * (`Sergei <b>Lavrov</b>`).
 *
 * The extracted text is what the scanner CLI reports offsets into:
 * - every character of a text node is kept one-for-one, except that
 *   whitespace characters (newline, tab…) become a space: offsets inside a
 *   node stay trivial to map, and source-code line breaks never pose as
 *   sentence boundaries;
 * - a block boundary (p, li, h1, td, br…) becomes "\n", which the matcher
 *   treats as a hard sentence boundary;
 * - a whitespace-only text node between inline elements becomes one space
 *   that maps to no node;
 * - an element holding only plain inline markup, and much of it (a paragraph
 *   of a word per <span>), is read whole through its textContent: its text
 *   maps one-for-one onto its descendants' text nodes, found again only for
 *   the offsets a match needs (`locate`). Visiting each of those nodes from a
 *   content script's isolated world costs a JS wrapper apiece, and on a page
 *   of 100,000 nodes their garbage collection alone held the page for 50 ms.
 *
 * - text nodes are read a run at a time, with one Range over the run, not
 *   node by node: in Chromium each `Text.data` read makes an external string
 *   with a weak handle, and on a page of 27,000 paragraphs clearing those
 *   handles made a 12–20 ms garbage-collection pause inside one of our slices.
 *
 * Used by the content script (real DOM), the scanner CLI and tests
 * (happy-dom), so it relies on nothing a DOM implementation may lack: only
 * asked to (`readRuns`), and with Ranges, does it read runs.
 */

/** Elements whose content a reader does not read. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'SVG',
  'MATH',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
]);

/** Elements that start a new line of reading: a boundary is a sentence boundary. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'BR',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Attribute that marks the extension's own injected UI. */
export const OWN_UI_ATTRIBUTE = 'data-newsmark-ui';

export interface ExtractOptions {
  /**
   * Extra test for hidden elements (e.g. `display: none` through computed
   * style, which only a real browser knows). Called once per element.
   */
  isHidden?: (element: Element) => boolean;
  /** Stop after this many characters (huge pages); default unlimited. */
  maxLength?: number;
  /**
   * Read text nodes a run at a time through one Range rather than each node's data on its
   * own; for a browser's DOM (the content script). Off by default: happy-dom's Range compares
   * positions by walking to the end of the document, once per node in it.
   */
  readRuns?: boolean;
}

/**
 * Where a stretch of the extracted text comes from: a text node, or an element
 * read whole (its descendants' text, in document order, one for one).
 */
export type TextSource = Text | Element;

export interface ExtractedText {
  text: string;
  /** the sources of the text in document order */
  nodes: TextSource[];
  /** starts[i]: offset in `text` where nodes[i]'s text begins */
  starts: number[];
}

export interface NodePosition {
  node: Text;
  offset: number;
}

/**
 * Inline elements that read the same visited node by node or taken whole:
 * no boundary, nothing skipped, no text of their own (img, wbr).
 */
const PLAIN_INLINE = 'a,abbr,b,bdi,bdo,cite,code,data,dfn,em,font,i,img,kbd,mark,q,s,samp,small,span,strong,sub,sup,time,u,var,wbr';
const NOT_PLAIN = `:not(${PLAIN_INLINE}),[hidden],[aria-hidden="true"],[contenteditable]:not([contenteditable="false"]),[data-newsmark-ui]`;
/**
 * Below this many child elements an element is visited node by node, so that
 * each of them still gets the hidden-style check (a paragraph with a few
 * links); at or above it, if all its markup is plain inline, it is read whole,
 * and CSS-hidden inline descendants (rare in such markup-dense text) with it.
 */
export const WHOLE_READ_MIN_ELEMENTS = 8;

/** A run of one node is read as its data: a Range would save no string. */
const RUN_MIN_NODES = 2;
/**
 * A run is read once it holds this many nodes, so one read never copies a whole page, and in
 * happy-dom, whose Range compares positions by walking the tree per node, one read stays affordable.
 */
const RUN_MAX_NODES = 1024;
/** In a pending run, an op that is a block boundary rather than the index of a text node. */
const BOUNDARY_OP = -1;

const OTHER_WHITESPACE = /[\t\n\f\r]/;
const OTHER_WHITESPACE_ALL = /[\t\n\f\r]/g;
const ONLY_WHITESPACE = /^[\t\n\f\r ]*$/;

/**
 * The tag name upper-cased. HTML elements report theirs upper-case already: only foreign ones
 * (svg, math) are converted, so reading a page allocates no string per element.
 */
function upperTag(element: Element): string {
  const tag = element.tagName;
  const first = tag.charCodeAt(0);
  return first >= 97 && first <= 122 ? tag.toUpperCase() : tag;
}

function skipsElement(element: Element, options: ExtractOptions): boolean {
  const tag = upperTag(element);
  if (SKIPPED_TAGS.has(tag)) return true;
  if (element.hasAttribute(OWN_UI_ATTRIBUTE)) return true;
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return options.isHidden ? options.isHidden(element) : false;
}

/**
 * A walk that can stop and resume, so a big page is read in slices that never
 * hold the page's main thread for long. Every step costs the same whatever the
 * page: an open element keeps a cursor on its next child (a <main> of 50,000
 * paragraphs is entered without listing them). State lives in explicit stacks:
 * pages nest thousands of levels deep, recursion would overflow.
 */
export class TextExtractor {
  /** text not yet joined into `joined` */
  private parts: string[] = [];
  private partChars = 0;
  /** the text so far, joined a few thousand parts at a time so the final join is cheap */
  private readonly joined: string[] = [];
  private readonly nodes: TextSource[] = [];
  private readonly starts: number[] = [];
  // Parallel stacks of open containers rather than one of objects: a page of
  // 100,000 nodes would otherwise allocate 100,000 short-lived objects, and the
  // garbage collection they cause lands inside our slices.
  private readonly open: Node[] = [];
  /** the next child of each open container to visit */
  private readonly nextChild: Array<Node | null> = [];
  /** whether each open container's shadow root is still to be read */
  private readonly shadowPending: boolean[] = [];
  private readonly maxLength: number;
  /**
   * Text nodes visited but not yet read, and what was to be emitted in their order: an index
   * into `runNodes`, or BOUNDARY_OP. A boundary depends on the last character emitted, so once
   * a run is pending, boundaries wait in it too. Read before `run` returns, in the task that
   * visited the nodes: what is read is what was there when visited.
   */
  private readonly runNodes: Text[] = [];
  private readonly runOps: number[] = [];
  /** the pending run's nodes' lengths, summed */
  private runChars = 0;
  /** the pending run's boundaries: with `runChars`, the most it can emit */
  private runBoundaries = 0;
  /** the Range runs are read through; null when read node by node */
  private runRange: Range | null | undefined;
  private length = 0;
  private last = '\n'; // nothing emitted yet counts as a fresh line
  private rootVisited = false;

  constructor(
    private readonly root: Node,
    private readonly options: ExtractOptions = {},
  ) {
    this.maxLength = options.maxLength ?? Infinity;
  }

  get done(): boolean {
    // The pending run could reach maxLength: read it, so the walk stops where it would have
    // stopped reading node by node.
    if (this.runOps.length > 0 && this.length + this.runChars + this.runBoundaries >= this.maxLength) this.readRun();
    return (this.rootVisited && this.open.length === 0) || this.length >= this.maxLength;
  }

  /**
   * Walks until done, or until `shouldYield` says stop (checked every 32
   * nodes: one node can cost a style check, so a coarser check could overrun
   * a slice on a slow machine). Returns `done`.
   */
  run(shouldYield: () => boolean = () => false): boolean {
    let steps = 0;
    while (!this.done) {
      if ((++steps & 31) === 0 && shouldYield()) {
        this.readRun();
        return false;
      }
      this.step();
      if (this.rootVisited && this.open.length === 0) this.readRun();
    }
    return true;
  }

  result(): ExtractedText {
    const text = this.pieces();
    return { text: text.length === 1 ? text[0]! : text.join(''), nodes: this.nodes, starts: this.starts };
  }

  /**
   * The text read so far in pieces that, joined, make `result().text`, and the node map: for
   * the scan, which matches the text a chunk at a time and so never needs it in one string
   * (joining megabytes is one long piece of work, and one large allocation for the GC).
   */
  pieces(): string[] {
    this.readRun();
    this.flush();
    return this.joined;
  }

  positions(): Pick<ExtractedText, 'nodes' | 'starts'> {
    this.readRun();
    return { nodes: this.nodes, starts: this.starts };
  }

  /**
   * Joins what was read so far. Done as the walk goes (every few thousand parts), so on a
   * page of megabytes no single join, in one task, copies the whole text out of 100,000 pieces.
   */
  private flush(): void {
    if (this.parts.length === 0) return;
    this.joined.push(this.parts.join(''));
    this.parts = [];
    this.partChars = 0;
  }

  private emit(chunk: string): void {
    this.parts.push(chunk);
    this.partChars += chunk.length;
    // A few thousand parts, or 64K characters: a page of long paragraphs would
    // otherwise join megabytes at once, one long copy and one big allocation.
    if (this.parts.length >= 4096 || this.partChars >= 65_536) this.flush();
    this.length += chunk.length;
    this.last = chunk[chunk.length - 1]!;
  }

  private boundary(): void {
    if (this.length > 0 && this.last !== '\n') this.emit('\n');
  }

  /** A block boundary, after the pending run's text if there is one. */
  private requestBoundary(): void {
    if (this.runOps.length === 0) {
      this.boundary();
      return;
    }
    this.runOps.push(BOUNDARY_OP);
    this.runBoundaries++;
  }

  /** A text node's data, as the reader reads it. */
  private text(node: Text, data: string): void {
    if (data.length === 0) return;
    if (ONLY_WHITESPACE.test(data)) {
      if (this.last !== ' ' && this.last !== '\n') this.emit(' ');
      return;
    }
    this.nodes.push(node);
    this.starts.push(this.length);
    // Spaces stay as they are: only other whitespace is replaced, so most nodes' data is kept, not copied.
    this.emit(OTHER_WHITESPACE.test(data) ? data.replace(OTHER_WHITESPACE_ALL, ' ') : data);
  }

  /** The Range runs are read through, made once; null where the DOM has none. */
  private rangeForRuns(): Range | null {
    if (this.runRange === undefined) {
      const root = this.root;
      const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
      this.runRange = this.options.readRuns && typeof doc?.createRange === 'function' ? doc.createRange() : null;
    }
    return this.runRange;
  }

  /**
   * Visits a text node: its data is read with the rest of its run. A run's nodes are consecutive
   * in the tree order of one tree, with nothing the walk skips between them (see `endRun`), so a
   * Range from the first to the last holds exactly their text; its length confirms it.
   */
  private visitText(node: Text): void {
    if (!this.rangeForRuns()) {
      this.text(node, node.data);
      return;
    }
    const length = node.length;
    if (length === 0) return;
    this.runOps.push(this.runNodes.length);
    this.runNodes.push(node);
    this.runChars += length;
    if (this.runNodes.length >= RUN_MAX_NODES) this.readRun();
  }

  /**
   * Where a Range over the run would take in text the walk does not read (a skipped element,
   * a shadow tree, an element read whole), the run is read first.
   */
  private endRun(): void {
    if (this.runOps.length > 0) this.readRun();
  }

  /** Reads the pending run and emits its text and boundaries, stopping where the walk would have. */
  private readRun(): void {
    const ops = this.runOps;
    if (ops.length === 0) return;
    const nodes = this.runNodes;
    let whole: string | null = null;
    if (nodes.length >= RUN_MIN_NODES) {
      const range = this.rangeForRuns()!;
      const first = nodes[0]!;
      const last = nodes[nodes.length - 1]!;
      range.setStart(first, 0);
      range.setEnd(last, last.length);
      whole = range.toString();
      // Some text the walk does not read lay between (CDATA, a node changed under us): node by node.
      if (whole.length !== this.runChars) whole = null;
    }
    let at = 0;
    for (let i = 0; i < ops.length && this.length < this.maxLength; i++) {
      const op = ops[i]!;
      if (op === BOUNDARY_OP) {
        this.boundary();
        continue;
      }
      const node = nodes[op]!;
      if (whole === null) {
        this.text(node, node.data);
        continue;
      }
      const length = node.length;
      this.text(node, whole.slice(at, at + length));
      at += length;
    }
    ops.length = 0;
    nodes.length = 0;
    this.runChars = 0;
    this.runBoundaries = 0;
  }

  /** One node: the root, the next child of the innermost open container, or leaving it. */
  private step(): void {
    if (!this.rootVisited) {
      this.rootVisited = true;
      this.visit(this.root);
      return;
    }
    const top = this.open.length - 1;
    const container = this.open[top]!;
    // Open shadow roots are part of what the reader sees; their light-DOM
    // children are only seen through slots, which we approximate by reading both.
    if (this.shadowPending[top]) {
      this.shadowPending[top] = false;
      const shadow = container.nodeType === 1 ? (container as Element).shadowRoot : null;
      if (shadow) {
        this.endRun();
        this.enter(shadow);
      }
      return;
    }
    const child = this.nextChild[top];
    if (child) {
      this.nextChild[top] = child.nextSibling;
      this.visit(child);
      return;
    }
    this.open.pop();
    this.nextChild.pop();
    this.shadowPending.pop();
    // Leaving a shadow tree (or a fragment root): what follows is in another tree.
    if (container.nodeType === 11) this.endRun();
    if (this.isBlock(container)) this.requestBoundary();
  }

  private visit(node: Node): void {
    if (node.nodeType === 3 /* TEXT_NODE */) {
      this.visitText(node as Text);
      return;
    }
    const isElement = node.nodeType === 1;
    const isContainer = isElement || node.nodeType === 9 /* DOCUMENT */ || node.nodeType === 11; /* FRAGMENT */
    if (!isContainer) return;
    if (isElement && skipsElement(node as Element, this.options)) {
      this.endRun();
      return;
    }
    const block = this.isBlock(node);
    const whole = isElement && node !== this.root ? wholeText(node as Element) : null;
    if (whole === null) {
      if (block) this.requestBoundary();
      this.enter(node);
      return;
    }
    this.endRun();
    // The run reached maxLength: reading node by node, the walk stopped before this element.
    if (this.length >= this.maxLength) return;
    if (block) this.boundary();
    if (ONLY_WHITESPACE.test(whole)) {
      if (whole.length > 0 && this.last !== ' ' && this.last !== '\n') this.emit(' ');
    } else {
      this.nodes.push(node as Element);
      this.starts.push(this.length);
      this.emit(OTHER_WHITESPACE.test(whole) ? whole.replace(OTHER_WHITESPACE_ALL, ' ') : whole);
    }
    if (block) this.boundary();
  }

  private enter(container: Node): void {
    this.open.push(container);
    this.nextChild.push(container.firstChild);
    this.shadowPending.push(container.nodeType === 1);
  }

  /** The root's own edges are the caller's business (it may be one paragraph of many). */
  private isBlock(node: Node): boolean {
    return node.nodeType === 1 && node !== this.root && BLOCK_TAGS.has(upperTag(node as Element));
  }
}

/**
 * The element's text when it is to be read whole: at least WHOLE_READ_MIN_ELEMENTS
 * child elements, only plain inline markup below it, and no shadow root of its own.
 * Native queries only, so deciding costs no wrapper per descendant; a DOM whose
 * query engine fails (a simulated one, on absurd nesting) means node by node.
 */
function wholeText(element: Element): string | null {
  if (element.childElementCount < WHOLE_READ_MIN_ELEMENTS || element.shadowRoot) return null;
  try {
    if (element.querySelector(NOT_PLAIN) !== null) return null;
  } catch {
    return null;
  }
  return element.textContent ?? '';
}

/** Length of a source's text. */
export function sourceLength(source: TextSource): number {
  return source.nodeType === 3 ? (source as Text).data.length : (source.textContent?.length ?? 0);
}

/**
 * The text node and offset at `offset` characters into an element read whole;
 * `bias` "forward" puts a point between two nodes at the start of the second.
 */
function positionInside(element: Element, offset: number, bias: 'forward' | 'backward'): NodePosition | null {
  const doc = element.ownerDocument;
  if (!doc) return null;
  const walker = doc.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  let last: Text | null = null;
  let left = offset;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const length = node.data.length;
    if (left < length || (left === length && bias === 'backward')) return { node, offset: left };
    left -= length;
    last = node;
  }
  return last ? { node: last, offset: last.data.length } : null;
}

/** The offset of a point inside an element read whole, counted in its text; null when not inside. */
export function offsetInside(element: Element, container: Node, offset: number): number | null {
  if (!element.contains(container)) return null;
  const doc = element.ownerDocument;
  if (!doc) return null;
  const point = doc.createRange();
  point.setStart(container, offset);
  const walker = doc.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  let at = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node === container) return at + Math.min(offset, node.data.length);
    if (point.comparePoint(node, 0) >= 0) return at;
    at += node.data.length;
  }
  return at;
}

export function extractText(root: Node, options: ExtractOptions = {}): ExtractedText {
  const extractor = new TextExtractor(root, options);
  extractor.run();
  return extractor.result();
}

/**
 * The (node, offset) an extracted-text offset falls on. An offset in a
 * synthetic character (block newline, collapsed space) snaps to the end of
 * the preceding node, or the start of the following one when `bias` is
 * "forward" — what a Range start needs.
 */
export function locate(
  extracted: Pick<ExtractedText, 'nodes' | 'starts'>,
  offset: number,
  bias: 'forward' | 'backward' = 'backward',
): NodePosition | null {
  const { nodes, starts } = extracted;
  if (nodes.length === 0) return null;
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo]!;
  const within = offset - starts[lo]!;
  if (within < 0) return startOf(node);
  const length = sourceLength(node);
  if (within <= length) {
    if (bias === 'forward' && within === length && lo + 1 < nodes.length) return startOf(nodes[lo + 1]!);
    return node.nodeType === 3 ? { node: node as Text, offset: within } : positionInside(node as Element, within, bias);
  }
  // In a synthetic gap after this node.
  if (bias === 'forward' && lo + 1 < nodes.length) return startOf(nodes[lo + 1]!);
  return endOf(node);
}

function startOf(source: TextSource): NodePosition | null {
  return source.nodeType === 3 ? { node: source as Text, offset: 0 } : positionInside(source as Element, 0, 'forward');
}

function endOf(source: TextSource): NodePosition | null {
  return source.nodeType === 3 ? { node: source as Text, offset: (source as Text).data.length } : positionInside(source as Element, sourceLength(source), 'backward');
}

/** A DOM Range over [start, end) of the extracted text, or null when it maps to nothing. */
export function rangeFor(extracted: Pick<ExtractedText, 'nodes' | 'starts'>, start: number, end: number): Range | null {
  const from = locate(extracted, start, 'forward');
  const to = locate(extracted, end, 'backward');
  if (!from || !to) return null;
  const doc = from.node.ownerDocument;
  if (!doc) return null;
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/**
 * Hidden through the element's own style attribute. Where no layout exists
 * (the scanner CLI), this is the part of `display: none` that can be known.
 */
export function hiddenByInlineStyle(element: Element): boolean {
  const style = element.getAttribute('style');
  return style !== null && INLINE_HIDDEN.test(style);
}
