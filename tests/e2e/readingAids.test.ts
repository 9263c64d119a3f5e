// The page's chrome and reading aids on the built site: on phones the masthead and step cards are
// opaque, a card (or its chapter's heading) never covers the graphic's data-table toggle and
// rests close below the drawing, and an opened table is read in view; the chapter list jumps to
// any chapter and marks the reader's with aria-current; the progress bar follows the reading;
// none of it is on exhibition screens, in embeds or on paper.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { VIEWPORTS } from './harness.ts';
import { axe } from './axe.ts';
import { LANGS, settle, stepIds, useBuiltSite, waitForScrollRest } from './pageHelpers.ts';

const site = useBuiltSite();
const pages = site.pages;
const PHONES = [VIEWPORTS.phone, { width: 320, height: 640 }];

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The alpha of a computed colour: rgb() and rgba(), or color(srgb … / a) from color-mix(). */
function alphaOf(colour: string): number {
  const slash = /\/\s*([\d.]+)\s*\)$/.exec(colour);
  if (slash) return Number(slash[1]);
  const rgba = /^rgba\([^,]+,[^,]+,[^,]+,\s*([\d.]+)\)$/.exec(colour);
  if (rgba) return Number(rgba[1]);
  return colour === 'transparent' ? 0 : 1;
}

/** Boxes of the current step's card, its chapter heading, the drawing and its table toggle. */
function restingBoxes(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element | null | undefined) => {
      if (!el || el.getClientRects().length === 0) return null;
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    };
    const card = document.querySelector('[aria-current="step"]');
    const heading = card?.previousElementSibling?.matches('.chapter__title')
      ? card.previousElementSibling
      : null;
    const frame = document.querySelector('aksu-graphic')?.shadowRoot?.querySelector('.frame');
    const chart = [...(frame?.children ?? [])].find((el) => el.shadowRoot);
    const summary = chart?.shadowRoot?.querySelector('details.data summary');
    return {
      id: card?.id ?? '',
      card: box(card),
      heading: box(heading),
      drawing: box(document.querySelector('.scrolly__graphic .graphic')),
      toggle: box(summary),
    };
  });
}

const overlaps = (a: Box, b: Box) =>
  a.top < b.bottom && b.top < a.bottom && a.left < b.right && b.left < a.right;

