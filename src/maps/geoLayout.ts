// The geographic map for a size: the paths, label points and route come projected from the build
// (projectedMap.ts), so all that is worked out here is the camera's views of China, Aksu and
// Alar. A map that changes size (a phone's toolbar, a figures strip that grows) only gets new
// views. Pure: the map file and a size in.
import type { ZoomView } from 'd3-interpolate';
import { viewOfBounds, type Size } from './camera.ts';
import type { CameraTarget } from './mapState.ts';
import type { GeoMap } from './projectedMap.ts';

export type { MapPath } from './projectedMap.ts';

export interface GeoLayout extends GeoMap {
  views: Record<CameraTarget, ZoomView>;
}

/** Screen pixels kept clear around China. */
const MARGIN = 12;

/** The camera's views for a size. */
export function viewsFor(map: GeoMap, size: Size): Record<CameraTarget, ZoomView> {
  const padding = size.width < 600 ? 16 : 40;
  return {
    china: viewOfBounds(map.bounds.china, size, MARGIN),
    aksu: viewOfBounds(map.bounds.aksu, size, padding),
    alar: viewOfBounds(map.bounds.alar, size, padding),
  };
}

export function layoutGeo(map: GeoMap, size: Size): GeoLayout {
  return { ...map, views: viewsFor(map, size) };
}
