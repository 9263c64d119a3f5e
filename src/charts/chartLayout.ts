// Where every mark of a chart scene goes, for a plot of a given size: the panels of its plan, and
// in each the units, squares, bars, big numbers or shares laid out, every figure with its number
// on or beside its mark. Panels are packed to their content and the whole block is centred in
// the plot, so marks fill it and the key sits right under them. The chart element draws these
// with D3 (and morphs them between steps); the build draws the same layouts as static SVG.
import type { Lang, UnitWords } from '../content/schema.ts';
import { figureOnMark } from '../format/figureFormat.ts';
import { layoutBars, type BarRow } from '../layouts/barRows.ts';
import { estimateTextWidth } from '../layouts/textMetrics.ts';
import type { ChartScene, SceneFigure } from '../story/scene.ts';
import {
  unitGroupInputs,
  type ChartPlan,
  type UnitsPanel,
  type UnitThreshold,
} from './chartPlan.ts';
import { layoutFundingSquares, type FundingLayout } from './fundingSquares.ts';
import { isLit } from './litFigures.ts';
import {
  LABEL_TEXT,
  labelAt,
  labelBox,
  labelTextHeight,
  type LabelBox,
  type MarkLabel,
} from './markLabels.ts';
import { overlaps, round2, type Rect, type Size } from './marks.ts';
import { ACROSS_MIN_WIDTH, PANEL_GAP, panelRects, panelsAcross } from './panels.ts';
import { layoutUnits, type UnitLayout } from './unitGrid.ts';

export { LABEL_TEXT };

/** A named number's dashed outline round the blocks it would fill, in the panel's pixels. */
export interface Outline extends Rect {
  figureId: string;
}

export interface StatMark {
  figureId: string;
  /** The big number's baseline and font size. */
  x: number;
  y: number;
  size: number;
  text: string;
  label: MarkLabel;
}

export interface ShareMark {
  figureId: string;
  /** The 0–100% frame, and the filled part. */
  frame: Rect;
  fill: number;
  ticks: { x: number; text: string }[];
  tickY: number;
}

interface Common {
  key: string;
  /** Where the panel's content sits in the plot (top-left), after packing and centring. */
  rect: Rect;
  labels: MarkLabel[];
}
export type PanelMarks =
  | (Common & {
      kind: 'units';
      layout: UnitLayout;
      thresholds: UnitThreshold[];
      outlines: Outline[];
    })
  | (Common & { kind: 'squares'; layout: FundingLayout })
  | (Common & { kind: 'bars'; rows: BarRow[] })
  | (Common & { kind: 'stat'; stat: StatMark })
  | (Common & { kind: 'share'; share: ShareMark });

function numberFormat(lang: Lang, n: number): string {
  // Chinese without a thousands separator, as figureFormat writes it.
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    useGrouping: lang === 'en',
  }).format(n);
}

/** A label's box: what the amount is wraps at about half the panel's width (120–240 px). */
export function markLabelBox(amount: string, what: string, panelWidth: number): LabelBox {
  // On a phone a third of the width, so labels of small marks fit beside a large one.
  const wrapAt =
    panelWidth < 480 ? Math.max(110, panelWidth * 0.34) : Math.min(240, panelWidth * 0.5);
  const room = panelWidth - 8;
  return labelBox(amount, what, Math.min(wrapAt, room), Math.max(Math.min(wrapAt, room), room));
}

function contentSize(marks: PanelMarks): Size {
  const r = marks.rect;
  return { width: r.width, height: r.height };
}

function unitLabels(layout: UnitLayout): MarkLabel[] {
  return layout.groups.flatMap((b): MarkLabel[] => {
    if (!b.label) return [];
    const width = Math.max(
      b.label.amount ? estimateTextWidth(b.label.amount, LABEL_TEXT.amountSize, true) : 0,
      ...b.label.lines.map((l) => estimateTextWidth(l, LABEL_TEXT.whatSize)),
    );
    return [
      {
        key: `label:${b.key}`,
        figureId: b.figureId,
        x: b.label.x,
        y: b.label.y,
        width: round2(width),
        height: labelTextHeight(Boolean(b.label.amount), b.label.lines.length),
        amount: b.label.amount ?? '',
        lines: b.label.lines,
        leader: null,
        inside: false,
      },
    ];
  });
}

