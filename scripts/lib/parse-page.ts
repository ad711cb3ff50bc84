/**
 * Parses a saved web page for the command-line tools (scanner, evaluation,
 * benchmarks) into just enough of a DOM for lib/dom/text-walker.ts, the same
 * extraction the content script runs in the browser.
 *
 * Why parse5 and not happy-dom: parse5 implements the HTML standard's tree
 * construction, so the tree is the one a browser builds. happy-dom's parser
 * mis-nests real pages (inline SVG sprites swallow the rest of the body on
 * cnet.html, leaving no text at all), and jsdom, which builds on parse5, is
 * 5–10× slower here because it also builds CSSOM for every stylesheet.
 * No script runs and nothing is fetched.
 */
import { parse } from 'parse5';

interface P5Node {
  nodeName: string;
  tagName?: string;
  namespaceURI?: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: P5Node[];
  value?: string;
  content?: P5Node;
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** The subset of DOM Node that extractText reads. */
class LightNode {
  readonly childNodes: LightNode[] = [];
  parentNode: LightNode | null = null;
  previousSibling: LightNode | null = null;
  nextSibling: LightNode | null = null;
  readonly shadowRoot = null;
  readonly ownerDocument = null;
  constructor(
    readonly nodeType: number,
    readonly tagName: string = '',
    private readonly attributes: ReadonlyMap<string, string> = new Map(),
    readonly data: string = '',
  ) {}

  hasAttribute(name: string): boolean {
    return this.attributes.has(name.toLowerCase());
  }

  getAttribute(name: string): string | null {
    return this.attributes.get(name.toLowerCase()) ?? null;
  }

  get firstChild(): LightNode | null {
    return this.childNodes[0] ?? null;
  }

  get lastChild(): LightNode | null {
    return this.childNodes[this.childNodes.length - 1] ?? null;
  }

  get textContent(): string {
    return this.nodeType === 3 ? this.data : this.childNodes.map((child) => child.textContent).join('');
  }
}

export interface ParsedPage {
  /** the body element (or the document for a body-less page), typed as a DOM node for extractText */
  root: Node;
  title: string;
}

function convert(p5: P5Node, parent: LightNode | null): LightNode | null {
  let node: LightNode;
  if (p5.nodeName === '#text') node = new LightNode(3, '', undefined, p5.value ?? '');
  else if (p5.nodeName === '#document' || p5.nodeName === '#document-fragment') node = new LightNode(9);
  else if (p5.tagName) {
    // DOM reports HTML tag names upper-case and foreign (SVG, MathML) ones as written.
    const tagName = p5.namespaceURI === HTML_NS ? p5.tagName.toUpperCase() : p5.tagName;
    node = new LightNode(1, tagName, new Map((p5.attrs ?? []).map((a) => [a.name.toLowerCase(), a.value])));
  } else return null; // comments, doctype
  node.parentNode = parent;
  // Iterative conversion would be safer for 100k-deep trees; parse5 itself caps nesting far lower.
  for (const child of p5.childNodes ?? []) {
    const converted = convert(child, node);
    if (converted) {
      const previous = node.childNodes[node.childNodes.length - 1] ?? null;
      converted.previousSibling = previous;
      if (previous) previous.nextSibling = converted;
      node.childNodes.push(converted);
    }
  }
  return node;
}

function find(node: LightNode, tagName: string): LightNode | null {
  const stack = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.tagName === tagName) return current;
    for (let i = current.childNodes.length - 1; i >= 0; i--) stack.push(current.childNodes[i]!);
  }
  return null;
}

export function parsePage(html: string): ParsedPage {
  const document = convert(parse(html) as unknown as P5Node, null)!;
  const body = find(document, 'BODY');
  const title = find(document, 'TITLE')?.textContent.trim() ?? '';
  return { root: (body ?? document) as unknown as Node, title };
}
