// Which layout each figure of a chart step uses: money as squares (areas), counts as units (with
// how many items one unit stands for), measures such as tonnes as bars on their own scale.
// Serialisable, so the build can hand it to the browser, and decided from the scene alone.
import type { Bilingual, ChartKind, Lang, Qualifier, Unit } from '../content/schema.ts';
import type { ChartScene, SceneFigure } from '../story/scene.ts';
import { markFlags, type MarkFlags } from './marks.ts';
import { isLit } from './litFigures.ts';
import type { UnitGroupInput } from './unitGrid.ts';
import { perUnitFor } from './unitScale.ts';

export interface PlannedUnitGroup {
  key: string;
  figureId: string;
  series: string;
  count: number;
  perUnit: number;
  qualifier: Qualifier;
  label: Bilingual | null;
}

/**
 * A named number of a series (the 100 and 1,000 stores of the programmes' names), drawn as a
 * labelled dashed outline around the blocks it would fill: a name or a target, never a count.
 */
export interface UnitThreshold extends MarkFlags {
  figureId: string;
  series: string;
  units: number;
  /** How many blocks of the series the outline goes round. */
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
  /** The one thing every square of the panel counts: a unit chart never mixes units. */
  unit: Unit;
  groups: PlannedUnitGroup[];
  thresholds: UnitThreshold[];
  keys: UnitKey[];
  /** A series drawn in square blocks (10 × 10 stores): units per block row and per block. */
  blockShape: { columns: number; perBlock: number } | null;
}
/** Money side by side on one baseline, areas proportional to the amounts (and a share of it). */
export interface SquaresPanel extends PanelBase {
  kind: 'squares';
  figureIds: string[];
  focusId: string | null;
}
/** Measures of one unit compared, as zero-based bars. */
export interface BarsPanel extends PanelBase {
  kind: 'bars';
  figureIds: string[];
}
/** A lone figure of its kind in the step: a big number, labelled, not a mark filling a panel. */
export interface StatPanel extends PanelBase {
  kind: 'stat';
  figureId: string;
}
/** A share, drawn against its whole: a 0–100% frame. */
export interface SharePanel extends PanelBase {
  kind: 'share';
  figureId: string;
}
export type ChartPanel = UnitsPanel | SquaresPanel | BarsPanel | StatPanel | SharePanel;

export interface FigurePlacement {
  figureId: string;
  panel: string;
  as: 'units' | 'threshold' | 'blocks' | 'square' | 'bar' | 'note' | 'stat' | 'share';
  perUnit: number | null;
}

export interface ChartPlan {
  stepId: string;
  chart: ChartKind;
  highlight: string[] | null;
  panels: ChartPanel[];
  placements: FigurePlacement[];
  /**
   * Figures told in the key, not drawn: the cities in a programme's name. Drawing stores in
   * blocks of "one city" would show a spread of stores across cities that the report never gives.
   */
  notes: string[];
  /** Items per square, one for every unit panel of the step; null without units. */
  perUnit: number | null;
  /** Unit panels count different things (sessions, person-times, times): the key says so. */
  unitsDiffer: boolean;
}

/** Measures, not counts: a unit chart of tonnes or per cent would mean nothing. */
const MEASURE_UNITS: ReadonlySet<Unit> = new Set(['tonnes', 'percent', 'years']);

/** Counts of one growing thing (names and targets, then the count reached) share one series. */
const NESTED: Record<ChartKind, ReadonlySet<Unit>> = {
  funding: new Set(),
  outlets: new Set(['stores']),
  people: new Set(),
  alar: new Set(),
};

/** Stores in blocks of a hundred, ten by ten, as the programmes' names count them. */
const BLOCK = { columns: 10, perBlock: 100 } as const;

/** Fewer items than this in a unit are told as a number: two squares say nothing. */
const MIN_ITEMS_FOR_UNITS = 10;

/** The step's one items-per-square (see unitScale.ts). */
function perUnitOf(counts: readonly SceneFigure[]): number {
  return perUnitFor(counts.map((f) => f.value));
}

/** The series' counted figure: the largest that is not a name; null when all are names. */
function countedOf(series: SceneFigure[]): SceneFigure | null {
  return (
    [...series]
      .filter((f) => f.qualifier !== 'named')
      .sort(
        (a, b) =>
          b.value - a.value ||
          Number(a.qualifier === 'planned') - Number(b.qualifier === 'planned'),
      )[0] ?? null
  );
}