describe('phone chrome', () => {
  for (const viewport of PHONES) {
    for (const lang of LANGS) {
      it(`opaque masthead, cards and list at ${viewport.width} px (${lang})`, async () => {
        const { page } = await pages.open(`${site.url}?lang=${lang}#outlets-online-shops`, {
          viewport,
        });
        await settle(page, 'outlets-online-shops');
        // The button names the reader's chapter in full view: its short name, never cut off
        // (the full "从“十城百店”到“百城千店”" was, with an ellipsis).
        const now = await page.evaluate(() => {
          const el = document.querySelector('.chapter-nav__now') as HTMLElement;
          const shown = [...el.children].filter(
            (c) => c.getAttribute('aria-hidden') === 'true' && c.checkVisibility(),
          );
          return {
            text: shown.map((c) => (c as HTMLElement).innerText).join(''),
            cut: el.scrollWidth > el.clientWidth + 1,
          };
        });
        expect(now.text).toBe(lang === 'zh' ? '门店与销售' : 'Stores and sales');
        if (viewport.width >= 390) expect(now.cut).toBe(false);
        await page.click('.chapter-nav__toggle');
        await page.waitForSelector('.chapter-nav[data-open] .chapter-nav__list', {
          state: 'visible',
        });
        const backgrounds = await page.evaluate(() => {
          const seen: Record<string, string> = {};
          const selectors = [
            '.masthead',
            '.step',
            '.step--cover',
            '.chapter__title',
            '.chapter-nav__toggle',
            '.chapter-nav__list',
          ];
          for (const sel of selectors) {
            seen[sel] = getComputedStyle(document.querySelector(sel) as Element).backgroundColor;
          }
          return seen;
        });
        for (const [sel, colour] of Object.entries(backgrounds)) {
          expect(alphaOf(colour), `${sel} background ${colour}`).toBe(1);
        }
      });

      it(`at ${viewport.width} px, every step's card and heading rest below the drawing, clear of its table toggle (${lang})`, async () => {
        const { page } = await pages.open(`${site.url}?lang=${lang}`, { viewport });
        const ids = (await stepIds(page)).slice(1); // the cover is the page's top
        const problems: string[] = [];
        for (const id of ids) {
          await page.evaluate((step) => (location.hash = step), id);
          await settle(page, id);
          const seen = await restingBoxes(page);
          const block = seen.heading ?? seen.card;
          if (!seen.card || !block || !seen.drawing) {
            problems.push(`${id}: no card or drawing`);
            continue;
          }
          for (const [what, b] of [
            ['card', seen.card],
            ['chapter heading', seen.heading],
          ] as const) {
            if (b && seen.toggle && overlaps(b, seen.toggle)) {
              problems.push(`${id}: the ${what} covers "show the data as a table"`);
            }
          }
          // No empty band between the drawing and the card (as there was: 150–250 px).
          const gap = block.top - seen.drawing.bottom;
          if (gap > 100) problems.push(`${id}: ${Math.round(gap)} px between drawing and card`);
        }
        expect(problems).toEqual([]);
      });

      it(`at ${viewport.width} px, an opened data table is in view, over the card (${lang})`, async () => {
        const { page } = await pages.open(`${site.url}?lang=${lang}#people-vocational-teachers`, {
          viewport,
        });
        await settle(page, 'people-vocational-teachers');
        await page.locator('aksu-graphic details.data summary').click();
        await page.waitForSelector('.scrolly__graphic.has-open-table');
        const rowInView = () =>
          page.evaluate(() => {
            const frame = document
              .querySelector('aksu-graphic')
              ?.shadowRoot?.querySelector('.frame');
            const chart = [...(frame?.children ?? [])].find((el) => el.shadowRoot);
            const row = chart?.shadowRoot?.querySelector('details.data[open] tbody tr');
            if (!row) return 'no open table';
            const r = row.getBoundingClientRect();
            const mastheadBottom = document
              .querySelector('.masthead')!
              .getBoundingClientRect().bottom;
            if (r.top < mastheadBottom || r.bottom > window.innerHeight) {
              return `first row at ${Math.round(r.top)}..${Math.round(r.bottom)} px`;
            }
            // What a tap on the row would hit: the graphic, not a step card over it.
            const hit = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);
            return hit?.closest('aksu-graphic') ? 'in view' : `covered by ${hit?.className}`;
          });
        await expect.poll(rowInView).toBe('in view');
        // Moving on closes it, and the cards pass over the graphic again.
        await page.keyboard.press('ArrowDown');
        await settle(page);
        await page.waitForSelector('.scrolly__graphic:not(.has-open-table)');
      });
    }
  }
});

