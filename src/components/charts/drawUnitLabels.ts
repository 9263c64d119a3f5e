// Draws what a unit layout says in SVG around its units: block labels, the "+" after a lower
// bound and the ticks of smaller figures. The units themselves are painted on a canvas
// (unitCanvas.ts), which moves a thousand marks in a slow phone's frame.
import { select } from 'd3-selection';
import type { UnitThreshold } from '../../charts/chartPlan.ts';
import { UNIT_METRICS, type UnitBlock, type UnitLayout } from '../../charts/unitGrid.ts';

export function drawUnitLabels(
  gEl: SVGGElement,
  layout: UnitLayout,
  thresholds: readonly UnitThreshold[],
): void {
  const g = select(gEl);
  g.selectAll<SVGTextElement, UnitBlock>('text.block-label')
    .data(
      layout.groups.filter((b) => b.label),
      (d) => d.key,
    )
    .join('text')
    .attr('class', 'block-label')
    .attr('x', (d) => d.label?.x ?? 0)
    // The layout gives the label's top; text is placed by its baseline, one font size lower.
    .attr('y', (d) => (d.label?.y ?? 0) + UNIT_METRICS.fontSize)
    .selectAll('tspan')
    .data((d) => d.label?.lines.map((line, i) => ({ line, i, x: d.label?.x ?? 0 })) ?? [])
    .join('tspan')
    .attr('x', (d) => d.x)
    .attr('dy', (d) => (d.i === 0 ? 0 : UNIT_METRICS.lineHeight))
    .text((d) => d.line);

  // "+" after a lower bound's last unit: the real count is higher.
  const plusAt = (block: UnitBlock): [number, number] => {
    const last = layout.units.filter((u) => u.groupKey === block.key).at(-1);
    return last
      ? [last.x + last.size + 3, last.y + last.size]
      : [block.x + block.width + 3, block.y + block.height];
  };
  g.selectAll<SVGTextElement, UnitBlock & { at: [number, number] }>('text.open-end')
    .data(
      layout.groups.filter((b) => b.openEnd).map((b) => ({ ...b, at: plusAt(b) })),
      (d) => d.key,
    )
    .join('text')
    .attr('class', 'open-end')
    .text('+')
    .attr('x', (d) => d.at[0])
    .attr('y', (d) => d.at[1]);

  // A smaller figure of the same series (a target inside the count reached) is a tick at its
  // last unit; the key under the chart says what each tick is, so no label crowds the marks.
  const flags = thresholds.flatMap((th) => {
    const unit = layout.units.filter((u) => u.series === th.series)[th.units - 1];
    return unit ? [{ ...th, x: unit.x + unit.size, y: unit.y, size: unit.size }] : [];
  });
  g.selectAll<SVGLineElement, (typeof flags)[number]>('line.threshold')
    .data(flags, (d) => d.figureId)
    .join('line')
    .attr('class', 'threshold')
    .attr('data-figure', (d) => d.figureId)
    .classed('is-planned', (d) => d.planned)
    .attr('x1', (d) => d.x + 1)
    .attr('x2', (d) => d.x + 1)
    .attr('y1', (d) => d.y - 4)
    .attr('y2', (d) => d.y + d.size + 4);
}
