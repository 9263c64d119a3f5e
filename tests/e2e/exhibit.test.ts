// Exhibition mode in the built site: clicker keys move the story and blank the screen; the kiosk
// loop advances and loops; a visitor's input pauses it and idleness brings back the cover; once
// loaded, the story works with the network cut, and a new build replaces the cached one; the QR
// code reads as the address of the step.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { PNG } from 'pngjs';
import { build } from 'vite';
import jsQR from 'jsqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { loadContent } from '../../src/content/loadContent.ts';
import { storySteps } from '../../src/story/scene.ts';
import { VIEWPORTS } from './harness.ts';
import { waitForGraphicRest } from './graphicRest.ts';
import { useBuiltSite } from './pageHelpers.ts';

const site = useBuiltSite();
const pages = site.pages;
const ids = storySteps(loadContent('data')).map((s) => s.id);
const big = { width: 1920, height: 1080 };

declare global {
  interface Window {
    __shown: string[];
  }
}

async function openExhibit(query: string, viewport = big): Promise<Page> {
  const { page, context } = await pages.open('about:blank', { viewport, hostPage: true });
  // Records every step the screen shows, in order.
  await context.addInitScript(() => {
    window.__shown = [];
    new MutationObserver(() => {
      const step = document.documentElement.dataset.exhibitStep;
      if (step && window.__shown.at(-1) !== step) window.__shown.push(step);
    }).observe(document, {
      subtree: true,
      attributes: true,
      attributeFilter: ['data-exhibit-step'],
    });
  });
  await page.goto(`${site.url}${query}`);
  await page.waitForFunction(() => document.documentElement.dataset.exhibitStep);
  return page;
}

const screen = (page: Page) =>
  page.evaluate(() => {
    const root = document.documentElement;
    return {
      step: root.dataset.exhibitStep ?? null,
      scene: document.querySelector('aksu-graphic')?.getAttribute('data-scene') ?? null,
      caption: document.querySelector('.exhibit__caption')?.textContent?.replace(/\s+/g, ' ') ?? '',
      blank: !(document.querySelector('.exhibit__blank') as HTMLElement).hidden,
      state: document.querySelector<HTMLElement>('.exhibit__status')?.dataset.state ?? null,
      masthead: getComputedStyle(document.querySelector('.masthead')!).display,
    };
  });
