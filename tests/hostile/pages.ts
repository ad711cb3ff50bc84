/**
 * The hostile and odd pages: what each serves and what Newsmark must do on it. Big pages are
 * generated at serve time (nothing of megabytes is committed). Every page carries its own test
 * script: `window.__pageCheck()` exercises the page's own features after Newsmark has run and
 * resolves to `{ ok, detail }`, so a page we broke says so.
 *
 * Expectations are stated per page as name checks: every occurrence of a name inside a root
 * must lie in one of our actor ranges ('all'), or none of it ('none': text we must not mark,
 * such as an editor, a closed shadow root or SVG).
 */

export interface NameCheck {
  /** a CSS selector in the document; `open-shadow:SEL` reads SEL's open shadow root; `closed-shadow` the page's own reference to its closed root */
  root: string;
  name: string;
  expect: 'all' | 'none';
}

export interface HostilePage {
  /** served at /hostile/<name> */
  name: string;
  title: string;
  html(ctx: PageContext): string;
  /** response headers of the page (a strict CSP, for one) */
  headers?: Record<string, string>;
  checks: NameCheck[];
  /** the page replaces globals the probes use: call window.__restoreOverrides() before probing */
  restoresOverrides?: boolean;
  /** the page changes all the time: ranges may briefly point at nodes it just removed */
  churns?: boolean;
  /** the test hovers this actor name and inspects the card */
  hover?: string;
  /** content the page adds after load (infinite scroll): checked after __pageCheck() */
  lateChecks?: NameCheck[];
  /** scan timeout (huge pages on a loaded machine) */
  scanTimeoutMs?: number;
}

export interface PageContext {
  /** origin of the second server, for the cross-origin frame */
  otherOrigin: string;
}

/** Gardening prose: long, and nothing the knowledge base knows. */
const FILLER = [
  'The broad beans went in on Saturday, two rows along the south fence, with a mulch of leaf mould.',
  'Compost turned twice a month keeps its heat; leaves collected in autumn make the best mould.',
  'Net the brassicas before the pigeons find them, and water the courgettes in the evening.',
  'The first frost came early this year, and the runner beans did not like it at all.',
  'Seed potatoes chitting on the windowsill, eyes up, in egg boxes that nobody else wanted.',
];

