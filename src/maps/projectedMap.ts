// The map files the browser loads, made at build time from the story's topologies (data/geo):
// every place already projected into a fixed reference frame and written as a compact SVG path,
// with its label point and the bounds each camera view must show. A phone then never projects
// a coastline: the first map costs a JSON parse, and sizes and steps only move a camera.
// Two files: the geographic map (China, Aksu, Alar; needed for the first view) and the pairing
// map (Aksu's places and Zhejiang's cities as two small maps; needed from the second step).
import {
  geoBounds,
  geoConicEqualArea,
  geoMercator,
  geoPath,
  geoTransform,
  type GeoProjection,
} from 'd3-geo';
import type { Extent, Size } from './camera.ts';
import type { MapData, MapFeature } from './mapFeatures.ts';
import type { CameraTarget } from './mapState.ts';
import { greatCircleLine, greatCircleMidpoint, type LonLat } from './route.ts';

export type { Extent } from './camera.ts';

/** The route's line and its ends and middle, in reference units. */
export interface RouteMarks {
  d: string;
  from: [number, number] | null;
  to: [number, number] | null;
  mid: [number, number] | null;
}

/** One place: its id, its kind (a Zhejiang city, a county…) and its outline in reference units. */
export interface MapPath {
  id: string;
  kind: string;
  d: string;
}

export interface GeoMap {
  /** The conic projection into the reference frame (see chinaProjectionFrom). */
  projection: { scale: number; translate: [number, number] };
  /** The locator's route between the two seats, when the story has one. */
  route: RouteMarks | null;
  provinces: MapPath[];
  aksuOutline: MapPath[];
  nanhai: MapPath[];
  counties: MapPath[];
  alar: MapPath[];
  /** Label points of Aksu's places and of the provinces, in reference units. */
  anchors: Record<string, [number, number]>;
  /** What each camera view must show, in reference units. */
  bounds: Record<CameraTarget, Extent>;
}

export interface PairingSideMap {
  paths: MapPath[];
  anchors: Record<string, [number, number]>;
  bounds: Extent;
}

export interface PairingMap {
  aksu: PairingSideMap;
  zhejiang: PairingSideMap;
}

/**
 * The frame China is projected into: wider than any drawing of the whole country. Provinces are
 * only ever seen whole, so a tenth of a unit is finer than a pixel; Aksu's places are seen up to
 * about 40 times closer, so they keep hundredths.
 */
export const GEO_REFERENCE: Size = { width: 1600, height: 1200 };
const COARSE = 1;
const FINE = 2;
/** Each small pairing map is drawn at most about 700 pixels across. */
const PAIRING_BOX: Extent = [
  [0, 0],
  [1000, 1000],
];

/** Albers-style conic for China (standard parallels 25°N and 47°N, centred on 105°E). */
function chinaConic(): GeoProjection {
  return geoConicEqualArea().parallels([25, 47]).rotate([-105, 0]);
}

export function chinaProjection(
  fitTo: GeoJSON.FeatureCollection,
  size: Size,
  margin: number,
): GeoProjection {
  return chinaConic().fitExtent(
    [
      [margin, margin],
      [Math.max(margin + 1, size.width - margin), Math.max(margin + 1, size.height - margin)],
    ],
    fitTo,
  );
}

/** The conic as the build fitted it, from the map file's parameters. */
export function chinaProjectionFrom(fitted: GeoMap['projection']): GeoProjection {
  return chinaConic().scale(fitted.scale).translate(fitted.translate);
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

/** The route as a path in the projection, with its ends and the middle of the great circle. */
export function routeMarks(projection: GeoProjection, from: LonLat, to: LonLat): RouteMarks {
  const point = (p: LonLat) => {
    const at = projection(p);
    return at ? ([round(at[0]), round(at[1])] as [number, number]) : null;
  };
  return {
    d: compactPath(geoPath(projection)(greatCircleLine(from, to)) ?? '', FINE),
    from: point(from),
    to: point(to),
    mid: point(greatCircleMidpoint(from, to)),
  };
}

/**
 * d3's absolute path (M, L and Z only, as polygons give) as relative moves on a grid of
 * 10^-digits: the grid is applied to absolute points first, so rounding never accumulates.
 */
export function compactPath(d: string, digits: number): string {
  const scale = 10 ** digits;
  const num = (n: number) => String(n / scale);
  // A minus sign separates numbers by itself; a positive number after another needs a space.
  const pair = (x: number, y: number) => `${num(x)}${y < 0 ? '' : ' '}${num(y)}`;
  let out = '';
  let px = 0;
  let py = 0;
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === 'Z') {
      out += 'z';
      continue;
    }
    const [x, y] = (args ?? '').split(',').map((v) => Math.round(Number(v) * scale)) as [
      number,
      number,
    ];
    if (command === 'M') out += `M${pair(x, y)}`;
    else if (x !== px || y !== py) out += `l${pair(x - px, y - py)}`;
    px = x;
    py = y;
  }
  return out;
}

/** The points of a compact path (absolute M, relative l, z), in reference units. */
export function compactPathPoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([Mlz])([^Mlz]*)/g)) {
    if (command === 'z') continue;
    const [a = 0, b = 0] = (args ?? '').match(/-?\d*\.?\d+(?:e-?\d+)?/g)?.map(Number) ?? [];
    [x, y] = command === 'M' ? [a, b] : [x + a, y + b];
    points.push([x, y]);
  }
  return points;
}

