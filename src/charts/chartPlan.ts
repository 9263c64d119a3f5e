// Which layout each figure of a chart step uses: money as squares (areas), counts as units (with
// how many items one unit stands for), measures such as tonnes as bars on their own scale.
// Serialisable, so the build can hand it to the browser, and decided from the scene alone.
import type { Bilingual, ChartKind, Lang, Qualifier, Unit } from '../content/schema.ts';
import type { ChartScene, SceneFigure } from '../story/scene.ts';
import { markFlags, type MarkFlags } from './marks.ts';
import type { UnitGroupInput } from './unitGrid.ts';

export interface PlannedUnitGroup {
  key: string;
  figureId: string;
  series: string;
  count: number;
  perUnit: number;
  qualifier: Qualifier;
  label: Bilingual | null;
}

/** A smaller figure of a series, drawn as a mark around its first units (or blocks). */
export interface UnitThreshold extends MarkFlags {
  figureId: string;
  series: string;
  units: number;
  blocks: number | null;
}

/** The unit key: "each square = 10 people", and what a block is when a series is split. */
export interface UnitKey {
  series: string;
  figureId: string;
  unit: Unit;
  perUnit: number;
  blocks: { meaning: 'tens'; figureId: string | null; perBlock: number } | null;
}

interface PanelBase {
  key: string;
  /** Share of the chart the panel gets, relative to the others. */
  weight: number;
}
export interface UnitsPanel extends PanelBase {
  kind: 'units';
  groups: PlannedUnitGroup[];
  thresholds: UnitThreshold[];
  keys: UnitKey[];
}
export interface SquaresPanel extends PanelBase {
  kind: 'squares';
  figureIds: string[];
  focusId: string | null;
}
export interface BarsPanel extends PanelBase {
  kind: 'bars';
  figureIds: string[];
}
export type ChartPanel = UnitsPanel | SquaresPanel | BarsPanel;

export interface FigurePlacement {
  figureId: string;
  panel: string;
  as: 'units' | 'threshold' | 'blocks' | 'square' | 'bar' | 'note';
  perUnit: number | null;
}

export interface ChartPlan {
  stepId: string;
  chart: ChartKind;
  highlight: string | null;
  panels: ChartPanel[];
  placements: FigurePlacement[];
  /**
   * Figures told in the key, not drawn: the cities in a programme's name. Drawing stores in
   * blocks of "one city" would show a spread of stores across cities that the report never gives.
   */
  notes: string[];
}

/** Measures, not counts: a unit chart of tonnes or per cent would mean nothing. */
const BAR_UNITS: ReadonlySet<Unit> = new Set(['tonnes', 'percent', 'years']);

/**
 * Items per unit fixed per chart, so one figure keeps the same number of units in every step
 * and figures of a chart compare square for square: ten people per square in the people chart.
 */
const PER_UNIT: Record<ChartKind, Partial<Record<Unit, number>>> = {
  funding: {},
  outlets: { stores: 1, shops: 1, cities: 1 },
  // Sessions and times (of training, mentoring, surgery) count ten to a square like the people,
  // so the chart compares at a glance; a batch of trainees is one square.
  people: { people: 10, 'person-times': 10, sessions: 10, times: 10, batches: 1 },
  alar: { projects: 1, people: 10 },
};

/** Counts of one growing thing (targets, then the count reached) share one series of units. */
const NESTED: Record<ChartKind, ReadonlySet<Unit>> = {
  funding: new Set(),
  outlets: new Set(['stores']),
  people: new Set(),
  alar: new Set(),
};

/** Otherwise: the smallest power of ten that keeps a figure within this many units. */
const MAX_UNITS_PER_FIGURE = 200;
const BLOCK_OF_TENS = 10;

/** Past this many squares in one step, counts of ten become counts of a hundred (the key says so). */
const MAX_UNITS_PER_CHART = 1500;

export function perUnitFor(chart: ChartKind, figure: SceneFigure, scale = 1): number {
  const fixed = PER_UNIT[chart][figure.unit];
  // Only counts of ten scale up: a batch stays one square.
  if (fixed) return fixed >= 10 ? fixed * scale : fixed;
  let perUnit = 1;
  while (figure.value / perUnit > MAX_UNITS_PER_FIGURE) perUnit *= 10;
  return perUnit;
}

/** The series' drawn figure: the largest; on a tie the one that happened beats the plan. */
function mainOf(series: SceneFigure[]): SceneFigure {
  return [...series].sort(
    (a, b) =>
      b.value - a.value || Number(a.qualifier === 'planned') - Number(b.qualifier === 'planned'),
  )[0] as SceneFigure;
}

