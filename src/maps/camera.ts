// The map's camera: views ([centre x, centre y, width], in projected units) that
// d3.interpolateZoom moves between. A view becomes an SVG transform for a size; the paths are
// projected once, at build time (projectedMap.ts), so a camera move only changes the transform.
import type { ZoomView } from 'd3-interpolate';

export interface Size {
  width: number;
  height: number;
}
export interface Transform {
  k: number;
  x: number;
  y: number;
}
export type Extent = [[number, number], [number, number]];

/** The view that shows `bounds` whole inside the size, with `padding` pixels to spare on each side. */
export function viewOfBounds(bounds: Extent, size: Size, padding: number): ZoomView {
  const [[x0, y0], [x1, y1]] = bounds;
  const w = Math.max(1e-6, x1 - x0);
  const h = Math.max(1e-6, y1 - y0);
  const innerW = Math.max(1, size.width - 2 * padding);
  const innerH = Math.max(1, size.height - 2 * padding);
  // The view's width in projected pixels such that both dimensions fit.
  const width = Math.max(w, (h * innerW) / innerH) * (size.width / innerW);
  return [(x0 + x1) / 2, (y0 + y1) / 2, width];
}

export function transformOfView(view: ZoomView, size: Size): Transform {
  const k = size.width / view[2];
  return { k, x: size.width / 2 - view[0] * k, y: size.height / 2 - view[1] * k };
}

export function transformAttr({ k, x, y }: Transform): string {
  const r = (n: number) => Math.round(n * 1000) / 1000;
  // The scale keeps six significant digits: the reference frame is 1,600 units wide, so a scale
  // rounded to thousandths would put a phone's shapes half a pixel off their labels.
  return `translate(${r(x)},${r(y)}) scale(${Number(k.toPrecision(6))})`;
}

/** Screen position of a projected point under a transform. */
export function toScreen([px, py]: [number, number], t: Transform): [number, number] {
  return [px * t.k + t.x, py * t.k + t.y];
}
