import { describe, expect, it } from 'vitest';
import { extractText, locate, rangeFor, OWN_UI_ATTRIBUTE, WHOLE_READ_MIN_ELEMENTS } from '../../../lib/dom/text-walker';
import { offsetOf } from '../../../lib/dom/quote-selector';

function dom(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host;
}

describe('extractText', () => {
  it('joins inline markup into one run of text and maps a name split across nodes to one range', () => {
    const root = dom('<p>Foreign Minister Sergei <b>Lavrov</b> spoke.</p>');
    const extracted = extractText(root);
    expect(extracted.text).toBe('Foreign Minister Sergei Lavrov spoke.\n');
    const start = extracted.text.indexOf('Sergei');
    const range = rangeFor(extracted, start, start + 'Sergei Lavrov'.length)!;
    expect(range.toString()).toBe('Sergei Lavrov');
    expect(range.startContainer).not.toBe(range.endContainer);
  });

  it('turns block boundaries into newlines and source line breaks into spaces', () => {
    const root = dom('<h1>Talks\nin Moscow</h1><p>First.</p><ul><li>One</li><li>Two</li></ul>Tail<br>After');
    expect(extractText(root).text).toBe('Talks in Moscow\nFirst.\nOne\nTwo\nTail\nAfter');
  });

  it('keeps a whitespace-only node between inline elements as a single space', () => {
    const root = dom('<span>Sergei</span>\n   <span>Lavrov</span>');
    const extracted = extractText(root);
    expect(extracted.text).toBe('Sergei Lavrov');
    // The range covers the page's own whitespace node, as the reader sees it.
    expect(rangeFor(extracted, 0, 13)!.toString().replace(/\s+/g, ' ')).toBe('Sergei Lavrov');
  });

  it('skips what a reader does not read', () => {
    const root = dom(
      [
        '<p>Visible</p>',
        '<script>var Lavrov = 1</script>',
        '<style>.Putin{}</style>',
        '<noscript>Trump</noscript>',
        '<template><p>Zelensky</p></template>',
        '<textarea>Kyiv</textarea>',
        '<select><option>Moscow</option></select>',
        '<div hidden>NATO</div>',
        '<div aria-hidden="true">Kremlin</div>',
        '<div contenteditable="true">Editor text</div>',
        `<div ${OWN_UI_ATTRIBUTE}>Our card</div>`,
        '<p>End</p>',
      ].join(''),
    );
    expect(extractText(root).text).toBe('Visible\nEnd\n');
  });

  it('asks the caller about computed visibility', () => {
    const root = dom('<p>Shown</p><p class="gone">Gone</p>');
    const text = extractText(root, { isHidden: (el) => el.classList.contains('gone') }).text;
    expect(text).toBe('Shown\n');
  });

  it('reads open shadow roots', () => {
    const root = dom('<p>Before</p><div id="host"></div>');
    const shadow = root.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Inside the shadow</p>';
    expect(extractText(root).text).toBe('Before\nInside the shadow\n');
  });

  it('survives nesting far deeper than the call stack allows', () => {
    let html = 'deep';
    for (let i = 0; i < 5000; i++) html = `<span>${html}</span>`;
    expect(extractText(dom(html)).text).toBe('deep');
  });

  it('maps offsets back to nodes, snapping synthetic characters to a neighbour', () => {
    const root = dom('<p>ab</p><p>cd</p>');
    const extracted = extractText(root);
    expect(extracted.text).toBe('ab\ncd\n');
    expect(locate(extracted, 1)).toEqual({ node: extracted.nodes[0], offset: 1 });
    // offset 2 is the end of "ab"; forward bias moves a range start to "cd"
    expect(locate(extracted, 2, 'forward')).toEqual({ node: extracted.nodes[1], offset: 0 });
    expect(locate(extracted, 2)).toEqual({ node: extracted.nodes[0], offset: 2 });
    expect(locate(extracted, 3)).toEqual({ node: extracted.nodes[1], offset: 0 });
    expect(locate(extracted, 4)).toEqual({ node: extracted.nodes[1], offset: 1 });
  });

  it('stops at maxLength', () => {
    const root = dom('<p>one</p><p>two</p><p>three</p>');
    expect(extractText(root, { maxLength: 5 }).text).toBe('one\ntwo');
  });
});

