// Chart plans and layouts for every chart step of the story, read as a graphics editor would:
// each figure is placed once; one items-per-square for the whole step; a unit panel never mixes
// units; shares stand against their whole; no square sits inside another (none of the story's
// sums is part of another); every drawn figure has its number on its mark, "+" on lower bounds
// and "planned" on plans; marks and labels stay inside the chart without colliding.
import { describe, expect, it } from 'vitest';
import { chartPlanFor, type UnitsPanel } from '../../src/charts/chartPlan.ts';
import { MAX_UNITS_PER_CHART } from '../../src/charts/unitScale.ts';
import {
  contentBox,
  fitScale,
  layoutChart,
  type PanelMarks,
} from '../../src/charts/chartLayout.ts';
import { chartKeyLines } from '../../src/charts/chartKey.ts';
import { loneLine } from '../../src/charts/markLabels.ts';
import { contains, overlaps, type Rect } from '../../src/charts/marks.ts';
import { FUNDING_METRICS } from '../../src/charts/fundingSquares.ts';
import { blockKeyText, unitKeyText } from '../../src/charts/unitKey.ts';
import { loadContent } from '../../src/content/loadContent.ts';
import { figureOnMark } from '../../src/format/figureFormat.ts';
import { sceneForStep, storySteps, type ChartScene } from '../../src/story/scene.ts';

const content = loadContent('data');
const chartScenes = storySteps(content)
  .map((s) => sceneForStep(content, s.id))
  .filter((s): s is ChartScene => s.graphic === 'chart')
  // Another graphic (the notes of the colleges) replaces this step's chart.
  .filter((s) => s.stepId !== 'people-platforms');
const sceneOf = (id: string) => chartScenes.find((s) => s.stepId === id) as ChartScene;
const planOf = (id: string) => chartPlanFor(sceneOf(id));
const unitPanels = (id: string) =>
  planOf(id).panels.filter((p): p is UnitsPanel => p.kind === 'units');
const steps = chartScenes.map((s) => [s.stepId, s] as const);
const LANGS = ['zh', 'en'] as const;
/** Phone (stacked), phone at 320, tablet, desktop, wide, 4K and the exhibition screen's plots. */
const SIZES = [
  { width: 296, height: 330 },
  { width: 358, height: 400 },
  { width: 700, height: 420 },
  { width: 740, height: 260 },
  { width: 880, height: 640 },
  { width: 1180, height: 760 },
  { width: 2300, height: 1500 },
];
const layout = (scene: ChartScene, lang: 'zh' | 'en', size: { width: number; height: number }) =>
  layoutChart(scene, chartPlanFor(scene), lang, content.units, size);
const shift = (r: Rect, p: PanelMarks): Rect => ({ ...r, x: r.x + p.rect.x, y: r.y + p.rect.y });