describe('chapter navigation', () => {
  // The row holds every chapter's (short) name in full, from the narrowest desktop up.
  for (const viewport of [{ width: 1200, height: 800 }, VIEWPORTS.desktop]) {
    for (const lang of LANGS) {
      it(`at ${viewport.width} px, every chapter's link is in view and not cut short (${lang})`, async () => {
        const { page } = await pages.open(`${site.url}?lang=${lang}#people-vocational-teachers`, {
          viewport,
        });
        await settle(page, 'people-vocational-teachers');
        const cut = await page.$$eval('a[data-chapter-link]', (as) =>
          as.flatMap((a) => {
            const r = a.getBoundingClientRect();
            const name = (a as HTMLElement).innerText.trim();
            const problems = [];
            if (!name || r.width === 0) problems.push('not shown');
            if (r.left < 0 || r.right > window.innerWidth) problems.push('outside the window');
            if (a.scrollWidth > a.clientWidth + 1) problems.push('cut short');
            return problems.map((p) => `${a.getAttribute('data-chapter-link')} "${name}": ${p}`);
          }),
        );
        expect(cut).toEqual([]);
      });
    }
  }

  for (const lang of LANGS) {
    it(`on a desktop, the list jumps to each chapter and marks it current (${lang})`, async () => {
      const { page } = await pages.open(`${site.url}?lang=${lang}`, {
        viewport: VIEWPORTS.desktop,
      });
      const nav = page.locator(`nav.chapter-nav`);
      expect(await nav.getAttribute('aria-labelledby')).toBe('chapter-nav-label');
      expect(await page.locator('#chapter-nav-label').innerText()).toBe(
        lang === 'zh' ? '章节' : 'Chapters',
      );
      const links = await page.$$eval('a[data-chapter-link]', (as) =>
        as.map((a) => ({
          chapter: a.getAttribute('data-chapter-link'),
          visible: a.getClientRects().length > 0,
        })),
      );
      expect(links.every((l) => l.visible)).toBe(true);
      for (const { chapter } of links.filter((l) => l.chapter !== 'sources').reverse()) {
        await page.click(`a[data-chapter-link="${chapter}"]`);
        const step = await settle(page);
        const seen = await page.evaluate(
          (id) => ({
            chapter:
              document
                .getElementById(id)
                ?.closest('[data-chapter]')
                ?.getAttribute('data-chapter') ?? null,
            current: [...document.querySelectorAll('a[data-chapter-link][aria-current]')].map(
              (a) => `${a.getAttribute('data-chapter-link')}=${a.getAttribute('aria-current')}`,
            ),
            focused: document.activeElement?.closest('section')?.getAttribute('data-chapter'),
            focusedTag: document.activeElement?.localName,
          }),
          step,
        );
        expect(seen.chapter, `${chapter}: the step it went to`).toBe(chapter);
        expect(seen.current).toEqual([`${chapter}=location`]);
        expect(seen.focused, 'focus moves to the chapter').toBe(chapter);
        expect(['h1', 'h2']).toContain(seen.focusedTag);
      }
      // Scrolling into the sources makes them the current place.
      await page.click('a[data-chapter-link="sources"]');
      await waitForScrollRest(page);
      await expect
        .poll(() =>
          page.$$eval('a[data-chapter-link][aria-current]', (as) =>
            as.map((a) => a.getAttribute('data-chapter-link')),
          ),
        )
        .toEqual(['sources']);
    });

    it(`on a phone, the chapter button opens the list, by touch and by keyboard (${lang})`, async () => {
      const { page } = await pages.open(`${site.url}?lang=${lang}`, { viewport: VIEWPORTS.phone });
      const toggle = page.locator('.chapter-nav__toggle');
      const list = page.locator('.chapter-nav__list');
      expect(await list.isVisible()).toBe(false);
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      await list.waitFor({ state: 'visible' });
      await page.click('a[data-chapter-link="rural"]');
      await list.waitFor({ state: 'hidden' });
      const step = await settle(page);
      expect(step.startsWith('rural-')).toBe(true);
      expect(await toggle.innerText()).toContain(lang === 'zh' ? '乡村振兴' : 'Rural revival');
      // Keyboard: Enter opens, Tab reaches the links, Escape closes and gives focus back.
      await toggle.focus();
      await page.keyboard.press('Enter');
      await list.waitFor({ state: 'visible' });
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(() => document.activeElement?.getAttribute('data-chapter-link')),
      ).toBe('cover');
      await page.keyboard.press('Escape');
      await list.waitFor({ state: 'hidden' });
      expect(
        await page.evaluate(() =>
          document.activeElement?.classList.contains('chapter-nav__toggle'),
        ),
      ).toBe(true);
      // The button's name says where the reader is, in the page's language (not its count).
      const name =
        lang === 'zh'
          ? /^- button "章节：\s?乡村振兴：钱与项目"$/
          : /^- 'button "Chapters: Rural revival: money and projects"'$/;
      expect(await toggle.ariaSnapshot()).toMatch(name);
      // With the list open, the masthead passes axe too.
      await toggle.click();
      await list.waitFor({ state: 'visible' });
      expect(await axe(page, { include: '.masthead' })).toEqual([]);
    });
  }

  it('opens at a chapter from its address, on its first step', async () => {
    const { page } = await pages.open(`${site.url}?lang=en#chapter-rural`, {
      viewport: VIEWPORTS.phone,
    });
    await settle(page, 'rural-funds');
    expect(
      await page.$$eval('a[data-chapter-link][aria-current]', (as) =>
        as.map((a) => a.getAttribute('data-chapter-link')),
      ),
    ).toEqual(['rural']);
  });

  it('works without JavaScript: plain links to every chapter, which land below the masthead', async () => {
    const { page } = await pages.open(`${site.url}en.html`, {
      viewport: VIEWPORTS.phone,
      javaScript: false,
    });
    await page.waitForLoadState('load');
    const links = await page.$$eval('a[data-chapter-link]', (as) =>
      as.map((a) => ({
        href: a.getAttribute('href') ?? '',
        visible: a.getClientRects().length > 0,
        target: Boolean(document.getElementById((a.getAttribute('href') ?? '').slice(1))),
      })),
    );
    const chapters = await page.$$eval('[data-step]', (steps) => [
      ...new Set(steps.map((s) => s.closest('[data-chapter]')?.getAttribute('data-chapter'))),
    ]);
    expect(links).toHaveLength(chapters.length + 1); // and the sources
    for (const link of links) {
      expect(link.visible, link.href).toBe(true);
      expect(link.target, `${link.href} names an element`).toBe(true);
    }
    await page.click('a[href="#chapter-people"]');
    await expect
      .poll(() =>
        page.evaluate(() =>
          Math.round(document.getElementById('chapter-people')!.getBoundingClientRect().top),
        ),
      )
      .toBeGreaterThanOrEqual(0);
    const top = await page.evaluate(
      () => document.getElementById('chapter-people')!.getBoundingClientRect().top,
    );
    expect(top).toBeLessThan(100);
  });
});

