// `npm run dev` serves both pages, as the build writes them: index.html in Chinese by default,
// en.html in English, each with its own head.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';

let server: ViteDevServer;
let base = '';

beforeAll(async () => {
  server = await createServer({
    configFile: 'vite.config.ts',
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  await server.listen();
  base = server.resolvedUrls?.local[0] ?? '';
});

afterAll(async () => {
  await server?.close();
});

describe('the dev server', () => {
  it('serves en.html in English and index.html in Chinese', async () => {
    const en = await (await fetch(`${base}en.html`)).text();
    expect(en).toMatch(/<html lang="en" data-default-lang="en">/);
    expect(en).toContain('<title>Zhejiang’s aid to Aksu, in figures</title>');
    const zh = await (await fetch(base)).text();
    expect(zh).toMatch(/<html lang="zh-CN"/);
    expect(zh).toContain('从浙江到阿克苏');
  });
});
