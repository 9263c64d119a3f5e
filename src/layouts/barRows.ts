// Layout of the interim figure chart: one bar per figure, grouped by unit so that only like is
// compared with like; each group has its own zero-based linear scale. Pure: sizes in, rows out.
import type { SceneFigure } from '../story/scene.ts';
import { estimateTextWidth, wrapText } from './textMetrics.ts';

export interface BarRow {
  figure: SceneFigure;
  group: number;
  /** The label broken into lines that leave room for the value on the first line. */
  labelLines: string[];
  value: string;
  /** Top of the row's label line, and of its bar. */
  y: number;
  barY: number;
  barWidth: number;
  /** Plans are drawn as outlines, lower bounds with an open end, approximations with a soft end. */
  style: 'solid' | 'planned' | 'open-end' | 'approximate';
  highlighted: boolean;
}

export interface BarLayout {
  rows: BarRow[];
  height: number;
}

export const BAR_METRICS = {
  fontSize: 14,
  lineHeight: 18,
  labelGap: 4,
  barHeight: 18,
  rowGap: 16,
  groupGap: 28,
  valueGap: 12,
} as const;

export function barStyle(figure: SceneFigure): BarRow['style'] {
  switch (figure.qualifier) {
    case 'planned':
    case 'named':
      return 'planned';
    case 'at-least':
      return 'open-end';
    case 'about':
      return 'approximate';
    case 'exact':
      return 'solid';
  }
}

/** `formatValue` writes a figure's value in the reader's language (the label beside its bar). */
export function layoutBars(
  figures: readonly SceneFigure[],
  width: number,
  lit: (figureId: string) => boolean,
  labelOf: (figure: SceneFigure) => string,
  formatValue: (figure: SceneFigure) => string,
): BarLayout {
  const groups = new Map<string, SceneFigure[]>();
  for (const f of figures) groups.set(f.unit, [...(groups.get(f.unit) ?? []), f]);
  const { fontSize, lineHeight, labelGap, barHeight, rowGap, groupGap, valueGap } = BAR_METRICS;
  const rows: BarRow[] = [];
  let y = 0;
  [...groups.values()].forEach((group, g) => {
    if (g > 0) y += groupGap;
    const max = Math.max(...group.map((f) => f.value));
    // Linear from zero: a bar's length is its value's share of the group's largest.
    const x = (value: number) => (value / (max || 1)) * Math.max(0, width);
    for (const figure of group) {
      const value = formatValue(figure);
      const room = width - estimateTextWidth(value, fontSize, true) - valueGap;
      const labelLines = wrapText(labelOf(figure), Math.max(room, width * 0.3), fontSize);
      const labelHeight = labelLines.length * lineHeight + labelGap;
      rows.push({
        figure,
        group: g,
        labelLines,
        value,
        y,
        barY: y + labelHeight,
        // A non-zero value never disappears: at least a hairline shows there is a bar.
        barWidth: figure.value > 0 ? Math.max(2, x(figure.value)) : 0,
        style: barStyle(figure),
        highlighted: lit(figure.id),
      });
      y += labelHeight + barHeight + rowGap;
    }
  });
  return { rows, height: Math.max(0, y - rowGap) };
}
