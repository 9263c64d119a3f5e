// Shared by the end-to-end tests and the screenshot script: serves the built dist/ with
// `vite preview` on 127.0.0.1 and launches Debian's Chromium with the flags this machine needs.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type LaunchOptions } from 'playwright';

export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1440, height: 900 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

export const CHROMIUM: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

export interface Site {
  /** Base URL of the served site, ending in '/'; `path` serves it below a sub-path. */
  url: string;
  close(): Promise<void>;
}

export async function serveDist(
  options: { outDir?: string; basePath?: string } = {},
): Promise<Site> {
  const server: PreviewServer = await preview({
    configFile: false,
    base: options.basePath ?? '/',
    build: { outDir: options.outDir ?? 'dist' },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'silent',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return {
    url: `http://127.0.0.1:${address.port}${options.basePath ?? '/'}`,
    close: () => server.close(),
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ ...CHROMIUM, headless: true });
}

/**
 * Another site: pages on an origin of their own (127.0.0.1, another port), each made for its
 * request by `page` (null answers 404). The tests' hosts that embed the story, and the benchmark's.
 */
export async function serveHostPages(page: (url: URL) => string | null): Promise<Site> {
  const server = createServer((req, res) => {
    const html = page(new URL(req.url ?? '/', 'http://host'));
    res.writeHead(html === null ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