/** Stores in blocks: outlines round the blocks a name reaches, labels for them and the count. */
type StoreMarks = { layout: UnitLayout; outlines: Outline[]; labels: MarkLabel[]; height: number };

/** Names' labels side by side when they fit over the grid; stacked when they would meet. */
function storeMarks(
  panel: UnitsPanel,
  figures: readonly SceneFigure[],
  lang: Lang,
  units: UnitWords,
  size: Size,
): StoreMarks {
  const tried = storeMarksWith(panel, figures, lang, units, size, false);
  const names = tried.labels.filter((l) => panel.thresholds.some((t) => t.figureId === l.figureId));
  const meet = names.some((a, i) => names.slice(i + 1).some((b) => overlaps(a, b)));
  if (meet || names.length < 2)
    return meet ? storeMarksWith(panel, figures, lang, units, size, true) : tried;
  // Where the width, not the height, sets the squares' size, the names' labels stack, one over
  // the other, at no cost to the squares: the graphic fills more of a panel wider than it.
  const stacked = storeMarksWith(panel, figures, lang, units, size, true);
  return stacked.layout.cell >= tried.layout.cell && stacked.layout.fits ? stacked : tried;
}

function storeMarksWith(
  panel: UnitsPanel,
  figures: readonly SceneFigure[],
  lang: Lang,
  units: UnitWords,
  size: Size,
  stack: boolean,
): StoreMarks {
  const shape = panel.blockShape as NonNullable<UnitsPanel['blockShape']>;
  const byId = new Map(figures.map((f) => [f.id, f]));
  const boxes = panel.thresholds.map((t) => {
    const f = byId.get(t.figureId) as SceneFigure;
    return { t, box: markLabelBox(figureOnMark(f, lang, units), f.label[lang], size.width) };
  });
  const counted = figures.find((f) => panel.groups.some((g) => g.count > 0 && g.figureId === f.id));
  const countedBox = counted
    ? markLabelBox(figureOnMark(counted, lang, units), counted.label[lang], size.width)
    : null;
  // Room above the grid for the outlines' labels (stacked when they would meet), below for the count.
  // Two names' labels side by side when they fit (the larger's at the right), else stacked.
  const sideBySide =
    !stack && boxes.length === 2 && boxes.reduce((n, b) => n + b.box.width, 0) + 16 <= size.width;
  const band =
    (sideBySide
      ? Math.max(...boxes.map((b) => b.box.height)) + 4
      : boxes.reduce((n, b) => n + b.box.height + 4, 0)) +
    (boxes.length ? 3 * boxes.length + 4 : 0);
  const below = countedBox ? countedBox.height + 8 : 0;
  const inputs = unitGroupInputs(panel, lang).map((g) => ({
    ...g,
    capacity: shape.perBlock / (g.perUnit ?? 1),
  }));
  const grid = {
    width: size.width,
    height: Math.max(40, size.height - band - below),
  };
  const raw = layoutUnits(inputs, grid, {
    maxCell: Math.max(40, Math.min(size.width, size.height) / 10),
    columns: shape.columns,
    blocksPerRow: [1, 2, 5, 10],
  });
  const layout: UnitLayout = {
    ...raw,
    units: raw.units.map((u) => ({ ...u, y: round2(u.y + band) })),
    groups: raw.groups.map((g) => ({ ...g, y: round2(g.y + band) })),
  };
  const outlines: Outline[] = [];
  const labels: MarkLabel[] = [];
  // Larger names first, so their labels sit higher and their outline further out.
  const sorted = [...boxes].sort((a, b) => (b.t.blocks ?? 0) - (a.t.blocks ?? 0));
  let y = 0;
  sorted.forEach(({ t, box }, i) => {
    const blocks = layout.groups.slice(0, t.blocks ?? 0);
    if (!blocks.length) return;
    const x0 = Math.min(...blocks.map((b) => b.x));
    const y0 = Math.min(...blocks.map((b) => b.y));
    const x1 = Math.max(...blocks.map((b) => b.x + b.width));
    const y1 = Math.max(...blocks.map((b) => b.y + b.height));
    const out = 3 + 3 * (sorted.length - 1 - i);
    outlines.push({
      figureId: t.figureId,
      x: round2(x0 - out),
      y: round2(y0 - out),
      width: round2(x1 - x0 + 2 * out),
      height: round2(y1 - y0 + 2 * out),
    });
    const lx =
      sideBySide && i === 0
        ? Math.max(0, Math.min(x1 + out, size.width) - box.width)
        : Math.max(0, Math.min(x0 - out, size.width - box.width));
    labels.push({
      key: `label:${t.figureId}`,
      figureId: t.figureId,
      x: round2(lx),
      y: round2(y),
      width: box.width,
      height: box.height,
      amount: figureOnMark(byId.get(t.figureId) as SceneFigure, lang, units),
      lines: box.lines,
      leader: null,
      inside: false,
    });
    if (!sideBySide) y += box.height + 4;
  });
  let height = band + raw.height;
  if (counted && countedBox) {
    const last = layout.groups.filter((g) => g.units > 0).at(-1);
    const rowRight = last ? last.x + last.width : 0;
    // Beside the last block when the row has room, else under the grid.
    const beside =
      last && rowRight + 12 + countedBox.width <= size.width
        ? { x: rowRight + 12, y: last.y }
        : { x: 0, y: band + raw.height + 8 };
    const label = {
      key: `label:${counted.id}`,
      figureId: counted.id,
      x: round2(beside.x),
      y: round2(beside.y),
      width: countedBox.width,
      height: countedBox.height,
      amount: figureOnMark(counted, lang, units),
      lines: countedBox.lines,
      leader: null,
      inside: false,
    };
    const clash = outlines.some((o) => overlaps(o, label));
    if (clash) {
      label.x = 0;
      label.y = round2(band + raw.height + 8);
    }
    labels.push(label);
    height = Math.max(height, label.y + label.height);
  }
  const width = Math.max(raw.width, ...labels.map((l) => l.x + l.width));
  return {
    layout: { ...layout, width: round2(width), height: round2(height) },
    outlines,
    labels,
    height,
  };
}

