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
 *   that maps to no node.
 *
 * Used by the content script (real DOM), the scanner CLI and tests
 * (happy-dom), so it relies on nothing a DOM implementation may lack.
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
}

export interface ExtractedText {
  text: string;
  /** text nodes in document order */
  nodes: Text[];
  /** starts[i]: offset in `text` where nodes[i]'s data begins */
  starts: number[];
}

export interface NodePosition {
  node: Text;
  offset: number;
}

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
  /** the text so far, joined a few thousand parts at a time so the final join is cheap */
  private readonly joined: string[] = [];
  private readonly nodes: Text[] = [];
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
      if ((++steps & 31) === 0 && shouldYield()) return false;
      this.step();
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
    this.flush();
    return this.joined;
  }

  positions(): Pick<ExtractedText, 'nodes' | 'starts'> {
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
  }

  private emit(chunk: string): void {
    this.parts.push(chunk);
    if (this.parts.length >= 4096) this.flush();
    this.length += chunk.length;
    this.last = chunk[chunk.length - 1]!;
  }

  private boundary(): void {
    if (this.length > 0 && this.last !== '\n') this.emit('\n');
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
      if (shadow) this.enter(shadow);
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
    if (this.isBlock(container)) this.boundary();
  }

  private visit(node: Node): void {
    if (node.nodeType === 3 /* TEXT_NODE */) {
      const data = (node as Text).data;
      if (data.length === 0) return;
      if (ONLY_WHITESPACE.test(data)) {
        if (this.last !== ' ' && this.last !== '\n') this.emit(' ');
        return;
      }
      this.nodes.push(node as Text);
      this.starts.push(this.length);
      // Spaces stay as they are: only other whitespace is replaced, so most nodes' data is kept, not copied.
      this.emit(OTHER_WHITESPACE.test(data) ? data.replace(OTHER_WHITESPACE_ALL, ' ') : data);
      return;
    }
    const isElement = node.nodeType === 1;
    const isContainer = isElement || node.nodeType === 9 /* DOCUMENT */ || node.nodeType === 11; /* FRAGMENT */
    if (!isContainer) return;
    if (isElement && skipsElement(node as Element, this.options)) return;
    if (this.isBlock(node)) this.boundary();
    this.enter(node);
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
  if (within < 0) return { node, offset: 0 };
  if (within <= node.data.length) {
    if (bias === 'forward' && within === node.data.length && lo + 1 < nodes.length) {
      return { node: nodes[lo + 1]!, offset: 0 };
    }
    return { node, offset: within };
  }
  // In a synthetic gap after this node.
  if (bias === 'forward' && lo + 1 < nodes.length) return { node: nodes[lo + 1]!, offset: 0 };
  return { node, offset: node.data.length };
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
