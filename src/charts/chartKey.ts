// The lines of a chart's key, from its plan: what a unit and a block stand for, what each tick
// marks, that square areas are proportional, by how much the view is zoomed, and what outlines
// and "+" mean when the step has plans or lower bounds.
import type { Lang, UnitWords } from '../content/schema.ts';
import type { ChartStrings } from '../components/charts/chart-strings.ts';
import { figureOnMark } from '../format/figureFormat.ts';
import type { ChartScene } from '../story/scene.ts';
import type { ChartPlan } from './chartPlan.ts';
import { layoutFundingSquares } from './fundingSquares.ts';
import { markFlags, type Size } from './marks.ts';
import { panelRects } from './panels.ts';
import { blockKeyText, unitKeyText } from './unitKey.ts';

function zoomNote(
  scene: ChartScene,
  plan: ChartPlan,
  lang: Lang,
  strings: ChartStrings,
  plot: Size,
): string | null {
  const squares = plan.panels.find((p) => p.kind === 'squares');
  if (!squares || squares.kind !== 'squares') return null;
  const rect = panelRects(plan, plot)[squares.key];
  if (!rect) return null;
  const figures = scene.figures.filter((f) => squares.figureIds.includes(f.id));
  const layout = layoutFundingSquares(figures, rect, squares.focusId);
  if (!layout.scaleNote) return null;
  const n = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 0 });
  return strings.zoomNote[lang].replace('{n}', n.format(layout.scaleNote.zoom));
}

export function chartKeyLines(
  scene: ChartScene,
  plan: ChartPlan,
  lang: Lang,
  units: UnitWords,
  strings: ChartStrings,
  plot: Size,
): string[] {
  const lines: string[] = [];
  for (const panel of plan.panels) {
    if (panel.kind === 'units') {
      for (const key of panel.keys) {
        lines.push(unitKeyText(key, lang, units, strings));
        const block = blockKeyText(key, lang, units, strings);
        if (block) lines.push(block);
      }
      // Each tick on the units: the smaller figure it marks.
      for (const th of panel.thresholds) {
        const f = scene.figures.find((x) => x.id === th.figureId);
        if (f) {
          lines.push(
            `┃ ${figureOnMark(f, lang, units)}${lang === 'zh' ? '：' : ': '}${f.label[lang]}`,
          );
        }
      }
    }
    if (panel.kind === 'squares') lines.push(strings.squaresNote[lang]);
  }
  for (const id of plan.notes) {
    const f = scene.figures.find((x) => x.id === id);
    if (f)
      lines.push(`${figureOnMark(f, lang, units)}${lang === 'zh' ? '：' : ': '}${f.label[lang]}`);
  }
  const zoom = zoomNote(scene, plan, lang, strings, plot);
  if (zoom) lines.push(zoom);
  if (scene.figures.some((f) => markFlags(f.qualifier).planned)) {
    lines.push(strings.legendPlanned[lang]);
  }
  if (scene.figures.some((f) => f.qualifier === 'at-least')) {
    lines.push(strings.legendLowerBound[lang]);
  }
  return [...new Set(lines)];
}
