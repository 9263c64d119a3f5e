// Draws the funding squares with keyed D3 joins, side by side on their baseline in the panel's
// pixels; a step that changes the amounts moves and resizes the same squares. A square too small
// to see gets its enlarged copy (dashed, with its factor in the label), tied to it by a leader.
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

  const insets = layout.squares.filter((s) => s.inset);
  g.selectAll<SVGRectElement, FundingSquare>('rect.inset')
    .data(insets, (d) => d.key)
    .join('rect')
    .attr('class', 'inset')
    .attr('data-figure', (d) => d.figureId)
    .classed('is-muted', (d) => !style.highlighted(d.figureId))
    .attr('fill', (d) => (d.planned ? 'url(#planned-hatch)' : style.colour(d.figureId)))
    .attr('stroke', 'var(--color-ink)')
    .attr('x', (d) => d.inset?.x ?? 0)
    .attr('y', (d) => d.inset?.y ?? 0)
    .attr('width', (d) => d.inset?.side ?? 0)
    .attr('height', (d) => d.inset?.side ?? 0);
}
