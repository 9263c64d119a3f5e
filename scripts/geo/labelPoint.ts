// Picks the label anchor of a map feature: the source's `cp` where it lies inside the (simplified)
// feature, else d3-geo's centroid, else a point well inside the largest polygon. The anchor is
// rounded to 3 decimals (about 100 m) and checked again after rounding, so the front end can
// trust that every label sits on its own shape.
import { geoArea, geoCentroid, geoContains } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { xy } from './planar.ts';

export interface LabelPoint {
  lon: number;
  lat: number;
  /** Which rule gave the point, for the build's log and the README. */
  from: 'cp' | 'centroid' | 'interior';
}

type Shape = Feature<Polygon | MultiPolygon>;

const round3 = (v: number): number => Math.round(v * 1000) / 1000;

function inside(feature: Shape, point: Position): [number, number] | undefined {
  const [lon, lat] = xy(point);
  const rounded: [number, number] = [round3(lon), round3(lat)];
  return geoContains(feature, rounded) ? rounded : undefined;
}

function polygonsOf(feature: Shape): Position[][][] {
  return feature.geometry.type === 'Polygon'
    ? [feature.geometry.coordinates]
    : feature.geometry.coordinates;
}

function distanceToRings(point: Position, rings: Position[][]): number {
  // Planar distance with longitude shrunk by cos(latitude): good enough to rank candidates.
  const [lon, lat] = xy(point);
  const k = Math.cos((lat * Math.PI) / 180);
  const [px, py] = [lon * k, lat];
  let best = Infinity;
  for (const ring of rings) {
    for (const [i, a] of ring.entries()) {
      const b = ring[i + 1];
      if (!b) continue;
      const [ax, ay] = [xy(a)[0] * k, xy(a)[1]];
      const [bx, by] = [xy(b)[0] * k, xy(b)[1]];
      const dx = bx - ax;
      const dy = by - ay;
      const len2 = dx * dx + dy * dy;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
      best = Math.min(best, Math.hypot(px - (ax + t * dx), py - (ay + t * dy)));
    }
  }
  return best;
}

/** The grid point of the polygon farthest from its edges: a small, deterministic polylabel. */
function deepestPoint(feature: Shape, polygon: Position[][], steps = 60): Position | undefined {
  const outer = polygon[0] ?? [];
  const xs = outer.map((p) => xy(p)[0]);
  const ys = outer.map((p) => xy(p)[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let best: Position | undefined;
  let bestDistance = -1;
  for (let i = 1; i < steps; i++) {
    for (let j = 1; j < steps; j++) {
      const point: Position = [x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * j) / steps];
      if (!inside(feature, point)) continue;
      const d = distanceToRings(point, polygon);
      if (d > bestDistance) [best, bestDistance] = [point, d];
    }
  }
  return best;
}

export function labelPoint(feature: Shape, cp?: readonly [number, number]): LabelPoint {
  const fromCp = cp ? inside(feature, [cp[0], cp[1]]) : undefined;
  if (fromCp) return { lon: fromCp[0], lat: fromCp[1], from: 'cp' };
  const centroid = inside(feature, geoCentroid(feature));
  if (centroid) return { lon: centroid[0], lat: centroid[1], from: 'centroid' };
  // An archipelago's centroid (Zhoushan) falls in the sea: label its largest island instead.
  const largest = polygonsOf(feature)
    .map((coordinates) => ({ coordinates, area: geoArea({ type: 'Polygon', coordinates }) }))
    .sort((a, b) => b.area - a.area)[0];
  if (largest) {
    const own = inside(feature, geoCentroid({ type: 'Polygon', coordinates: largest.coordinates }));
    if (own) return { lon: own[0], lat: own[1], from: 'interior' };
    const deep = deepestPoint(feature, largest.coordinates);
    const point = deep ? inside(feature, deep) : undefined;
    if (point) return { lon: point[0], lat: point[1], from: 'interior' };
  }
  throw new Error(`no label point inside feature ${String(feature.id)}`);
}
