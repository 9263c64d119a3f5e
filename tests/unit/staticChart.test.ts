// The chart pictures for readers without JavaScript (and for print) are the live charts' layouts
// in their end state: well-formed SVG, every drawn figure's number on it as on the live chart,
// the same squares, outlines and insets, and the key's lines.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectMaps, readMapData } from '../../src/build/projectedMaps.ts';
import { storyBundle } from '../../src/build/storyBundle.ts';
import { chartKeyLines } from '../../src/charts/chartKey.ts';
import { chartPlanFor } from '../../src/charts/chartPlan.ts';
import type { ChartStrings } from '../../src/components/charts/chart-strings.ts';
import { loadContent } from '../../src/content/loadContent.ts';
import { staticSceneSvg, type StaticContext } from '../../src/static/staticScene.ts';
import { esc } from '../../src/static/svgText.ts';
import { sceneForStep, storySteps, type ChartScene } from '../../src/story/scene.ts';
import { figureOnMark } from '../../src/format/figureFormat.ts';

const content = loadContent('data');
const bundle = storyBundle(content);
const ctx: StaticContext = {
  units: content.units,
  mapStrings: bundle.mapStrings,
  chartStrings: bundle.chartStrings as ChartStrings,
  maps: projectMaps(readMapData('data'), content),
  tokensCss: readFileSync('src/styles/tokens.css', 'utf8'),
};
const scenes = storySteps(content)
  .map((s) => sceneForStep(content, s.id))
  .filter((s): s is ChartScene => s.graphic === 'chart' && s.stepId !== 'people-platforms');

describe.each(['zh', 'en'] as const)('static chart pictures (%s)', (lang) => {
  it.each(scenes.map((s) => [s.stepId, s] as const))('match the live chart (%s)', (_, scene) => {
    const svg = staticSceneSvg(scene, lang, ctx);
    // Well-formed enough for an <img>: no tag repeats an attribute (a browser refuses the file).
    for (const [tag] of svg.matchAll(/<[a-zA-Z][^>]*>/g)) {
      const names = [...tag.matchAll(/\s([a-zA-Z:-]+)=/g)].map((m) => m[1]);
      expect(new Set(names).size, tag.slice(0, 80)).toBe(names.length);
    }
    const plan = chartPlanFor(scene);
    for (const p of plan.placements.filter((x) => x.as !== 'note')) {
      const f = scene.figures.find((x) => x.id === p.figureId)!;
      expect(svg, f.id).toContain(esc(figureOnMark(f, lang, ctx.units)));
    }
    for (const line of chartKeyLines(scene, plan, lang, ctx.units, ctx.chartStrings))
      expect(svg).toContain(esc(line));
    const outlines = (svg.match(/class="outline"/g) ?? []).length;
    const named = plan.panels.flatMap((x) => (x.kind === 'units' ? x.thresholds : [])).length;
    expect(outlines).toBe(named);
  });
});
