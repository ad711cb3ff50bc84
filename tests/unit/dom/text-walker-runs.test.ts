/**
 * The walk reads text nodes a run at a time through one Range (a page's text nodes each read
 * alone cost Chromium one external string apiece, and their clean-up a long GC pause). What it
 * extracts must be exactly what reading each node's data gives: text, sources and offsets, on
 * every shape of page, whole or in slices, cut at any maxLength.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractText, hiddenByInlineStyle, TextExtractor, type ExtractedText, type ExtractOptions } from '../../../lib/dom/text-walker';

const PAGES_DIR = resolve(__dirname, '../../../../shared/pages/readability');
const hasPages = existsSync(PAGES_DIR);
if (!hasPages) console.warn(`NOTICE: ${PAGES_DIR} is absent: the walk's run reading is not checked on real pages`);

function dom(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return host;
}

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

/** Where the two extractions first differ, for a readable failure; null when identical. */
function difference(runs: ExtractedText, perNode: ExtractedText): string | null {
  if (runs.text !== perNode.text) {
    let i = 0;
    while (runs.text[i] === perNode.text[i]) i++;
    return `text differs at ${i}: ${JSON.stringify(runs.text.slice(i - 20, i + 20))} vs ${JSON.stringify(perNode.text.slice(i - 20, i + 20))}`;
  }
  if (runs.nodes.length !== perNode.nodes.length) return `${runs.nodes.length} sources vs ${perNode.nodes.length}`;
  for (let i = 0; i < runs.nodes.length; i++) {
    if (runs.nodes[i] !== perNode.nodes[i]) return `source ${i} differs`;
    if (runs.starts[i] !== perNode.starts[i]) return `start ${i} differs: ${runs.starts[i]} vs ${perNode.starts[i]}`;
  }
  return null;
}

function expectSame(root: Node, options: ExtractOptions = {}): ExtractedText {
  const perNode = extractText(root, options);
  const runs = extractText(root, { ...options, readRuns: true });
  expect(difference(runs, perNode)).toBeNull();
  return runs;
}

/** Counts the Range reads, so a fixture is known to take the run path and not only per-node reads. */
function countRangeReads(): { readonly count: number } {
  const spy = vi.spyOn(Range.prototype, 'toString');
  return {
    get count() {
      return spy.mock.calls.length;
    },
  };
}

const PARAGRAPH =
  'MOSCOW (Wire) — Foreign Minister Sergei Lavrov said on Tuesday that talks with Kyiv would resume "when the conditions are right", a day after the Kremlin rejected a ceasefire plan.';