describe('chart plans', () => {
  it('covers the story: there are chart steps of every kind', () => {
    expect(new Set(chartScenes.map((s) => s.chart))).toEqual(
      new Set(['funding', 'outlets', 'people', 'alar']),
    );
  });

  it.each(steps)('places each figure once, in a panel that suits it (%s)', (_, scene) => {
    const plan = chartPlanFor(scene);
    expect(plan.placements.map((p) => p.figureId).sort()).toEqual(
      scene.figures.map((f) => f.id).sort(),
    );
    const money = scene.figures.filter((f) => f.unit === 'yuan');
    for (const p of plan.placements) {
      const f = scene.figures.find((x) => x.id === p.figureId)!;
      if (f.unit === 'yuan') expect(p.as).toBe(money.length > 1 ? 'square' : 'stat');
      if (f.unit === 'percent') expect(p.as).toBe('share');
      if (p.as === 'note') expect(plan.notes).toContain(p.figureId);
      else expect(plan.panels.some((panel) => panel.key === p.panel)).toBe(true);
    }
    // Plans are data: they survive a trip through JSON unchanged.
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });

  it.each(steps)('counts one items-per-square for the whole step (%s)', (_, scene) => {
    const plan = chartPlanFor(scene);
    const perUnits = new Set(
      plan.placements.filter((p) => p.as === 'units' || p.as === 'threshold').map((p) => p.perUnit),
    );
    expect(perUnits.size).toBeLessThanOrEqual(1);
    for (const panel of plan.panels.filter((p) => p.kind === 'units')) {
      for (const g of panel.groups) expect(g.perUnit).toBe(plan.perUnit);
      for (const k of panel.keys) expect(k.perUnit).toBe(plan.perUnit);
    }
    // 1 to a square unless that needs more than 1,500 squares; then ×10 for every group.
    if (plan.perUnit !== null) {
      const counted = plan.placements.filter((p) => p.as === 'units');
      const squares = (per: number) =>
        counted.reduce(
          (n, p) => n + Math.ceil(scene.figures.find((f) => f.id === p.figureId)!.value / per),
          0,
        );
      expect(squares(plan.perUnit)).toBeLessThanOrEqual(MAX_UNITS_PER_CHART);
      if (plan.perUnit > 1) expect(squares(plan.perUnit / 10)).toBeGreaterThan(MAX_UNITS_PER_CHART);
    }
  });

  it.each(steps)(
    'never mixes units in one unit panel, and says so when panels differ (%s)',
    (_, scene) => {
      const plan = chartPlanFor(scene);
      const panels = plan.panels.filter((p) => p.kind === 'units');
      for (const panel of panels) {
        const unitsIn = new Set(
          plan.placements
            .filter((p) => p.panel === panel.key)
            .map((p) => scene.figures.find((f) => f.id === p.figureId)!.unit),
        );
        expect([...unitsIn]).toEqual([panel.unit]);
      }
      expect(new Set(panels.map((p) => p.unit)).size).toBe(panels.length);
      const key = chartKeyLines(scene, plan, 'en', content.units, content.ui);
      const differ = key.some((l) => l.includes('in different units'));
      expect(differ).toBe(panels.length > 1);
    },
  );

  it('explains squares only where a step draws some, and the blocks a name’s outline is made of', () => {
    for (const [id, scene] of steps) {
      const plan = chartPlanFor(scene);
      const key = chartKeyLines(scene, plan, 'en', content.units, content.ui);
      const drawsUnits = plan.panels.some(
        (p) => p.kind === 'units' && p.groups.some((g) => g.count > 0),
      );
      expect(
        key.some((l) => l.startsWith('each square')),
        id,
      ).toBe(drawsUnits);
    }
    // The name's 100 stores are an outline round an empty block: no square, but a block to explain.
    const tenCities = chartKeyLines(
      sceneOf('outlets-ten-cities'),
      planOf('outlets-ten-cities'),
      'en',
      content.units,
      content.ui,
    );
    expect(tenCities.join(' | ')).not.toMatch(/square/);
    expect(tenCities).toContain('blocks of 100 stores');
    expect(tenCities.join(' | ')).toMatch(/dashed/);
  });

  it('sets a big number under the marks where beside them it would leave the marks a strip', () => {
    const scene = sceneOf('outlets-sales-since-2020');
    // A desktop panel, wider than tall: the squares take most of its height, the tonnes under them.
    const desktop = layout(scene, 'en', { width: 880, height: 640 });
    const squares = desktop.find((m) => m.kind === 'squares')!;
    const stat = desktop.find((m) => m.kind === 'stat')!;
    expect(squares.rect.height).toBeGreaterThan(0.75 * 640);
    expect(stat.rect.y).toBeGreaterThanOrEqual(squares.rect.y + squares.rect.height);
    // A letterbox strip: beside them is still the better place.
    const strip = layout(scene, 'en', { width: 740, height: 260 });
    const beside = strip.find((m) => m.kind === 'stat')!;
    expect(beside.rect.x).toBeGreaterThan(strip.find((m) => m.kind === 'squares')!.rect.x);
    expect(beside.rect.y).toBeLessThan(260 / 2);
  });

  it('draws the buses and the e-bikes both one to a square', () => {
    const plan = planOf('alar-buses-bikes');
    expect(plan.perUnit).toBe(1);
    const panel = unitPanels('alar-buses-bikes')[0]!;
    expect(panel.groups.map((g) => [g.figureId, g.count, g.perUnit])).toEqual([
      ['alar-buses', 16, 1],
      ['alar-shared-ebikes', 500, 1],
    ]);
  });

  it('tells the cadre groups as a number and draws the planned training as units', () => {
    const plan = planOf('rural-cadre-training');
    expect(plan.placements.find((p) => p.figureId === 'cadre-training-batches')?.as).toBe('stat');
    const [panel] = unitPanels('rural-cadre-training');
    expect(panel?.unit).toBe('person-times');
    expect(panel?.groups.map((g) => g.figureId)).toEqual(['cadre-training-plan-2021']);
  });

  it('names what a square is where the unit’s word alone does not (每格代表1个项目)', () => {
    const plan = planOf('alar-projects');
    const key = chartKeyLines(sceneOf('alar-projects'), plan, 'zh', content.units, content.ui);
    expect(key).toContain('每格代表1个项目');
  });

  it('draws Alar’s projects in reserve hollow, as not done, and says so in the key', () => {
    const plan = planOf('alar-projects');
    const groups = plan.panels.flatMap((p) => (p.kind === 'units' ? p.groups : []));
    const q = (id: string) => groups.find((g) => g.figureId === id)?.qualifier;
    expect(q('alar-reserve-projects')).toBe('planned');
    expect(q('alar-projects-so-far')).toBe('exact');
    const key = chartKeyLines(sceneOf('alar-projects'), plan, 'en', content.units, content.ui);
    expect(key).toContain(content.ui.legendPending.en);
    // Its number is the report's, not called a plan.
    const reserve = sceneOf('alar-projects').figures.find((f) => f.id === 'alar-reserve-projects');
    expect(figureOnMark(reserve!, 'en', content.units)).toBe('72 projects');
  });

  it('draws the medical training as three panels, one unit each, without the alliance members', () => {
    const panels = unitPanels('people-medical-training');
    expect(panels.map((p) => p.unit).sort()).toEqual(['person-times', 'sessions', 'times']);
    expect(sceneOf('people-medical-training').figures.map((f) => f.id)).not.toContain(
      'specialist-alliance-members',
    );
    expect(planOf('people-medical-training').unitsDiffer).toBe(true);
    // One key line says what a square is in each group, in the groups' order, not three lines
    // that squeeze a phone's squares small.
    const scene = sceneOf('people-medical-training');
    const plan = planOf('people-medical-training');
    const key = (lang: 'zh' | 'en') => chartKeyLines(scene, plan, lang, content.units, content.ui);
    const order = plan.panels.flatMap((p) => (p.kind === 'units' ? [p.unit] : []));
    const en = {
      sessions: '1 session',
      'person-times': '1 person-time',
      times: '1 surgical teaching session',
    };
    const each = order.map((u) => en[u as keyof typeof en]).join(' / ');
    expect(key('en').filter((l) => l.startsWith('each square'))).toEqual([`each square = ${each}`]);
    expect(key('en')).toContain(
      'the groups are in different units and cannot be added or compared',
    );
    expect(key('zh').filter((l) => l.startsWith('每格代表'))).toHaveLength(1);
  });

  it('draws stores in blocks of a hundred, the names as outlines, not as stores', () => {
    for (const id of ['outlets-ten-cities', 'outlets-hundred-cities', 'outlets-1288-stores']) {
      const [panel] = unitPanels(id);
      expect(panel?.blockShape).toEqual({ columns: 10, perBlock: 100 });
      const named = sceneOf(id).figures.filter(
        (f) => f.qualifier === 'named' && f.unit === 'stores',
      );
      expect(panel?.thresholds.map((t) => t.figureId).sort()).toEqual(
        named.map((f) => f.id).sort(),
      );
      // No square is a store of a name.
      expect(panel?.groups.filter((g) => g.count > 0).every((g) => g.qualifier !== 'named')).toBe(
        true,
      );
    }
    const key = unitPanels('outlets-1288-stores')[0]!.keys[0]!;
    expect(blockKeyText(key, 'en', content.units, content.ui)).toBe('blocks of 100 stores');
    expect(unitKeyText(key, 'zh', content.units, content.ui)).toBe('每格代表1家');
  });

  it('keeps the store keys from step to step, so the same marks grow', () => {
    const keys = ['outlets-hundred-cities', 'outlets-1288-stores'].map(
      (id) =>
        new Set(
          (
            layout(sceneOf(id), 'zh', SIZES[3]!)[0] as Extract<PanelMarks, { kind: 'units' }>
          ).layout.units.map((u) => u.key),
        ),
    );
    expect(keys[1]!.size).toBe(1288);
    // The outlined steps have no stores; the 1,288 step counts them from stores:0.
    expect(keys[0]!.size).toBe(0);
    expect(keys[1]!.has('stores:0') && keys[1]!.has('stores:1287')).toBe(true);
  });

  it('shows the insurance subsidy beside the e-commerce park, for scale', () => {
    const scene = sceneOf('rural-insurance-futures');
    expect(scene.figures.map((f) => f.id).sort()).toEqual([
      'ecommerce-park-funds',
      'insurance-futures-subsidy',
    ]);
    const [panel] = layout(scene, 'en', SIZES[1]!);
    if (panel?.kind !== 'squares') throw new Error('squares expected');
    const [park, subsidy] = panel.layout.squares;
    expect((subsidy!.side / park!.side) ** 2 * 133).toBeCloseTo(1, 1);
  });
});

