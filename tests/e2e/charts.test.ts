// Every chart step of the built story, at phone and desktop sizes, in both languages: the chart
// of the step's kind draws marks for its figures, with a key, a description and a data table,
// and nothing spills sideways. Screenshots of each land in test-results/ for people to look at.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { loadContent } from '../../src/content/loadContent.ts';
import { allScenes } from '../../src/story/scene.ts';
import { VIEWPORTS, type ViewportName } from './harness.ts';
import { waitForGraphicRest } from './graphicRest.ts';
import { settle, useBuiltSite } from './pageHelpers.ts';

const chartSteps = Object.values(allScenes(loadContent('data'))).flatMap((s) =>
  s.graphic === 'chart' ? [{ id: s.stepId, chart: s.chart, figures: s.figures.length }] : [],
);

const site = useBuiltSite();
const pages = site.pages;

function chartState(page: Page) {
  return page.evaluate(() => {
    const graphic = document.querySelector('aksu-graphic')?.shadowRoot;
    const chart = graphic?.querySelector(
      'aksu-funding-plot, aksu-outlets-plot, aksu-people-plot, aksu-alar-plot',
    );
    const root = chart?.shadowRoot;
    const svg = root?.querySelector('svg.marks');
    // The unit squares are painted on a canvas; the chart says where.
    const units = (chart as (Element & { drawnUnits: DOMRect[] }) | null)?.drawnUnits ?? [];
    const plotLeft = root?.querySelector('.plot')?.getBoundingClientRect().left ?? 0;
    // Squares under the funding zoom run off on purpose (clipped); everything else must fit.
    const fitted = root?.querySelectorAll('rect.bar, text, line.threshold') ?? [];
    const right = Math.max(
      0,
      ...[...fitted].map((n) => n.getBoundingClientRect().right),
      ...units.map((u) => plotLeft + u.x + u.width),
    );
    return {
      tag: chart?.tagName.toLowerCase() ?? null,
      marks:
        units.length +
        (root?.querySelectorAll('rect.square, rect.bar, rect.outline, text.stat, rect.share-fill')
          .length ?? 0),
      tableRows: root?.querySelectorAll('.data tbody tr').length ?? 0,
      key: root?.querySelector('.key')?.textContent?.trim() ?? '',
      label: svg?.getAttribute('aria-label') ?? '',
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      rightmost: right,
      viewport: window.innerWidth,
    };
  });
}

describe.each(Object.keys(VIEWPORTS) as ViewportName[])('%s', (viewport) => {
  it.each(['zh', 'en'] as const)('draws every chart step (%s)', async (lang) => {
    const { page } = await pages.open(`${site.url}?lang=${lang}`, {
      viewport: VIEWPORTS[viewport],
    });
    for (const step of chartSteps) {
      await page.evaluate((id) => (location.hash = `#${id}`), step.id);
      await settle(page, step.id);
      await expect
        .poll(async () => (await chartState(page)).marks, { timeout: 5000 })
        .toBeGreaterThan(0);
      const state = await chartState(page);
      expect(state.tag, step.id).toBe(`aksu-${step.chart}-plot`);
      expect(state.tableRows, step.id).toBe(step.figures);
      expect(state.key.length, step.id).toBeGreaterThan(0);
      expect(state.label.length, step.id).toBeGreaterThan(0);
      expect(state.overflow, `${step.id}: sideways scroll`).toBeLessThanOrEqual(0);
      expect(state.rightmost, `${step.id}: marks past the screen's edge`).toBeLessThanOrEqual(
        state.viewport + 1,
      );
      if (
        [
          'rural-insurance-futures',
          'outlets-1288-stores',
          'people-platforms',
          'alar-projects',
        ].includes(step.id)
      ) {
        await waitForGraphicRest(page, step.id); // the morph's end, for a screenshot
        await page.screenshot({
          path: `test-results/screenshots/e2e-chart-${step.id}-${viewport}-${lang}.png`,
        });
      }
    }
  });
});
