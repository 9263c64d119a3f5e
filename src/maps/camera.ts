// The map's camera: one equal-area projection of China fitted to the map's size, and views
// ([centre x, centre y, width], in projected pixels) that d3.interpolateZoom moves between.
// A view becomes an SVG transform; paths are projected once, so a camera move only changes it.
import { geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
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
type Extent = [[number, number], [number, number]];

/** Albers-style conic for China (standard parallels 25°N and 47°N, centred on 105°E). */
export function chinaProjection(
  fitTo: GeoJSON.FeatureCollection,
  size: Size,
  margin: number,
): GeoProjection {
  return geoConicEqualArea()
    .parallels([25, 47])
    .rotate([-105, 0])
    .fitExtent(
      [
        [margin, margin],
        [Math.max(margin + 1, size.width - margin), Math.max(margin + 1, size.height - margin)],
      ],
      fitTo,
    );
}

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
  return `translate(${r(x)},${r(y)}) scale(${r(k)})`;
}

/** Screen position of a projected point under a transform. */
export function toScreen([px, py]: [number, number], t: Transform): [number, number] {
  return [px * t.k + t.x, py * t.k + t.y];
}

export function boundsOf(projection: GeoProjection, features: GeoJSON.Feature[]): Extent {
  return geoPath(projection).bounds({ type: 'FeatureCollection', features });
}

/** Grows bounds about their centre (to show the surroundings of a small place). */
export function grow(bounds: Extent, factor: number): Extent {
  const [[x0, y0], [x1, y1]] = bounds;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hw = ((x1 - x0) / 2) * factor;
  const hh = ((y1 - y0) / 2) * factor;
  return [
    [cx - hw, cy - hh],
    [cx + hw, cy + hh],
  ];
}
