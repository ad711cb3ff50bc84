import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractText, rangeFor, sourceLength } from '../../../lib/dom/text-walker';
import { fuzzParams } from '../../fuzz-runs';

type Tree = { tag: string; children: Tree[] } | string;

const TAGS = ['p', 'span', 'b', 'div', 'li', 'ul', 'h2', 'br', 'script', 'style', 'a', 'td', 'template', 'textarea'];
const textPiece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.constantFrom(' ', '\n  ', 'Lavrov', 'Зеленский', '👩‍👩‍👧', 'e\u0301', '\u200B', 'עברית', '\t'),
);
const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textPiece,
    fc.record({ tag: fc.constantFrom(...TAGS), children: fc.array(tie('tree'), { maxLength: 4 }) }),
  ),
}));

function build(node: Tree, parent: Node): void {
  if (typeof node === 'string') {
    parent.appendChild(document.createTextNode(node));
    return;
  }
  const element = document.createElement(node.tag);
  for (const child of node.children) build(child, element);
  parent.appendChild(element);
}

describe('the extractor on random DOM trees', () => {
  it('maps every offset to a point inside a text node it read, and ranges stay inside their nodes', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), fc.array(fc.nat(), { maxLength: 6 }), (trees, cuts) => {
        const root = document.createElement('div');
        for (const t of trees) build(t, root);
        const extracted = extractText(root);
        const { text, nodes, starts } = extracted;
        // Every source's text (a text node's data, or an element's read whole) appears at its start
        // offset (whitespace turned to spaces).
        nodes.forEach((node, i) => {
          expect(root.contains(node)).toBe(true);
          const data = node.textContent ?? '';
          expect(text.slice(starts[i]!, starts[i]! + data.length)).toBe(data.replace(/[\t\n\f\r ]/g, ' '));
          const element = node.nodeType === 3 ? node.parentElement : (node as Element);
          expect(element?.closest('script,style,template,textarea')).toBeNull();
        });
        for (let i = 1; i < starts.length; i++) expect(starts[i]!).toBeGreaterThanOrEqual(starts[i - 1]! + sourceLength(nodes[i - 1]!));
        // Any span of the text becomes a range whose ends sit inside real text nodes.
        const points = cuts.map((c) => (text.length === 0 ? 0 : c % (text.length + 1))).sort((a, b) => a - b);
        for (let i = 0; i + 1 < points.length; i += 2) {
          const range = rangeFor(extracted, points[i]!, points[i + 1]!);
          if (!range) {
            expect(nodes.length).toBe(0);
            continue;
          }
          for (const [container, offset] of [
            [range.startContainer, range.startOffset],
            [range.endContainer, range.endOffset],
          ] as const) {
            expect(container.nodeType).toBe(3);
            expect(offset).toBeGreaterThanOrEqual(0);
            expect(offset).toBeLessThanOrEqual((container as Text).data.length);
            expect(nodes).toContain(container);
          }
        }
      }),
      fuzzParams,
    );
  });
});