export const LEAD = 'Russian Foreign Minister Sergei Lavrov said in Moscow that President Volodymyr Zelensky should meet Donald Trump.';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function doc(title: string, body: string, { head = '', script = '', lang = 'en' } = {}): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>body { font: 16px/1.5 Georgia, serif; max-width: 760px; margin: 16px auto; padding: 0 16px; }</style>
${head}
</head>
<body>
${body}
<script>
${script}
</script>
</body>
</html>
`;
}

const cache = new Map<string, string>();
function cached(key: string, make: () => string): string {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}

const standardChecks = (root = '#lead'): NameCheck[] => [
  { root, name: 'Sergei Lavrov', expect: 'all' },
  { root, name: 'Moscow', expect: 'all' },
  { root, name: 'Volodymyr Zelensky', expect: 'all' },
  { root, name: 'Donald Trump', expect: 'all' },
];

/** A check script must define __pageCheck; this wraps a body into one that reports failures. */
const check = (body: string) => `
window.__pageCheck = async () => {
  try {
    ${body}
  } catch (error) {
    return { ok: false, detail: 'page check threw: ' + (error && error.stack || error) };
  }
};`;

export const HOSTILE_PAGES: HostilePage[] = [
  {
    name: 'big-text',
    title: 'Five megabytes of text',
    scanTimeoutMs: 110_000,
    html: () =>
      cached('big-text', () => {
        const paragraphs: string[] = [];
        let size = 0;
        let i = 0;
        while (size < 5_300_000) {
          const text = `${FILLER[i % FILLER.length]} ${FILLER[(i * 3 + 1) % FILLER.length]} Note ${i}.`;
          paragraphs.push(i === 20_000 ? `<p id="middle">${LEAD}</p>` : `<p>${text}</p>`);
          size += text.length + 1;
          i++;
        }
        return doc(
          'Five megabytes of text',
          `<main><h1>Five megabytes of text</h1><p id="lead">${LEAD}</p><button id="btn">Count</button><output id="out">0</output>\n${paragraphs.join('\n')}</main>`,
          {
            script:
              `document.getElementById('btn').addEventListener('click', () => { const o = document.getElementById('out'); o.textContent = String(Number(o.textContent) + 1); });` +
              check(`
    const before = Number(document.getElementById('out').textContent);
    document.getElementById('btn').click();
    const after = Number(document.getElementById('out').textContent);
    const length = document.body.textContent.length;
    return { ok: after === before + 1 && length > 5000000, detail: 'clicks ' + before + '->' + after + ', text ' + length };`),
          },
        );
      }),
    checks: [...standardChecks('#lead'), { root: '#middle', name: 'Sergei Lavrov', expect: 'all' }],
  },
  {
    name: 'many-nodes',
    title: 'A hundred thousand text nodes',
    scanTimeoutMs: 90_000,
    html: () =>
      cached('many-nodes', () => {
        const words = FILLER.join(' ').split(' ');
        const rows: string[] = [];
        for (let p = 0; p < 10_000; p++) {
          const spans: string[] = [];
          // The space inside each span: 10 text nodes a paragraph, 100,000 in all (no whitespace nodes between).
          for (let s = 0; s < 10; s++) spans.push(`<span>${words[(p * 10 + s) % words.length]} </span>`);
          if (p === 5_000) rows.push(`<p id="middle">Sergei <b>Lavrov</b> spoke in <i>Moscow</i>.</p>`);
          rows.push(`<p>${spans.join('')}</p>`);
        }
        return doc(
          'A hundred thousand text nodes',
          `<main><h1>Many nodes</h1><p id="lead">${LEAD}</p>\n${rows.join('\n')}</main>`,
          {
            script: check(`
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let count = 0;
    while (walker.nextNode()) count++;
    const p = document.createElement('p');
    p.textContent = 'still editable';
    document.body.appendChild(p);
    const ok = count >= 100000 && p.isConnected;
    p.remove();
    return { ok, detail: count + ' text nodes' };`),
          },
        );
      }),
    checks: [...standardChecks('#lead'), { root: '#middle', name: 'Moscow', expect: 'all' }, { root: '#middle', name: 'Lavrov', expect: 'all' }],
  },
  {
    name: 'deep-nesting',
    title: 'Nested two thousand deep',
    // Parsers cap nesting (512 in Blink), so the page builds its depth with the DOM.
    html: () =>
      doc('Nested two thousand deep', `<main><h1>Deep</h1><div id="root"></div></main>`, {
        script:
          `(() => {
  let at = document.getElementById('root');
  for (let i = 0; i < 2000; i++) { const d = document.createElement('div'); d.className = 'level'; at.appendChild(d); at = d; }
  const p = document.createElement('p');
  p.id = 'lead';
  p.textContent = ${JSON.stringify(LEAD)};
  at.appendChild(p);
})();` +
          check(`
    let depth = 0;
    for (let n = document.getElementById('lead'); n && n !== document.getElementById('root'); n = n.parentElement) depth++;
    return { ok: depth >= 2000, detail: 'depth ' + depth };`),
      }),
    checks: standardChecks('#lead'),
  },
  {
    name: 'every-frame',
    title: 'A page that changes every frame',
    churns: true,
    html: () =>
      doc(
        'A page that changes every frame',
        `<main><h1>Live</h1><p id="lead">${LEAD}</p><p>Frame <span id="counter">0</span></p><div id="ticker"><p>Tick</p></div></main>`,
        {
          script:
            `(() => {
  let n = 0;
  const counter = document.getElementById('counter');
  const ticker = document.getElementById('ticker');
  const frame = () => {
    n++;
    counter.textContent = String(n);
    const p = document.createElement('p');
    p.textContent = 'Tick ' + n + ': Zelensky spoke to reporters in Kyiv.';
    ticker.replaceChildren(p);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();` +
            check(`
    const read = () => Number(document.getElementById('counter').textContent);
    const first = read();
    await new Promise((done) => setTimeout(done, 600));
    const second = read();
    return { ok: second > first, detail: 'counter ' + first + ' -> ' + second };`),
        },
      ),
    checks: standardChecks('#lead'),
  },
  {
    name: 'infinite-scroll',
    title: 'Infinite scroll',
    html: () =>
      doc('Infinite scroll', `<main><h1>Stories</h1><p id="lead">${LEAD}</p><div id="feed"></div><div id="sentinel" style="height: 4px"></div></main>`, {
        script:
          `(() => {
  const feed = document.getElementById('feed');
  let count = 0;
  window.__loadMore = () => {
    for (let i = 0; i < 5; i++) {
      count++;
      const article = document.createElement('article');
      article.id = 'item-' + count;
      article.style.minHeight = '300px';
      const p = document.createElement('p');
      p.textContent = 'Story ' + count + ': Sergei Lavrov met officials in Moscow. ' + ${JSON.stringify(FILLER[0])};
      article.appendChild(p);
      feed.appendChild(article);
    }
  };
  window.__loadMore();
  new IntersectionObserver((entries) => { if (entries.some((e) => e.isIntersecting)) window.__loadMore(); }).observe(document.getElementById('sentinel'));
  window.__itemCount = () => feed.children.length;
})();` +
          check(`
    const before = window.__itemCount();
    for (let round = 0; round < 2; round++) {
      const target = window.__itemCount() + 1;
      window.scrollTo(0, document.documentElement.scrollHeight);
      const deadline = Date.now() + 10000;
      while (window.__itemCount() < target && Date.now() < deadline) await new Promise((done) => setTimeout(done, 50));
    }
    const after = window.__itemCount();
    return { ok: after >= before + 10, detail: 'items ' + before + ' -> ' + after };`),
      }),
    checks: [...standardChecks('#lead'), { root: '#item-1', name: 'Sergei Lavrov', expect: 'all' }],
    lateChecks: [
      { root: '#item-12', name: 'Sergei Lavrov', expect: 'all' },
      { root: '#item-12', name: 'Moscow', expect: 'all' },
    ],
  },
  {
    name: 'iframes',
    title: 'Frames of this origin and of another',
    html: ({ otherOrigin }) =>
      doc(
        'Frames of this origin and of another',
        `<main><h1>Frames</h1><p id="lead">${LEAD}</p>
<iframe id="same" src="/hostile/frame" width="400" height="120"></iframe>
<iframe id="cross" src="${otherOrigin}/hostile/frame" width="400" height="120"></iframe></main>`,
        {
          script:
            `window.__framePongs = new Set();
window.addEventListener('message', (event) => { if (event.data && event.data.pong) window.__framePongs.add(event.origin); });` +
            check(`
    const frames = ['same', 'cross'].map((id) => document.getElementById(id));
    window.__framePongs.clear();
    // Pinged until both answer: a frame still loading misses the first pings.
    const deadline = Date.now() + 10000;
    while (window.__framePongs.size < 2 && Date.now() < deadline) {
      for (const f of frames) f.contentWindow.postMessage({ ping: true }, '*');
      await new Promise((done) => setTimeout(done, 100));
    }
    const sameText = frames[0].contentDocument ? frames[0].contentDocument.body.textContent : '';
    let crossBlocked = false;
    try { void frames[1].contentDocument.body; } catch { crossBlocked = true; }
    if (frames[1].contentDocument === null) crossBlocked = true;
    const ok = window.__framePongs.size === 2 && sameText.includes('Zelensky') && crossBlocked;
    return { ok, detail: 'pongs from ' + [...window.__framePongs].join(', ') + '; same-origin frame text ' + JSON.stringify(sameText.slice(0, 60)) + '; cross blocked ' + crossBlocked };`),
        },
      ),
    checks: standardChecks('#lead'),
  },
  {
    name: 'shadow-roots',
    title: 'Open and closed shadow roots',
    html: () =>
      doc(
        'Open and closed shadow roots',
        `<main><h1>Shadows</h1><p id="lead">${LEAD}</p><div id="open-host"></div><div id="closed-host"></div></main>`,
        {
          script:
            `(() => {
  const open = document.getElementById('open-host').attachShadow({ mode: 'open' });
  open.innerHTML = '<p id="inner">In the open root, Sergei Lavrov spoke in Moscow.</p><button id="b">0</button>';
  open.getElementById('b').addEventListener('click', (e) => { e.target.textContent = String(Number(e.target.textContent) + 1); });
  const closed = document.getElementById('closed-host').attachShadow({ mode: 'closed' });
  closed.innerHTML = '<p>In the closed root, Sergei Lavrov spoke in Moscow.</p><button id="b">0</button>';
  closed.getElementById('b').addEventListener('click', (e) => { e.target.textContent = String(Number(e.target.textContent) + 1); });
  window.__closedRoot = closed;
})();` +
            check(`
    const openRoot = document.getElementById('open-host').shadowRoot;
    const closedRoot = window.__closedRoot;
    const count = (root) => Number(root.getElementById('b').textContent);
    const before = [count(openRoot), count(closedRoot)];
    openRoot.getElementById('b').click();
    closedRoot.getElementById('b').click();
    const ok = count(openRoot) === before[0] + 1 && count(closedRoot) === before[1] + 1 && document.getElementById('closed-host').shadowRoot === null;
    return { ok, detail: 'open ' + openRoot.getElementById('b').textContent + ', closed ' + closedRoot.getElementById('b').textContent };`),
        },
      ),
    checks: [
      ...standardChecks('#lead'),
      { root: 'open-shadow:#open-host', name: 'Sergei Lavrov', expect: 'all' },
      { root: 'open-shadow:#open-host', name: 'Moscow', expect: 'all' },
      { root: 'closed-shadow', name: 'Sergei Lavrov', expect: 'none' },
      { root: 'closed-shadow', name: 'Moscow', expect: 'none' },
    ],
  },
  {
    name: 'contenteditable',
    title: 'Editors',
    html: () =>
      doc(
        'Editors',
        `<main><h1>Editors</h1><p id="lead">${LEAD}</p>
<div id="editor" contenteditable="true"><p>Draft: Sergei Lavrov said in Moscow that Volodymyr Zelensky would come.</p></div>
<div id="plaintext" contenteditable="plaintext-only">Sergei Lavrov in plain text, in Moscow.</div>
<textarea id="area">Sergei Lavrov in a textarea, in Moscow.</textarea></main>`,
        {
          script: check(`
    const editor = document.getElementById('editor');
    editor.focus();
    const range = document.createRange();
    range.selectNodeContents(editor);
    range.collapse(false);
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    const inserted = document.execCommand('insertText', false, ' Donald Trump replied from Moscow.');
    const area = document.getElementById('area');
    area.value += ' Edited.';
    const ok = inserted && editor.textContent.includes('Donald Trump replied') && area.value.endsWith('Edited.');
    return { ok, detail: 'insertText ' + inserted + ', editor ' + JSON.stringify(editor.textContent.slice(-40)) };`),
        },
      ),
    checks: [
      ...standardChecks('#lead'),
      { root: '#editor', name: 'Sergei Lavrov', expect: 'none' },
      { root: '#editor', name: 'Moscow', expect: 'none' },
      { root: '#plaintext', name: 'Sergei Lavrov', expect: 'none' },
    ],
    // After the page's own typing (a mutation our watcher sees), the editor is still left alone.
    lateChecks: [
      { root: '#editor', name: 'Donald Trump', expect: 'none' },
      { root: '#editor', name: 'Sergei Lavrov', expect: 'none' },
      { root: '#lead', name: 'Sergei Lavrov', expect: 'all' },
    ],
  },
  {
    name: 'scripts-and-marks',
    title: 'RTL text, emoji and combining marks',
    html: () =>
      doc(
        'RTL text, emoji and combining marks',
        `<main><h1>Scripts</h1><p id="lead">${LEAD}</p>
<p id="rtl" dir="rtl" lang="ar">قال وزير الخارجية الروسي Sergei Lavrov في Moscow إن المحادثات مستمرة.</p>
<p id="hebrew" dir="rtl" lang="he">שר החוץ הרוסי Sergei Lavrov אמר ב-Moscow כי השיחות נמשכות.</p>
<p id="emoji">👨‍👩‍👧‍👦 🇺🇦 Volodymyr Zelensky 🤝🏽 Sergei Lavrov 🎉 in Moscow 🏳️‍🌈 ok.</p>
<p id="marks">Cafe&#x301; owners, Z&#x337;&#x322;a&#x334;l&#x336;g&#x335;o&#x336; and n&#x303;o&#x308;t&#x30a;e&#x301;s: Sergei Lavrov arrived in Moscow.</p>
<p id="bidi">&#x202E;reversed&#x202C; then Donald Trump&#x200F; and &#x2066;Moscow&#x2069;.</p></main>`,
        {
          script: check(`
    const emoji = document.getElementById('emoji').textContent;
    const ok = [...emoji].length < emoji.length && document.getElementById('rtl').dir === 'rtl' && document.getElementById('marks').textContent.normalize('NFC').startsWith('Café');
    return { ok, detail: 'code points ' + [...emoji].length + ' of ' + emoji.length + ' units' };`),
        },
      ),
    checks: [
      ...standardChecks('#lead'),
      { root: '#rtl', name: 'Sergei Lavrov', expect: 'all' },
      { root: '#hebrew', name: 'Sergei Lavrov', expect: 'all' },
      { root: '#emoji', name: 'Sergei Lavrov', expect: 'all' },
      { root: '#emoji', name: 'Volodymyr Zelensky', expect: 'all' },
      { root: '#emoji', name: 'Moscow', expect: 'all' },
      { root: '#marks', name: 'Sergei Lavrov', expect: 'all' },
      { root: '#marks', name: 'Moscow', expect: 'all' },
      { root: '#bidi', name: 'Donald Trump', expect: 'all' },
    ],
  },
  {
    name: 'svg-text',
    title: 'Text in SVG',
    html: () =>
      doc(
        'Text in SVG',
        `<main><h1>SVG</h1><p id="lead">${LEAD}</p>
<svg id="chart" width="500" height="80" xmlns="http://www.w3.org/2000/svg"><text x="10" y="30">Sergei Lavrov in Moscow</text><text x="10" y="60"><tspan>Volodymyr</tspan> <tspan>Zelensky</tspan></text></svg></main>`,
        {
          script: check(`
    const text = document.querySelector('#chart text');
    const width = text.getComputedTextLength();
    return { ok: width > 0 && text.getBBox().width > 0, detail: 'text length ' + width };`),
        },
      ),
    checks: [...standardChecks('#lead'), { root: '#chart', name: 'Sergei Lavrov', expect: 'none' }, { root: '#chart', name: 'Moscow', expect: 'none' }],
  },
  {
    name: 'overrides',
    title: 'A page that overrides built-ins',
    restoresOverrides: true,
    html: () =>
      doc('A page that overrides built-ins', `<main><h1>Overrides</h1><p id="lead">${LEAD}</p><div id="late"></div></main>`, {
        // In <head>: the overrides are in place before anything else runs.
        head: `<script>
(() => {
  const saved = [];
  const replace = (target, key, value) => {
    saved.push([target, key, Object.getOwnPropertyDescriptor(target, key)]);
    Object.defineProperty(target, key, { value, writable: true, configurable: true });
  };
  const originals = { push: Array.prototype.push, appendChild: Node.prototype.appendChild, createElement: Document.prototype.createElement };
  window.__originals = originals;
  window.__realHighlights = window.CSS && CSS.highlights;
  window.__realPerformance = window.performance;
  window.__RealMutationObserver = window.MutationObserver;
  replace(Array.prototype, 'map', function () { return []; });
  replace(Array.prototype, 'filter', function () { return []; });
  replace(Array.prototype, 'forEach', function () {});
  replace(Array.prototype, 'indexOf', function () { return -1; });
  replace(Array.prototype, 'includes', function () { return false; });
  replace(Array.prototype, 'join', function () { return 'hijacked'; });
  replace(Array.prototype, 'slice', function () { return []; });
  replace(Array.prototype, 'sort', function () { return this; });
  replace(Array, 'from', function () { return []; });
  replace(String.prototype, 'toLowerCase', function () { return 'x'; });
  replace(String.prototype, 'normalize', function () { return ''; });
  replace(String.prototype, 'replace', function () { return 'hijacked'; });
  replace(String.prototype, 'slice', function () { return ''; });
  replace(String.prototype, 'indexOf', function () { return -1; });
  replace(String.prototype, 'trim', function () { return 'hijacked'; });
  replace(String.prototype, 'split', function () { return []; });
  replace(RegExp.prototype, 'exec', function () { return null; });
  replace(RegExp.prototype, 'test', function () { return false; });
  replace(JSON, 'stringify', function () { return '"hijacked"'; });
  replace(Object, 'keys', function () { return []; });
  replace(Node.prototype, 'contains', function () { return false; });
  replace(Node.prototype, 'cloneNode', function () { throw new Error('page: no cloning'); });
  replace(Node.prototype, 'normalize', function () {});
  replace(Element.prototype, 'attachShadow', function () { throw new Error('page: no shadow roots'); });
  replace(Element.prototype, 'getBoundingClientRect', function () { return { left: 0, top: 0, right: 0, bottom: 0, width: 0, height: 0 }; });
  replace(Document.prototype, 'createTreeWalker', function () { throw new Error('page: no walkers'); });
  replace(Document.prototype, 'createRange', function () { throw new Error('page: no ranges'); });
  replace(window, 'MutationObserver', function () { throw new Error('page: no observers'); });
  replace(window, 'requestIdleCallback', function () { return 0; });
  replace(window, 'setTimeout', function (fn) { return 0; });
  replace(window, 'CSS', { highlights: null, supports: () => false });
  replace(window, 'Highlight', undefined);
  replace(window, 'performance', { now: () => 0, measure() {}, mark() {}, getEntriesByName: () => [] });
  window.__restoreOverrides = () => {
    for (let i = saved.length - 1; i >= 0; i--) {
      const [target, key, descriptor] = saved[i];
      if (descriptor) Object.defineProperty(target, key, descriptor);
      else delete target[key];
    }
    saved.length = 0;
  };
})();
</script>`,
        script:
          check(`
    // The page's own code, written against its own (broken) built-ins, still runs.
    const p = document.createElement('p');
    p.id = 'late-news';
    p.textContent = 'Late news: Sergei Lavrov returned to Moscow.';
    document.getElementById('late').appendChild(p);
    const broken = [1, 2, 3].map((n) => n * 2).length === 0 && 'Abc'.toLowerCase() === 'x';
    return { ok: broken && p.isConnected, detail: 'overrides in place ' + broken };`),
      }),
    checks: standardChecks('#lead'),
    lateChecks: [{ root: '#late-news', name: 'Sergei Lavrov', expect: 'all' }],
  },
  {
    name: 'strict-csp',
    title: 'A page with a strict Content-Security-Policy',
    headers: {
      'content-security-policy':
        "default-src 'none'; script-src 'nonce-hostile'; style-src 'nonce-hostile'; img-src 'self'; connect-src 'none'; font-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
    // The title joins the name: one mention, one range.
    hover: 'Russian Foreign Minister Sergei Lavrov',
    html: () =>
      doc('A page with a strict Content-Security-Policy', `<main><h1>Strict</h1><p id="lead">${LEAD}</p><button id="btn">0</button></main>`, {
        script:
          `document.getElementById('btn').addEventListener('click', (e) => { e.target.textContent = String(Number(e.target.textContent) + 1); });` +
          check(`
    const before = Number(document.getElementById('btn').textContent);
    document.getElementById('btn').click();
    const after = Number(document.getElementById('btn').textContent);
    return { ok: after === before + 1, detail: 'button ' + before + ' -> ' + after };`),
      })
        .replace('<script>', '<script nonce="hostile">')
        .replace('<style>', '<style nonce="hostile">'),
    checks: standardChecks('#lead'),
  },
  {
    name: 'markup-as-text',
    title: 'Text that looks like HTML',
    // The title joins the name: one mention, one range.
    hover: 'Russian Foreign Minister Sergei Lavrov',
    html: () =>
      doc(
        'Text that looks like <script>alert(1)</script> HTML',
        `<main><h1>Markup as text</h1><p id="lead">${LEAD}</p>
<p id="payload">${escapeHtml(INJECTION_SENTENCE)}</p>
<pre id="code">${escapeHtml('<script>document.documentElement.dataset.pwned = "script"</script> Sergei Lavrov <b onmouseover="alert(1)">Moscow</b>')}</pre></main>`,
        {
          script: check(`
    const payload = document.getElementById('payload');
    const ok = payload.querySelector('img, script') === null && payload.textContent.includes('<img src=x') && !document.documentElement.dataset.pwned;
    return { ok, detail: 'elements in payload ' + payload.children.length + ', pwned ' + document.documentElement.dataset.pwned };`),
        },
      ),
    checks: [...standardChecks('#lead'), { root: '#payload', name: 'Sergei Lavrov', expect: 'all' }, { root: '#code', name: 'Sergei Lavrov', expect: 'all' }],
  },
];

/**
 * A sentence of the seed article (so the matcher finds its claim) with markup inside it as text:
 * if any of it were parsed as HTML, its handlers would mark the document.
 */
export const INJECTION_SENTENCE =
  'Russian Foreign Minister Sergei Lavrov <img src=x onerror="document.documentElement.dataset.pwned=\'img\'"> announced that President Vladimir Putin <script>document.documentElement.dataset.pwned="script"</script> expressed Russia’s willingness to provide security guarantees for Ukraine.';

/** The frame page, served on both origins. */
export function framePage(): string {
  return doc('A frame', `<p id="frame-text">In a frame: Volodymyr Zelensky spoke in Kyiv.</p>`, {
    script: `window.addEventListener('message', (event) => { if (event.data && event.data.ping) event.source.postMessage({ pong: true }, '*'); });`,
  });
}
