// Scrolling: reading down the whole story with the mouse wheel makes every step current, in order,
// with the graphic following and the URL hash kept in step without adding history entries.
import { describe, expect, it } from 'vitest';
import { VIEWPORTS } from './harness.ts';
import {
  readState,
  settle,
  stepEntries,
  stepIds,
  useBuiltSite,
  triggerLine,
  wheelUntil,
} from './pageHelpers.ts';

declare global {
  interface Window {
    __e2eMaxFrameScroll?: number;
  }
}

const site = useBuiltSite();
const pages = site.pages;

// Both sizes and both languages are covered without running all four slow scrolls.
const RUNS = [
  { viewport: 'phone', page: 'index.html' },
  { viewport: 'desktop', page: 'en.html' },
] as const;

describe.each(RUNS)('$viewport, $page', ({ viewport, page: file }) => {
  it('scrolling down slowly makes every step current in story order, none skipped', async () => {
    const { page } = await pages.open(site.url + file, { viewport: VIEWPORTS[viewport] });
    const ids = await stepIds(page);
    expect(ids[0]).toBe('cover');
    expect(new Set(ids).size, 'step ids are unique').toBe(ids.length);
    const last = ids.at(-1) as string;
    const start = await readState(page);
    expect(start.current).toEqual(['cover']);

    // 100 px per wheel turn, less than the shortest step: a step cannot pass the line unseen as
    // long as no frame scrolls further than one turn, which the probe below checks.
    await page.evaluate(() => {
      let last = window.scrollY;
      const probe = () => {
        const y = window.scrollY;
        window.__e2eMaxFrameScroll = Math.max(window.__e2eMaxFrameScroll ?? 0, Math.abs(y - last));
        last = y;
        requestAnimationFrame(probe);
      };
      requestAnimationFrame(probe);
    });
    const counts = new Set<number>();
    await wheelUntil(
      page,
      100,
      async () => {
        const now = await page.evaluate((lastId) => {
          const bottom = document.getElementById(lastId)?.getBoundingClientRect().bottom ?? 0;
          return { count: document.querySelectorAll('[aria-current="step"]').length, bottom };
        }, last);
        counts.add(now.count);
        return now.bottom < 0;
      },
      // The wheel event itself takes a frame or two to be handled.
      { frames: 0 },
    );
    const fastest = await page.evaluate(() => window.__e2eMaxFrameScroll);
    expect(fastest, 'most the page scrolled in one frame (px)').toBeLessThanOrEqual(100);

    expect([...counts], 'number of current steps seen while scrolling').toEqual([1]);
    const entries = await stepEntries(page);
    expect(
      entries.map((e) => e.id),
      'steps that became current, in order',
    ).toEqual(ids);
    // Each step (after the cover, current from the start) took over as it reached the trigger line.
    const offLine = entries.slice(1).flatMap((e) => {
      const line = triggerLine({ width: e.viewportWidth, height: e.viewportHeight });
      return e.top - 2 <= line && line <= e.bottom + 2
        ? []
        : [`#${e.id} spanned ${Math.round(e.top)}..${Math.round(e.bottom)} px, line at ${line} px`];
    });
    expect(offLine, 'steps that became current away from the trigger line').toEqual([]);
    await settle(page, last);
    const end = await readState(page);
    expect(end.hash).toBe(`#${last}`);
    expect(end.historyLength, 'history entries added while scrolling').toBe(start.historyLength);
  });
});