function statMark(f: SceneFigure, lang: Lang, units: UnitWords, size: Size): StatMark {
  const text = figureOnMark(f, lang, units);
  const ems = estimateTextWidth(text, 1, true);
  const fontSize = Math.round(
    Math.max(24, Math.min(88, size.height * 0.45, (size.width - 8) / (ems * 1.1))),
  );
  const box = markLabelBox('', f.label[lang], Math.max(size.width, 200));
  // The label's top clears the number's descenders.
  const labelTop = fontSize * 1.2 + 4;
  return {
    figureId: f.id,
    x: 0,
    y: round2(fontSize * 0.95),
    size: fontSize,
    text,
    label: {
      key: `label:${f.id}`,
      figureId: f.id,
      x: 0,
      y: round2(labelTop),
      width: box.width,
      height: box.height,
      amount: '',
      lines: box.lines,
      leader: null,
      inside: false,
    },
  };
}

function shareMark(f: SceneFigure, lang: Lang, units: UnitWords, size: Size) {
  const amount = figureOnMark(f, lang, units);
  const box = markLabelBox(amount, f.label[lang], size.width);
  const frameWidth = Math.min(size.width, 640);
  const top = box.height + 6;
  const frame = { x: 0, y: top, width: round2(frameWidth), height: 22 };
  const pct = (n: number) => `${numberFormat(lang, n)}%`;
  const share: ShareMark = {
    figureId: f.id,
    frame,
    fill: round2((frameWidth * Math.min(100, Math.max(0, f.value))) / 100),
    ticks: [0, 50, 100].map((v) => ({ x: round2((frameWidth * v) / 100), text: pct(v) })),
    tickY: top + 22 + 14,
  };
  const label = labelAt(f.id, { x: 0, y: 0 }, box, amount);
  return { share, label, height: top + 22 + 18, width: Math.max(frameWidth, box.width) };
}

/** Squares of every units panel of a step are one size, so the panels compare square for square. */
function commonCell(panels: readonly { layout: UnitLayout }[]): number {
  return Math.min(...panels.map((p) => p.layout.cell));
}

