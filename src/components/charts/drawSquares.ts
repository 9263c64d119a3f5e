// Draws the funding squares with keyed D3 joins. Squares live in data units inside a camera
// group; a step that changes the focus zooms the camera (interpolated, interruptible), so the
// reader sees the small amounts grow out of the large ones rather than a new picture.
import { interpolate } from 'd3-interpolate';
import { select } from 'd3-selection';
import 'd3-transition';
import type { Camera, FundingLayout, FundingSquare } from '../../charts/fundingSquares.ts';
import type { SquareLabel } from '../../charts/squareLabels.ts';
import { SQUARE_LABEL_TEXT } from '../../charts/chartLayout.ts';

export interface SquareStyle {
  colour: (figureId: string) => string;
  highlighted: (figureId: string) => boolean;
  /** The label's amount and what it is (laid out in lines by the layout). */
  label: (figureId: string) => [string, string];
  duration: number;
}

const cameraAttr = (c: Camera) => `translate(${c.x},${c.y}) scale(${c.k})`;

function parseCamera(attr: string | null): Camera | null {
  const m = /translate\(([-\d.e]+),([-\d.e]+)\) scale\(([-\d.e]+)\)/.exec(attr ?? '');
  return m ? { x: Number(m[1]), y: Number(m[2]), k: Number(m[3]) } : null;
}

export function drawSquares(
  cameraEl: SVGGElement,
  labelsEl: SVGGElement,
  layout: FundingLayout,
  style: SquareStyle,
): void {
  const camera = select(cameraEl);
  const labels = select(labelsEl);
  const from = parseCamera(camera.attr('transform'));
  const to = layout.camera;
  if (!from || style.duration === 0) {
    camera.interrupt('camera').attr('transform', cameraAttr(to));
  } else {
    // Scale is interpolated in log space so a ×94 zoom moves at an even pace.
    const logK = interpolate(Math.log(from.k), Math.log(to.k));
    const xy = interpolate([from.x, from.y], [to.x, to.y]);
    camera
      .transition('camera')
      .duration(style.duration)
      .attrTween('transform', () => (t) => {
        const [x, y] = xy(t);
        return cameraAttr({ k: Math.exp(logK(t)), x: x ?? 0, y: y ?? 0 });
      });
  }

  camera
    .selectAll<SVGRectElement, FundingSquare>('rect.square')
    .data(layout.squares, (d) => d.key)
    .join(
      (enter) =>
        enter
          .append('rect')
          .attr('class', 'square')
          .attr('data-figure', (d) => d.figureId)
          .attr('opacity', 0),
      (update) => update,
      (exit) => exit.transition('squares').duration(style.duration).attr('opacity', 0).remove(),
    )
    .order()
    .classed('is-planned', (d) => d.planned)
    .classed('is-muted', (d) => !style.highlighted(d.figureId))
    .attr('fill', (d) => (d.planned ? 'url(#planned-hatch)' : style.colour(d.figureId)))
    .attr('stroke', (d) => style.colour(d.figureId))
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .attr('width', (d) => d.side)
    .attr('height', (d) => d.side)
    .transition('squares')
    .duration(style.duration)
    .attr('opacity', 1);

  // Labels are in screen space, placed for the camera the step ends with; they fade in after.
  labels
    .selectAll<SVGGElement, SquareLabel>('g.square-label')
    .data(layout.labelPositions, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'square-label').attr('opacity', 0);
      g.append('line').attr('class', 'leader');
      g.append('text').attr('class', 'amount');
      g.append('text').attr('class', 'what');
      return g;
    })
    .classed('is-inside', (d) => d.placement === 'inside')
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
        .attr('y', (d) => d.y + SQUARE_LABEL_TEXT.firstLine)
        .text((d) => style.label(d.figureId)[0]),
    )
    .call((g) =>
      g
        .select('text.what')
        .attr('x', (d) => d.x)
        .attr('y', (d) => d.y + SQUARE_LABEL_TEXT.firstLine + SQUARE_LABEL_TEXT.lineHeight)
        .selectAll('tspan')
        .data((d) => d.lines.map((line, i) => ({ line, i, x: d.x })))
        .join('tspan')
        .attr('x', (t) => t.x)
        .attr('dy', (t) => (t.i === 0 ? 0 : SQUARE_LABEL_TEXT.lineHeight))
        .text((t) => t.line),
    )
    .attr('opacity', 0)
    .transition('labels')
    .delay(style.duration)
    .duration(style.duration ? 200 : 0)
    .attr('opacity', 1);
}
