// Where every mark of a chart scene goes, for a plot of a given size: the panels of its plan, and
// in each the units, squares or bars laid out. The chart element draws these with D3 (and
// morphs them between steps); the build draws the same layouts as static SVG pictures.
import type { Lang, UnitWords } from '../content/schema.ts';
import { formatFigure } from '../format/figureFormat.ts';
import { layoutBars, type BarRow } from '../layouts/barRows.ts';
import { estimateTextWidth } from '../layouts/textMetrics.ts';
import type { ChartScene, SceneFigure } from '../story/scene.ts';
import { unitGroupInputs, type ChartPlan, type UnitThreshold } from './chartPlan.ts';
import { layoutFundingSquares, type FundingLayout } from './fundingSquares.ts';
import type { Rect, Size } from './marks.ts';
import { panelRects } from './panels.ts';
import { layoutUnits, type UnitLayout } from './unitGrid.ts';

export type PanelMarks =
  | { kind: 'units'; key: string; rect: Rect; layout: UnitLayout; thresholds: UnitThreshold[] }
  | { kind: 'squares'; key: string; rect: Rect; layout: FundingLayout }
  | { kind: 'bars'; key: string; rect: Rect; rows: BarRow[] };

/** A square's label: the amount, then what it is. */
export function squareLabel(f: SceneFigure, lang: Lang, units: UnitWords): [string, string] {
  return [formatFigure(f, lang, units), f.label[lang]];
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
      const layout = layoutFundingSquares(figures, rect, panel.focusId, (f) => {
        const [amount, what] = squareLabel(f, lang, units);
        return {
          width: Math.max(estimateTextWidth(amount, 14, true), estimateTextWidth(what, 12)) + 4,
          height: 36,
        };
      });
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