const stepText = (page: Page, id: string, lang: 'zh' | 'en') =>
  page.$eval(`#${id} .step__text.l-${lang}`, (el) =>
    (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );

describe('presenting', () => {
  it('moves with clicker keys, blanks with B and ".", and goes home with Home', async () => {
    const page = await openExhibit('en.html?mode=exhibit');
    expect(await screen(page)).toMatchObject({ step: 'cover', masthead: 'none', state: 'off' });
    for (const key of ['PageDown', 'PageDown', 'ArrowRight']) await page.keyboard.press(key);
    expect((await screen(page)).step).toBe(ids[3]);
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft');
    const now = await screen(page);
    expect(now.step).toBe(ids[1]);
    expect(now.scene).toBe(ids[1]);
    expect(now.caption).toContain(await stepText(page, ids[1] as string, 'en'));
    await page.keyboard.press('b');
    expect((await screen(page)).blank).toBe(true);
    await page.keyboard.press('.');
    expect((await screen(page)).blank).toBe(false);
    await page.keyboard.press('End');
    expect((await screen(page)).step).toBe(ids.at(-1));
    await page.keyboard.press('Home');
    expect((await screen(page)).step).toBe('cover');
    await page.keyboard.press('l');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  });

  // iPhones give full screen to videos only: a page's elements have no requestFullscreen (and a
  // frame without allow="fullscreen" says fullscreenEnabled false). The button pressed there, or
  // F, threw a TypeError; now the button is not shown, and F does nothing (errors fail the test).
  it('has no full-screen button where the engine has no full screen for a page', async () => {
    const { page, context } = await pages.open('about:blank', { viewport: big, hostPage: true });
    await context.addInitScript(() => {
      const element = Element.prototype as Partial<Element & { webkitRequestFullscreen: unknown }>;
      delete element.requestFullscreen;
      delete element.webkitRequestFullscreen;
    });
    await page.goto(`${site.url}en.html?mode=exhibit`);
    await page.waitForFunction(() => document.documentElement.dataset.exhibitStep);
    const button = page.locator('.exhibit__fullscreen');
    expect(await button.isHidden()).toBe(true);
    await page.keyboard.press('f');
    await button.dispatchEvent('click');
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
    // With the API there, the button is shown.
    const other = await openExhibit('en.html?mode=exhibit');
    expect(await other.locator('.exhibit__fullscreen').isVisible()).toBe(true);
  });

  it('fills the screen: the graphic above the caption band, nothing scrolls', async () => {
    for (const viewport of [big, VIEWPORTS.desktop, VIEWPORTS.phone]) {
      const page = await openExhibit('?mode=exhibit&lang=zh', viewport);
      await page.keyboard.press('PageDown');
      const layout = await page.evaluate(() => {
        const graphic = document.querySelector('.scrolly__graphic')!.getBoundingClientRect();
        const band = document.querySelector('.exhibit__caption')!;
        const box = band.getBoundingClientRect();
        return {
          graphicTop: graphic.top,
          graphicBottom: graphic.bottom,
          bandTop: box.top,
          bandBottom: box.bottom,
          textFits: band.scrollHeight <= band.clientHeight + 1,
          scrolls: document.documentElement.scrollHeight > innerHeight + 1 && scrollY > 0,
          height: innerHeight,
        };
      });
      expect(layout.graphicTop).toBeCloseTo(0, 0);
      expect(Math.abs(layout.graphicBottom - layout.bandTop)).toBeLessThan(2);
      expect(Math.abs(layout.bandBottom - layout.height)).toBeLessThan(2);
      expect(layout.textFits).toBe(true);
      await waitForGraphicRest(page); // the camera's move over, for a screenshot worth looking at
      await page.screenshot({
        path: `test-results/screenshots/e2e-exhibit-${viewport.width}x${viewport.height}.png`,
      });
    }
  });
});

describe('the caption band', () => {
  it('holds every step’s text in type read from across a room, the graphic never resizing between steps', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const page = await openExhibit(`?mode=exhibit&lang=${lang}`);
      const bandTops = new Set<number>();
      const small: string[] = [];
      for (const id of ids) {
        if (id !== ids[0]) await page.keyboard.press('PageDown');
        await page.waitForFunction(
          (step) => document.documentElement.dataset.exhibitStep === step,
          id,
        );
        const now = await page.evaluate(() => {
          const band = document.querySelector<HTMLElement>('.exhibit__caption')!;
          const text = [...band.querySelectorAll('.step__text, .cover__dek')].find(
            (el) => el.getClientRects().length > 0,
          )!;
          return {
            top: Math.round(band.getBoundingClientRect().top),
            graphicBottom: Math.round(
              document.querySelector('.scrolly__graphic')!.getBoundingClientRect().bottom,
            ),
            fits: band.scrollHeight <= band.clientHeight + 1,
            // On screen: the computed size is before the page's zoom to the screen's width.
            px:
              parseFloat(getComputedStyle(text).fontSize) *
              parseFloat(getComputedStyle(document.body).zoom || '1'),
          };
        });
        expect(now.fits, `${lang} ${id}`).toBe(true);
        expect(Math.abs(now.graphicBottom - now.top), `${lang} ${id}`).toBeLessThan(2);
        bandTops.add(now.top);
        // 1.5 rem at the 1920 px screen's zoom is 38 px; no step's text is set below 27 px.
        if (now.px < 27) small.push(`${id} ${now.px.toFixed(1)} px`);
      }
      expect(small, lang).toEqual([]);
      expect([...bandTops], `${lang}: one band for every step`).toHaveLength(1);
    }
  });
});

