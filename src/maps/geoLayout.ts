// The geographic map laid out for a size: one projection of China, every feature as a path
// string, the camera's views (China, Aksu, Alar) and the label anchors. Pure: data and size in.
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
export interface GeoLayout {
  projection: GeoProjection;
  provinces: GeoPath[];
  aksuOutline: GeoPath[];
  nanhai: GeoPath[];
  counties: GeoPath[];
  alar: GeoPath[];
  views: Record<CameraTarget, ZoomView>;
  /** Projected label points of Aksu's places and of the two highlighted provinces. */
  anchors: Record<string, [number, number]>;
}

const MARGIN = 12;

function paths(projection: GeoProjection, features: MapFeature[]): GeoPath[] {
  const path = geoPath(projection).digits(2);
  return features.map((feature) => ({ id: feature.id, d: path(feature) ?? '', feature }));
}

export function layoutGeo(data: MapData, size: Size): GeoLayout {
  const china = {
    type: 'FeatureCollection' as const,
    features: [...data.provinces, ...data.nanhai],
  };
  const projection = chinaProjection(china, size, MARGIN);
  const aksuPlaces = [...data.counties, ...data.alar];
  const compact = size.width < 600;
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
    views: {
      china: viewOfBounds(boundsOf(projection, china.features), size, 0),
      aksu: viewOfBounds(boundsOf(projection, aksuPlaces), size, compact ? 16 : 40),
      // Alar with its neighbours around it, so the reader sees where in Aksu it lies.
      alar: viewOfBounds(grow(boundsOf(projection, data.alar), 2.2), size, compact ? 16 : 40),
    },
    anchors,
  };
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
