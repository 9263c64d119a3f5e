// Accessibility of the built story beyond axe's rules (axe itself: axe.phone.test.ts and
// axe.desktop.test.ts, which run side by side): the live region says what the graphic now shows
// when the step changes; without JavaScript and on paper it reads as an article; reduced motion;
// the keyboard's path through the page.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { VIEWPORTS } from './harness.ts';
import { settle, useBuiltSite } from './pageHelpers.ts';

const site = useBuiltSite();
const pages = site.pages;
describe('live region', () => {
  it('says what the graphic now shows once the step changes', async () => {
    const { page } = await pages.open(`${site.url}?lang=en#outlets-ten-cities`, {
      viewport: VIEWPORTS.desktop,
    });
    const status = () => page.$eval('[data-graphic-status]', (el) => el.textContent ?? '');
    await page.keyboard.press('ArrowDown');
    await expect.poll(status).toMatch(/^The graphic now shows: Stores and sales; /);
    expect(await status()).toContain('1,000');
    const first = await status();
    await page.keyboard.press('End');
    await expect.poll(status).not.toBe(first);
    // The last step: the report's plans, read out as notes.
    expect(await status()).toMatch(/Plans, not results; .*¥389 million.*2022/);
  });
});

describe('without JavaScript', () => {
  it('reads as an article: every chapter, each step with a picture of its graphic', async () => {
    const { page } = await pages.open(`${site.url}en.html`, {
      viewport: VIEWPORTS.phone,
      javaScript: false,
    });
    await page.waitForLoadState('load');
    const seen = await page.evaluate(() => {
      const shown = (el: Element) => el.getClientRects().length > 0;
      return {
        chapters: [...document.querySelectorAll('.chapter__title')].filter(shown).length,
        steps: document.querySelectorAll('[data-step]').length,
        pictures: [...document.querySelectorAll<HTMLImageElement>('.step__static img')]
          .filter(shown)
          .map((img) => ({ loaded: img.complete && img.naturalWidth > 0, alt: img.alt })),
      };
    });
    // Every chapter after the cover, the ending included.
    expect(seen.chapters).toBe(8);
    expect(seen.pictures).toHaveLength(seen.steps);
    for (const picture of seen.pictures) {
      expect(picture.loaded).toBe(true);
      expect(picture.alt.length).toBeGreaterThan(20);
    }
  });
});

describe('on paper', () => {
  it('prints the text in order with each picture, and nothing sticky or fixed', async () => {
    const { page } = await pages.open(`${site.url}?lang=zh`, { viewport: VIEWPORTS.desktop });
    await page.emulateMedia({ media: 'print' });
    const seen = await page.evaluate(() => {
      const shown = (el: Element) => el.getClientRects().length > 0;
      const pinned = [...document.querySelectorAll('body *')].filter((el) => {
        const position = getComputedStyle(el).position;
        return shown(el) && (position === 'sticky' || position === 'fixed');
      });
      const steps = [...document.querySelectorAll('[data-step]')];
      return {
        pinned: pinned.map((el) => el.className),
        stepsWithPicture: steps.filter((s) =>
          [...s.querySelectorAll('.step__static img.l-zh')].some(shown),
        ).length,
        steps: steps.length,
        inOrder: steps.every(
          (s, i) =>
            i === 0 ||
            (steps[i - 1] as Element).getBoundingClientRect().top < s.getBoundingClientRect().top,
        ),
      };
    });
    expect(seen.pinned).toEqual([]);
    expect(seen.stepsWithPicture).toBe(seen.steps);
    expect(seen.inOrder).toBe(true);
  });
});

