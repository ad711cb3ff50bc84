/**
 * Serves the hostile pages on 127.0.0.1, and the frame page on a second origin (another port), so
 * one page holds a same-origin and a cross-origin frame. Pages run their own scripts (unlike the
 * reading tests' server): whether the page still works is what they report.
 */
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { HOSTILE_PAGES, framePage } from './pages';

export interface HostileServer {
  origin: string;
  otherOrigin: string;
  url(name: string): string;
  close(): Promise<void>;
}

function listen(handler: (path: string) => { status: number; body: string; headers?: Record<string, string> }): Promise<{ server: Server; origin: string; sockets: Set<Socket> }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const { status, body, headers = {} } = handler(path);
    res.writeHead(status, {
      'content-type': status === 200 ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-store',
      ...headers,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ server, origin: `http://127.0.0.1:${port}`, sockets });
    });
  });
}

const notFound = { status: 404, body: 'Not found\n' };

export async function startHostileServer(): Promise<HostileServer> {
  const other = await listen((path) => (path === '/hostile/frame' ? { status: 200, body: framePage() } : notFound));
  const main = await listen((path) => {
    if (path === '/hostile/frame') return { status: 200, body: framePage() };
    const page = HOSTILE_PAGES.find((p) => path === `/hostile/${p.name}`);
    if (!page) return notFound;
    return { status: 200, body: page.html({ otherOrigin: other.origin }), headers: page.headers };
  });
  const closeOne = ({ server, sockets }: { server: Server; sockets: Set<Socket> }) =>
    new Promise<void>((closed) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => closed());
    });
  return {
    origin: main.origin,
    otherOrigin: other.origin,
    url: (name) => `${main.origin}/hostile/${name}`,
    close: async () => {
      await Promise.all([closeOne(main), closeOne(other)]);
    },
  };
}
