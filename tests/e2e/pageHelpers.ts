// Page utilities shared by the end-to-end tests: open the built story in a fresh browser context
// (recording console errors, failed responses and requests that leave 127.0.0.1), read the steps
// and the current step, and wait for the page to come to rest after a scroll, key or resize.
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { chromium } from 'playwright';
import type { Browser, BrowserContext, Page } from 'playwright';
import { triggerLineY } from '../../src/story/triggerLine.ts';
import { launchChromium, serveDist, serveHostPages, type Site } from './harness.ts';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

export interface Viewport {
  width: number;
  height: number;
}

export interface OpenOptions {
  viewport: Viewport;
  /** The browser's language (navigator.languages); Chinese unless a test says otherwise. */
  locale?: string;
  /** Another site's page (a host embedding us): load it without waiting for the story. */
  hostPage?: boolean;
  /** false: the browser runs no scripts (implies not waiting for the story's scripts). */
  javaScript?: boolean;
  reducedMotion?: 'reduce' | 'no-preference';
  /** Device pixels per CSS pixel (a phone's 2 or 3); 1 unless a test says otherwise. */
  deviceScaleFactor?: number;
}

export interface StoryPage {
  context: BrowserContext;
  page: Page;
  /** console.error messages and uncaught page errors. */
  errors: string[];
  /** Requests to anywhere but 127.0.0.1. */
  offHost: string[];
  /** Responses with an HTTP error status. */
  failed: string[];
}

/** What the page looks like to the tests at one moment. */
export interface StoryState {
  /** Ids of the steps marked aria-current="step" (the contract wants exactly one). */
  current: string[];
  /** <aksu-graphic data-scene>: the scene the graphic was given. */
  graphic: string | null;
  /** The scene the graphic has actually drawn (its shadow root's frame). */
  drawn: string | null;
  hash: string;
  historyLength: number;
  scrollY: number;
}

/** A step becoming current, and where it was on screen at that moment. */
export interface StepEntry {
  id: string;
  top: number;
  bottom: number;
  viewportWidth: number;
  viewportHeight: number;
}

declare global {
  interface Window {
    /** Every step that became current, in order (filled by the init script below). */
    __e2eStepLog: StepEntry[];
  }
}

/** Runs before the page's own scripts: records each step that gets aria-current="step". */
function recordStepChanges(): void {
  window.__e2eStepLog = [];
  new MutationObserver((records) => {
    for (const record of records) {
      const el = record.target as Element;
      if (el.getAttribute('aria-current') !== 'step') continue;
      const rect = el.getBoundingClientRect();
      window.__e2eStepLog.push({
        id: el.id,
        top: rect.top,
        bottom: rect.bottom,
        viewportWidth: window.innerWidth,
        viewportHeight: window.innerHeight,
      });
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['aria-current'] });
}

function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === '127.0.0.1';
}

/**
 * Opens pages in fresh contexts and closes them all in `finish()`, which also fails the test if
 * any of them logged an error, got an HTTP error or requested something off 127.0.0.1.
 */
export function storyPages(getBrowser: () => Browser) {
  let open: StoryPage[] = [];
  return {
    async open(url: string, options: OpenOptions): Promise<StoryPage> {
      const context = await getBrowser().newContext({
        viewport: options.viewport,
        locale: options.locale ?? 'zh-CN',
        javaScriptEnabled: options.javaScript ?? true,
        reducedMotion: options.reducedMotion ?? 'no-preference',
        deviceScaleFactor: options.deviceScaleFactor ?? 1,
      });
      const story: StoryPage = {
        context,
        page: await context.newPage(),
        errors: [],
        offHost: [],
        failed: [],
      };
      open.push(story);
      await context.addInitScript(recordStepChanges);
      context.on('request', (request) => {
        if (!isLocal(request.url())) story.offHost.push(request.url());
      });
      context.on('response', (response) => {
        if (response.status() >= 400) story.failed.push(`${response.status()} ${response.url()}`);
      });
      context.on('page', (page) => watchErrors(page, story.errors));
      watchErrors(story.page, story.errors);
      if (options.hostPage || options.javaScript === false) await story.page.goto(url);
      else await gotoStory(story.page, url);
      return story;
    },
    async finish(): Promise<void> {
      const done = open;
      open = [];
      await Promise.all(done.map((s) => s.context.close()));
      for (const s of done) {
        expect(s.errors, 'console errors / page errors').toEqual([]);
        expect(s.offHost, 'requests that left 127.0.0.1').toEqual([]);
        expect(s.failed, 'HTTP error responses').toEqual([]);
      }
    },
  };
}

