// Draws direct labels on chart marks (the number in bold, then what it is, and a leader where
// the label stands off its mark), big numbers, and shares against their 0–100% frame.
import { select } from 'd3-selection';
import 'd3-transition';
import type { ShareMark, StatMark } from '../../charts/chartLayout.ts';
import { LABEL_TEXT, whatBaseline, type MarkLabel } from '../../charts/markLabels.ts';

export function drawMarkLabels(
  gEl: SVGGElement,
  labels: readonly MarkLabel[],
  highlighted: (figureId: string) => boolean,
  delay: number,
): void {
  const { firstLine, lineHeight } = LABEL_TEXT;
  select(gEl)
    .selectAll<SVGGElement, MarkLabel>('g.mark-label')
    .data(labels, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'mark-label').attr('opacity', 0);
      g.append('line').attr('class', 'leader');
      g.append('text').attr('class', 'amount');
      g.append('text').attr('class', 'what');
      return g;
    })
    .attr('data-figure', (d) => d.figureId)
    .classed('is-inside', (d) => d.inside)
    .classed('is-muted', (d) => !highlighted(d.figureId))
    .call((g) =>
      g
        .select('line')
        .attr('x1', (d) => d.leader?.x1 ?? 0)
        .attr('y1', (d) => d.leader?.y1 ?? 0)
        .attr('x2', (d) => d.leader?.x2 ?? 0)
        .attr('y2', (d) => d.leader?.y2 ?? 0)
        .attr('visibility', (d) => (d.leader ? 'visible' : 'hidden')),
    )
    .call((g) =>
      g
        .select('text.amount')
        .attr('x', (d) => d.x)
        .attr('y', (d) => d.y + firstLine)
        .text((d) => d.amount),
    )
    .call((g) =>
      g
        .select('text.what')
        .attr('x', (d) => d.x)
        .attr('y', (d) => d.y + whatBaseline(Boolean(d.amount)))
        .selectAll('tspan')
        .data((d) => d.lines.map((line, i) => ({ line, i, x: d.x })))
        .join('tspan')
        .attr('x', (t) => t.x)
        .attr('dy', (t) => (t.i === 0 ? 0 : lineHeight))
        .text((t) => t.line),
    )
    .transition('labels')
    .delay(delay)
    .duration(delay ? 200 : 0)
    .attr('opacity', 1);
}

export function drawStat(gEl: SVGGElement, stat: StatMark | null, colour: string): void {
  select(gEl)
    .selectAll<SVGTextElement, StatMark>('text.stat')
    .data(stat ? [stat] : [], (d) => d.figureId)
    .join('text')
    .attr('class', 'stat')
    .attr('data-figure', (d) => d.figureId)
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .style('font-size', (d) => `${d.size}px`)
    .attr('fill', colour)
    .text((d) => d.text);
}

export function drawShare(gEl: SVGGElement, share: ShareMark | null, colour: string): void {
  const g = select(gEl);
  const data = share ? [share] : [];
  g.selectAll<SVGRectElement, ShareMark>('rect.share-frame')
    .data(data, (d) => d.figureId)
    .join('rect')
    .attr('class', 'share-frame')
    .attr('x', (d) => d.frame.x)
    .attr('y', (d) => d.frame.y)
    .attr('width', (d) => d.frame.width)
    .attr('height', (d) => d.frame.height);
  g.selectAll<SVGRectElement, ShareMark>('rect.share-fill')
    .data(data, (d) => d.figureId)
    .join('rect')
    .attr('class', 'share-fill')
    .attr('data-figure', (d) => d.figureId)
    .attr('fill', colour)
    .attr('x', (d) => d.frame.x)
    .attr('y', (d) => d.frame.y)
    .attr('width', (d) => d.fill)
    .attr('height', (d) => d.frame.height);
  g.selectAll<SVGTextElement, ShareMark['ticks'][number] & { y: number }>('text.share-tick')
    .data(share ? share.ticks.map((t) => ({ ...t, y: share.tickY })) : [])
    .join('text')
    .attr('class', 'share-tick')
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .attr('text-anchor', (_, i) => (i === 0 ? 'start' : i === 2 ? 'end' : 'middle'))
    .text((d) => d.text);
}
