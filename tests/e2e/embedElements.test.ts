// The embeddable elements on other people's pages, in real Chromium: the bundle is served from
// one origin and path (a "CDN" at /cdn/aksu/v1/), the host page from another. A hostile host
// stylesheet cannot break them; each element takes its container's size, loads its data from
// beside the bundle, and says once in the console when it was given a bad attribute.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ConsoleMessage, Page } from 'playwright';
import { manifestElements } from '../../src/build/elementManifest.ts';
import { VIEWPORTS, type ViewportName } from './harness.ts';
import { useBuiltSite, useHostPages } from './pageHelpers.ts';

const site = useBuiltSite({ basePath: '/cdn/aksu/v1/' });
const pages = site.pages;
const manifestTags = manifestElements(
  JSON.parse(readFileSync('dist/embed/custom-elements.json', 'utf8')),
).map((e) => e.tag);

/** Global CSS of the worst kind a CMS theme ships. */
const HOSTILE_CSS = `
  html { font-size: 40px; }
  * { font-size: 28px !important; line-height: 3 !important; letter-spacing: 3px !important;
      text-transform: uppercase !important; box-sizing: content-box !important;
      color: red !important; font-family: "Comic Sans MS", cursive !important; }
  svg { display: none !important; width: 10px !important; fill: lime !important; }
  div { padding: 40px !important; border: 3px solid lime !important; margin: 20px !important; }
  p, figure, section { margin: 50px !important; }
  table, td, th { border: 5px dashed blue !important; }
`;

const hostPages = new Map<string, string>();

function hostPage(body: string, options: { css?: string; head?: string } = {}): string {
  const bundle = `${site.url}embed/aksu-elements.js`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Host article</title><link rel="icon" href="data:,"><style>${options.css ?? ''}</style>${options.head ?? ''}</head>
    <body><h1>An article</h1>${body}
    <script type="module" src="${bundle}"></script></body></html>`;
}

const host = useHostPages((url) => hostPages.get(url.pathname) ?? null);

/** Opens a host page, recording its console warnings from the first script on. */
async function openHost(path: string, viewport: { width: number; height: number }) {
  const opened = await pages.open('about:blank', { viewport, hostPage: true });
  const warnings: string[] = [];
  opened.page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await opened.page.goto(`${host.url}${path.slice(1)}`);
  return { page: opened.page, warnings };
}

/** What one view element has drawn, and how big it and its container are. */
function viewState(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel) as HTMLElement & { step: string | null };
    const graphic = el?.shadowRoot?.querySelector('aksu-graphic');
    const drawing = graphic?.shadowRoot?.querySelector('.frame > .drawing');
    const svgMarks =
      (drawing?.shadowRoot?.querySelectorAll(
        'svg path, svg rect.square, svg rect.bar, svg rect.outline, svg text.stat, svg rect.share-fill',
      ).length ?? 0) +
      ((drawing as (Element & { drawnUnits?: unknown[] }) | null)?.drawnUnits?.length ?? 0);
    const kicker = graphic?.shadowRoot?.querySelector('.kicker');
    const box = el.getBoundingClientRect();
    const parent = el.parentElement!.getBoundingClientRect();
    const parentStyle = getComputedStyle(el.parentElement!);
    const inner =
      parent.width -
      parseFloat(parentStyle.paddingLeft) -
      parseFloat(parentStyle.paddingRight) -
      parseFloat(parentStyle.borderLeftWidth) -
      parseFloat(parentStyle.borderRightWidth);
    return {
      scene: graphic?.getAttribute('data-scene') ?? null,
      drawingTag: drawing?.localName ?? null,
      marks: svgMarks ?? 0,
      kickerSize: kicker ? parseFloat(getComputedStyle(kicker).fontSize) : 0,
      kickerTransform: kicker ? getComputedStyle(kicker).textTransform : '',
      footer: el?.shadowRoot?.querySelector('[part="footer"]')?.textContent?.trim() ?? '',
      link: el?.shadowRoot?.querySelector<HTMLAnchorElement>('[part="link"]')?.href ?? '',
      lang: el.getAttribute('lang'),
      width: box.width,
      height: box.height,
      containerWidth: inner,
    };
  }, selector);
}

const drawn = (page: Page, selector: string) =>
  expect.poll(async () => (await viewState(page, selector)).marks, { timeout: 10_000 });

describe.each(Object.keys(VIEWPORTS) as ViewportName[])('%s', (viewport) => {
  it('draws every element of the manifest on a hostile page, at its container size', async () => {
    const body = manifestTags
      .map((tag, i) =>
        tag === 'aksu-story'
          ? `<section id="c-${i}"><aksu-story lang="en"></aksu-story></section>`
          : `<div id="c-${i}" style="max-width: 640px${i % 2 ? '; height: 520px' : ''}"><${tag}></${tag}></div>`,
      )
      .join('\n');
    hostPages.set('/hostile', hostPage(body, { css: HOSTILE_CSS }));
    const { page, warnings } = await openHost('/hostile', VIEWPORTS[viewport]);
    // The hostile rules are in force on the host's own text.
    expect(
      await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).fontSize),
    ).toBe('28px');
    for (const [i, tag] of manifestTags.entries()) {
      if (tag === 'aksu-story') continue;
      const selector = `#c-${i} > ${tag}`;
      await drawn(page, selector).toBeGreaterThan(0);
      const state = await viewState(page, selector);
      expect(state.drawingTag, tag).toMatch(/^aksu-.*-(plot|map)$/);
      // The page's `* { font-size: 28px; text-transform: uppercase }` does not reach inside
      // (the kicker is 0.8 of the element's 16px and uppercased by our own style).
      expect(state.kickerSize, tag).toBeCloseTo(12.8, 1);
      expect(state.footer, tag).toContain('Source');
      expect(
        Math.abs(state.width - state.containerWidth),
        `${tag} ${JSON.stringify(state)}`,
      ).toBeLessThan(1);
      if (i % 2) expect(state.height, tag).toBeCloseTo(520, 0);
      else expect(state.height, tag).toBeGreaterThanOrEqual(Math.min(420, state.width));
    }
    const story = await page.evaluate(() => {
      const el = document.querySelector('aksu-story');
      return {
        steps: el?.shadowRoot?.querySelectorAll('[data-step]').length ?? 0,
        graphic: el?.shadowRoot?.querySelector('aksu-graphic')?.getAttribute('data-scene'),
      };
    });
    expect(story.steps).toBeGreaterThan(20);
    expect(story.graphic).toBe('cover');
    expect(warnings).toEqual([]);
  });
});