function unitsPanel(
  chart: ChartKind,
  unit: Unit,
  series: SceneFigure[],
  perUnit: number,
  placements: FigurePlacement[],
): UnitsPanel {
  const panel: UnitsPanel = {
    kind: 'units',
    key: `units:${unit}`,
    weight: 3,
    unit,
    groups: [],
    thresholds: [],
    keys: [],
    blockShape: null,
  };
  const place = (f: SceneFigure, as: FigurePlacement['as']) =>
    placements.push({ figureId: f.id, panel: panel.key, as, perUnit });

  if (NESTED[chart].has(unit)) {
    // One series in blocks of a hundred; block i holds the same units in every step.
    const counted = countedOf(series);
    const named = series.filter((f) => f !== counted);
    const largestNamed = Math.max(0, ...named.map((f) => f.value));
    const perBlock = BLOCK.perBlock * perUnit;
    panel.blockShape = { columns: BLOCK.columns, perBlock };
    const total = Math.max(counted?.value ?? 0, largestNamed);
    const blocks = Math.ceil(total / perBlock - 1e-9);
    for (let i = 0; i < blocks; i++) {
      const filled = counted ? Math.max(0, Math.min(perBlock, counted.value - i * perBlock)) : 0;
      panel.groups.push({
        key: `${unit}/${i}`,
        figureId: filled > 0 && counted ? counted.id : (named[0]?.id ?? ''),
        series: unit,
        // Blocks only a name reaches hold no stores: they are there for the name's outline.
        count: filled,
        perUnit,
        qualifier: filled > 0 && counted ? counted.qualifier : 'named',
        label: null,
      });
    }
    if (counted) place(counted, 'units');
    for (const f of named) {
      panel.thresholds.push({
        figureId: f.id,
        series: unit,
        units: Math.ceil(f.value / perUnit - 1e-9),
        blocks: Math.ceil(f.value / perBlock - 1e-9),
        ...markFlags(f.qualifier),
      });
      place(f, 'threshold');
    }
    panel.keys.push({
      series: unit,
      figureId: counted?.id ?? named[0]?.id ?? '',
      unit,
      perUnit,
      blocks: { meaning: 'tens', figureId: null, perBlock },
    });
    return panel;
  }

  for (const f of series) {
    panel.groups.push({
      key: f.id,
      figureId: f.id,
      series: f.id,
      count: f.value,
      perUnit,
      // Not done yet (projects in reserve): hollow, as a plan's squares are.
      qualifier: f.pending ? 'planned' : f.qualifier,
      label: f.label,
    });
    place(f, 'units');
  }
  panel.keys.push({ series: unit, figureId: series[0]?.id ?? '', unit, perUnit, blocks: null });
  return panel;
}

export function chartPlanFor(scene: ChartScene): ChartPlan {
  const money = scene.figures.filter((f) => f.unit === 'yuan');
  const measures = scene.figures.filter((f) => MEASURE_UNITS.has(f.unit));
  const notes = scene.figures.filter((f) => f.unit === 'cities');
  const counts = scene.figures.filter(
    (f) => f.unit !== 'yuan' && !MEASURE_UNITS.has(f.unit) && f.unit !== 'cities',
  );
  const placements: FigurePlacement[] = [];
  const panels: ChartPanel[] = [];
  const stat = (f: SceneFigure) => {
    panels.push({ kind: 'stat', key: `stat:${f.id}`, weight: 1, figureId: f.id });
    placements.push({ figureId: f.id, panel: `stat:${f.id}`, as: 'stat', perUnit: null });
  };

  // Counts by unit: each unit its own panel of squares; too few items to count in squares (two
  // groups of trainees) are told as a number.
  const byUnit = new Map<Unit, SceneFigure[]>();
  for (const f of counts) byUnit.set(f.unit, [...(byUnit.get(f.unit) ?? []), f]);
  const asUnits = [...byUnit].filter(
    ([unit, fs]) =>
      NESTED[scene.chart].has(unit) || Math.max(...fs.map((f) => f.value)) >= MIN_ITEMS_FOR_UNITS,
  );
  const drawn = asUnits.flatMap(([unit, fs]) =>
    NESTED[scene.chart].has(unit) ? fs.filter((f) => f.qualifier !== 'named') : fs,
  );
  const perUnit = asUnits.length ? perUnitOf(drawn) : null;
  for (const [unit, fs] of asUnits) {
    panels.push(unitsPanel(scene.chart, unit, fs, perUnit ?? 1, placements));
  }
  for (const [unit, fs] of byUnit) if (!asUnits.some(([u]) => u === unit)) fs.forEach(stat);

  if (money.length > 1) {
    const focus = money.find((f) => isLit(scene, f.id));
    panels.push({
      kind: 'squares',
      key: 'squares',
      weight: 3,
      figureIds: money.map((f) => f.id),
      focusId: focus?.id ?? null,
    });
    for (const f of money)
      placements.push({ figureId: f.id, panel: 'squares', as: 'square', perUnit: null });
  } else money.forEach(stat);

  const squares = panels.find((p): p is SquaresPanel => p.kind === 'squares');
  for (const f of measures.filter((m) => m.unit === 'percent')) {
    // A share of money stands under the squares, with the sum it measures, not in a column apart.
    if (
      squares &&
      !squares.figureIds.some((id) => scene.figures.find((x) => x.id === id)?.unit === 'percent')
    ) {
      squares.figureIds.push(f.id);
      placements.push({ figureId: f.id, panel: 'squares', as: 'share', perUnit: null });
      continue;
    }
    panels.push({ kind: 'share', key: `share:${f.id}`, weight: 1, figureId: f.id });
    placements.push({ figureId: f.id, panel: `share:${f.id}`, as: 'share', perUnit: null });
  }
  const others = measures.filter((m) => m.unit !== 'percent');
  for (const unit of new Set(others.map((m) => m.unit))) {
    const fs = others.filter((m) => m.unit === unit);
    if (fs.length === 1) {
      fs.forEach(stat);
      continue;
    }
    // Each unit gets its own zero-based scale.
    panels.push({ kind: 'bars', key: `bars:${unit}`, weight: 1, figureIds: fs.map((f) => f.id) });
    for (const f of fs)
      placements.push({ figureId: f.id, panel: `bars:${unit}`, as: 'bar', perUnit: null });
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
    perUnit,
    unitsDiffer: asUnits.length > 1,
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
