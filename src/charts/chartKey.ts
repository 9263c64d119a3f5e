// The lines of a chart's key, from its plan: what a square and a block stand for, that square
// areas are proportional, that unit panels count different things, and what outlines and "+"
// mean when the step has plans or lower bounds. The key explains encodings; the numbers are on
// the marks. The cities in a programme's name, which are not drawn, are told here.
import type { Lang, UnitWords } from '../content/schema.ts';
import type { ChartStrings } from '../components/charts/chart-strings.ts';
import { figureOnMark, keyCount } from '../format/figureFormat.ts';
import type { ChartScene } from '../story/scene.ts';
import type { ChartPlan } from './chartPlan.ts';
import { markFlags, type Size } from './marks.ts';
import { blockKeyText, unitKeyText } from './unitKey.ts';

export function chartKeyLines(
  scene: ChartScene,
  plan: ChartPlan,
  lang: Lang,
  units: UnitWords,
  strings: ChartStrings,
  // The plot's size: kept for callers; the key no longer depends on it.
  _plot?: Size,
): string[] {
  const lines: string[] = [];
  const unitPanels = plan.panels.filter((p) => p.kind === 'units');
  const keyLines: string[] = [];
  const counts: string[] = [];
  let blocks = false;
  for (const panel of unitPanels) {
    // A panel with only a name's outline draws no squares (its blocks are empty slots).
    const drawsUnits = panel.groups.some((g) => g.count > 0);
    for (const key of panel.keys) {
      if (drawsUnits) {
        keyLines.push(unitKeyText(key, lang, units, strings));
        counts.push(keyCount(key.perUnit, key.unit, lang, units));
      }
      const block = blockKeyText(key, lang, units, strings);
      if (block) keyLines.push(block);
      blocks ||= block !== null;
    }
  }
  // Groups in different units, none in blocks: one line says what a square is in each, in the
  // groups' order ("each square = 1 session / 1 person-time / 1 time"), so a phone's key is not
  // a column of near-identical lines over squares squeezed small.
  if (plan.unitsDiffer && counts.length > 1 && !blocks) {
    const sep = lang === 'zh' ? '／' : ' / ';
    lines.push(strings.unitKeyEach[lang].replace('{n}', counts.join(sep)));
  } else lines.push(...keyLines);
  // (The key's lines above name the units: this one says only that they do not add up.)
  if (plan.unitsDiffer) lines.push(strings.unitsDiffer[lang]);
  // A scale other than the last step's is said first: a square changed size.
  if (scene.newScale) lines.unshift(strings.newScale[lang]);
  if (plan.panels.some((p) => p.kind === 'squares')) lines.push(strings.squaresNote[lang]);
  for (const id of plan.notes) {
    const f = scene.figures.find((x) => x.id === id);
    if (f)
      lines.push(`${figureOnMark(f, lang, units)}${lang === 'zh' ? '：' : ': '}${f.label[lang]}`);
  }
  if (scene.figures.some((f) => markFlags(f.qualifier).planned)) {
    lines.push(strings.legendPlanned[lang]);
  }
  if (scene.figures.some((f) => f.pending)) lines.push(strings.legendPending[lang]);
  if (scene.figures.some((f) => f.qualifier === 'at-least')) {
    lines.push(strings.legendLowerBound[lang]);
  }
  return [...new Set(lines)];
}
