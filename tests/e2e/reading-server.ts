/**
 * Pages for the reading tests and `npm run bench:browser`, served on 127.0.0.1 only:
 * - `/article`: the bundled seed article (scripts/seed-page.mjs);
 * - `/plain`: a page of our own with nothing from the knowledge base, for dynamic content;
 * - `/shared/<name>.html`: the real pages of ../shared/pages/readability, read at request time
 *   (their text is never copied into the project).
 *
 * Every page is served with a Content-Security-Policy that forbids scripts and any origin but
 * ours: the page's own scripts never run (so the page cannot mutate itself, and what the browser
 * spends on scripting is the extension's) and nothing is fetched from the network. Extensions'
 * content scripts are not subject to a page's CSP. Frames stay empty (withoutFrameSources).
 */
import { createServer, type ServerResponse } from 'node:http';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT } from '../../scripts/browsers.mjs';
import { renderSeedPage } from '../../scripts/seed-page.mjs';

export const SHARED_PAGES_DIR = resolve(ROOT, process.env.NEWSMARK_SHARED_PAGES || '../shared/pages/readability');

/** Why the shared pages cannot be used, or null when they are there. */
export function sharedPagesMissing(): string | null {
  if (!existsSync(SHARED_PAGES_DIR)) return `${SHARED_PAGES_DIR} not found (../shared is absent)`;
  if (sharedPageNames().length === 0) return `${SHARED_PAGES_DIR} holds no .html page`;
  return null;
}

/** Every shared page's file name (e.g. `bbc-1.html`), sorted. */
export function sharedPageNames(): string[] {
  if (!existsSync(SHARED_PAGES_DIR)) return [];
  return readdirSync(SHARED_PAGES_DIR)
    .filter((file) => /^[\w.-]+\.html$/.test(file))
    .sort();
}

/**
 * Scripts off, network off. `'unsafe-inline'` styles: the pages' own inline styles, and whatever
 * the extension's shadow-root UI brings. Extension resources stay loadable.
 */
export const PAGE_CSP = [
  "default-src 'self' data: blob: chrome-extension: moz-extension:",
  "script-src 'none'",
  "style-src 'self' 'unsafe-inline' chrome-extension: moz-extension:",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** A page of our own that names nobody from the knowledge base. */
export function renderPlainPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Allotment notes</title>
  <style>body { font: 18px/1.6 Georgia, serif; max-width: 720px; margin: 24px auto; padding: 0 24px; }</style>
</head>
<body>
  <main id="content">
    <h1>Allotment notes</h1>
    <p>The first frost came early this year, and the runner beans did not like it at all.</p>
    <p>Compost turned twice a month keeps its heat; leaves collected in autumn make the best mould.</p>
  </main>
</body>
</html>
`;
}

/**
 * A wire story of our own about the seed topic for the speaker tests: a quote over two sentences
 * whose speaker is named only in the second (the claim, highlighted across both), and the same
 * words said by someone else (not the claim). Ids mark each for the probes.
 */
export const SPEAKER_PAGE = {
  quote:
    '"Foreign soldiers sent to Ukraine would be legitimate targets for our armed forces. Europe should take this warning seriously," Sergei Lavrov said.',
  quoteSpeakerRef: 'A01',
  quoteClaimRef: 'C07',
  sameWordsElsewhere: 'Vladimir Putin said on Friday that foreign troops in Ukraine would be legitimate targets.',
};

export function renderSpeakerPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Moscow warns Europe over troops for Ukraine</title>
  <style>body { font: 18px/1.6 Georgia, serif; max-width: 720px; margin: 24px auto; padding: 0 24px; }</style>
</head>
<body>
  <main id="content">
    <h1>Moscow warns Europe over troops for Ukraine</h1>
    <p>MOSCOW, Dec 4 – Russia's foreign minister held a news conference in Moscow on Thursday.</p>
    <p id="quote">${SPEAKER_PAGE.quote}</p>
    <p>Britain and France have said they could lead a force of several thousand soldiers after a ceasefire.</p>
    <p id="elsewhere">${SPEAKER_PAGE.sameWordsElsewhere}</p>
    <p>No date has been set for the next round of talks.</p>
  </main>
</body>
</html>
`;
}

/**
 * Frames stay empty: their `src` is renamed. The CSP would block them anyway, but Chromium then
 * loads its error page in each, whose own scripts run on the page's main thread and would blur
 * what the bench attributes to the extension. Text and elements are unchanged.
 */
export function withoutFrameSources(html: string): string {
  return html.replace(/<iframe\b[^>]*>/gi, (tag) => tag.replace(/\s(src|srcdoc)\s*=/gi, ' data-newsmark-blocked-$1='));
}