describe('reading text nodes a run at a time', () => {
  it('gives the per-node text on whitespace of every kind', () => {
    const reads = countRangeReads();
    const root = dom(
      [
        '\n  ',
        '<p>  Leading and trailing spaces  </p>\n\t',
        '<p>Line\nbreaks\tand\r\ntabs\fin the source</p>',
        '<span>Sergei</span>\n   <span>Lavrov</span>\n\n<span>spoke</span> <em> to </em>\t<b>reporters</b>',
        '<p>\u00a0non-breaking\u00a0spaces\u00a0stay\u00a0</p>',
        '<p>   </p><p>\n</p><div> <span> </span> </div>',
        'tail text',
        '\n',
      ].join(''),
    );
    const text = expectSame(root).text;
    // the tab after " to " follows a space: it adds none
    expect(text).toContain('Sergei Lavrov spoke  to reporters');
    expect(reads.count).toBeGreaterThan(0);
  });

  it('gives the per-node text around what is skipped: hidden, script, style, own UI, editable', () => {
    const reads = countRangeReads();
    const words = '<p>Words <b>in</b> a <i>run</i> of text</p>';
    const root = dom(
      [
        words,
        '<p>Before the script <script>var Lavrov = "in the script";</script> after it</p>',
        '<p>A <style>.x { content: "styled" }</style>style<noscript>Trump</noscript> and <template>Zelensky</template>more</p>',
        '<p>Hidden <span hidden>hidden text</span> and <span aria-hidden="true">aria text</span> and <span class="gone">computed none</span> gone</p>',
        '<p>An <span style="display: none">inline none</span> and <span style="visibility:hidden">invisible</span> span</p>',
        '<p>Form <textarea>typed</textarea><button>Press</button><select><option>Moscow</option></select> end</p>',
        '<p>Edit <span contenteditable="true">editable</span> and <span contenteditable="false">not editable</span></p>',
        '<p>Card <span data-newsmark-ui>our card</span> left out</p>',
        '<p>Comment <!-- a comment --> between</p>',
        '<svg><text>drawn</text></svg><p>after the drawing</p>',
      ].join(words),
    );
    const isHidden = (element: Element) => element.classList.contains('gone') || hiddenByInlineStyle(element);
    const text = expectSame(root, { isHidden }).text;
    for (const gone of ['in the script', 'styled', 'Trump', 'Zelensky', 'hidden text', 'aria text', 'computed none', 'inline none', 'invisible', 'typed', 'Press', 'Moscow', 'editable and', 'our card', 'drawn']) {
      expect(text).not.toContain(gone);
    }
    expect(text).toContain('not editable');
    expect(reads.count).toBeGreaterThan(0);
  });

  it('gives the per-node text across block boundaries, line breaks, lists and tables', () => {
    const root = dom(
      [
        '<h1>Talks\nin Moscow</h1><h2>Second</h2><p>First.</p><p>Second <i>with</i> <b>inline</b> markup.</p>',
        '<ul><li>One</li><li>Two <a href="#">link</a></li><li></li><li> </li></ul>',
        'Tail<br>After<br><br>Twice<br>',
        '<blockquote><p>Quoted</p> loose <div>nested <section>deep <p>deeper</p></section> back</div></blockquote>',
        '<table><tr><td>Cell</td><td>Cell 2</td></tr><tr><th>Head</th></tr></table>',
        '<div><div><div><p>x</p></div></div></div><hr>End<span>.</span>',
      ].join(''),
    );
    expectSame(root);
  });

  it('gives the per-node text around a paragraph read whole and on many tiny text nodes', () => {
    const words = Array.from({ length: 40 }, (_, i) => `<span>w${i}</span>`).join(' ');
    const root = dom(`<p>Before it</p><p>${words}</p><p>between</p><div>${words}</div>after <b>it</b>`);
    expectSame(root);
    // text nodes built one by one: empty ones and neighbours never normalized into one
    const p = document.createElement('p');
    for (const data of ['Sergei', '', ' ', 'Lavrov', '', '\n', 'said', '', '.']) p.append(document.createTextNode(data));
    root.append(p);
    expectSame(root);
  });

  it('gives the per-node text on shadow roots, with runs before, inside and after them', () => {
    const reads = countRangeReads();
    const root = dom('<p>Before <b>the</b> host, in <i>light</i> text</p><div id="host">light <b>child</b> of <i>the</i> host</div><p>After <b>the</b> host <i>in</i> light</p>');
    const shadow = root.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Inside <b>the</b> shadow <i>tree</i> here</p><slot></slot><div id="inner"></div>tail <b>of</b> the <i>shadow</i>';
    const inner = shadow.querySelector('#inner')!.attachShadow({ mode: 'open' });
    inner.innerHTML = 'nested <b>shadow</b> text <i>here</i>';
    const text = expectSame(root).text;
    expect(text).toContain('nested shadow text here');
    expect(reads.count).toBeGreaterThan(2);
    // a walk rooted in a shadow tree
    expectSame(shadow);
  });

  it('gives the per-node text on very long runs: thousands of paragraphs and megabyte nodes', () => {
    const reads = countRangeReads();
    // More nodes than one read takes (paragraphs and the newlines between them), then a node of
    // 600,000 characters and one of 700,000. In sections of a few paragraphs: happy-dom's Range
    // finds a node's next sibling by searching its parent's children.
    const section = (n: number) => Array.from({ length: 20 }, (_, i) => `<p>${PARAGRAPH} Note ${n}.${i}.</p>`).join('\n');
    const sections = Array.from({ length: 60 }, (_, n) => `<section>\n${section(n)}\n</section>`).join('\n');
    const root = dom(`<main><h1>Long</h1>\n${sections}<p>${PARAGRAPH.repeat(3400)}</p>${'one long line\n'.repeat(50_000)}</main>`);
    const text = expectSame(root).text;
    expect(text.length).toBeGreaterThan(1_500_000);
    // several reads: a run is read before it holds a whole page
    expect(reads.count).toBeGreaterThanOrEqual(3);
  });

  it('reads a run node by node when its Range holds text the walk does not read', () => {
    // As a Range does over an XHTML page's CDATA section (Text to a Range, not to the walk; happy-dom
    // has none): the run's length tells, and its nodes are read one by one.
    const original = Range.prototype.toString;
    const spy = vi.spyOn(Range.prototype, 'toString').mockImplementation(function (this: Range) {
      return `${original.call(this)}<![CDATA[in the data]]>`;
    });
    const root = dom('<article><p>One <b>two</b> three <i>four</i>.</p>\n<p>Five <b>six</b> seven.</p></article>');
    const extracted = expectSame(root);
    expect(extracted.text).toBe('One two three four.\nFive six seven.\n');
    expect(spy).toHaveBeenCalled();
  });

  it('stops at every maxLength where the per-node reading stops', () => {
    const root = dom(
      '<h1>Head</h1>\n<p>First <b>bold</b> words\n here.</p>\n<p>Second</p><ul><li>a</li><li>b</li></ul>\n<p>' +
        Array.from({ length: 9 }, (_, i) => `<span>s${i}</span>`).join('') +
        '</p>tail<br>end',
    );
    const full = extractText(root).text.length;
    for (let maxLength = 1; maxLength <= full + 1; maxLength++) expectSame(root, { maxLength });
  });

  it('gives the per-node text when read in slices of any size', () => {
    const paragraphs = Array.from({ length: 300 }, (_, i) => `<p>${PARAGRAPH.slice(0, 40 + (i % 60))} <b>${i}</b></p>\n`).join('');
    const root = dom(`<main>${paragraphs}</main>`);
    const perNode = extractText(root);
    for (const every of [1, 2, 3, 7, 50]) {
      const extractor = new TextExtractor(root, { readRuns: true });
      let calls = 0;
      while (!extractor.run(() => ++calls % every === 0));
      expect(difference(extractor.result(), perNode)).toBeNull();
    }
  });

  it.skipIf(!hasPages)(
    'gives the per-node text on the real pages of ../shared/pages/readability',
    async () => {
      const files = readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html')).sort();
      // A window of its own, whose console drops what happy-dom, fetching nothing, says of each
      // frame and stylesheet of the pages.
      const quiet = Object.assign(Object.create(console) as Console, { error: () => undefined });
      const window = new Window({ console: quiet });
      const reads = vi.spyOn(window.Range.prototype, 'toString');
      try {
        for (const file of files) {
          const page = new window.DOMParser().parseFromString(readFileSync(resolve(PAGES_DIR, file), 'utf8'), 'text/html');
          const root = (page.body ?? page.documentElement) as unknown as Node;
          const perNode = extractText(root, { isHidden: hiddenByInlineStyle });
          const runs = extractText(root, { isHidden: hiddenByInlineStyle, readRuns: true });
          expect(difference(runs, perNode), file).toBeNull();
        }
        expect(reads.mock.calls.length).toBeGreaterThan(files.length);
      } finally {
        await window.happyDOM.close();
      }
    },
    120_000,
  );
});