describe('reduced motion', () => {
  /**
   * Goes on from the stores' outlines to the 1,288 stores and, at the first frame that shows them,
   * reads the squares over a few frames: with less motion they are all there at once and still.
   */
  const stepIntoStores = async (page: Page) => {
    await settle(page, 'outlets-hundred-cities');
    await page.keyboard.press('ArrowDown');
    return page.evaluate(
      () =>
        new Promise<{ frames: string[]; transitions: number }>((resolve) => {
          const chart = () =>
            document
              .querySelector('aksu-graphic')
              ?.shadowRoot?.querySelector('aksu-outlets-plot') as
              (Element & { drawnUnits: { x: number; width: number; opacity: number }[] }) | null;
          const units = () =>
            (chart()?.drawnUnits ?? []).map((u) => `${u.x},${u.width},${u.opacity}`).join(';');
          const frames: string[] = [];
          const tick = () => {
            if (chart()?.getAttribute('data-drawn') === 'outlets-1288-stores') frames.push(units());
            if (frames.length < 4) return void requestAnimationFrame(tick);
            const moving = [...(chart()?.shadowRoot?.querySelectorAll('*') ?? [])].filter(
              (el) => (el as { __transition?: unknown }).__transition,
            );
            resolve({ frames, transitions: moving.length });
          };
          requestAnimationFrame(tick);
        }),
    );
  };
  const expectDrawnAtOnce = (seen: { frames: string[]; transitions: number }) => {
    expect(seen.frames[0]?.split(';')).toHaveLength(1288);
    expect(new Set(seen.frames).size, 'the squares moved from frame to frame').toBe(1);
    expect(seen.transitions, 'marks still in transition').toBe(0);
  };

  it('with the system setting, the next step is drawn at once, with no long transition', async () => {
    const { page } = await pages.open(`${site.url}?lang=en#outlets-hundred-cities`, {
      viewport: VIEWPORTS.desktop,
      reducedMotion: 'reduce',
    });
    expectDrawnAtOnce(await stepIntoStores(page));
    const fade = await page.$eval('.step', (el) => getComputedStyle(el).transitionDuration);
    expect(parseFloat(fade)).toBeLessThanOrEqual(0.01);
  });

  it('has its own switch, remembered on the next visit', async () => {
    const { page } = await pages.open(`${site.url}?lang=en#outlets-hundred-cities`, {
      viewport: VIEWPORTS.phone,
    });
    const toggle = page.locator('.motion-switch');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await page.reload();
    await expect
      .poll(() => page.locator('.motion-switch').getAttribute('aria-pressed'))
      .toBe('true');
    expectDrawnAtOnce(await stepIntoStores(page));
  });
});

describe('keyboard', () => {
  it('reaches the controls in order with a visible focus ring, and is never trapped', async () => {
    const { page } = await pages.open(`${site.url}?lang=en#outlets-1288-stores`, {
      viewport: VIEWPORTS.desktop,
    });
    // From the masthead (sticky, so focusing it does not scroll the story away from the chart).
    await page.focus('a.lang-switch.l-en');
    const stops: string[] = [];
    // Enough Tabs to pass every link of the sources (the pairing sources are links) and wrap.
    for (let i = 0; i < 60 && !stops.includes('button.motion-switch'); i += 1) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const rect = el.getBoundingClientRect();
        return {
          name: `${el.localName}.${el.getAttribute('class') ?? ''}`,
          ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          onScreen: rect.width > 0 && rect.height > 0,
        };
      });
      if (!stop) continue; // the document itself, between the last control and the first
      expect(stop.ring, `focus ring on ${stop.name}`).toBe(true);
      expect(stop.onScreen, `${stop.name} on screen`).toBe(true);
      stops.push(stop.name);
    }
    // Into the chart (its data table), on to the sources, and round to the skip link and the
    // masthead again: through the graphic, not caught in it.
    expect(stops[0]).toBe('summary.');
    expect(stops.indexOf('div.sources__table-wrap')).toBeGreaterThan(0);
    expect(stops.indexOf('a.skip-link')).toBeGreaterThan(stops.indexOf('div.sources__table-wrap'));
    expect(stops).toContain('button.motion-switch');
  });
});