describe.each(SIZES)('chart layouts at $width × $height', (size) => {
  it.each(steps)('keeps marks and labels inside the chart, apart, numbered (%s)', (_, scene) => {
    for (const lang of LANGS) {
      const marks = layout(scene, lang, size);
      const box = contentBox(marks);
      // Marks larger than the plot are shrunk as a whole to fit, never by more than a quarter
      // (text stays at 9 px or more).
      const fit = fitScale(box, size);
      expect(fit, `${lang} content ${JSON.stringify(box)}`).toBeGreaterThanOrEqual(0.75);
      const scaledView = { x: 0, y: 0, width: size.width / fit, height: size.height / fit };
      // The marks span the plot: centred, they leave no empty band over a fifth of its height
      // above or below them, unless they are as wide as the plot (squares on one baseline are
      // bound by the width).
      const band = (size.height - box.height) / 2;
      expect(
        band <= size.height / 5 + 1 || box.width >= size.width * 0.8,
        `${lang} band ${band} of ${size.height}, width ${box.width}`,
      ).toBe(true);
      const labels = marks.flatMap((p) => p.labels.map((l) => ({ ...shift(l, p), l, p })));
      const markRects = marks.flatMap((p) => panelMarkRects(p).map((r) => ({ r: shift(r, p), p })));
      labels.forEach((a, i) => {
        expect(contains(scaledView, a, 1), `${lang} ${a.l.key} inside`).toBe(true);
        for (const b of labels.slice(i + 1))
          expect(overlaps(a, b), `${lang} ${a.l.key} × ${b.l.key}`).toBe(false);
        // A label on the mark's own fill is the exception: the big square carries its own.
        if (!a.l.inside) {
          for (const m of markRects)
            expect(overlaps(a, m.r), `${lang} ${a.l.key} over a mark`).toBe(false);
        }
        for (const line of a.l.lines.length > 1 ? a.l.lines : [])
          expect(loneLine(line), `${lang} "${line}"`).toBe(false);
      });
      // Leaders cross no other label.
      for (const a of labels.filter((x) => x.l.leader)) {
        const l = a.l.leader!;
        const seg = {
          x: Math.min(l.x1, l.x2) + a.p.rect.x - 0.5,
          y: Math.min(l.y1, l.y2) + a.p.rect.y,
          width: Math.abs(l.x2 - l.x1) + 1,
          height: Math.abs(l.y2 - l.y1) - 1,
        };
        for (const b of labels.filter((x) => x !== a))
          expect(overlaps(seg, b), `${lang} leader ${a.l.key} crosses ${b.l.key}`).toBe(false);
      }
      // Every drawn figure has its number on its mark, with "+" on lower bounds and "planned"/计划
      // on plans.
      const drawn = chartPlanFor(scene).placements.filter((p) => p.as !== 'note');
      for (const p of drawn) {
        const f = scene.figures.find((x) => x.id === p.figureId)!;
        const texts = marks.flatMap((m) => [
          ...m.labels.filter((l) => l.figureId === f.id).map((l) => l.amount),
          ...(m.kind === 'stat' && m.stat.figureId === f.id ? [m.stat.text] : []),
        ]);
        expect(texts, `${lang} ${f.id}`).toContain(figureOnMark(f, lang, content.units));
        if (f.qualifier === 'at-least') expect(texts.some((t) => t.includes('+'))).toBe(true);
        if (f.qualifier === 'planned')
          expect(texts.some((t) => t.includes(lang === 'zh' ? '计划' : 'planned'))).toBe(true);
      }
    }
  });

  it.each(steps)('draws no square inside another, and shares against 100%% (%s)', (_, scene) => {
    for (const p of layout(scene, 'en', size)) {
      if (p.kind === 'squares') {
        const squares = p.layout.squares.map((s) => ({
          x: s.x,
          y: s.y,
          width: s.side,
          height: s.side,
        }));
        squares.forEach((a, i) => {
          for (const b of squares.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
        });
        // On one baseline, areas proportional to the amounts.
        const bottoms = new Set(p.layout.squares.map((s) => Math.round(s.y + s.side)));
        expect(bottoms.size).toBe(1);
        const figs = p.layout.squares.map((s) => scene.figures.find((f) => f.id === s.figureId)!);
        const k = p.layout.squares[0]!.side ** 2 / figs[0]!.value;
        // True sizes, a speck too: nothing is drawn enlarged (one held at the minimum side, so
        // it can be seen, is at most that).
        p.layout.squares.forEach((s, i) => {
          if (s.side > FUNDING_METRICS.minSide)
            expect(s.side ** 2 / figs[i]!.value / k).toBeCloseTo(1, 1);
          else expect(s.side ** 2 / figs[i]!.value / k).toBeGreaterThanOrEqual(1);
        });
      }
      if (p.kind === 'share') {
        const f = scene.figures.find((x) => x.id === p.share.figureId)!;
        expect(p.share.fill / p.share.frame.width).toBeCloseTo(f.value / 100, 2);
        expect(p.share.ticks.map((t) => t.text)).toEqual(['0%', '50%', '100%']);
      }
    }
  });
});

/** What a panel draws, as rectangles in its own pixels (labels must keep off these). */
function panelMarkRects(p: PanelMarks): Rect[] {
  if (p.kind === 'units') {
    const blocks = p.layout.groups.filter((g) => g.units > 0);
    return [
      ...blocks,
      ...p.outlines.map((o) => ({ ...o, height: 1 })),
      ...p.outlines.map((o) => ({ ...o, y: o.y + o.height - 1, height: 1 })),
    ];
  }
  if (p.kind === 'squares')
    return p.layout.squares.map((s) => ({ x: s.x, y: s.y, width: s.side, height: s.side }));
  if (p.kind === 'share') return [p.share.frame];
  return [];
}
