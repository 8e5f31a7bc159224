/**
 * A small static server for the built site (`terms build --serve`): files with their content types,
 * directory URLs to their index.html, the site's 404 page, nothing outside the site folder. In live
 * reload mode it adds a Server-Sent Events endpoint and a one-line script to every HTML page, so that a
 * rebuild reloads the pages open in a browser.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { TermsError } from '../errors.js';

/** Where the live-reload events are served. */
export const RELOAD_PATH = '/__terms/reload';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Content types by file name where the extension is not enough. */
const NAMED_TYPES: Record<string, string> = { 'feed.xml': 'application/atom+xml; charset=utf-8' };

const RELOAD_SCRIPT = `<script>new EventSource(${JSON.stringify(RELOAD_PATH)}).addEventListener("reload",()=>location.reload())</script>`;

/** How to serve. */
export interface ServeOptions {
  /** The site folder (`dist/site`). */
  root: string;
  /** 0 for any free port. */
  port: number;
  host?: string;
  /** The site's base path (`/`), which URLs must start with. */
  base?: string;
  /** Whether to serve the reload endpoint and inject its script. */
  liveReload?: boolean;
}

/** A running server. */
export interface SiteServer {
  /** `http://127.0.0.1:4173/` plus the base path. */
  url: string;
  port: number;
  /** Tells every open page to reload. */
  reload(): void;
  close(): Promise<void>;
}

/**
 * The content type of a file.
 * @param path a file path
 */
export function contentType(path: string): string {
  const name = path.split(/[\\/]/u).at(-1) ?? '';
  return NAMED_TYPES[name] ?? TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream';
}

/** The file a URL path names inside the root, or null when it leaves the root or is malformed. */
function fileFor(root: string, base: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (!path.startsWith(base) || path.includes('\0')) return null;
  const target = resolve(root, `.${sep}${path.slice(base.length)}`);
  return target === root || target.startsWith(root + sep) ? target : null;
}

/**
 * Starts the server.
 * @param options what and how to serve
 * @throws TermsError (exit 2) when the port is taken
 */
export async function serveSite(options: ServeOptions): Promise<SiteServer> {
  const root = resolve(options.root);
  // URL paths are compared decoded, so the base is too (`/my%20terms/` → `/my terms/`).
  const base = decodeURIComponent(options.base ?? '/');
  const clients = new Set<ServerResponse>();

  const send = async (res: ServerResponse, status: number, file: string, head: boolean) => {
    const type = contentType(file);
    const headers: Record<string, string> = {
      'content-type': type,
      'x-content-type-options': 'nosniff',
      'cache-control': file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (type.startsWith('text/html') && options.liveReload) {
      const html = (await readFile(file, 'utf8')).replace('</body>', `${RELOAD_SCRIPT}</body>`);
      res.writeHead(status, { ...headers, 'content-length': String(Buffer.byteLength(html)) });
      res.end(head ? undefined : html);
      return;
    }
    const { size } = await stat(file);
    res.writeHead(status, { ...headers, 'content-length': String(size) });
    if (head) res.end();
    else createReadStream(file).pipe(res);
  };

  const notFound = async (res: ServerResponse, head: boolean) => {
    const page = join(root, '404.html');
    if (await stat(page).then((s) => s.isFile(), () => false)) return send(res, 404, page, head);
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(head ? undefined : 'Not Found\n');
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (options.liveReload && url.pathname === RELOAD_PATH) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      res.write(': connected\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
      res.end('Method Not Allowed\n');
      return;
    }
    const head = req.method === 'HEAD';
    const file = fileFor(root, base, url.pathname);
    if (file === null) return notFound(res, head);
    const info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` });
        res.end();
        return;
      }
      const index = join(file, 'index.html');
      if (await stat(index).then((s) => s.isFile(), () => false)) return send(res, 200, index, head);
      return notFound(res, head);
    }
    if (!info?.isFile()) return notFound(res, head);
    return send(res, 200, file, head);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Internal Server Error\n');
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new TermsError(`ポート ${options.port} は使用中です / port ${options.port} is in use (--port で別のポートを指定 / choose another with --port)`, 2)
          : error,
      );
    });
    server.listen(options.port, host, () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}${options.base ?? '/'}`,
    port,
    reload() {
      for (const client of clients) client.write('event: reload\ndata: {}\n\n');
    },
    close() {
      for (const client of clients) client.end();
      clients.clear();
      return new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
    },
  };
}
