// The map in the built site: the cover shows the route with its computed distance, a jump from
// the cover straight to Alar settles on the Alar view with Alar highlighted, and the pairing map
// says where no pairing is known. Screenshots land in test-results/ for people to look at.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { VIEWPORTS, type ViewportName } from './harness.ts';
import { settle, useBuiltSite } from './pageHelpers.ts';
import { waitForScene } from './graphicChecks.ts';
import { waitForGraphicRest } from './graphicRest.ts';

const site = useBuiltSite();
const pages = site.pages;

/** What the map shows: its highlighted places, its labels, and whether its camera is at rest. */
function mapState(page: Page) {
  return page.evaluate(() => {
    const map = document.querySelector('aksu-graphic')?.shadowRoot?.querySelector('aksu-geo-map');
    const root = map?.shadowRoot;
    return {
      highlighted: [...(root?.querySelectorAll('.geo [data-place].is-highlighted') ?? [])].map(
        (p) => p.getAttribute('data-place'),
      ),
      labels: Object.fromEntries(
        [
          ...(root?.querySelectorAll(
            '.geo:not([aria-hidden="true"]) [data-label], .pairing.is-shown [data-label]',
          ) ?? []),
        ].map((l) => [l.getAttribute('data-label'), l.textContent]),
      ),
      moving: root?.querySelector('.geo .labels')?.classList.contains('is-moving') ?? null,
      camera: root?.querySelector('.camera')?.getAttribute('transform') ?? null,
      footnote: root?.querySelector('.pairing.is-shown .footnote')?.textContent ?? null,
    };
  });
}

describe.each(Object.keys(VIEWPORTS) as ViewportName[])('%s', (viewport) => {
  it('opens on the route from Hangzhou to Aksu City with its distance', async () => {
    const { page } = await pages.open(`${site.url}?lang=en`, { viewport: VIEWPORTS[viewport] });
    await settle(page, 'cover');
    await expect
      .poll(async () => (await mapState(page)).labels.distance, { timeout: 5000 })
      .toMatch(/^about 3,\d{2}0 km \(our calculation\)$/);
    const state = await mapState(page);
    expect(state.highlighted).toEqual([]);
    expect(state.labels['seat-hangzhou']).toBe('Hangzhou');
    await page.screenshot({ path: `test-results/screenshots/e2e-map-cover-${viewport}.png` });
  });

  it('a jump from the cover straight to Alar ends on Alar, highlighted and labelled', async () => {
    const { page } = await pages.open(site.url, { viewport: VIEWPORTS[viewport] });
    await settle(page, 'cover');
    await page.evaluate(() => (location.hash = '#alar-cadres'));
    await settle(page, 'alar-cadres');
    await expect.poll(async () => (await mapState(page)).moving, { timeout: 5000 }).toBe(false);
    const rested = await mapState(page);
    await waitForGraphicRest(page, 'alar-cadres'); // no transition left on the camera
    const later = await mapState(page);
    expect(later.camera, 'the camera has stopped').toBe(rested.camera);
    expect(later.highlighted).toEqual(['alar']);
    expect(later.labels.alar).toBe('阿拉尔市');
    await page.screenshot({ path: `test-results/screenshots/e2e-map-alar-${viewport}.png` });
  });

  it('the pairing map names Zhoushan and says why it has no line', async () => {
    const { page } = await pages.open(`${site.url}#frame-pairing-alar`, {
      viewport: VIEWPORTS[viewport],
    });
    await settle(page, 'frame-pairing-alar');
    await expect
      .poll(async () => (await mapState(page)).footnote, { timeout: 5000 })
      .toBe('舟山：结对团场不详，未画连线');
  });
});

/** The map's shown labels as the browser draws them: id, words and box on screen. */
function drawnLabels(page: Page) {
  return page.evaluate(() => {
    const root = document
      .querySelector('aksu-graphic')
      ?.shadowRoot?.querySelector('aksu-geo-map')?.shadowRoot;
    return [
      ...(root?.querySelectorAll(
        '.geo:not([aria-hidden="true"]) [data-label], .pairing.is-shown [data-label]',
      ) ?? []),
    ].map((l) => {
      const r = l.getBoundingClientRect();
      return {
        id: l.getAttribute('data-label'),
        text: l.textContent,
        r: [r.left, r.top, r.right, r.bottom],
      };
    });
  });
}

// The places each map step's text names, as the map labels them (its highlight, and more).
const NAMED: Record<string, string[]> = {
  cover: ['zhejiang', 'aksu-prefecture', 'xinjiang', 'distance', 'seat-hangzhou', 'seat-aksu-city'],
  'frame-pairing-counties': [
    'hangzhou',
    'aksu-city',
    'ningbo',
    'kuqa',
    'wenzhou',
    'baicheng',
    'jiaxing',
    'shaya',
    'huzhou',
    'keping',
    'shaoxing',
    'awat',
    'jinhua',
    'wensu',
    'quzhou',
    'wushi',
    'lishui',
    'xinhe',
  ],
  'frame-pairing-alar': ['hangzhou', 'taizhou', 'alar', 'zhoushan'],
  'rural-county-projects': ['keping', 'wushi', 'wensu'],
  'rural-model-villages': ['aksu-city', 'wensu', 'kuqa'],
  'culture-artists': ['aksu-prefecture', 'alar'],
  'alar-cadres': ['alar', 'figure-alar-cadres'],
};

describe.each([
  ['phone-320', { width: 320, height: 640 }, ''],
  ['phone', VIEWPORTS.phone, ''],
  ['tablet', { width: 768, height: 1024 }, ''],
  ['desktop', VIEWPORTS.desktop, ''],
  ['wide', { width: 1920, height: 1080 }, ''],
  ['4k', { width: 3840, height: 2160 }, ''],
  ['exhibit', { width: 1920, height: 1080 }, '&mode=exhibit'],
] as const)('labels drawn at %s', (name, viewport, mode) => {
  it.each(['zh', 'en'] as const)(
    'name every place the text names, and never overlap (%s)',
    async (lang) => {
      const { page } = await pages.open(`${site.url}?lang=${lang}${mode}`, { viewport });
      for (const [step, ids] of Object.entries(NAMED)) {
        if (mode) await page.goto(`${site.url}?lang=${lang}${mode}&at=${step}#${step}`);
        else await page.evaluate((id) => (location.hash = `#${id}`), step);
        if (mode) {
          // The exhibition screen has no scrolled steps: it shows the step of its address.
          await waitForScene(page, step);
        } else await settle(page, step);
        await expect
          .poll(async () => (await drawnLabels(page)).map((l) => l.id), { timeout: 5000 })
          .toEqual(expect.arrayContaining(ids));
        const labels = await drawnLabels(page);
        for (const [i, a] of labels.entries()) {
          for (const b of labels.slice(i + 1)) {
            const overlap =
              a.r[0]! < b.r[2]! - 1 &&
              b.r[0]! < a.r[2]! - 1 &&
              a.r[1]! < b.r[3]! - 1 &&
              b.r[1]! < a.r[3]! - 1;
            expect(overlap, `${name} ${lang} ${step}: ${a.text} / ${b.text}`).toBe(false);
          }
        }
      }
    },
  );
});