function watchErrors(page: Page, errors: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
}

/** Navigates (a real load, even if only the hash differs) and waits until the story is running. */
export async function gotoStory(page: Page, url: string): Promise<void> {
  const withoutHash = (href: string) => href.replace(/#.*$/, '');
  if (withoutHash(page.url()) === withoutHash(url)) await page.goto('about:blank');
  await page.goto(url);
  await page
    .waitForFunction(
      () =>
        document.documentElement.classList.contains('js') &&
        document.querySelector('aksu-graphic')?.shadowRoot?.querySelector('.frame') != null,
      undefined,
      { timeout: 10_000 },
    )
    .catch(() => {
      throw new Error(`${url}: the story never started (no html.js, or the graphic drew nothing)`);
    });
}

/** The story's step ids in order. */
export function stepIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-step]')].map((s) => s.id),
  );
}

export function readState(page: Page): Promise<StoryState> {
  return page.evaluate(() => {
    const graphic = document.querySelector('aksu-graphic');
    return {
      current: [...document.querySelectorAll('[aria-current="step"]')].map((el) => el.id),
      graphic: graphic?.getAttribute('data-scene') ?? null,
      drawn: graphic?.shadowRoot?.querySelector('.frame')?.getAttribute('data-scene') ?? null,
      hash: location.hash,
      historyLength: history.length,
      scrollY: window.scrollY,
    };
  });
}

/** The one current step (fails if there is not exactly one). */
export async function currentStep(page: Page): Promise<string> {
  const { current } = await readState(page);
  expect(current, 'steps with aria-current="step"').toHaveLength(1);
  return current[0] as string;
}

/** Steps that became current since the page was loaded, in order. */
export async function stepLog(page: Page): Promise<string[]> {
  return (await stepEntries(page)).map((entry) => entry.id);
}

/** Like stepLog, with where each step was when it became current. */
export function stepEntries(page: Page): Promise<StepEntry[]> {
  return page.evaluate(() => [...window.__e2eStepLog]);
}

/** The trigger line of the contract (50% of the height on desktops, lower on phones), from the app. */
export function triggerLine(viewport: Viewport): number {
  return triggerLineY(viewport.width, viewport.height);
}

/** Resolves after `frames` animation frames. */
export function nextFrames(page: Page, frames = 1): Promise<void> {
  return page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        let left = n;
        const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    frames,
  );
}

