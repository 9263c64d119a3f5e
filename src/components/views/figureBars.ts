// Interim chart of a scene's figures: labelled bars from zero, like units grouped together,
// plans outlined, lower bounds with an open end (the chart components of issue 4 replace it).
import { svg, type SVGTemplateResult } from 'lit';
import type { Lang, UnitWords } from '../../content/schema.ts';
import { formatFigure } from '../../format/figureFormat.ts';
import { BAR_METRICS, layoutBars } from '../../layouts/barRows.ts';
import type { SceneFigure } from '../../story/scene.ts';
import { placeColor } from './placeColor.ts';

export function figureBars(
  figures: readonly SceneFigure[],
  highlight: string | null,
  width: number,
  lang: Lang,
  units: UnitWords,
): { height: number; content: SVGTemplateResult } {
  const layout = layoutBars(
    figures,
    width,
    highlight,
    (f) => f.label[lang],
    (f) => formatFigure(f, lang, units),
  );
  const { lineHeight } = BAR_METRICS;
  const content = svg`${layout.rows.map((row) => {
    const colour = placeColor(row.figure.place);
    const bar =
      row.style === 'planned'
        ? svg`<rect class="bar bar--planned" x="1" y=${row.barY + 1} width=${Math.max(0, row.barWidth - 2)}
            height=${BAR_METRICS.barHeight - 2} fill="url(#planned-hatch)" stroke=${colour} stroke-width="2"
            stroke-dasharray="5 3"></rect>`
        : svg`<rect class="bar" x="0" y=${row.barY} width=${row.barWidth} height=${BAR_METRICS.barHeight}
            fill=${colour}></rect>`;
    const openEnd =
      row.style === 'open-end' || row.style === 'approximate'
        ? svg`<path class="bar__end" d="M${row.barWidth + 3},${row.barY + 2}l6,${BAR_METRICS.barHeight / 2 - 2}l-6,${BAR_METRICS.barHeight / 2 - 2}"
            fill="none" stroke=${colour} stroke-width="2" stroke-dasharray=${row.style === 'approximate' ? '2 2' : 'none'}></path>`
        : null;
    return svg`<g class="bar-row ${row.highlighted ? 'is-highlighted' : 'is-muted'}" data-figure=${row.figure.id}>
        <text class="bar__label" x="0" y=${row.y + 14}>${row.labelLines.map(
          (line, i) => svg`<tspan x="0" dy=${i === 0 ? 0 : lineHeight}>${line}</tspan>`,
        )}</text>
        <text class="bar__value" x=${width} y=${row.y + 14} text-anchor="end">${row.value}</text>
        ${bar}${openEnd}
      </g>`;
  })}`;
  return { height: layout.height, content };
}
