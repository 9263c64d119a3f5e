// Layout: nothing scrolls sideways at common widths in either language; the built site works from
// a sub-path; a height-only resize (a phone's address bar) leaves the current step alone.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import { launchChromium, serveDist, VIEWPORTS, type Site, type ViewportName } from './harness.ts';
import {
  LANGS,
  gotoStory,
  nextFrames,
  readState,
  settle,
  stepIds,
  storyPages,
  waitForScrollRest,
  wheelUntil,
} from './pageHelpers.ts';

const SUB_PATH = '/news/2021/aksu/';
const WIDTHS = [320, 360, 390, 430, 768, 1024, 1440];

let site: Site;
let subSite: Site;
let browser: Browser;
const pages = storyPages(() => browser);

beforeAll(async () => {
  [site, subSite, browser] = await Promise.all([
    serveDist(),
    serveDist({ basePath: SUB_PATH }),
    launchChromium(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), subSite?.close()]);
});
afterEach(() => pages.finish());

/** How far the page can be scrolled sideways (0 when it cannot). */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

describe('no sideways scrolling', () => {
  it.each(LANGS)('at 320–1440 px wide, at the cover and at the end (%s)', async (lang) => {
    const first = WIDTHS[0] as number;
    const { page } = await pages.open(`${site.url}?lang=${lang}`, {
      viewport: { width: first, height: 844 },
    });
    const ids = await stepIds(page);
    const problems: string[] = [];
    const check = async (width: number, where: string) => {
      await nextFrames(page, 2);
      const overflow = await sidewaysOverflow(page);
      if (overflow > 0) problems.push(`${width} px wide, ${where}: ${overflow} px too wide`);
    };
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: width < 900 ? 844 : 900 });
      await page.waitForFunction((w) => window.innerWidth === w, width);
      await page.keyboard.press('Home');
      await settle(page, 'cover');
      await check(width, 'cover');
      // The last step's scene in the graphic, and the sources table on screen.
      await page.keyboard.press('End');
      await settle(page, ids.at(-1));
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await waitForScrollRest(page);
      await check(width, 'end of the page');
    }
    expect(problems).toEqual([]);
  });
});

describe.each(Object.keys(VIEWPORTS) as ViewportName[])('%s', (viewport) => {
  it(`works from the sub-path ${SUB_PATH}`, async () => {
    for (const file of ['', 'en.html']) {
      const { page } = await pages.open(subSite.url + file, { viewport: VIEWPORTS[viewport] });
      expect(new URL(page.url()).pathname).toBe(SUB_PATH + file);
      // The stylesheet applies (sticky masthead) and the script runs (graphic drawn, keys work).
      const masthead = await page.evaluate(
        () => getComputedStyle(document.querySelector('.masthead') as Element).position,
      );
      expect(masthead, 'masthead position (from the stylesheet)').toBe('sticky');
      const ids = await stepIds(page);
      await settle(page, 'cover');
      await page.keyboard.press('ArrowDown');
      await settle(page, ids[1]);
    }
  });

  it('a height-only resize (address bar hiding and showing) keeps the current step', async () => {
    const size = VIEWPORTS[viewport];
    const shorter = { width: size.width, height: size.height - 84 };
    const { page } = await pages.open(site.url, { viewport: size });
    const ids = await stepIds(page);
    const middle = ids[Math.floor(ids.length / 2)] as string;

    const resizeAndExpect = async (to: { width: number; height: number }, stepId: string) => {
      await page.setViewportSize(to);
      await page.waitForFunction((h) => window.innerHeight === h, to.height);
      await nextFrames(page, 3);
      await settle(page, stepId);
    };
    // On a step that keys or a link put on the line…
    await gotoStory(page, `${site.url}#${middle}`);
    await settle(page, middle);
    await resizeAndExpect(shorter, middle);
    await resizeAndExpect(size, middle);
    // …and somewhere the reader scrolled to.
    const start = (await readState(page)).scrollY;
    await wheelUntil(page, 100, async () => (await readState(page)).scrollY >= start + 400);
    const scrolledTo = await settle(page);
    await resizeAndExpect(shorter, scrolledTo);
    await resizeAndExpect(size, scrolledTo);
  });
});