function mapPaths(projection: GeoProjection, features: MapFeature[], digits: number): MapPath[] {
  const path = geoPath(projection);
  return features.map((f) => ({
    id: f.id,
    kind: f.properties.kind,
    d: compactPath(path(f) ?? '', digits),
  }));
}

/** Label points: a place's own seat where the data gives one, else its centroid. */
function anchorsOf(projection: GeoProjection, features: MapFeature[]) {
  const path = geoPath(projection);
  const anchors: Record<string, [number, number]> = {};
  for (const f of features) {
    const { lon, lat } = f.properties;
    const at = lon !== undefined && lat !== undefined ? projection([lon, lat]) : path.centroid(f);
    if (at && Number.isFinite(at[0])) anchors[f.id] = [round(at[0]), round(at[1])];
  }
  return anchors;
}

/**
 * ECharts' aspect for its China map (a degree of longitude drawn 0.75 as wide as one of latitude):
 * the inset's shapes were drawn for it, so in it the frame is the upright rectangle it is meant to be.
 */
const INSET_ASPECT = 0.75;

/**
 * The South China Sea islands inset as Chinese maps draw it: an upright box, not projected. The
 * inset is a picture in its own frame, not a place on the conic, so its shapes (lon/lat placed by
 * ECharts below and right of 126°E 25°N) are drawn by a plain scale: its top-left corner where the
 * conic puts that corner, its height the conic's length of its span of latitude there.
 */
export function insetTransform(projection: GeoProjection, features: readonly MapFeature[]) {
  const [[lon0, lat0], [lon1, lat1]] = geoBounds({
    type: 'FeatureCollection',
    features: [...features],
  });
  const corner = projection([lon0, lat1]) ?? [0, 0];
  const foot = projection([lon0, lat0]) ?? [0, 1];
  const height = Math.hypot(foot[0] - corner[0], foot[1] - corner[1]);
  const k = height / Math.max(1e-9, lat1 - lat0);
  const x = (lon: number) => corner[0] + (lon - lon0) * k * INSET_ASPECT;
  const y = (lat: number) => corner[1] + (lat1 - lat) * k;
  return {
    transform: geoTransform({
      point(lon: number, lat: number) {
        this.stream.point(x(lon), y(lat));
      },
    }),
    frame: [
      [x(lon0), y(lat1)],
      [x(lon1), y(lat0)],
    ] as Extent,
  };
}

function insetPaths(projection: GeoProjection, features: MapFeature[]): MapPath[] {
  const path = geoPath(insetTransform(projection, features).transform);
  return features.map((f) => ({
    id: f.id,
    kind: f.properties.kind,
    d: compactPath(path(f) ?? '', COARSE),
  }));
}

function union(a: Extent, b: Extent): Extent {
  return [
    [Math.min(a[0][0], b[0][0]), Math.min(a[0][1], b[0][1])],
    [Math.max(a[1][0], b[1][0]), Math.max(a[1][1], b[1][1])],
  ];
}

const round = (n: number) => Math.round(n * 100) / 100;
const roundExtent = ([[x0, y0], [x1, y1]]: Extent): Extent => [
  [round(x0), round(y0)],
  [round(x1), round(y1)],
];

export function projectGeoMap(data: MapData, route: { from: LonLat; to: LonLat } | null): GeoMap {
  const china = [...data.provinces, ...data.nanhai];
  const projection = chinaProjection(
    { type: 'FeatureCollection', features: china },
    GEO_REFERENCE,
    0,
  );
  const aksuPlaces = [...data.counties, ...data.alar];
  const seats = anchorsOf(
    projection,
    aksuPlaces.filter((f) => f.properties.lon !== undefined),
  );
  // Provinces and the prefecture's outline are labelled at their centroids.
  const centroids = anchorsOf(
    projection,
    [...data.provinces, ...data.aksuOutline].map((f) => ({
      ...f,
      properties: { ...f.properties, lon: undefined, lat: undefined },
    })),
  );
  const [tx, ty] = projection.translate();
  return {
    projection: { scale: projection.scale(), translate: [tx, ty] },
    route: route ? routeMarks(projection, route.from, route.to) : null,
    provinces: mapPaths(projection, data.provinces, COARSE),
    aksuOutline: mapPaths(projection, data.aksuOutline, FINE),
    nanhai: insetPaths(projection, data.nanhai),
    counties: mapPaths(projection, data.counties, FINE),
    alar: mapPaths(projection, data.alar, FINE),
    anchors: { ...seats, ...centroids },
    bounds: {
      china: roundExtent(
        union(boundsOf(projection, data.provinces), insetTransform(projection, data.nanhai).frame),
      ),
      aksu: roundExtent(boundsOf(projection, aksuPlaces)),
      // Alar with its neighbours around it, so the reader sees where in Aksu it lies.
      alar: roundExtent(grow(boundsOf(projection, data.alar), 2.2)),
    },
  };
}

function pairingSide(features: MapFeature[]): PairingSideMap {
  const collection = { type: 'FeatureCollection' as const, features };
  const projection = geoMercator().fitExtent(PAIRING_BOX, collection);
  return {
    paths: mapPaths(projection, features, COARSE),
    anchors: anchorsOf(projection, features),
    bounds: roundExtent(geoPath(projection).bounds(collection)),
  };
}

export function projectPairingMap(data: MapData): PairingMap {
  return {
    aksu: pairingSide([...data.counties, ...data.alar]),
    zhejiang: pairingSide(data.zhejiangCities),
  };
}
