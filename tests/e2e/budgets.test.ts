// The byte budgets, checked on every build (they are deterministic, unlike timings, which
// `npm run bench` reports): the story page's initial JavaScript, its map data, its whole first
// view, and one chart's embed, all gzipped.
import { describe, expect, it } from 'vitest';
import { BUDGETS_KB, chartEmbedKb, storyPageBytes } from '../../scripts/bundleBytes.ts';

describe('byte budgets (gzipped)', () => {
  const bytes = storyPageBytes('dist');
  it(`initial JavaScript ≤ ${BUDGETS_KB.initialJs} KB`, () => {
    expect(bytes.initialJsKb).toBeGreaterThan(5);
    expect(bytes.initialJsKb).toBeLessThanOrEqual(BUDGETS_KB.initialJs);
  });
  it(`all map data ≤ ${BUDGETS_KB.mapData} KB`, () => {
    expect(bytes.mapDataKb).toBeGreaterThan(10);
    expect(bytes.mapDataKb).toBeLessThanOrEqual(BUDGETS_KB.mapData);
  });
  it(`the whole first view ≤ ${BUDGETS_KB.firstView} KB`, () => {
    expect(bytes.firstViewKb).toBeGreaterThan(bytes.initialJsKb + bytes.mapDataKb);
    expect(bytes.firstViewKb).toBeLessThanOrEqual(BUDGETS_KB.firstView);
  });
});

describe('embed budget (gzipped)', () => {
  it.each(['funding', 'outlets', 'people', 'alar'] as const)(
    `one %s chart embed, with its data, ≤ ${BUDGETS_KB.chartEmbed} KB`,
    (chart) => {
      const kb = chartEmbedKb('dist', chart);
      expect(kb).toBeGreaterThan(20);
      expect(kb).toBeLessThanOrEqual(BUDGETS_KB.chartEmbed);
    },
  );
});
