// Embedding by iframe: a host page on another origin includes embed.html and embed-loader.js; the
// embed reports its height in pym.js's format and the loader sizes the iframe to it, also after
// the reader switches language inside it. A bad view falls back to the map with a warning. The
// story itself in a sandboxed frame reads without an error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright';
import { serveForEngines, type EngineSite } from '../engines/engineSite.ts';
import { VIEWPORTS, type ViewportName } from './harness.ts';
import { useBuiltSite, useHostPages } from './pageHelpers.ts';

const site = useBuiltSite();
const pages = site.pages;

/** A news site's article page, on its own origin, with our iframe and our loader in it. */
function articleHtml(embedSrc: string, loaderSrc: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Host</title>
    <style>body{margin:0;font:16px serif} iframe{display:block}</style></head><body>
    <p>Article text before the graphic.</p>
    <iframe data-aksu-embed title="Graphic" src="${embedSrc}"></iframe>
    <p>Article text after.</p>
    <script>window.__pym = []; addEventListener('message', (e) => window.__pym.push(String(e.data)));</script>
    <script src="${loaderSrc}"></script></body></html>`;
}

const host = useHostPages((url) => {
  const sandboxed = url.searchParams.get('sandboxed');
  if (sandboxed) {
    return `<!doctype html><html><head><meta charset="utf-8"><title>Host</title></head><body>
      <iframe sandbox="allow-scripts" title="Story" src="${sandboxed}?lang=zh" width="390"
        height="800"></iframe></body></html>`;
  }
  const embed = url.searchParams.get('embed') ?? '';
  return articleHtml(`${site.url}embed.html?${embed}`, `${site.url}embed-loader.js`);
});

/**
 * The embed's frame once the loader has adopted it and that document has drawn. The iframe first
 * loads the host's own src; the loader then gives it a pym child id, which loads it again. Until
 * that second document is in, checks (and listeners) would see the first, about to be replaced.
 */
async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe[data-aksu-embed]');
  await expect
    .poll(async () => (await handle.getAttribute('src')) ?? '')
    .toContain('childId=aksu-1');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no iframe content');
  await drawnIn(frame, 'aksu-1');
  return frame;
}

/** Waits until the frame's document is the one the loader asked for and its graphic has drawn. */
function drawnIn(frame: Frame, childId: string) {
  return frame.waitForFunction(
    (id) =>
      new URLSearchParams(location.search).get('childId') === id &&
      document.readyState === 'complete' &&
      document.querySelector('aksu-graphic')?.shadowRoot?.querySelector('.frame') != null,
    childId,
  );
}
const iframeHeight = (page: Page) =>
  page.evaluate(() => document.querySelector('iframe')?.getBoundingClientRect().height ?? 0);
const contentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

// An article may frame the story itself, sandboxed to scripts alone (no same origin). Reading
// navigator.serviceWorker throws there (Chromium): the offline copy's registration was an uncaught
// error in the article's console.
// Its scripts come from an opaque origin, so they need CORS headers, which the engines' server sends.
let corsSite: EngineSite | undefined;
beforeAll(async () => {
  corsSite = await serveForEngines('dist');
});
afterAll(() => corsSite?.close());
it('the story in a frame sandboxed without allow-same-origin reads without an error', async () => {
  const framed = encodeURIComponent(corsSite?.url ?? '');
  const { page } = await pages.open(`${host.url}?sandboxed=${framed}`, {
    viewport: VIEWPORTS.desktop,
    hostPage: true,
  });
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  if (!frame) throw new Error('no iframe content');
  await frame.waitForFunction(
    () =>
      document.readyState === 'complete' &&
      document.querySelector('aksu-graphic')?.shadowRoot?.querySelector('.frame'),
  );
  // The offline copy is asked for when the page is idle after its load, right after the code of
  // every drawing: once all of it has come, the offline copy has been asked for.
  await frame.waitForFunction(() =>
    [
      'aksu-funding-plot',
      'aksu-outlets-plot',
      'aksu-people-plot',
      'aksu-alar-plot',
      'aksu-notes',
    ].every((tag) => customElements.get(tag)),
  );
  expect(await frame.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
});

describe.each(Object.keys(VIEWPORTS) as ViewportName[])('%s', (viewport) => {
  it('sizes the iframe to the embed, in pym.js messages, also after a language switch', async () => {
    const embed = 'view=outlets&step=outlets-1288-stores&lang=en';
    const { page } = await pages.open(`${host.url}?embed=${encodeURIComponent(embed)}`, {
      viewport: VIEWPORTS[viewport],
      hostPage: true,
    });
    const frame = await embedFrame(page);
    await expect.poll(() => iframeHeight(page), { timeout: 5000 }).toBeGreaterThan(300);
    expect(Math.round(await iframeHeight(page))).toBe(await contentHeight(frame));
    const messages = await page.evaluate(() => (window as unknown as { __pym: string[] }).__pym);
    expect(messages.some((m) => /^pymxPYMxaksu-1xPYMxheightxPYMx\d+$/.test(m))).toBe(true);
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('en');

    await frame.click('[data-lang-switch="zh"]');
    await expect.poll(() => frame.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await expect
      .poll(async () => Math.round(await iframeHeight(page)))
      .toBe(await contentHeight(frame));
    const drawn = await frame.evaluate(
      () => document.querySelector('aksu-graphic')?.getAttribute('data-scene') ?? null,
    );
    expect(drawn).toBe('outlets-1288-stores');
  });

  it('shows the map when the view asked for does not exist, and says so once', async () => {
    const { page } = await pages.open(
      `${host.url}?embed=${encodeURIComponent('view=nope&lang=zh')}`,
      {
        viewport: VIEWPORTS[viewport],
        hostPage: true,
      },
    );
    const frame = await embedFrame(page);
    // Listen from here on, then load the embed again so its start-up warning is heard.
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    // A new load of the same document: frame.goto resolves once it has loaded, so every check
    // below reads the new document, never the one it replaced.
    await frame.goto(frame.url());
    await drawnIn(frame, 'aksu-1');
    await expect
      .poll(() =>
        frame.evaluate(() =>
          Boolean(
            document.querySelector('aksu-graphic')?.shadowRoot?.querySelector('aksu-geo-map'),
          ),
        ),
      )
      .toBe(true);
    expect(
      await frame.evaluate(() =>
        document.querySelector('aksu-graphic')?.getAttribute('data-scene'),
      ),
    ).toBe('frame-pairing-counties'); // the map's headlined step
    await expect.poll(() => warnings).toEqual(['Unknown view "nope" ignored; showing "map".']);
  });
});
