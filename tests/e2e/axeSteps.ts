// axe-core in real Chromium, on the built story: no WCAG 2.2 A/AA violations at steps of every
// kind of graphic, in both languages, in the light and dark themes, at one viewport. Each
// viewport has its own test file, so the two run side by side.
import { describe, expect, it } from 'vitest';
import { VIEWPORTS, type ViewportName } from './harness.ts';
import { waitForGraphicRest } from './graphicRest.ts';
import { settle, useBuiltSite } from './pageHelpers.ts';
import { axe } from './axe.ts';

// A map, the pairing map, the unit chart, the money squares, the people chart, Alar.
const STEPS = [
  'cover',
  'frame-pairing-alar',
  'outlets-1288-stores',
  'rural-funds',
  'people-medical-alliance',
  'alar-buses-bikes',
];

export function describeAxeAt(viewport: ViewportName): void {
  const site = useBuiltSite();
  const pages = site.pages;
  describe(viewport, () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const lang of ['zh', 'en'] as const) {
        it(`has no axe violations (${lang}, ${theme})`, async () => {
          const { page } = await pages.open(`${site.url}?lang=${lang}&theme=${theme}`, {
            viewport: VIEWPORTS[viewport],
          });
          const found: string[] = [];
          for (const step of STEPS) {
            await page.goto(`${site.url}?lang=${lang}&theme=${theme}#${step}`);
            await page.waitForFunction(
              (id) => document.querySelector('aksu-graphic')?.getAttribute('data-scene') === id,
              step,
            );
            await settle(page);
            await waitForGraphicRest(page, step); // camera moves and chart morphs end
            for (const v of await axe(page)) found.push(`${step}: ${v}`);
          }
          expect(found).toEqual([]);
        });
      }
    }
  });
}
