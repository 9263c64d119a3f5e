// Chart plans for every chart step of the story: each figure is placed once, in a layout that
// suits it, and every layout stays inside its panel and the chart at phone and desktop sizes.
import { describe, expect, it } from 'vitest';
import {
  chartPlanFor,
  unitGroupInputs,
  type ChartPlan,
  type UnitsPanel,
} from '../../src/charts/chartPlan.ts';
import { layoutFundingSquares } from '../../src/charts/fundingSquares.ts';
import { contains, overlaps } from '../../src/charts/marks.ts';
import { panelRects } from '../../src/charts/panels.ts';
import { layoutUnits } from '../../src/charts/unitGrid.ts';
import { blockKeyText, unitKeyText } from '../../src/charts/unitKey.ts';
import { chartKeyLines } from '../../src/charts/chartKey.ts';
import { loadContent } from '../../src/content/loadContent.ts';
import { sceneForStep, storySteps, type ChartScene } from '../../src/story/scene.ts';

const content = loadContent('data');
const chartScenes = storySteps(content)
  .map((s) => sceneForStep(content, s.id))
  .filter((s): s is ChartScene => s.graphic === 'chart');
const planOf = (stepId: string) =>
  chartPlanFor(chartScenes.find((s) => s.stepId === stepId) as ChartScene);
const unitsOf = (plan: ChartPlan) => plan.panels.find((p) => p.kind === 'units') as UnitsPanel;
const placement = (plan: ChartPlan, id: string) => plan.placements.find((p) => p.figureId === id);
const SIZES = [
  { width: 358, height: 400 },
  { width: 880, height: 700 },
];

