// The embed guide in the built site: every element of the manifest has a live preview and
// snippets with this site's address; the choices change both; and a snippet copied from the guide
// works when pasted into another site's page.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { manifestElements } from '../../src/build/elementManifest.ts';
import { VIEWPORTS, type ViewportName } from './harness.ts';
import { useBuiltSite, useHostPages } from './pageHelpers.ts';

const site = useBuiltSite();
const pages = site.pages;
const tags = manifestElements(JSON.parse(readFileSync('custom-elements.json', 'utf8'))).map(
  (e) => e.tag,
);

let pasted = '';
const hostSite = useHostPages(
  () => `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
      <title>Host</title></head><body><p>Article.</p>${pasted}</body></html>`,
);

const snippet = (page: Page, tag: string, kind: 'element' | 'iframe') =>
  page.$eval(`[data-tag="${tag}"] [data-snippet="${kind}"]`, (code) => code.textContent ?? '');

describe.each(Object.keys(VIEWPORTS) as ViewportName[])('%s', (viewport) => {
  it('lists every element of the manifest with a drawn preview and both snippets', async () => {
    const { page } = await pages.open(`${site.url}guide.html`, {
      viewport: VIEWPORTS[viewport],
      hostPage: true,
    });
    for (const tag of tags) {
      expect(await snippet(page, tag, 'element')).toContain(
        `<script type="module" src="${site.url}embed/aksu-elements.js"></script>`,
      );
      expect(await snippet(page, tag, 'iframe')).toContain(site.url);
      const preview =
        tag === 'aksu-story' ? '#guide-story-preview aksu-story' : `[data-tag="${tag}"] ${tag}`;
      await expect
        .poll(() =>
          page.$eval(preview, (el) =>
            Boolean(
              el.shadowRoot?.querySelector('aksu-graphic')?.shadowRoot?.querySelector('.frame'),
            ),
          ),
        )
        .toBe(true);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'nothing runs off the side').toBeLessThanOrEqual(0);
    }
  });
});

describe('choosing and copying', () => {
  it('updates the preview and the snippets, and the copied snippet works on another site', async () => {
    const { page, context } = await pages.open(`${site.url}guide.html`, {
      viewport: VIEWPORTS.desktop,
      hostPage: true,
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(site.url).origin,
    });
    const section = '[data-tag="aksu-people-chart"]';
    await page.selectOption('[data-guide-lang]', 'en');
    await page.selectOption('[data-guide-theme]', 'dark');
    await page.selectOption(`${section} [data-guide-step]`, 'people-medical-alliance');
    await expect
      .poll(() =>
        page.$eval(`${section} aksu-people-chart`, (el) =>
          el.shadowRoot?.querySelector('aksu-graphic')?.getAttribute('data-scene'),
        ),
      )
      .toBe('people-medical-alliance');
    const element = await snippet(page, 'aksu-people-chart', 'element');
    expect(element).toContain(
      '<aksu-people-chart lang="en" step="people-medical-alliance" theme="dark">',
    );
    expect(await snippet(page, 'aksu-people-chart', 'iframe')).toContain(
      'view=people&amp;step=people-medical-alliance&amp;lang=en&amp;theme=dark',
    );

    await page.click(`${section} [data-copy="element"]`);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(element);

    pasted = copied;
    const host = await pages.open(hostSite.url, { viewport: VIEWPORTS.phone, hostPage: true });
    await expect
      .poll(() =>
        host.page.evaluate(() => {
          const el = document.querySelector('aksu-people-chart');
          const graphic = el?.shadowRoot?.querySelector('aksu-graphic');
          return graphic?.shadowRoot?.querySelector('.frame')?.getAttribute('data-scene') ?? null;
        }),
      )
      .toBe('people-medical-alliance');
    const paper = await host.page.$eval('aksu-people-chart', (el) =>
      getComputedStyle(el).getPropertyValue('--color-paper').trim(),
    );
    expect(paper, 'dark theme').toBe('#15171b');
  });
});
