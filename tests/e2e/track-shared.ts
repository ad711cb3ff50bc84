// What the Track tests of both browsers serve: two outlets' reports of the same day of a dock strike,
// written for these tests. The first quotes the union leader and names a minister; the second says
// the same in its own words and names the minister again.
import { createServer } from 'node:http';
import { escapeHtml, renderSeedPage } from '../../scripts/seed-page.mjs';

/** The quote a reader selects and tracks on the first page. */
export const TRACKED_QUOTE = 'We will not accept a single forced redundancy at the Maasvlakte terminals';

export const FIRST_PAGE = {
  title: 'Rotterdam dockers walk out over terminal automation',
  published: '2026-03-04',
  paragraphs: [
    'ROTTERDAM, March 4 (Wire) - Dock workers at Europe’s largest port walked off the job on Wednesday, halting container traffic at the Maasvlakte terminals for 48 hours in a dispute over automated cranes.',
    `“${TRACKED_QUOTE},” union leader Marieke Janssen told reporters outside the gates.`,
    'Deputy Economy Minister Pieter de Vries said the government would not intervene in a dispute between employers and unions.',
    'Terminal operators said the new cranes would be introduced over five years and that staff would be retrained.',
  ],
};

/** Another outlet: the tracked statement paraphrased, and the minister named again. */
export const SECOND_PAGE = {
  title: 'Strike shuts Maasvlakte container terminals',
  /** the sentence that carries the tracked statement in this outlet's words */
  paraphrase: 'Marieke Janssen, who leads the dockers’ union, said her members would accept no forced redundancies at the Maasvlakte container terminals.',
  paragraphs: [
    'THE HAGUE (News Agency) — Container ships queued off the Dutch coast on Wednesday as a 48-hour strike closed the Maasvlakte terminals in Rotterdam.',
    'Marieke Janssen, who leads the dockers’ union, said her members would accept no forced redundancies at the Maasvlakte container terminals.',
    'Pieter de Vries, the deputy economy minister, told parliament the cabinet would stay out of the talks.',
    'Shipping lines diverted some vessels to Antwerp and Hamburg.',
  ],
};

/** The person the side panel adds as an actor, as the first page names them. */
export const NEW_PERSON = { name: 'Pieter de Vries', role: 'Deputy Economy Minister' };

function page(title: string, paragraphs: string[], published?: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
${published ? `<meta property="article:published_time" content="${published}T09:30:00Z">` : ''}
<style>body { font: 18px/1.6 Georgia, serif; max-width: 720px; margin: 24px auto; padding: 0 24px; }</style></head>
<body><main><article><h1>${escapeHtml(title)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article></main></body></html>
`;
}

export interface TrackServer {
  /** `/seed`: the seed article, whose claims the knowledge base ships (a claim's card to track from) */
  url(path: '/first' | '/second' | '/seed'): string;
  close(): Promise<void>;
}

/** `/first`, `/second` and `/seed` on 127.0.0.1, a random free port. */
export function startTrackServer(): Promise<TrackServer> {
  const pages: Record<string, () => string> = {
    '/first': () => page(FIRST_PAGE.title, FIRST_PAGE.paragraphs, FIRST_PAGE.published),
    '/second': () => page(SECOND_PAGE.title, SECOND_PAGE.paragraphs),
    '/seed': () => renderSeedPage(),
  };
  const server = createServer((req, res) => {
    const render = pages[new URL(req.url ?? '/', 'http://127.0.0.1').pathname];
    if (!render) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(render());
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

/** The texts a named highlight covers in the page (run in the page). */
export function highlighted(name: string): string[] {
  return Array.from((CSS.highlights.get(name) ?? new Set()) as Set<AbstractRange>, (range) => (range as Range).toString().replace(/\s+/g, ' ').trim());
}
