// The bundled demo page: the seed article rendered as a news page at request time, so the text
// lives in one place only (seeds/source/) and the page the e2e tests and `npm run demo` open is
// what a reader would see on a news site.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SEED_SOURCE = fileURLToPath(
  new URL('../seeds/source/000_891a16815cb21ab4.txt', import.meta.url),
);

const HEADLINE = 'Lavrov says Putin is ready to offer Ukraine security guarantees';
const BYLINE = 'Newsmark demo';

/** Page text is data: everything from the source goes through here before it reaches HTML. */
export function escapeHtml(text) {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The seed article's paragraphs, one per non-empty line of the source. */
export function seedParagraphs(sourcePath = SEED_SOURCE) {
  return readFileSync(sourcePath, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

export function renderSeedPage({ sourcePath = SEED_SOURCE } = {}) {
  const paragraphs = seedParagraphs(sourcePath)
    .map((p) => `      <p>${escapeHtml(p)}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(HEADLINE)} · ${escapeHtml(BYLINE)}</title>
  <style>
    body { margin: 0; font: 18px/1.6 Georgia, 'Times New Roman', serif; color: #1a1a1a; background: #fafaf7; }
    header.site { background: #1d2b3a; color: #fff; padding: 12px 24px; font: 600 20px/1.2 system-ui, sans-serif; letter-spacing: .02em; }
    main { max-width: 720px; margin: 0 auto; padding: 24px; }
    h1 { font-size: 34px; line-height: 1.2; margin: 8px 0 12px; }
    .byline { font: 14px/1.4 system-ui, sans-serif; color: #555; margin-bottom: 24px; }
    footer { max-width: 720px; margin: 0 auto; padding: 24px; font: 13px system-ui, sans-serif; color: #777; }
  </style>
</head>
<body>
  <header class="site">The Daily Seed</header>
  <main>
    <article>
      <h1>${escapeHtml(HEADLINE)}</h1>
      <p class="byline">By ${escapeHtml(BYLINE)}</p>
${paragraphs}
    </article>
  </main>
  <footer>A page served locally by Newsmark from its seed document, for demos and tests.</footer>
</body>
</html>
`;
}

/**
 * Serves the seed page on 127.0.0.1 at `/` and `/article` (a random free port by default).
 * @param {{ port?: number }} [options]
 * @returns {Promise<{ url: string, origin: string, port: number, close: () => Promise<void> }>}
 */
export function startSeedServer({ port = 0, host = '127.0.0.1' } = {}) {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (path === '/' || path === '/article') {
      // Rendered per request so edits to the seed text show up without a restart.
      const body = renderSeedPage();
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'content-length': Buffer.byteLength(body),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
  });
  // Keep-alive sockets from browsers would otherwise hold close() open.
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      const origin = `http://${host}:${actualPort}`;
      resolve({
        url: `${origin}/article`,
        origin,
        port: actualPort,
        close: () =>
          new Promise((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

// `node scripts/seed-page.mjs [port]` serves the page until interrupted.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { url } = await startSeedServer({ port: Number(process.argv[2] ?? 0) });
  console.log(`Seed page: ${url}`);
}
