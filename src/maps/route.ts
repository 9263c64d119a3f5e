// The route of the locator map: the great circle between two seats, and its length, computed
// from coordinates (never typed in).
import { geoDistance, geoInterpolate } from 'd3-geo';

/** Mean Earth radius (IUGG), in kilometres. */
export const EARTH_RADIUS_KM = 6371.0088;

export type LonLat = [number, number];

export function greatCircleKm(from: LonLat, to: LonLat): number {
  return geoDistance(from, to) * EARTH_RADIUS_KM;
}

/** The great circle as a GeoJSON line of `segments` pieces (d3-geo draws it curved on any projection). */
export function greatCircleLine(from: LonLat, to: LonLat, segments = 64): GeoJSON.LineString {
  const at = geoInterpolate(from, to);
  return {
    type: 'LineString',
    coordinates: Array.from({ length: segments + 1 }, (_, i) => at(i / segments) as LonLat),
  };
}

export function greatCircleMidpoint(from: LonLat, to: LonLat): LonLat {
  return geoInterpolate(from, to)(0.5) as LonLat;
}

/** Distances are told to the nearest ten kilometres: the seats are points standing for cities. */
export function roundedKm(km: number): number {
  return Math.round(km / 10) * 10;
}