/** 10 when the step's counts would need too many squares at their usual scale, else 1. */
function chartScale(chart: ChartKind, counts: readonly SceneFigure[]): number {
  if (NESTED[chart].size) return 1;
  const squares = counts.reduce((n, f) => n + Math.ceil(f.value / perUnitFor(chart, f)), 0);
  return squares > MAX_UNITS_PER_CHART ? 10 : 1;
}

function unitsPanel(chart: ChartKind, counts: SceneFigure[], placements: FigurePlacement[]) {
  const scale = chartScale(chart, counts);
  const panel: UnitsPanel = {
    kind: 'units',
    key: 'units',
    weight: 3,
    groups: [],
    thresholds: [],
    keys: [],
  };
  const place = (f: SceneFigure, as: FigurePlacement['as'], perUnit: number | null) =>
    placements.push({ figureId: f.id, panel: panel.key, as, perUnit });
  const used = new Set<string>();

  for (const unit of new Set(counts.map((f) => f.unit))) {
    if (!NESTED[chart].has(unit)) continue;
    const series = counts.filter((f) => f.unit === unit);
    const main = mainOf(series);
    const perUnit = perUnitFor(chart, main);
    // Blocks of ten units, a counting aid; block i holds the same units in every step.
    const perBlock = BLOCK_OF_TENS * perUnit;
    const blocks = Math.ceil(main.value / perBlock);
    for (let i = 0; i < blocks; i++) {
      panel.groups.push({
        key: `${unit}/${i}`,
        figureId: main.id,
        series: unit,
        count: Math.min(perBlock, main.value - i * perBlock),
        perUnit,
        qualifier: main.qualifier,
        label: null,
      });
    }
    place(main, 'units', perUnit);
    used.add(main.id);
    for (const f of series.filter((s) => s !== main)) {
      panel.thresholds.push({
        figureId: f.id,
        series: unit,
        units: Math.ceil(f.value / perUnit - 1e-9),
        blocks: null,
        ...markFlags(f.qualifier),
      });
      place(f, 'threshold', perUnit);
      used.add(f.id);
    }
    panel.keys.push({
      series: unit,
      figureId: main.id,
      unit,
      perUnit,
      blocks: { meaning: 'tens', figureId: null, perBlock },
    });
  }

  for (const f of counts.filter((c) => !used.has(c.id))) {
    const perUnit = perUnitFor(chart, f, scale);
    panel.groups.push({
      key: f.id,
      figureId: f.id,
      series: f.id,
      count: f.value,
      perUnit,
      qualifier: f.qualifier,
      label: f.label,
    });
    panel.keys.push({ series: f.id, figureId: f.id, unit: f.unit, perUnit, blocks: null });
    place(f, 'units', perUnit);
  }
  return panel;
}

export function chartPlanFor(scene: ChartScene): ChartPlan {
  const money = scene.figures.filter((f) => f.unit === 'yuan');
  const measures = scene.figures.filter((f) => BAR_UNITS.has(f.unit));
  const notes = scene.figures.filter((f) => f.unit === 'cities');
  const counts = scene.figures.filter(
    (f) => f.unit !== 'yuan' && !BAR_UNITS.has(f.unit) && f.unit !== 'cities',
  );
  const placements: FigurePlacement[] = [];
  const panels: ChartPanel[] = [];

  if (counts.length) panels.push(unitsPanel(scene.chart, counts, placements));
  if (money.length) {
    const focus = money.find((f) => f.id === scene.highlight);
    panels.push({
      kind: 'squares',
      key: 'squares',
      weight: 3,
      figureIds: money.map((f) => f.id),
      focusId: focus?.id ?? null,
    });
    for (const f of money)
      placements.push({ figureId: f.id, panel: 'squares', as: 'square', perUnit: null });
  }
  if (measures.length) {
    // Each unit gets its own zero-based scale (layoutBars groups by unit).
    panels.push({ kind: 'bars', key: 'bars', weight: 1, figureIds: measures.map((f) => f.id) });
    for (const f of measures)
      placements.push({ figureId: f.id, panel: 'bars', as: 'bar', perUnit: null });
  }
  for (const f of notes)
    placements.push({ figureId: f.id, panel: 'key', as: 'note', perUnit: null });
  return {
    stepId: scene.stepId,
    chart: scene.chart,
    highlight: scene.highlight,
    panels,
    placements,
    notes: notes.map((f) => f.id),
  };
}

/** A units panel's groups as layoutUnits takes them, labelled in the reader's language. */
export function unitGroupInputs(panel: UnitsPanel, lang: Lang): UnitGroupInput[] {
  return panel.groups.map((g) => ({
    key: g.key,
    figureId: g.figureId,
    series: g.series,
    count: g.count,
    perUnit: g.perUnit,
    qualifier: g.qualifier,
    ...(g.label ? { label: g.label[lang] } : {}),
  }));
}
