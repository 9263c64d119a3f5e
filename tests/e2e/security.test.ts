// Safety in the built site: every page carries a strict Content Security Policy and works under it
// (no violation while reading, presenting or embedding); nothing from the URL or from an embed
// attribute reaches the page as HTML or as a link that runs code.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright';
import { VIEWPORTS } from './harness.ts';
import { waitForGraphicRest } from './graphicRest.ts';
import { useBuiltSite, useHostPages } from './pageHelpers.ts';

const site = useBuiltSite();
const pages = site.pages;
const HOSTILE = '<img src=x onerror="window.__pwned=1">';

declare global {
  interface Window {
    __violations: string[];
    __pwned?: number;
  }
}

async function watchPolicy(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}

async function open(path: string): Promise<Page> {
  const opened = await pages.open('about:blank', { viewport: VIEWPORTS.desktop, hostPage: true });
  await watchPolicy(opened.context);
  opened.page.on('dialog', (d) => void d.dismiss());
  await opened.page.goto(`${site.url}${path}`);
  await opened.page.waitForLoadState('load');
  return opened.page;
}

const state = (page: Page) =>
  page.evaluate(() => ({
    violations: window.__violations,
    pwned: window.__pwned ?? 0,
    policy:
      document
        .querySelector('meta[http-equiv="Content-Security-Policy"]')
        ?.getAttribute('content') ?? '',
  }));

describe('Content Security Policy', () => {
  it.each([
    ['the story, read with keys', '?lang=en', ['ArrowDown', 'ArrowDown', 'End']],
    ['the English page', 'en.html#rural-county-projects', ['Tab', 'Tab']],
    ['an exhibition screen', '?mode=exhibit&lang=zh', ['PageDown', 'PageDown', 'b', 'b']],
    ['the embed page', 'embed.html?view=people&lang=en', []],
    ['the embed guide', 'guide.html', []],
  ])('%s works under it with no violation', async (_, path, keys) => {
    const page = await open(path);
    // Each key's step drawn and come to rest: its code, data and styles loaded under the policy.
    await waitForGraphicRest(page);
    for (const key of keys) {
      await page.keyboard.press(key);
      await waitForGraphicRest(page);
    }
    const seen = await state(page);
    expect(seen.policy).toContain("script-src 'self'");
    expect(seen.policy).not.toMatch(/unsafe-(inline|eval)/);
    expect(seen.violations).toEqual([]);
  });
});

describe('what the story keeps', () => {
  it("sets no cookie and stores nothing but the reader's own setting", async () => {
    const page = await open('?lang=en');
    await page.keyboard.press('ArrowDown');
    await page.locator('.motion-switch').click();
    const kept = await page.evaluate(() => ({
      cookie: document.cookie,
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
    }));
    expect(kept).toEqual({ cookie: '', local: ['aksu-story:motion'], session: [] });
  });
});

describe('hostile input', () => {
  it('puts nothing from the query or hash into the page as HTML', async () => {
    const q = encodeURIComponent(HOSTILE);
    for (const path of [
      `?lang=${q}&mode=${q}&theme=${q}#${q}`,
      `?mode=exhibit&dwell=${q}&idle=${q}#${q}`,
      `embed.html?view=${q}&step=${q}&lang=${q}&childId=${q}&theme=${q}`,
    ]) {
      const page = await open(path);
      await waitForGraphicRest(page); // drawn, whatever the hostile query asked for
      const seen = await state(page);
      expect(seen.pwned, path).toBe(0);
      expect(await page.$$('img[src="x"]'), path).toHaveLength(0);
      expect(seen.violations, path).toEqual([]);
    }
  });
});

describe('hostile embed attributes', () => {
  const host = useHostPages(
    () => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body>
        <aksu-funding-chart step='${HOSTILE}' lang='${HOSTILE}' theme='${HOSTILE}' story-url="javascript:window.__pwned=2"></aksu-funding-chart>
        <script type="module" src="${site.url}embed/aksu-elements.js"></script></body></html>`,
  );

  it('ignores them with a warning; its link cannot run code', async () => {
    const { page } = await pages.open(host.url, { viewport: VIEWPORTS.phone, hostPage: true });
    await page.waitForFunction(() =>
      document.querySelector('aksu-funding-chart')?.shadowRoot?.querySelector('[part="link"]'),
    );
    const link = await page.$eval('aksu-funding-chart', (el) => {
      const a = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="link"]')!;
      return a.href;
    });
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/en\.html#rural-funds$/);
    await page.$eval('aksu-funding-chart', (el) =>
      el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="link"]')!.removeAttribute('target'),
    );
    expect(await page.evaluate(() => window.__pwned ?? 0)).toBe(0);
    const images = await page.$eval(
      'aksu-funding-chart',
      (el) => el.shadowRoot!.querySelectorAll('img').length,
    );
    expect(images).toBe(0);
  });
});
