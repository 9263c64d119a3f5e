// Draws a unit layout with a keyed D3 join: each unit is one <rect> keyed by series and index, so
// when a step adds units or regroups them the same marks move rather than being redrawn. Plans
// are outlined, partial units part-filled, lower bounds end with "+".
import { select } from 'd3-selection';
import 'd3-transition';
import type { UnitThreshold } from '../../charts/chartPlan.ts';
import {
  UNIT_METRICS,
  type UnitBlock,
  type UnitLayout,
  type UnitMark,
} from '../../charts/unitGrid.ts';

export interface UnitStyle {
  colour: (figureId: string) => string;
  highlighted: (figureId: string) => boolean;
  duration: number;
}

export function drawUnits(
  gEl: SVGGElement,
  layout: UnitLayout,
  thresholds: readonly UnitThreshold[],
  style: UnitStyle,
): void {
  const g = select(gEl);
  g.selectAll<SVGRectElement, UnitMark>('rect.unit')
    .data(layout.units, (d) => d.key)
    .join(
      (enter) =>
        enter
          .append('rect')
          .attr('class', 'unit')
          .attr('data-key', (d) => d.key)
          .attr('data-figure', (d) => d.figureId)
          .attr('x', (d) => d.x)
          .attr('y', (d) => d.y)
          .attr('width', 0)
          .attr('height', (d) => d.size)
          .attr('opacity', 0),
      (update) => update,
      (exit) => exit.transition('units').duration(style.duration).attr('opacity', 0).remove(),
    )
    .attr('data-figure', (d) => d.figureId)
    .classed('is-planned', (d) => d.planned)
    .classed('is-muted', (d) => !style.highlighted(d.figureId))
    .attr('fill', (d) => (d.planned ? 'none' : style.colour(d.figureId)))
    .attr('stroke', (d) => (d.planned ? style.colour(d.figureId) : 'none'))
    .transition('units')
    .duration(style.duration)
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .attr('width', (d) => Math.max(0.5, d.size * d.fraction))
    .attr('height', (d) => d.size)
    .attr('opacity', 1);

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
