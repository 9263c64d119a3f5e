// The geographic map: one projection of China into a fixed reference frame, every feature as a
// path string, and the label anchors (projectGeo); then, for a size, the camera's views of China,
// Aksu and Alar (viewsFor). The paths never depend on the screen, so a map that changes size
// (a phone's toolbar, a figures strip that grows) only gets new views, never a new projection.
// Pure: data and size in.
import { geoPath, type GeoProjection } from 'd3-geo';
import type { ZoomView } from 'd3-interpolate';
import { boundsOf, chinaProjection, grow, viewOfBounds, type Size } from './camera.ts';
import type { MapData, MapFeature } from './mapData.ts';
import type { CameraTarget } from './mapState.ts';
import { greatCircleLine, type LonLat } from './route.ts';

export interface GeoPath {
  id: string;
  d: string;
  feature: MapFeature;
}
type Extent = [[number, number], [number, number]];

export interface GeoProjected {
  projection: GeoProjection;
  provinces: GeoPath[];
  aksuOutline: GeoPath[];
  nanhai: GeoPath[];
  counties: GeoPath[];
  alar: GeoPath[];
  /** Projected label points of Aksu's places and of the two highlighted provinces. */
  anchors: Record<string, [number, number]>;
  /** What each camera view must show, in projected units. */
  bounds: Record<CameraTarget, Extent>;
}

export interface GeoLayout extends GeoProjected {
  views: Record<CameraTarget, ZoomView>;
}

/**
 * The frame China is projected into. Wider than any drawing of the whole country, so two decimals
 * stay finer than a pixel even when the camera zooms in to Alar.
 */
const REFERENCE: Size = { width: 1600, height: 1200 };
/** Screen pixels kept clear around China. */
const MARGIN = 12;

function paths(projection: GeoProjection, features: MapFeature[]): GeoPath[] {
  const path = geoPath(projection).digits(2);
  return features.map((feature) => ({ id: feature.id, d: path(feature) ?? '', feature }));
}

/** Projections already made: a map drawn again (back from a chart) reuses its data's. */
const projectedMaps = new WeakMap<MapData, GeoProjected>();

export function projectGeo(data: MapData): GeoProjected {
  let projected = projectedMaps.get(data);
  if (!projected) {
    projected = projectFresh(data);
    projectedMaps.set(data, projected);
  }
  return projected;
}

/** The projection made for this data before, if any (making one is a slow phone's long task). */
export function projectedAlready(data: MapData): GeoProjected | null {
  return projectedMaps.get(data) ?? null;
}

function projectFresh(data: MapData): GeoProjected {
  const china = {
    type: 'FeatureCollection' as const,
    features: [...data.provinces, ...data.nanhai],
  };
  const projection = chinaProjection(china, REFERENCE, 0);
  const aksuPlaces = [...data.counties, ...data.alar];
  const anchors: Record<string, [number, number]> = {};
  for (const f of aksuPlaces) {
    const { lon, lat } = f.properties;
    const at = lon !== undefined && lat !== undefined ? projection([lon, lat]) : null;
    if (at) anchors[f.id] = at;
  }
  for (const f of [...data.provinces, ...data.aksuOutline]) {
    const centroid = geoPath(projection).centroid(f);
    if (Number.isFinite(centroid[0])) anchors[f.id] = centroid;
  }
  return {
    projection,
    provinces: paths(projection, data.provinces),
    aksuOutline: paths(projection, data.aksuOutline),
    nanhai: paths(projection, data.nanhai),
    counties: paths(projection, data.counties),
    alar: paths(projection, data.alar),
    anchors,
    bounds: {
      china: boundsOf(projection, china.features),
      aksu: boundsOf(projection, aksuPlaces),
      // Alar with its neighbours around it, so the reader sees where in Aksu it lies.
      alar: grow(boundsOf(projection, data.alar), 2.2),
    },
  };
}

/** The camera's views for a size: cheap, so worked out again whenever the size changes. */
export function viewsFor(projected: GeoProjected, size: Size): Record<CameraTarget, ZoomView> {
  const padding = size.width < 600 ? 16 : 40;
  return {
    china: viewOfBounds(projected.bounds.china, size, MARGIN),
    aksu: viewOfBounds(projected.bounds.aksu, size, padding),
    alar: viewOfBounds(projected.bounds.alar, size, padding),
  };
}

export function layoutGeo(data: MapData, size: Size): GeoLayout {
  const projected = projectGeo(data);
  return { ...projected, views: viewsFor(projected, size) };
}

/** The route as a path in the layout's projection, and its end points. */
export function routePath(
  layout: GeoLayout,
  from: LonLat,
  to: LonLat,
): { d: string; from: [number, number] | null; to: [number, number] | null } {
  return {
    d: geoPath(layout.projection).digits(2)(greatCircleLine(from, to)) ?? '',
    from: layout.projection(from),
    to: layout.projection(to),
  };
}
