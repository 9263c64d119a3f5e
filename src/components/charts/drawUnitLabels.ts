// Draws what a unit layout says in SVG around its units: the "+" after a lower bound's last unit
// and the dashed outlines of numbers in a name (the 100 and 1,000 stores). The labels are mark
// labels (drawMarkLabels.ts); the units themselves are painted on a canvas (unitCanvas.ts),
// which moves a thousand marks in a slow phone's frame.
import { select } from 'd3-selection';
import type { Outline } from '../../charts/chartLayout.ts';
import { emptyBlocks, openEndAt, type UnitBlock, type UnitLayout } from '../../charts/unitGrid.ts';

export function drawUnitLabels(
  gEl: SVGGElement,
  layout: UnitLayout,
  outlines: readonly Outline[],
): void {
  const g = select(gEl);
  // "+" after a lower bound's last unit: the real count is higher.
  g.selectAll<SVGTextElement, UnitBlock & { at: { x: number; y: number } }>('text.open-end')
    .data(
      layout.groups.filter((b) => b.openEnd).map((b) => ({ ...b, at: openEndAt(layout, b) })),
      (d) => d.key,
    )
    .join('text')
    .attr('class', 'open-end')
    .attr('dominant-baseline', 'central')
    .text('+')
    .attr('x', (d) => d.at.x)
    .attr('y', (d) => d.at.y);

  // Blocks a name reaches but no store fills: faint slots, so its outline reads as blocks of 100.
  g.selectAll<SVGRectElement, UnitBlock>('rect.block-slot')
    .data(emptyBlocks(layout), (d) => d.key)
    .join('rect')
    .attr('class', 'block-slot')
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .attr('width', (d) => d.width)
    .attr('height', (d) => d.height);

  // A number in a name is a dashed outline round the blocks it would fill, never a count.
  g.selectAll<SVGRectElement, Outline>('rect.outline')
    .data(outlines, (d) => d.figureId)
    .join('rect')
    .attr('class', 'outline')
    .attr('data-figure', (d) => d.figureId)
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .attr('width', (d) => d.width)
    .attr('height', (d) => d.height);
}
