// What the side panel tests of both browsers serve and read: the seed article, a page of our own
// that names other actors, and one that names nobody from the knowledge base.
import { createServer } from 'node:http';
import { escapeHtml, renderSeedPage } from '../../scripts/seed-page.mjs';

/** A page of our own: Zelensky, NATO and the EU (as "Brussels"), and none of the seed article's Lavrov, Putin or Trump. */
export const OTHER_PAGE = {
  title: 'Zelensky meets NATO partners in Brussels',
  paragraphs: [
    'Ukrainian President Volodymyr Zelensky met NATO officials in Brussels on Tuesday to discuss air defence for the coming winter.',
    'Zelensky said his country needed more help before the cold months, and thanked the alliance for its support.',
  ],
  actors: ['A04', 'A08'],
  absent: ['A01', 'A02', 'A03'],
};

/** Names nobody the knowledge base knows. */
export const PLAIN_PAGE = {
  title: 'Allotment notes',
  paragraphs: [
    'The broad beans went in on Saturday, two rows along the south fence, with a mulch of leaf mould.',
    'Next week: net the brassicas before the pigeons find them, and turn the compost heap.',
  ],
};

/** Added to the plain page while the panel shows it: the panel must list Lavrov without a reload. */
export const LATE_PARAGRAPH = 'Russian Foreign Minister Sergei Lavrov spoke in Moscow on Thursday.';

function page(title: string, paragraphs: string[]): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body { font: 18px/1.6 Georgia, serif; max-width: 720px; margin: 24px auto; padding: 0 24px; }</style></head>
<body><main><article><h1>${escapeHtml(title)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article></main></body></html>
`;
}

export interface PanelServer {
  origin: string;
  url(path: '/article' | '/other' | '/plain'): string;
  close(): Promise<void>;
}

/** `/article` (the seed article), `/other` and `/plain` on 127.0.0.1, a random free port. */
export function startPanelServer(): Promise<PanelServer> {
  const pages: Record<string, () => string> = {
    '/article': () => renderSeedPage(),
    '/other': () => page(OTHER_PAGE.title, OTHER_PAGE.paragraphs),
    '/plain': () => page(PLAIN_PAGE.title, PLAIN_PAGE.paragraphs),
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const render = pages[path];
    if (!render) {
      res.writeHead(path === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    const body = render();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      resolve({
        origin,
        url: (path) => `${origin}${path}`,
        close: () =>
          new Promise((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

export interface PanelView {
  status: string;
  /** the page the panel is about, as its header says */
  page: string;
  /** data-state of the empty-state block, or null when the panel lists things */
  empty: string | null;
  emptyText: string;
  groups: Array<{ kind: string; heading: string; refs: string[] }>;
  actors: Array<{
    ref: string;
    name: string;
    count: number;
    kind: string;
    meta: string;
    description: string;
    saidClaims: number;
    position: string;
  }>;
  claims: Array<{
    ref: string;
    summary: string;
    meta: string;
    sentences: string[];
    evidence: string;
    source: string;
    saved: number;
  }>;
  footer: string;
}

/**
 * Runs inside sidepanel.html (passed to the browser's evaluate, so self-contained): what the
 * panel shows, as a reader would read it.
 */
export function readPanel(): PanelView {
  const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const empty = document.querySelector('[data-testid="panel-empty"]');
  return {
    status: text(document.querySelector('[data-testid="page-status"]')),
    page: text(document.querySelector('[data-testid="panel-page"]')),
    empty: empty ? empty.getAttribute('data-state') : null,
    emptyText: text(empty),
    groups: Array.from(document.querySelectorAll('[data-testid="actors-section"] section[data-kind]'), (section) => ({
      kind: section.getAttribute('data-kind') ?? '',
      heading: text(section.querySelector('h3')),
      refs: Array.from(section.querySelectorAll('[data-testid="actor-card"]'), (li) => li.getAttribute('data-ref') ?? ''),
    })),
    actors: Array.from(document.querySelectorAll('[data-testid="actor-card"]'), (li) => ({
      ref: li.getAttribute('data-ref') ?? '',
      name: text(li.querySelector('h4')),
      count: Number(li.getAttribute('data-count')),
      kind: text(li.querySelector('.kind')),
      meta: text(li.querySelector('.meta')),
      description: text(li.querySelector('.description')),
      saidClaims: li.querySelectorAll('.said-list li').length,
      position: text(li.querySelector('[data-testid="jump-position"]')),
    })),
    claims: Array.from(document.querySelectorAll('[data-testid="claim-card"]'), (li) => ({
      ref: li.getAttribute('data-ref') ?? '',
      summary: text(li.querySelector('h3')),
      meta: text(li.querySelector('.meta')),
      sentences: Array.from(li.querySelectorAll('[data-testid="claim-sentence"] blockquote'), (q) => text(q)),
      evidence: text(li.querySelector('[data-testid="claim-source"] blockquote')),
      source: text(li.querySelector('[data-testid="claim-source"] cite')),
      saved: li.querySelectorAll('[data-testid="saved-label"]').length,
    })),
    footer: text(document.querySelector('[data-testid="scan-footer"]')),
  };
}

/** The seed article's panel, fully there: the six actors every test expects, and claims with sources. */
export function hasSeedLists(view: PanelView): boolean {
  const refs = new Set(view.actors.map((a) => a.ref));
  return ['A01', 'A02', 'A03', 'A04', 'A05', 'A06'].every((ref) => refs.has(ref)) && view.claims.length >= 5;
}
