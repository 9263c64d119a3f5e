// Stress, in real Chromium: a hundred jumps between random steps by key and by link, rapid flings
// up and down, resizes and rotations in the middle of transitions, language switches mid-move.
// No errors; and once things settle, the graphic shows exactly the current step's scene. Embedded
// elements, added and removed many times, leave no listeners behind.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { loadContent } from '../../src/content/loadContent.ts';
import { storySteps } from '../../src/story/scene.ts';
import { VIEWPORTS } from './harness.ts';
import { nextFrames, settle, useBuiltSite, useHostPages } from './pageHelpers.ts';

const site = useBuiltSite();
const pages = site.pages;
const ids = storySteps(loadContent('data')).map((s) => s.id);

/** A small seeded generator, so a failure can be replayed exactly. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The scene the drawing inside the graphic holds (map or chart), not only the graphic's. */
const innerScene = (page: Page) =>
  page.evaluate(() => {
    const frame = document.querySelector('aksu-graphic')?.shadowRoot;
    const drawing = frame?.querySelector('.frame > .drawing') as
      (Element & { scene?: { stepId: string } }) | null;
    return drawing?.scene?.stepId ?? null;
  });

describe('stress', () => {
  it('survives a hundred random jumps, flings, resizes and language switches', async () => {
    const { page } = await pages.open(`${site.url}?lang=zh`, { viewport: VIEWPORTS.desktop });
    const next = random(20211129);
    const sizes = [VIEWPORTS.desktop, VIEWPORTS.phone, { width: 844, height: 390 }];
    for (let i = 0; i < 100; i += 1) {
      const r = next();
      if (r < 0.3) {
        await page.evaluate(
          (id) => (location.hash = id),
          ids[Math.floor(next() * ids.length)] as string,
        );
      } else if (r < 0.5) {
        await page.keyboard.press(
          ['ArrowDown', 'ArrowUp', 'PageDown', 'End', 'Home'][Math.floor(next() * 5)] as string,
        );
      } else if (r < 0.7) {
        await page.mouse.wheel(0, (next() - 0.5) * 8000);
      } else if (r < 0.8) {
        await page.setViewportSize(
          sizes[Math.floor(next() * sizes.length)] as { width: number; height: number },
        );
      } else if (r < 0.9) {
        await page.locator('[data-lang-switch]:visible').first().click();
      } else {
        await page.evaluate(() => scrollTo(0, Math.random() * document.body.scrollHeight));
      }
      // Sometimes wait into the transition, sometimes not at all.
      if (next() < 0.5) await nextFrames(page, Math.floor(next() * 24));
    }
    const current = await settle(page);
    await expect.poll(() => innerScene(page), { timeout: 5000 }).toBe(current);
    // pages.finish() fails the test on any console error or page error.
  });
});

describe('embedded elements, added and removed', () => {
  const host = useHostPages(
    () => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head>
        <body><main id="article"></main><script type="module" src="${site.url}embed/aksu-elements.js"></script></body></html>`,
  );

  it('leave no listeners behind', async () => {
    const { page, context } = await pages.open(host.url, {
      viewport: VIEWPORTS.phone,
      hostPage: true,
    });
    const cdp = await context.newCDPSession(page);
    const listeners = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const counters = (await cdp.send('Memory.getDOMCounters')) as { jsEventListeners: number };
      return counters.jsEventListeners;
    };
    const round = () =>
      page.evaluate(async () => {
        const article = document.getElementById('article')!;
        article.innerHTML =
          '<aksu-story></aksu-story><aksu-map></aksu-map><aksu-outlets-chart></aksu-outlets-chart><aksu-people-chart></aksu-people-chart>';
        const drawn = () =>
          [...article.children].every((el) =>
            el.shadowRoot?.querySelector('aksu-graphic')?.shadowRoot?.querySelector('.frame'),
          );
        const frame = () => new Promise((r) => requestAnimationFrame(r));
        while (!drawn()) await frame();
        // The story follows the scroll: its step changes, its listeners have all run.
        const story = article.querySelector('aksu-story')!;
        const followed = new Promise((r) => story.addEventListener('aksu-step-change', r));
        window.scrollTo(0, 2000);
        await followed;
        article.replaceChildren();
        window.scrollTo(0, 0);
        await frame();
        await frame();
      });
    await round(); // the first round loads code and data; measure from here
    const before = await listeners();
    for (let i = 0; i < 5; i += 1) await round();
    // A listener still waiting on a frame or a fetch when a count is taken goes by itself; one
    // left behind by each round never does, so the count must come back, not merely be low once.
    await expect.poll(listeners, { timeout: 10_000 }).toBeLessThanOrEqual(before);
  });
});