export interface PageServer {
  origin: string;
  /** the seed article */
  seedUrl: string;
  plainUrl: string;
  /** renderSpeakerPage() */
  speakersUrl: string;
  sharedUrl(file: string): string;
  close(): Promise<void>;
}

function send(res: ServerResponse, method: string | undefined, status: number, type: string, body: string | Buffer) {
  res.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    'content-security-policy': PAGE_CSP,
  });
  res.end(method === 'HEAD' ? undefined : body);
}

export function startPageServer(): Promise<PageServer> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const html = 'text/html; charset=utf-8';
    if (path === '/article' || path === '/') return send(res, req.method, 200, html, renderSeedPage());
    // Also the targets of single-page-app navigations the tests make with history.pushState.
    if (path === '/plain' || path.startsWith('/plain/')) return send(res, req.method, 200, html, renderPlainPage());
    if (path === '/speakers') return send(res, req.method, 200, html, renderSpeakerPage());
    const shared = path.match(/^\/shared\/([\w.-]+\.html)$/);
    if (shared && sharedPageNames().includes(shared[1])) {
      return send(res, req.method, 200, html, withoutFrameSources(readFileSync(join(SHARED_PAGES_DIR, shared[1]), 'utf8')));
    }
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    send(res, req.method, 404, 'text/plain; charset=utf-8', 'Not found\n');
  });
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const origin = `http://127.0.0.1:${port}`;
      done({
        origin,
        seedUrl: `${origin}/article`,
        plainUrl: `${origin}/plain`,
        speakersUrl: `${origin}/speakers`,
        sharedUrl: (file) => `${origin}/shared/${file}`,
        close: () =>
          new Promise<void>((closed) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => closed());
          }),
      });
    });
  });
}

// ---------- what the scanner CLI finds ----------

export interface ScannedMention {
  ref: string;
  start: number;
  end: number;
  text: string;
}

export interface ScannedClaim {
  ref: string;
  score: number;
  start: number;
  end: number;
  text: string;
}

export interface ScannedPage {
  file: string;
  /** one entry per distinct text span (an actor mention found twice at the same place counts once) */
  mentions: ScannedMention[];
  claims: ScannedClaim[];
}

/** Collapses whitespace as the highlight texts read in the browser are collapsed. */
export function normalizeText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Runs `npm run scan` (scripts/scan.ts through tsx, the same extraction and matching code as the
 * content script) on files; one result per file, in order.
 */
export function runScanner(files: string[]): Promise<ScannedPage[]> {
  // The checkout whose code built the extension under test (NEWSMARK_SCAN_ROOT when it is another one).
  const root = resolve(process.env.NEWSMARK_SCAN_ROOT || ROOT);
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  return new Promise((done, fail) => {
    execFile(
      tsx,
      [join(root, 'scripts', 'scan.ts'), ...files],
      { cwd: root, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
      (error, stdout, stderr) => {
        if (error) {
          fail(new Error(`npm run scan failed: ${error.message}\n${stderr}`));
          return;
        }
        const results = stdout
          .split('\n')
          .filter((line) => line.trim().startsWith('{'))
          .map((line) => {
            const raw = JSON.parse(line) as {
              file: string;
              actors: { ref: string; mentions: { start: number; end: number; text: string }[] }[];
              claims: ScannedClaim[];
            };
            const seen = new Set<string>();
            const mentions: ScannedMention[] = [];
            for (const actor of raw.actors) {
              for (const m of actor.mentions) {
                const key = `${m.start}:${m.end}`;
                if (seen.has(key)) continue;
                seen.add(key);
                mentions.push({ ref: actor.ref, start: m.start, end: m.end, text: normalizeText(m.text) });
              }
            }
            return {
              file: raw.file,
              mentions,
              claims: raw.claims.map((c) => ({ ...c, text: normalizeText(c.text) })),
            };
          });
        if (results.length !== files.length) {
          fail(new Error(`npm run scan printed ${results.length} results for ${files.length} files\n${stderr}`));
          return;
        }
        done(results);
      },
    );
  });
}

/** The scanner's view of the seed article exactly as the server renders it. */
export async function scanSeedPage(): Promise<ScannedPage> {
  const dir = mkdtempSync(join(tmpdir(), 'newsmark-seed-'));
  try {
    const file = join(dir, 'seed.html');
    writeFileSync(file, renderSeedPage());
    const [result] = await runScanner([file]);
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** How many times each text occurs in a list. */
export function countTexts(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  return counts;
}
