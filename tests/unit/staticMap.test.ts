// The map pictures for readers without JavaScript (and for print): drawn from the same projected
// map files as the live map, path for path, showing the places the step is about and leaving out
// what lies outside the view.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectMaps, readMapData } from '../../src/build/projectedMaps.ts';
import { storyBundle } from '../../src/build/storyBundle.ts';
import { loadContent } from '../../src/content/loadContent.ts';
import type { ChartStrings } from '../../src/components/charts/chart-strings.ts';
import { compactPathPoints } from '../../src/maps/projectedMap.ts';
import { staticSceneSvg, type StaticContext } from '../../src/static/staticScene.ts';
import { sceneForStep } from '../../src/story/scene.ts';

const content = loadContent('data');
const maps = projectMaps(readMapData('data'), content);
const bundle = storyBundle(content);
const ctx: StaticContext = {
  units: content.units,
  mapStrings: bundle.mapStrings,
  chartStrings: bundle.chartStrings as ChartStrings,
  maps,
  tokensCss: readFileSync('src/styles/tokens.css', 'utf8'),
};
const picture = (stepId: string) => staticSceneSvg(sceneForStep(content, stepId), 'en', ctx);
const placePaths = (svg: string) =>
  new Map(
    [
      ...svg.matchAll(
        /<path class="(?:county|alar-shape|province|aksu-outline)[^"]*" d="([^"]+)"/g,
      ),
    ].map((m) => [m[1] as string, compactPathPoints(m[1] as string)]),
  );

describe('static map pictures', () => {
  it('draw every place exactly as the map file has it', () => {
    const svg = picture('alar-cadres');
    const alar = maps.geo.alar.find((p) => p.id === 'alar')!;
    expect(svg).toContain(`d="${alar.d}"`);
    for (const [d, points] of placePaths(svg)) {
      expect(points.length, d.slice(0, 40)).toBeGreaterThan(2);
      for (const [x, y] of points) {
        expect(Number.isFinite(x) && Number.isFinite(y), d.slice(0, 40)).toBe(true);
      }
    }
  });

  it('keep the places in the close-up and leave out the provinces far from it', () => {
    const svg = picture('alar-cadres');
    const drawn = (id: string, list: readonly { id: string; d: string }[]) =>
      svg.includes(`d="${list.find((p) => p.id === id)!.d}"`);
    expect(drawn('alar', maps.geo.alar)).toBe(true);
    expect(drawn('awat', maps.geo.counties)).toBe(true);
    expect(drawn('zhejiang', maps.geo.provinces)).toBe(false);
    expect(drawn('hainan', maps.geo.provinces)).toBe(false);
    // The whole of China is drawn only where China is shown.
    expect(placePaths(picture('cover')).size).toBeGreaterThan(placePaths(svg).size);
  });
});
