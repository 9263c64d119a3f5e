// Languages: which one the page opens in (?lang=, then the page's default, then the browser's), and
// the in-place switch: other language everywhere, same step at the same place, URL and title updated.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { VIEWPORTS, type ViewportName } from './harness.ts';
import {
  expectShowsLanguage,
  gotoStory,
  HTML_LANG,
  readState,
  settle,
  stepIds,
  useBuiltSite,
  waitForScrollRest,
  wheelUntil,
  type Lang,
} from './pageHelpers.ts';

const site = useBuiltSite();
const pages = site.pages;

/** Pages opened with each browser language, and the language each must show. */
const OPENING: Record<string, { path: string; lang: Lang }[]> = {
  'zh-CN': [
    { path: 'index.html', lang: 'zh' },
    { path: 'en.html', lang: 'en' },
    { path: '?lang=en', lang: 'en' },
    { path: 'en.html?lang=xx', lang: 'en' },
  ],
  'en-US': [
    { path: '', lang: 'en' },
    { path: 'en.html?lang=zh', lang: 'zh' },
  ],
  'fr-FR': [{ path: 'index.html', lang: 'zh' }],
};

/** The graphic's heading and the current step's chapter title, in `lang`. */
function headings(page: Page, stepId: string, lang: Lang) {
  return page.evaluate(
    ({ stepId, lang }) => ({
      graphic:
        document.querySelector('aksu-graphic')?.shadowRoot?.querySelector('.kicker')?.textContent ??
        null,
      chapter:
        document
          .getElementById(stepId)
          ?.closest('section')
          ?.querySelector(`.chapter__title .l-${lang}`)?.textContent ?? null,
    }),
    { stepId, lang },
  );
}

/** Clicks the visible switch and checks the reader stays with the same step at the same height. */
async function switchAndExpect(page: Page, to: Lang): Promise<void> {
  const stepId = (await readState(page)).current[0] as string;
  const before = await page.evaluate((id) => {
    return {
      top: document.getElementById(id)?.getBoundingClientRect().top ?? Number.NaN,
      path: location.pathname,
      historyLength: history.length,
    };
  }, stepId);

  await page.locator('[data-lang-switch]:visible').click();
  await page.waitForFunction((tag) => document.documentElement.lang === tag, HTML_LANG[to], {
    timeout: 5_000,
  });
  await waitForScrollRest(page);
  await settle(page, stepId);

  const after = await page.evaluate((id) => {
    return {
      top: document.getElementById(id)?.getBoundingClientRect().top ?? Number.NaN,
      path: location.pathname,
      lang: new URLSearchParams(location.search).get('lang'),
      historyLength: history.length,
    };
  }, stepId);
  expect(Math.abs(after.top - before.top), `#${stepId} moved on screen (px)`).toBeLessThanOrEqual(
    3,
  );
  expect(after).toMatchObject({ path: before.path, lang: to, historyLength: before.historyLength });
  await expectShowsLanguage(page, to);
  const { graphic, chapter } = await headings(page, stepId, to);
  expect(graphic, "the graphic's heading").toBe(chapter);
}

describe.each(Object.keys(VIEWPORTS) as ViewportName[])('%s', (viewport) => {
  it('opens in ?lang=, else the page default, else the browser language, else Chinese', async () => {
    await Promise.all(
      Object.entries(OPENING).map(async ([locale, cases]) => {
        const first = cases[0] as { path: string };
        const { page } = await pages.open(site.url + first.path, {
          viewport: VIEWPORTS[viewport],
          locale,
        });
        for (const { path, lang } of cases) {
          if (path !== first.path) await gotoStory(page, site.url + path);
          await expectShowsLanguage(page, lang).catch((error: Error) => {
            throw new Error(`${path || '/'} with browser language ${locale}: ${error.message}`);
          });
        }
      }),
    );
  });

  it.each([
    { file: 'index.html', from: 'zh', to: 'en' },
    { file: 'en.html', from: 'en', to: 'zh' },
  ] as const)(
    '$file: the switch changes $from → $to → $from in place',
    async ({ file, from, to }) => {
      const { page } = await pages.open(site.url + file, { viewport: VIEWPORTS[viewport] });
      const ids = await stepIds(page);
      const middle = ids[Math.floor(ids.length / 2)] as string;
      await gotoStory(page, `${site.url}${file}#${middle}`);
      await settle(page, middle);
      await expectShowsLanguage(page, from);

      await switchAndExpect(page, to);
      await switchAndExpect(page, from);

      // Half-way between two steps, too.
      const start = (await readState(page)).scrollY;
      await wheelUntil(page, 100, async () => (await readState(page)).scrollY >= start + 300);
      await settle(page);
      await switchAndExpect(page, to);
    },
  );
});