describe('on a host page', () => {
  const phone = { viewport: VIEWPORTS.phone, hostPage: true };

  it('keeps two instances of one element independent', async () => {
    hostPages.set(
      '/two',
      hostPage(`<div id="a"><aksu-outlets-chart step="outlets-ten-cities" lang="zh"></aksu-outlets-chart></div>
        <div id="b"><aksu-outlets-chart step="outlets-1288-stores" lang="en"></aksu-outlets-chart></div>`),
    );
    const { page } = await pages.open(`${host.url}two`, phone);
    await drawn(page, '#a > aksu-outlets-chart').toBeGreaterThan(0);
    await drawn(page, '#b > aksu-outlets-chart').toBeGreaterThan(0);
    const a = await viewState(page, '#a > aksu-outlets-chart');
    const b = await viewState(page, '#b > aksu-outlets-chart');
    expect([a.scene, b.scene]).toEqual(['outlets-ten-cities', 'outlets-1288-stores']);
    expect(a.marks).toBeLessThan(b.marks);
    expect(a.footer).toContain('数据来源');
    expect(b.footer).toContain('Source');

    // The host steps one chart on: only that one moves, and its link follows.
    await page.evaluate(() => {
      document
        .querySelector('#a > aksu-outlets-chart')
        ?.setAttribute('step', 'outlets-hundred-cities');
    });
    await expect
      .poll(async () => (await viewState(page, '#a > aksu-outlets-chart')).scene)
      .toBe('outlets-hundred-cities');
    const after = await viewState(page, '#b > aksu-outlets-chart');
    expect(after.scene).toBe('outlets-1288-stores');
    expect(after.lang).toBe('en');
    expect((await viewState(page, '#a > aksu-outlets-chart')).link).toMatch(
      /\/cdn\/aksu\/v1\/\?lang=zh#outlets-hundred-cities$/,
    );
  });

  it('loads its data from beside the bundle, on another origin and path', async () => {
    hostPages.set('/cdn', hostPage('<aksu-map step="prefecture"></aksu-map>'));
    const { page } = await pages.open(`${host.url}cdn`, phone);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await drawn(page, 'aksu-map').toBeGreaterThan(0);
    const loaded = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name),
    );
    const data = loaded.filter((u) => u.endsWith('.json'));
    expect(data.length).toBeGreaterThan(0);
    for (const url of data) expect(url.startsWith(`${site.url}embed/`), url).toBe(true);
    expect(new URL(site.url).origin).not.toBe(new URL(host.url).origin);
  });

  it('falls back from bad attributes with one console warning each, and still draws', async () => {
    hostPages.set(
      '/bad',
      hostPage(
        '<aksu-people-chart lang="fr" theme="neon" step="no-such-step"></aksu-people-chart>',
      ),
    );
    const { page, warnings } = await openHost('/bad', VIEWPORTS.phone);
    await drawn(page, 'aksu-people-chart').toBeGreaterThan(0);
    // The host changes an unrelated attribute: no warning is repeated.
    await page.evaluate(() => document.querySelector('aksu-people-chart')?.setAttribute('id', 'x'));
    await page.evaluate(() =>
      document.querySelector('aksu-people-chart')?.setAttribute('step', ''),
    );
    // Its update over, a mark in the console: every warning the changes gave has been heard.
    const heard = page.waitForEvent('console', (m) => m.text() === 'e2e: attributes handled');
    await page.evaluate(async () => {
      await (
        document.querySelector('aksu-people-chart') as HTMLElement & {
          updateComplete: Promise<unknown>;
        }
      ).updateComplete;
      console.log('e2e: attributes handled');
    });
    await heard;
    expect(warnings.filter((w) => w.includes('lang="fr"'))).toHaveLength(1);
    expect(warnings.filter((w) => w.includes('theme="neon"'))).toHaveLength(1);
    expect(warnings.filter((w) => w.includes('step="no-such-step"'))).toHaveLength(1);
    const state = await page.evaluate(() => {
      const el = document.querySelector('aksu-people-chart')!;
      return { lang: el.getAttribute('lang'), theme: el.getAttribute('theme') };
    });
    expect(state).toEqual({ lang: 'en', theme: 'light' });
  });

  it('survives being loaded twice and a page that already defines one of its tags', async () => {
    const again = `<script type="module" src="${site.url}embed/aksu-elements.js?copy=2"></script>`;
    const taken = `<script>customElements.define('aksu-alar-chart', class extends HTMLElement {});</script>`;
    hostPages.set(
      '/twice',
      hostPage('<aksu-funding-chart></aksu-funding-chart>', { head: taken + again }),
    );
    const { page } = await pages.open(`${host.url}twice`, phone);
    await drawn(page, 'aksu-funding-chart').toBeGreaterThan(0);
    // pages.finish() fails the test on any page error or console error.
  });

  it('drives the whole story from the host page scrolling, and tells the host the step', async () => {
    hostPages.set(
      '/story',
      hostPage('<p>Before.</p><aksu-story lang="en" theme="dark"></aksu-story><p>After.</p>'),
    );
    const { page } = await pages.open(`${host.url}story`, phone);
    await page.evaluate(() => {
      (window as unknown as { seen: string[] }).seen = [];
      document.addEventListener('aksu-step-change', (e) =>
        (window as unknown as { seen: string[] }).seen.push((e as CustomEvent).detail.step),
      );
    });
    // Started: the story reflects its first step.
    await page.waitForFunction(() => document.querySelector('aksu-story')?.getAttribute('step'));
    const third = await page.evaluate(() => {
      const step = document
        .querySelector('aksu-story')!
        .shadowRoot!.querySelectorAll('[data-step]')[2]!;
      const top = step.getBoundingClientRect().top + scrollY - innerHeight * 0.5;
      scrollTo(0, top);
      return step.id;
    });
    await expect
      .poll(() => page.evaluate(() => document.querySelector('aksu-story')?.getAttribute('step')))
      .toBe(third);
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen).toContain(third);
    const graphic = await page.evaluate(
      () =>
        document.querySelector('aksu-story')?.shadowRoot?.querySelector('aksu-graphic')?.dataset
          .scene,
    );
    expect(graphic).toBe(third);
  });
});
