// Small planar helpers on [lon, lat] positions, shared by the topology and label-point code.
import type { Position } from 'geojson';

/** A position's longitude and latitude (GeoJSON positions are plain number arrays). */
export const xy = (p: Position): [number, number] => [p[0] ?? NaN, p[1] ?? NaN];

/** Planar shoelace area in degrees²: negative for a clockwise ring. */
export function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  ring.forEach((p, i) => {
    const next = ring[i + 1];
    if (!next) return;
    const [x0, y0] = xy(p);
    const [x1, y1] = xy(next);
    sum += x0 * y1 - x1 * y0;
  });
  return sum / 2;
}