/** Waits until the scroll position has not moved for `frames` frames (smooth scrolls are over). */
export async function waitForScrollRest(page: Page, frames = 5): Promise<void> {
  await page.evaluate(
    (need) =>
      new Promise<void>((resolve, reject) => {
        let last = Number.NaN;
        let still = 0;
        let seen = 0;
        const tick = () => {
          const y = window.scrollY;
          still = y === last ? still + 1 : 0;
          last = y;
          if (still >= need) resolve();
          else if (++seen > 900) reject(new Error('the page kept scrolling for 15 s'));
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    frames,
  );
}

/**
 * Waits for the scroll to stop and for the page to agree with itself: one current step, the
 * graphic given and showing that step's scene, and the URL hash naming it. Returns that step.
 */
export async function settle(page: Page, expected?: string): Promise<string> {
  await waitForScrollRest(page);
  await expect
    .poll(
      async () => {
        const s = await readState(page);
        return { current: s.current, graphic: s.graphic, drawn: s.drawn, hash: s.hash };
      },
      { timeout: 5_000, interval: 50 },
    )
    .toSatisfy(
      (s: { current: string[]; graphic: string | null; drawn: string | null; hash: string }) =>
        s.current.length === 1 &&
        s.graphic === s.current[0] &&
        s.drawn === s.current[0] &&
        s.hash === `#${s.current[0]}`,
    );
  const id = await currentStep(page);
  if (expected !== undefined) expect(id, 'current step').toBe(expected);
  return id;
}

export interface Placement {
  top: number;
  bottom: number;
  /** The scrollama trigger line: 50% of the viewport height at ≥ 900 px wide, 70% below. */
  line: number;
  viewportWidth: number;
  viewportHeight: number;
  /** Bottom edge of the sticky masthead, which covers the top of the page. */
  mastheadBottom: number;
}

export async function placement(page: Page, stepId: string): Promise<Placement> {
  const seen = await page.evaluate((id) => {
    const el = document.getElementById(id);
    if (!el) throw new Error(`no element #${id}`);
    const rect = el.getBoundingClientRect();
    return {
      top: rect.top,
      bottom: rect.bottom,
      viewportWidth: window.innerWidth,
      viewportHeight: window.innerHeight,
      mastheadBottom: document.querySelector('.masthead')?.getBoundingClientRect().bottom ?? 0,
    };
  }, stepId);
  const line = triggerLine({ width: seen.viewportWidth, height: seen.viewportHeight });
  return { ...seen, line };
}

/**
 * The step is where the reader's eye is: across the trigger line, with its beginning on screen
 * below the sticky masthead (a tall cover card may run past the bottom edge).
 */
export async function expectOnTriggerLine(page: Page, stepId: string): Promise<void> {
  const p = await placement(page, stepId);
  const where = `#${stepId} spans ${Math.round(p.top)}..${Math.round(p.bottom)} px; trigger line at ${Math.round(p.line)} px, masthead ends at ${Math.round(p.mastheadBottom)} px, viewport ${p.viewportHeight} px high`;
  expect(p.top <= p.line && p.line <= p.bottom, `${where}: the step is not on the line`).toBe(true);
  expect(
    p.top >= p.mastheadBottom - 1,
    `${where}: its start is off screen or under the masthead`,
  ).toBe(true);
}

/** How many `.l-zh` and `.l-en` elements are rendered (display:none ones have no boxes). */
export function shownText(page: Page): Promise<Record<Lang, { shown: number; total: number }>> {
  return page.evaluate(() => {
    const count = (lang: string) => {
      // What a reader's page holds but does not show on screen: the no-script note, the
      // pictures for print and no-JS readers, and the exhibition screen's chrome.
      // And the masthead's collapsible chrome as the width folds it away (the chapter list
      // behind its button on phones, the button on wide screens, the title beside the button):
      // counted only where it is shown.
      const folded = (el: Element) =>
        el.closest('.chapter-nav, .masthead__title') !== null && el.getClientRects().length === 0;
      const els = [...document.querySelectorAll(`.l-${lang}`)].filter(
        (el) => !el.closest('noscript, .step__static, .exhibit[hidden]') && !folded(el),
      );
      return {
        shown: els.filter((el) => el.getClientRects().length > 0).length,
        total: els.length,
      };
    };
    return { zh: count('zh'), en: count('en') };
  });
}

/** Fails unless the page shows `lang` and only `lang`: root lang, title, text, switch, graphic. */
export async function expectShowsLanguage(page: Page, lang: Lang): Promise<void> {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const seen = await page.evaluate(
    ({ lang, other }) => {
      const visibleSwitches = [...document.querySelectorAll('[data-lang-switch]')].filter(
        (el) => el.getClientRects().length > 0,
      );
      const graphic = document.querySelector('aksu-graphic');
      return {
        htmlLang: document.documentElement.lang,
        title: document.title,
        mastheadTitle: document.querySelector(`.masthead__title .l-${lang}`)?.textContent ?? null,
        switches: visibleSwitches.map((el) => el.textContent?.trim()),
        otherSwitchTarget: visibleSwitches.map((el) => el.getAttribute('data-lang-switch')),
        graphicLang: graphic?.getAttribute('lang') ?? null,
        otherTitle: document.querySelector(`.masthead__title .l-${other}`)?.textContent ?? null,
      };
    },
    { lang, other },
  );
  expect(seen.htmlLang).toBe(HTML_LANG[lang]);
  expect(seen.title, 'document.title').toBe(seen.mastheadTitle);
  expect(seen.title).not.toBe(seen.otherTitle);
  expect(seen.switches, 'visible language switch').toEqual([lang === 'zh' ? 'English' : '中文']);
  expect(seen.otherSwitchTarget).toEqual([other]);
  expect(seen.graphicLang, '<aksu-graphic lang>').toBe(lang);
  const text = await shownText(page);
  expect(text[lang].total).toBeGreaterThan(0);
  expect(text[lang].shown, `rendered .l-${lang} elements`).toBe(text[lang].total);
  expect(text[other].shown, `rendered .l-${other} elements`).toBe(0);
}

/**
 * Scrolls with the mouse wheel, `delta` px a turn, until `done` says stop. Each turn waits
 * `frames` animation frames after the wheel event has been handled.
 */
export async function wheelUntil(
  page: Page,
  delta: number,
  done: () => Promise<boolean>,
  { frames = 1, maxTurns = 1_000 } = {},
): Promise<number> {
  const size = page.viewportSize();
  await page.mouse.move((size?.width ?? 400) / 4, (size?.height ?? 800) / 2);
  for (let turn = 1; turn <= maxTurns; turn++) {
    await page.mouse.wheel(0, delta);
    if (frames > 0) await nextFrames(page, frames);
    if (await done()) return turn;
  }
  throw new Error(`wheelUntil: still not done after ${maxTurns} turns of ${delta} px`);
}

/**
 * The usual frame of an end-to-end file: the built site and Chromium (the run's shared ones, see
 * sharedSite.ts; the file's own for a site under a sub-path or outside the e2e project), every
 * test's pages closed (and checked for errors) after it, the file's own stopped at its end.
 */
export function useBuiltSite(options: { basePath?: string } = {}): {
  readonly url: string;
  pages: ReturnType<typeof storyPages>;
} {
  let site: Site | undefined;
  let browser: Browser | undefined;
  const pages = storyPages(() => browser as Browser);
  beforeAll(async () => {
    const shared = inject('e2eShared');
    const ownSite = options.basePath !== undefined || !shared;
    [site, browser] = await Promise.all([
      ownSite ? serveDist(options) : { url: shared.siteUrl, close: async () => {} },
      shared ? chromium.connect(shared.browserWs) : launchChromium(),
    ]);
  });
  afterEach(() => pages.finish());
  afterAll(async () => {
    await browser?.close(); // the shared one: only this file's connection
    await site?.close();
  });
  return {
    get url() {
      if (!site) throw new Error('the site is served in beforeAll');
      return site.url;
    },
    pages,
  };
}

/** Another site's pages for the tests in this file (see serveHostPages), served while they run. */
export function useHostPages(page: (url: URL) => string | null): { readonly url: string } {
  let host: Site | undefined;
  beforeAll(async () => {
    host = await serveHostPages(page);
  });
  afterAll(() => host?.close());
  return {
    get url() {
      if (!host) throw new Error('the host pages are served in beforeAll');
      return host.url;
    },
  };
}
