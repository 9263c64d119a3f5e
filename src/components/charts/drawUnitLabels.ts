// Draws what a unit layout says in SVG around its units: the "+" after a lower bound's last unit
// and the dashed outlines of numbers in a name (the 100 and 1,000 stores). The labels are mark
// labels (drawMarkLabels.ts); the units themselves are painted on a canvas (unitCanvas.ts),
// which moves a thousand marks in a slow phone's frame.
import { select } from 'd3-selection';
import type { Outline } from '../../charts/chartLayout.ts';
import type { UnitBlock, UnitLayout } from '../../charts/unitGrid.ts';

export function drawUnitLabels(
  gEl: SVGGElement,
  layout: UnitLayout,
  outlines: readonly Outline[],
): void {
  const g = select(gEl);
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