describe('hiddenByInlineStyle', () => {
  it('recognises display:none and visibility:hidden in the style attribute only', async () => {
    const { hiddenByInlineStyle } = await import('../../../lib/dom/text-walker');
    const root = dom(
      '<p style="color: red; display:none">a</p><p style="visibility: hidden !important">b</p><p style="display: block">c</p><p>d</p>',
    );
    expect([...root.children].map((el) => hiddenByInlineStyle(el))).toEqual([true, true, false, false]);
    expect(extractText(root, { isHidden: hiddenByInlineStyle }).text).toBe('c\nd\n');
  });
});

describe('a paragraph of dense inline markup, read whole', () => {
  // A word per span, as some sites (and the hostile many-nodes page) write text.
  const WORDS = ['Foreign', 'Minister', 'Sergei', 'Lavrov', 'said', 'on', 'Monday', 'that', 'Moscow', 'would', 'wait', 'and', 'see.'];
  const paragraph = (extra = '') => `<p id="dense">${WORDS.map((w) => `<span>${w} </span>`).join('')}${extra}</p>`;

  it('is one source, the paragraph, with the same text a node-by-node walk gives', () => {
    expect(WORDS.length).toBeGreaterThanOrEqual(WHOLE_READ_MIN_ELEMENTS);
    const root = dom(`<h2>Title</h2>${paragraph()}<p>After</p>`);
    const extracted = extractText(root);
    expect(extracted.text).toBe(`Title\n${WORDS.join(' ')} \nAfter\n`);
    expect(extracted.nodes.map((n) => (n.nodeType === 1 ? (n as Element).id : n.textContent))).toEqual(['Title', 'dense', 'After']);
  });

  it('maps offsets inside it back to the right text nodes, across spans', () => {
    const root = dom(paragraph());
    const extracted = extractText(root);
    const start = extracted.text.indexOf('Sergei');
    const range = rangeFor(extracted, start, start + 'Sergei Lavrov'.length)!;
    expect(range.toString()).toBe('Sergei Lavrov');
    expect(range.startContainer.nodeType).toBe(3);
    expect(range.startContainer.parentElement!.tagName).toBe('SPAN');
    expect(range.endContainer).not.toBe(range.startContainer);
    expect(locate(extracted, extracted.text.indexOf('Moscow'), 'forward')!.node.data).toBe('Moscow ');
  });

  it('maps points inside it to offsets of the text, as a saved selection needs', () => {
    const root = dom(`<p>Before</p>${paragraph()}`);
    const extracted = extractText(root);
    const lavrov = root.querySelectorAll('span')[3]!.firstChild!;
    expect(offsetOf(extracted, lavrov, 2)).toBe(extracted.text.indexOf('Lavrov') + 2);
    const span = root.querySelectorAll('span')[8]!;
    expect(offsetOf(extracted, span, 0)).toBe(extracted.text.indexOf('Moscow'));
  });

  it('is walked node by node when something inside needs it: hidden, a block, fewer elements, a shadow root', () => {
    for (const html of [
      paragraph('<span hidden>secret</span>'),
      paragraph('<br>tail'),
      `<p>${WORDS.slice(0, WHOLE_READ_MIN_ELEMENTS - 1).map((w) => `<b>${w}</b> `).join('')}</p>`,
    ]) {
      const extracted = extractText(dom(html));
      expect(extracted.nodes.every((n) => n.nodeType === 3)).toBe(true);
      expect(extracted.text).not.toContain('secret');
    }
    const root = dom(paragraph());
    const host = root.querySelector('p')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<em>Shadow words</em>';
    expect(extractText(root).text).toContain('Shadow words');
  });
});

describe('TextExtractor', () => {
  it('gives the same text when stopped and resumed as in one go', async () => {
    const { TextExtractor } = await import('../../../lib/dom/text-walker');
    const html = Array.from({ length: 400 }, (_, i) => `<p>Paragraph <i>${i}</i> of <b>many</b>.</p>`).join('');
    const root = dom(html);
    const extractor = new TextExtractor(root);
    let slices = 0;
    let calls = 0;
    while (!extractor.run(() => ++calls % 2 === 0)) slices++;
    expect(slices).toBeGreaterThan(3);
    const resumed = extractor.result();
    const whole = extractText(root);
    expect(resumed.text).toBe(whole.text);
    expect(resumed.starts).toEqual(whole.starts);
  });
});