describe('chartPlanFor', () => {
  it('covers the story: there are chart steps of every kind', () => {
    expect(new Set(chartScenes.map((s) => s.chart))).toEqual(
      new Set(['funding', 'outlets', 'people', 'alar']),
    );
  });

  it.each(chartScenes.map((s) => [s.stepId, s] as const))(
    'places each figure once (%s)',
    (_, scene) => {
      const plan = chartPlanFor(scene);
      expect(plan.placements.map((p) => p.figureId).sort()).toEqual(
        scene.figures.map((f) => f.id).sort(),
      );
      for (const p of plan.placements) {
        const f = scene.figures.find((x) => x.id === p.figureId)!;
        if (f.unit === 'yuan') expect(p.as).toBe('square');
        if (f.unit === 'tonnes' || f.unit === 'percent') expect(p.as).toBe('bar');
        if (p.as === 'note') expect(plan.notes).toContain(p.figureId);
        else expect(plan.panels.some((panel) => panel.key === p.panel)).toBe(true);
      }
      // Plans are data: they survive a trip through JSON unchanged.
      expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
    },
  );

  it.each(chartScenes.map((s) => [s.stepId, s] as const))(
    'draws ceil(value / perUnit) units per figure, at most 2,000 in all (%s)',
    (_, scene) => {
      const plan = chartPlanFor(scene);
      const panel = unitsOf(plan);
      if (!panel) return;
      const { units } = layoutUnits(unitGroupInputs(panel, 'en'), { width: 880, height: 700 });
      expect(units.length).toBeLessThanOrEqual(2000);
      for (const p of plan.placements.filter((x) => x.as === 'units' || x.as === 'threshold')) {
        const f = scene.figures.find((x) => x.id === p.figureId)!;
        const threshold = panel.thresholds.find((t) => t.figureId === f.id);
        if (p.as === 'units') {
          const expected = Math.ceil(f.value / p.perUnit!);
          expect(units.filter((u) => u.figureId === f.id)).toHaveLength(expected);
        } else if (f.unit === 'cities') {
          expect(threshold?.blocks).toBe(f.value);
        } else {
          expect(threshold?.units).toBe(Math.ceil(f.value / p.perUnit!));
        }
      }
    },
  );

  it('counts people ten to a square, stores and projects one to a square', () => {
    // …except where a step compares with the 30,000 jobs: then a hundred to a square, for all.
    for (const scene of chartScenes.filter((s) => s.chart === 'people')) {
      const expected = scene.figures.some((f) => f.id === 'ecommerce-jobs') ? 100 : 10;
      const counts = scene.figures.filter((x) => x.unit === 'people' || x.unit === 'person-times');
      for (const f of counts) {
        expect(placement(chartPlanFor(scene), f.id)?.perUnit, `${scene.stepId} ${f.id}`).toBe(
          expected,
        );
      }
    }
    const buses = planOf('alar-buses-bikes');
    expect(placement(buses, 'alar-buses')?.perUnit).toBe(1);
    expect(placement(buses, 'alar-shared-ebikes')?.perUnit).toBe(10);
    expect(placement(planOf('alar-projects'), 'alar-projects-plan-2021')?.perUnit).toBe(1);
    expect(placement(planOf('outlets-1288-stores'), 'outlets-stores-june-2021')?.perUnit).toBe(1);
    expect(placement(planOf('outlets-online-shops'), 'online-shops')?.perUnit).toBe(1);
  });

  it('writes the unit key in both languages', () => {
    const [key] = unitsOf(planOf('people-teachers-paired')).keys;
    expect(unitKeyText(key!, 'en', content.units, content.ui)).toBe('each square = 10 people');
    // Counts under ten are spelled out; 10 stays in digits, so a key never mixes 十 and 100.
    expect(unitKeyText(key!, 'zh', content.units, content.ui)).toBe('每格代表10人');
    const bikes = unitsOf(planOf('alar-buses-bikes')).keys;
    expect(bikes.map((k) => unitKeyText(k, 'en', content.units, content.ui))).toEqual([
      'each square = 1 vehicle',
      'each square = 10 vehicles',
    ]);
    const stores = unitsOf(planOf('outlets-hundred-cities')).keys[0]!;
    expect(blockKeyText(stores, 'en', content.units, content.ui)).toBe('blocks of 10 stores');
  });

  it('grows the store network as one series, so units keep their keys from step to step', () => {
    const steps = ['outlets-ten-cities', 'outlets-hundred-cities', 'outlets-1288-stores'];
    const layouts = steps.map((id) =>
      layoutUnits(unitGroupInputs(unitsOf(planOf(id)), 'zh'), { width: 358, height: 400 }),
    );
    const keys = layouts.map((l) => new Set(l.units.map((u) => u.key)));
    expect(keys.map((k) => k.size)).toEqual([100, 1000, 1288]);
    expect([...keys[0]!].every((k) => keys[1]!.has(k))).toBe(true);
    expect([...keys[1]!].every((k) => keys[2]!.has(k))).toBe(true);
    // Blocks of ten stores: the first ten blocks hold the same stores in every step.
    expect(layouts.map((l) => l.groups.length)).toEqual([10, 100, 129]);
    const blockOf = (i: number, key: string) =>
      layouts[i]!.units.find((u) => u.key === key)?.groupKey;
    for (const key of ['stores:0', 'stores:57', 'stores:99']) {
      expect(blockOf(1, key)).toBe(blockOf(0, key));
      expect(blockOf(2, key)).toBe(blockOf(1, key));
    }
  });

  it('shows the targets reached as thresholds within the stores actually opened', () => {
    const plan = planOf('outlets-1288-stores');
    const panel = unitsOf(plan);
    expect(panel.groups.every((g) => g.figureId === 'outlets-stores-june-2021')).toBe(true);
    expect(panel.groups.every((g) => g.qualifier === 'exact')).toBe(true);
    expect(panel.thresholds.map((t) => [t.figureId, t.units, t.planned])).toEqual([
      ['outlets-original-stores', 100, true],
      ['outlets-upgraded-stores', 1000, true],
    ]);
    expect(panel.keys[0]?.blocks).toMatchObject({ meaning: 'tens', perBlock: 10 });
    const hundred = unitsOf(planOf('outlets-hundred-cities'));
    // The hundred cities and thousand stores are the programme's name, drawn as such.
    expect(hundred.groups.every((g) => g.qualifier === 'named')).toBe(true);
    // The cities of a name are told in the key, never drawn: blocks of "one city" would show a
    // spread of stores over cities that the report does not give.
    const named = planOf('outlets-hundred-cities');
    expect(named.notes).toEqual(['outlets-original-cities', 'outlets-upgraded-cities']);
    expect(hundred.groups.some((g) => g.figureId.endsWith('-cities'))).toBe(false);
    expect(placement(planOf('outlets-ten-cities'), 'outlets-original-cities')?.as).toBe('note');
    const key = chartKeyLines(
      sceneForStep(content, 'outlets-hundred-cities') as ChartScene,
      named,
      'en',
      content.units,
      content.ui,
      { width: 358, height: 400 },
    );
    expect(key).toContain('“100”: cities in the name “A Hundred Cities, a Thousand Stores”');
  });

  it('flags lower bounds and plans on the marks', () => {
    const shops = layoutUnits(unitGroupInputs(unitsOf(planOf('outlets-online-shops')), 'en'), {
      width: 358,
      height: 200,
    });
    expect(shops.groups.find((g) => g.figureId === 'online-shops')?.openEnd).toBe(true);
    const cadres = layoutUnits(unitGroupInputs(unitsOf(planOf('rural-cadre-training')), 'en'), {
      width: 358,
      height: 400,
    });
    const planUnits = cadres.units.filter((u) => u.figureId === 'cadre-training-plan-2021');
    expect(planUnits).toHaveLength(200);
    expect(planUnits.every((u) => u.planned && !u.lowerBound)).toBe(true);
    expect(
      cadres.units.filter((u) => u.figureId === 'cadre-training-batches').every((u) => !u.planned),
    ).toBe(true);
    const projects = layoutUnits(unitGroupInputs(unitsOf(planOf('alar-projects')), 'en'), {
      width: 358,
      height: 400,
    });
    const planned = projects.groups.filter((g) => g.planned).map((g) => g.figureId);
    expect(planned).toEqual(['alar-projects-plan-2021']);
  });

  it('zooms the funding chart onto the highlighted money figure', () => {
    const squares = planOf('rural-insurance-futures').panels.find((p) => p.kind === 'squares');
    expect(squares).toMatchObject({ focusId: 'insurance-futures-subsidy' });
    const sales = planOf('outlets-sales-since-2020');
    expect(sales.panels.map((p) => p.kind)).toEqual(['squares', 'bars']);
  });

  describe.each(SIZES)('at $width × $height', (size) => {
    const view = { x: 0, y: 0, ...size };
    it.each(chartScenes.map((s) => [s.stepId, s] as const))(
      'keeps every mark inside its panel and the chart, none overlapping (%s)',
      (_, scene) => {
        const plan = chartPlanFor(scene);
        const rects = panelRects(plan, size);
        const panels = Object.values(rects);
        panels.forEach((a, i) => {
          expect(contains(view, a)).toBe(true);
          for (const b of panels.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
        });
        for (const lang of ['zh', 'en'] as const) {
          for (const panel of plan.panels) {
            const rect = rects[panel.key]!;
            const local = { x: 0, y: 0, width: rect.width, height: rect.height };
            if (panel.kind === 'units') {
              const layout = layoutUnits(unitGroupInputs(panel, lang), rect);
              expect(layout.fits).toBe(true);
              const boxes = layout.units.map((u) => ({
                x: u.x,
                y: u.y,
                width: u.size,
                height: u.size,
              }));
              for (const b of boxes) expect(contains(local, b)).toBe(true);
              const cells = new Set(boxes.map((b) => `${b.x},${b.y}`));
              expect(cells.size).toBe(boxes.length);
              const blocks = layout.groups;
              blocks.forEach((a, i) => {
                for (const b of blocks.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
              });
            }
            if (panel.kind === 'squares') {
              const figures = scene.figures.filter((f) => panel.figureIds.includes(f.id));
              const { labelPositions } = layoutFundingSquares(figures, rect, panel.focusId);
              labelPositions.forEach((a, i) => {
                expect(contains(local, a)).toBe(true);
                for (const b of labelPositions.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
              });
            }
          }
        }
      },
    );
  });
});