export function layoutChart(
  scene: ChartScene,
  plan: ChartPlan,
  lang: Lang,
  units: UnitWords,
  plot: Size,
): PanelMarks[] {
  const preferred = panelsAcross(plot);
  const first = arrangeChart(scene, plan, lang, units, plot, preferred);
  // A big number beside the marks can leave them a strip (a wide but short panel); under them, a
  // column (a tall one). The other arrangement wins when its marks come out clearly larger.
  const canTurn = plan.panels.length > 1 && (!preferred || plot.width >= ACROSS_MIN_WIDTH);
  if (!canTurn) return first;
  const other = arrangeChart(scene, plan, lang, units, plot, !preferred);
  return markArea(other, plot) > markArea(first, plot) * TURN_GAIN ? other : first;
}

/** How much larger the other arrangement's marks must be to win: steps keep one arrangement. */
const TURN_GAIN = 1.2;

/** The area the marks take on screen, once brought inside the plot. */
function markArea(marks: readonly PanelMarks[], plot: Size): number {
  const scale = fitScale(contentBox(marks), plot);
  return marks.reduce((n, m) => n + m.rect.width * m.rect.height, 0) * scale * scale;
}

function arrangeChart(
  scene: ChartScene,
  plan: ChartPlan,
  lang: Lang,
  units: UnitWords,
  plot: Size,
  across: boolean,
): PanelMarks[] {
  const rects = measuredRects(scene, plan, lang, units, plot, across);
  const figuresOf = (key: string) =>
    scene.figures.filter((f) =>
      plan.placements.some((p) => p.figureId === f.id && p.panel === key),
    );
  const unitInputs = (panel: UnitsPanel) =>
    unitGroupInputs(panel, lang).map((g) => {
      const f = scene.figures.find((x) => x.id === g.figureId);
      return f ? { ...g, amount: figureOnMark(f, lang, units) } : g;
    });
  // Unit panels first, for the cell size they share.
  const unitPanels = plan.panels.filter((p): p is UnitsPanel => p.kind === 'units');
  // Squares grow with the screen (a 4K wall as much as a phone), so marks fill their panel.
  const maxCell = Math.max(40, Math.min(plot.width, plot.height) / 6);
  const plain = unitPanels
    .filter((p) => !p.blockShape)
    .map((p) => ({ p, layout: layoutUnits(unitInputs(p), rects[p.key] ?? plot, { maxCell }) }));
  const cell = plain.length > 1 ? commonCell(plain) : null;

  const marks = plan.panels.flatMap((panel): PanelMarks[] => {
    const rect = rects[panel.key];
    if (!rect) return [];
    const figures = figuresOf(panel.key);
    const at = (width: number, height: number) => ({ x: rect.x, y: rect.y, width, height });
    if (panel.kind === 'units') {
      if (panel.blockShape) {
        const s = storeMarks(panel, scene.figures, lang, units, rect);
        return [
          {
            kind: 'units',
            key: panel.key,
            rect: at(s.layout.width, s.height),
            layout: s.layout,
            thresholds: panel.thresholds,
            outlines: s.outlines,
            labels: s.labels,
          },
        ];
      }
      const layout =
        cell !== null
          ? layoutUnits(unitInputs(panel), rect, { maxCell: cell })
          : (plain.find((x) => x.p === panel)?.layout ??
            layoutUnits(unitInputs(panel), rect, { maxCell }));
      return [
        {
          kind: 'units',
          key: panel.key,
          rect: at(layout.width, layout.height),
          layout,
          thresholds: panel.thresholds,
          outlines: [],
          labels: unitLabels(layout),
        },
      ];
    }
    if (panel.kind === 'squares') {
      const layout = layoutFundingSquares(
        figures,
        rect,
        (f) => markLabelBox(figureOnMark(f, lang, units), f.label[lang], rect.width),
        (f) => figureOnMark(f, lang, units),
      );
      return [
        {
          kind: 'squares',
          key: panel.key,
          rect: at(layout.width, layout.height),
          layout,
          labels: layout.labels,
        },
      ];
    }
    if (panel.kind === 'stat') {
      const f = figures[0];
      if (!f) return [];
      const stat = statMark(f, lang, units, rect);
      const width = Math.max(estimateTextWidth(stat.text, stat.size, true), stat.label.width);
      return [
        {
          kind: 'stat',
          key: panel.key,
          rect: at(Math.min(rect.width, width), stat.label.y + stat.label.height),
          stat,
          labels: [stat.label],
        },
      ];
    }
    if (panel.kind === 'share') {
      const f = figures[0];
      if (!f) return [];
      const s = shareMark(f, lang, units, rect);
      return [
        {
          kind: 'share',
          key: panel.key,
          rect: at(s.width, s.height),
          share: s.share,
          labels: [s.label],
        },
      ];
    }
    const { rows, height } = layoutBars(
      figures,
      rect.width,
      (id) => isLit(scene, id),
      (f) => f.label[lang],
      (f) => figureOnMark(f, lang, units),
    );
    return [{ kind: 'bars', key: panel.key, rect: at(rect.width, height), rows, labels: [] }];
  });
  return pack(marks, plot, across);
}