describe('reading progress', () => {
  it('grows as the reader goes through the story, for the eye only', async () => {
    const { page } = await pages.open(`${site.url}?lang=en`, { viewport: VIEWPORTS.phone });
    const bar = page.locator('.reading-progress');
    expect(await bar.getAttribute('aria-hidden')).toBe('true');
    const progress = async () => Number(await bar.getAttribute('data-progress'));
    expect(await progress()).toBe(0);
    let last = 0;
    for (const chapter of ['ecommerce', 'people', 'alar']) {
      await page.click('.chapter-nav__toggle');
      await page.click(`a[data-chapter-link="${chapter}"]`);
      await settle(page);
      await expect.poll(progress).toBeGreaterThan(last);
      last = await progress();
    }
    expect(last).toBeGreaterThan(0.8);
    expect(last).toBeLessThanOrEqual(1);
  });
});

describe('not where there is no reading page', () => {
  it('is not on an exhibition screen, in the embed page or on paper', async () => {
    const shown = (page: Page) =>
      page.evaluate(() =>
        [...document.querySelectorAll('.chapter-nav, .reading-progress')].some(
          (el) => el.getClientRects().length > 0,
        ),
      );
    const exhibit = await pages.open(`${site.url}?mode=exhibit&lang=en`, {
      viewport: { width: 1920, height: 1080 },
    });
    expect(await shown(exhibit.page)).toBe(false);
    const embed = await pages.open(`${site.url}embed.html?view=people&lang=en`, {
      viewport: VIEWPORTS.phone,
      hostPage: true,
    });
    await embed.page.waitForLoadState('load');
    expect(await embed.page.locator('.chapter-nav').count()).toBe(0);
    const paper = await pages.open(`${site.url}?lang=zh`, { viewport: VIEWPORTS.desktop });
    expect(await shown(paper.page)).toBe(true);
    await paper.page.emulateMedia({ media: 'print' });
    expect(await shown(paper.page)).toBe(false);
  });
});
