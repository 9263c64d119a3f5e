// Serves the built site (dist/) for the cross-engine suite, with one script put first in every
// page: it records uncaught errors, rejected promises and console.error in window.__engineErrors,
// the same way in every engine (WebDriver classic has no console log to read).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

export const ERROR_RECORDER = '/__engine-errors.js';

const RECORDER = `(() => {
  const errors = (window.__engineErrors = []);
  // 'ResizeObserver loop completed with undelivered notifications' is not an exception: the
  // spec reports it on window, no engine logs it, and readers never see it.
  addEventListener('error', (e) => /^ResizeObserver loop/.test(e.message) || errors.push('error: ' + (e.message || (e.target && (e.target.src || e.target.href)) || e.type)), true);
  addEventListener('unhandledrejection', (e) => errors.push('unhandled rejection: ' + ((e.reason && (e.reason.stack || e.reason.message)) || e.reason)));
  const original = console.error;
  console.error = function (...args) { errors.push('console.error: ' + args.map(String).join(' ')); return original.apply(this, args); };
})();`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.topojson': 'application/json',
};

export interface EngineSite {
  url: string;
  close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1 (a port of its own); `/` and `/x/` are their index.html. */
export async function serveForEngines(dir = 'dist'): Promise<EngineSite> {
  const server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (path === ERROR_RECORDER) {
        res.writeHead(200, {
          'content-type': TYPES['.js'] as string,
          'access-control-allow-origin': '*',
        });
        res.end(RECORDER);
        return;
      }
      let file = normalize(join(dir, path));
      if (!file.startsWith(normalize(dir))) throw new Error('outside the site');
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      // Hosts on other origins load the web components and their data, as from a CDN.
      res.writeHead(200, {
        'content-type': type,
        'cache-control': 'no-store',
        'access-control-allow-origin': '*',
      });
      res.end(
        type.startsWith('text/html')
          ? body.toString().replace('<head>', `<head><script src="${ERROR_RECORDER}"></script>`)
          : body,
      );
    })().catch(() => {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