/** Panel rects, with each big number's or share's band cut to what its content needs. */
function measuredRects(
  scene: ChartScene,
  plan: ChartPlan,
  lang: Lang,
  units: UnitWords,
  plot: Size,
  across: boolean,
): Record<string, Rect> {
  const first = panelRects(plan, plot, {}, across);
  const measured: Record<string, number> = {};
  for (const panel of plan.panels) {
    const rect = first[panel.key];
    if (!rect || (panel.kind !== 'stat' && panel.kind !== 'share')) continue;
    const f = scene.figures.find((x) => x.id === panel.figureId);
    if (!f) continue;
    if (panel.kind === 'stat') {
      const stat = statMark(f, lang, units, rect);
      const width = Math.max(estimateTextWidth(stat.text, stat.size, true), stat.label.width);
      // Across, the number gets the width it needs at its smallest size, even past its first
      // band: cut to the band, "350,000 tonnes" ran off a 320 px phone's chart.
      measured[panel.key] = across ? Math.min(plot.width, width) : stat.label.y + stat.label.height;
    } else {
      const s = shareMark(f, lang, units, rect);
      measured[panel.key] = across ? Math.min(rect.width, s.width) : s.height;
    }
  }
  return panelRects(plan, plot, measured, across);
}

/**
 * Panels packed to their content, one after another along the plot's longer side, and the block
 * centred in the plot: no band of the panel is left empty between marks and key.
 */
function pack(marks: PanelMarks[], plot: Size, across: boolean): PanelMarks[] {
  if (!marks.length) return marks;
  const sizes = marks.map(contentSize);
  const total = sizes.reduce((n, s) => n + (across ? s.width : s.height), 0);
  const length = total + PANEL_GAP * (marks.length - 1);
  const cross = Math.max(...sizes.map((s) => (across ? s.height : s.width)));
  let at = Math.max(0, ((across ? plot.width : plot.height) - length) / 2);
  const crossAt = Math.max(0, ((across ? plot.height : plot.width) - cross) / 2);
  return marks.map((m, i) => {
    const s = sizes[i] as Size;
    const rect = across
      ? { x: Math.round(at), y: Math.round(crossAt + (cross - s.height) / 2), ...s }
      : { x: Math.round(crossAt + (cross - s.width) / 2), y: Math.round(at), ...s };
    at += (across ? s.width : s.height) + PANEL_GAP;
    return { ...m, rect };
  });
}

/** The box the marks take in the plot, for placing the key right under them. */
export function contentBox(marks: readonly PanelMarks[]): Rect {
  if (!marks.length) return { x: 0, y: 0, width: 0, height: 0 };
  const x = Math.min(...marks.map((m) => m.rect.x));
  const y = Math.min(...marks.map((m) => m.rect.y));
  const right = Math.max(...marks.map((m) => m.rect.x + m.rect.width));
  const bottom = Math.max(...marks.map((m) => m.rect.y + m.rect.height));
  return { x, y, width: right - x, height: bottom - y };
}

/** The scale that brings marks larger than the plot back inside it (1 when they fit). */
export function fitScale(box: Rect, plot: Size): number {
  const right = box.x + box.width;
  const bottom = box.y + box.height;
  return Math.min(1, right > 0 ? plot.width / right : 1, bottom > 0 ? plot.height / bottom : 1);
}
