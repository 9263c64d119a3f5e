// Where every mark of a chart scene goes, for a plot of a given size: the panels of its plan, and
// in each the units, squares or bars laid out. The chart element draws these with D3 (and
// morphs them between steps); the build draws the same layouts as static SVG pictures.
import type { Lang, UnitWords } from '../content/schema.ts';
import { formatFigure } from '../format/figureFormat.ts';
import { layoutBars, type BarRow } from '../layouts/barRows.ts';
import { estimateTextWidth, wrapTextMeasured } from '../layouts/textMetrics.ts';
import type { ChartScene, SceneFigure } from '../story/scene.ts';
import { unitGroupInputs, type ChartPlan, type UnitThreshold } from './chartPlan.ts';
import { layoutFundingSquares, type FundingLayout } from './fundingSquares.ts';
import type { Rect, Size } from './marks.ts';
import { panelRects } from './panels.ts';
import type { LabelBox } from './squareLabels.ts';
import { layoutUnits, type UnitLayout } from './unitGrid.ts';

export type PanelMarks =
  | { kind: 'units'; key: string; rect: Rect; layout: UnitLayout; thresholds: UnitThreshold[] }
  | { kind: 'squares'; key: string; rect: Rect; layout: FundingLayout }
  | { kind: 'bars'; key: string; rect: Rect; rows: BarRow[] };

/** A square's label: the amount, then what it is. */
export function squareLabel(f: SceneFigure, lang: Lang, units: UnitWords): [string, string] {
  return [formatFigure(f, lang, units), f.label[lang]];
}

/** Square labels' text: the amount in bold, then what it is, in lines of the given pixel sizes. */
export const SQUARE_LABEL_TEXT = { amountSize: 14, whatSize: 12, firstLine: 15, lineHeight: 16 };

/**
 * A square label's box: what the amount is wraps at about half the chart's width (never below
 * 120 px or above 220), so a long English label fits beside a square on a phone.
 */
export function squareLabelBox(
  [amount, what]: [string, string],
  chartWidth: number,
): Required<LabelBox> {
  const { amountSize, whatSize, firstLine, lineHeight } = SQUARE_LABEL_TEXT;
  const wrapAt = Math.min(220, Math.max(120, chartWidth * 0.5));
  let { lines, width } = wrapTextMeasured(what, wrapAt, whatSize);
  // One or two characters alone on the last line ("资 / 金") read badly: widen a little instead.
  if (lines.length > 1 && [...(lines.at(-1) ?? '')].length <= 2) {
    ({ lines, width } = wrapTextMeasured(what, wrapAt + 2 * whatSize, whatSize));
  }
  return {
    width: Math.max(estimateTextWidth(amount, amountSize, true), width) + 4,
    height: firstLine + lines.length * lineHeight + 5,
    lines,
  };
}

export function layoutChart(
  scene: ChartScene,
  plan: ChartPlan,
  lang: Lang,
  units: UnitWords,
  plot: Size,
): PanelMarks[] {
  const rects = panelRects(plan, plot);
  return plan.panels.flatMap((panel): PanelMarks[] => {
    const rect = rects[panel.key];
    if (!rect) return [];
    const figures = scene.figures.filter((f) =>
      plan.placements.some((p) => p.figureId === f.id && p.panel === panel.key),
    );
    if (panel.kind === 'units') {
      const layout = layoutUnits(unitGroupInputs(panel, lang), rect);
      return [{ kind: 'units', key: panel.key, rect, layout, thresholds: panel.thresholds }];
    }
    if (panel.kind === 'squares') {
      const layout = layoutFundingSquares(figures, rect, panel.focusId, (f) =>
        squareLabelBox(squareLabel(f, lang, units), rect.width),
      );
      return [{ kind: 'squares', key: panel.key, rect, layout }];
    }
    const { rows } = layoutBars(
      figures,
      rect.width,
      scene.highlight,
      (f) => f.label[lang],
      (f) => formatFigure(f, lang, units),
    );
    return [{ kind: 'bars', key: panel.key, rect, rows }];
  });
}