describe('the kiosk loop', () => {
  it('advances with a short dwell, through every step, and loops to the cover', async () => {
    const page = await openExhibit('?mode=exhibit&autoplay=1&dwell=0.15');
    await page.waitForFunction((n) => window.__shown.length > n, ids.length, { timeout: 20_000 });
    const shown = await page.evaluate(() => window.__shown);
    expect(shown.slice(0, ids.length + 1)).toEqual([...ids, ids[0]]);
  });

  it('pauses on a key, and after the idle time goes back to the cover and plays again', async () => {
    const page = await openExhibit('?mode=exhibit&autoplay=1&dwell=0.4&idle=1.5');
    await page.waitForFunction(() => window.__shown.length >= 3);
    await page.keyboard.press('PageDown');
    const paused = await screen(page);
    expect(paused.state).toBe('paused');
    const shownWhenPaused = await page.evaluate(() => window.__shown.length);
    await page.waitForFunction(
      () => document.documentElement.dataset.exhibitStep === 'cover',
      undefined,
      {
        timeout: 5000,
      },
    );
    // The idle time is several dwells: a loop that kept playing would have shown other steps.
    const sincePause = await page.evaluate((n) => window.__shown.slice(n - 1), shownWhenPaused);
    expect(sincePause).toEqual([paused.step, 'cover']);
    expect((await screen(page)).state).toBe('playing');
    await page.waitForFunction(
      (first) => document.documentElement.dataset.exhibitStep !== first,
      ids[0],
    );
  });

  it('pauses on a touch too', async () => {
    const page = await openExhibit('?mode=exhibit&autoplay=1&dwell=0.4&idle=30');
    await page.mouse.click(960, 300);
    expect((await screen(page)).state).toBe('paused');
  });
});

describe('offline and hand-off', () => {
  it('after one load, reloads with the network cut and still shows the story', async () => {
    const { page, context } = await pages.open(`${site.url}?mode=exhibit&lang=en`, {
      viewport: big,
      hostPage: true,
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 15_000,
    });
    await context.setOffline(true);
    for (const url of [`${site.url}?mode=exhibit&lang=en`, `${site.url}en.html?mode=exhibit`]) {
      await page.goto(url);
      await page.waitForFunction(() => document.documentElement.dataset.exhibitStep === 'cover');
      // The map (its data from the cache), the notes and a chart (their code from the cache) draw.
      const drawn = () =>
        page.evaluate(() => {
          const frame = document.querySelector('aksu-graphic')?.shadowRoot;
          const drawing = frame?.querySelector('.frame > .drawing') as
            (Element & { drawnUnits?: unknown[] }) | null;
          const marks = drawing?.shadowRoot?.querySelectorAll('path, rect, .item').length ?? 0;
          return marks + (drawing?.drawnUnits?.length ?? 0);
        });
      await expect.poll(drawn).toBeGreaterThan(10);
      await page.keyboard.press('End');
      await expect.poll(drawn).toBeGreaterThan(1);
      await page.keyboard.press('PageUp');
      await expect.poll(drawn).toBeGreaterThan(2);
    }
    await context.setOffline(false);
  });

  it('shows a QR code that reads as the current step at the public address', async () => {
    const page = await openExhibit('en.html?mode=exhibit');
    for (const key of ['PageDown', 'PageDown', 'PageDown']) await page.keyboard.press(key);
    const png = PNG.sync.read(await page.locator('.exhibit__qr').screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(`${site.url}en.html#${ids[3]}`);
  });
});

describe('a new build', () => {
  const TYPES: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
  };
  let root = 'dist';
  let server: Server;
  let url = '';
  const nextBuild = 'test-results/dist-next-build';

  beforeAll(async () => {
    // The same site built again with something changed (a public address, so every page differs).
    process.env.SITE_URL = 'https://news.example/aksu/';
    try {
      await build({
        configFile: 'vite.config.ts',
        logLevel: 'silent',
        build: { outDir: nextBuild },
      });
    } finally {
      delete process.env.SITE_URL;
    }
    server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
      if (!existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  }, 60_000);
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('replaces the cached version: the screen reloads on the cover, the old cache is gone', async () => {
    const { page } = await pages.open(`${url}?mode=exhibit&lang=en`, {
      viewport: big,
      hostPage: true,
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 15_000,
    });
    const before = await page.evaluate(() => caches.keys());
    expect(before).toHaveLength(1);
    expect(await page.$('meta[property="og:url"]')).toBeNull();

    root = nextBuild;
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.waitForFunction(() => document.querySelector('meta[property="og:url"]'), undefined, {
      timeout: 15_000,
    });
    await page.waitForFunction(() => document.documentElement.dataset.exhibitStep === 'cover');
    const after = await page.evaluate(() => caches.keys());
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(before[0]);
  });
});
