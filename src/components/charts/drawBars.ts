// Draws measures that units cannot show (tonnes, per cent) as zero-based bars, one scale per
// unit, with a keyed D3 join so a bar grows from the value it had in the previous step.
import { select } from 'd3-selection';
import 'd3-transition';
import type { BarRow } from '../../layouts/barRows.ts';

export function drawBars(
  gEl: SVGGElement,
  rows: readonly BarRow[],
  colour: (figureId: string) => string,
  duration: number,
  width: number,
): void {
  const g = select(gEl);
  g.selectAll<SVGGElement, BarRow>('g.bar-row')
    .data(rows, (d) => d.figure.id)
    .join((enter) => {
      const row = enter.append('g').attr('class', 'bar-row');
      row.append('text').attr('class', 'bar__label');
      row.append('text').attr('class', 'bar__value').attr('text-anchor', 'end');
      row.append('rect').attr('class', 'bar').attr('width', 0);
      return row;
    })
    .classed('is-muted', (d) => !d.highlighted)
    .call((row) =>
      row
        .select('text.bar__label')
        .attr('x', 0)
        .attr('y', (d) => d.y + 14)
        .selectAll('tspan')
        .data((d) => d.labelLines.map((line, i) => ({ line, i })))
        .join('tspan')
        .attr('x', 0)
        .attr('dy', (d) => (d.i === 0 ? 0 : 18))
        .text((d) => d.line),
    )
    .call((row) =>
      row
        .select('text.bar__value')
        .attr('x', width)
        .attr('y', (d) => d.y + 14)
        .text((d) => d.value),
    )
    .call((row) =>
      row
        .select('rect.bar')
        .attr('y', (d) => d.barY)
        .attr('height', 18)
        .attr('fill', (d) => (d.style === 'planned' ? 'url(#planned-hatch)' : colour(d.figure.id)))
        .attr('stroke', (d) => colour(d.figure.id))
        .transition('bars')
        .duration(duration)
        .attr('width', (d) => d.barWidth),
    );
}
