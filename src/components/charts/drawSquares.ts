// Draws the funding squares with keyed D3 joins, side by side on their baseline in the panel's
// pixels; a step that changes the amounts moves and resizes the same squares.
import { select } from 'd3-selection';
import 'd3-transition';
import type { FundingLayout, FundingSquare } from '../../charts/fundingSquares.ts';

export interface SquareStyle {
  colour: (figureId: string) => string;
  highlighted: (figureId: string) => boolean;
  duration: number;
}

export function drawSquares(gEl: SVGGElement, layout: FundingLayout, style: SquareStyle): void {
  const g = select(gEl);
  g.selectAll<SVGRectElement, FundingSquare>('rect.square')
    .data(layout.squares, (d) => d.key)
    .join(
      (enter) =>
        enter
          .append('rect')
          .attr('class', 'square')
          .attr('data-figure', (d) => d.figureId)
          .attr('x', (d) => d.x)
          .attr('y', (d) => d.y + d.side)
          .attr('width', (d) => d.side)
          .attr('height', 0),
      (update) => update,
      (exit) => exit.transition('squares').duration(style.duration).attr('opacity', 0).remove(),
    )
    .classed('is-planned', (d) => d.planned)
    .classed('is-muted', (d) => !style.highlighted(d.figureId))
    .attr('fill', (d) => (d.planned ? 'url(#planned-hatch)' : style.colour(d.figureId)))
    .attr('stroke', (d) => style.colour(d.figureId))
    .attr('opacity', 1)
    .transition('squares')
    .duration(style.duration)
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .attr('width', (d) => d.side)
    .attr('height', (d) => d.side);
}
