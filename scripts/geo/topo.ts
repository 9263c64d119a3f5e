// Turns GeoJSON layers into one small, deterministic TopoJSON: topology (shared borders become shared
// arcs), Visvalingam simplification with a threshold set in screen pixels, removal of tiny rings
// (never a feature's largest ring, never a protected ring), quantization and delta-encoding, and a
// fixed key order so that the same input always serialises to the same bytes.
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature as topoFeature, merge, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, presimplify, simplify } from 'topojson-simplify';
import type { Filter } from 'topojson-simplify';
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Objects,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import { labelPoint } from './labelPoint.ts';
import { signedArea, xy } from './planar.ts';

export type Shape = Polygon | MultiPolygon;

/** The only properties a feature of ours carries (lon/lat only in layers with label points). */
export interface GeoProperties {
  zh: string;
  en: string;
  kind: string;
  lon?: number;
  lat?: number;
}

export interface LayerFeature {
  id: string;
  zh: string;
  en: string;
  kind: string;
  geometry: Shape;
  /** The source's label point, tried first when the layer has label points. */
  cp?: readonly [number, number];
  /** Indexes of polygons (in MultiPolygon order) never to simplify or drop. */
  protect?: readonly number[];
}

export interface Layer {
  /** The TopoJSON object name, e.g. 'provinces'. */
  name: string;
  features: readonly LayerFeature[];
  labels: boolean;
}

export interface TopoParams {
  /** Grid size of topojson-server's quantization (and of the final delta-encoded arcs). */
  quantization: number;
  /** Visvalingam threshold: smallest triangle (px²) a kept point may make, at `viewWidthPx`. */
  minTrianglePx2: number;
  /** Rings smaller than this (px², at `viewWidthPx`) are dropped, unless protected or largest. */
  minRingPx2: number;
  /** The widest the map may be drawn: the map's longitude span is assumed to fill it. */
  viewWidthPx: number;
}

export interface OutGeometry {
  type: 'Polygon' | 'MultiPolygon';
  id: string;
  properties: GeoProperties;
  arcs: number[][] | number[][][];
}

export interface OutTopology {
  type: 'Topology';
  bbox: number[];
  transform: { scale: [number, number]; translate: [number, number] };
  objects: Record<string, { type: 'GeometryCollection'; geometries: OutGeometry[] }>;
  arcs: number[][][];
}

export interface TopoStats {
  /** Points per arcs before and after simplification. */
  pointsIn: number;
  pointsOut: number;
  ringsDropped: number;
  labelsFrom: Record<string, string>;
}

/**
 * d3-geo reads a ring's winding to tell inside from outside (clockwise exteriors, the reverse of
 * RFC 7946): a ring the other way round fills the whole globe. Planar winding in lon/lat is safe
 * here, as no shape comes near a pole or the antimeridian.
 */
export function rewindForD3(geometry: Shape): Shape {
  const fix = (rings: Position[][]): Position[][] =>
    rings.map((ring, i) => {
      const clockwise = signedArea(ring) < 0;
      return (i === 0) === clockwise ? ring : [...ring].reverse();
    });
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: fix(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(fix) };
}

const same = (a: Position | undefined, b: Position | undefined): boolean =>
  !!a && !!b && a[0] === b[0] && a[1] === b[1];

/**
 * Removes repeated points and spikes (A→B→A) from a closed ring; undefined if nothing is left. The
 * sources have thousands of both: a spike on a border is walked out and back by both neighbours,
 * which cuts their shared arc into short pieces that topojson cannot simplify.
 */
export function cleanRing(ring: readonly Position[]): Position[] | undefined {
  const out: Position[] = [];
  for (const p of ring.slice(0, -1)) {
    if (same(out.at(-1), p)) continue;
    if (same(out.at(-2), p)) {
      out.pop();
      continue;
    }
    out.push(p);
  }
  // The same where the ring closes.
  while (out.length >= 3) {
    if (same(out[0], out.at(-1))) out.pop();
    else if (same(out.at(-2), out[0])) out.pop();
    else if (same(out[1], out.at(-1))) out.shift();
    else break;
  }
  const [first] = out;
  return first && out.length >= 3 ? [...out, first] : undefined;
}

export function cleanShape(geometry: Shape): Shape | undefined {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates)
    .map((polygon) => {
      const [outer, ...holes] = polygon.map(cleanRing);
      return outer ? [outer, ...holes.filter((h): h is Position[] => h !== undefined)] : undefined;
    })
    .filter((polygon): polygon is Position[][] => polygon !== undefined);
  return toShape(geometry.type, polygons);
}

/** A Polygon or MultiPolygon of the given polygons; undefined if there are none. */
function toShape(type: Shape['type'], polygons: Position[][][]): Shape | undefined {
  const [first] = polygons;
  if (!first) return undefined;
  return type === 'Polygon'
    ? { type: 'Polygon', coordinates: first }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/** One outline for a set of adjacent shapes (Aksu's counties → the prefecture), via shared arcs. */
export function mergeShapes(shapes: readonly Shape[]): MultiPolygon {
  const collection: FeatureCollection<Shape> = {
    type: 'FeatureCollection',
    features: shapes
      .map(cleanShape)
      .filter((geometry): geometry is Shape => geometry !== undefined)
      .map((geometry) => ({ type: 'Feature', properties: {}, geometry })),
  };
  const t = topology({ shapes: collection });
  const object = t.objects['shapes'] as GeometryCollection;
  return merge(t, object.geometries as (TopoPolygon | TopoMultiPolygon)[]);
}

type TopoShape = TopoPolygon | TopoMultiPolygon;
type WeightedArcs = number[][][]; // after presimplify: [lon, lat, weight]

function polygonsOf(geometry: TopoShape): number[][][] {
  return geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
}

/** The points of an arc, whichever way round the ring uses it (~index means reversed). */
const arcOf = (arcs: WeightedArcs, index: number): number[][] =>
  arcs[index < 0 ? ~index : index] ?? [];

function ringPositions(arcs: WeightedArcs, ring: readonly number[]): Position[] {
  const out: Position[] = [];
  for (const index of ring) {
    const arc = index < 0 ? [...arcOf(arcs, index)].reverse() : arcOf(arcs, index);
    out.push(...(out.length ? arc.slice(1) : arc));
  }
  return out;
}

/** Points of a ring that survive `simplify` at `minWeight` (presimplify stores weights third). */
function keptPoints(arcs: WeightedArcs, ring: readonly number[], minWeight: number): number {
  let kept = 0;
  for (const index of ring) {
    kept += arcOf(arcs, index)
      .slice(0, -1)
      .filter((p) => (p[2] ?? 0) >= minWeight).length;
  }
  return kept;
}

function protectRing(arcs: WeightedArcs, ring: readonly number[]): void {
  for (const index of ring) for (const point of arcOf(arcs, index)) point[2] = Infinity;
}

const countPoints = (arcs: readonly (readonly unknown[])[]): number =>
  arcs.reduce((n, arc) => n + arc.length, 0);

function shapeBbox(layers: readonly Layer[]): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const layer of layers) {
    for (const f of layer.features) {
      const polygons =
        f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const [x, y] of polygons.flat(2).map(xy)) {
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y);
        box[2] = Math.max(box[2], x);
        box[3] = Math.max(box[3], y);
      }
    }
  }
  return box;
}

/**
 * Prepares a feature for the topology: snaps every point to the final quantization grid (so that
 * snapping cannot create new spikes later), cleans the rings, and drops rings too small to see (the
 * sources hold slivers along borders that would also cut shared arcs). A feature's largest polygon
 * and its protected polygons always stay.
 */
function prepareShape(
  f: LayerFeature,
  snap: (p: Position) => Position,
  minRingArea: number,
): { geometry: Shape; dropped: number } {
  const source = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  let dropped = 0;
  const cleaned = source.map((polygon, i) => {
    const rings = polygon.map((ring) => cleanRing(ring.map(snap)));
    if (f.protect?.includes(i) && rings.some((ring) => !ring)) {
      throw new Error(`feature ${f.id}: protected polygon ${i} vanishes on the quantization grid`);
    }
    return rings;
  });
  const areas = cleaned.map((rings) => (rings[0] ? Math.abs(signedArea(rings[0])) : -1));
  const largest = areas.indexOf(Math.max(...areas));
  const polygons: Position[][][] = [];
  cleaned.forEach((rings, i) => {
    const [outer, ...holes] = rings;
    if (f.protect?.includes(i)) return void polygons.push(rings as Position[][]);
    if (!outer || (i !== largest && (areas[i] ?? -1) < minRingArea)) {
      return void (dropped += rings.length);
    }
    const kept = holes.filter(
      (h): h is Position[] => !!h && Math.abs(signedArea(h)) >= minRingArea,
    );
    dropped += holes.length - kept.length;
    polygons.push([outer, ...kept]);
  });
  const geometry = toShape(f.geometry.type, polygons);
  if (!geometry) throw new Error(`feature ${f.id}: nothing left on the quantization grid`);
  return { geometry, dropped };
}

export function buildTopology(
  layers: readonly Layer[],
  params: TopoParams,
): { topology: OutTopology; stats: TopoStats } {
  const box = shapeBbox(layers);
  const pxPerDegree = params.viewWidthPx / (box[2] - box[0]);
  const minWeight = params.minTrianglePx2 / pxPerDegree ** 2;
  const minRingArea = params.minRingPx2 / pxPerDegree ** 2;
  // The grid of topojson's quantization over this bbox; the final `quantize` lands on it exactly.
  const kx = (box[2] - box[0]) / (params.quantization - 1);
  const ky = (box[3] - box[1]) / (params.quantization - 1);
  const snap = (p: Position): Position => {
    const [x, y] = xy(p);
    return [
      box[0] + Math.round((x - box[0]) / kx) * kx,
      box[1] + Math.round((y - box[1]) / ky) * ky,
    ];
  };
  let ringsDropped = 0;

  const input: Record<string, FeatureCollection<Shape>> = {};
  const byId = new Map<string, LayerFeature>();
  for (const layer of layers) {
    // Sorted by id, so that feature order and arc order do not depend on the sources' order.
    const sorted = [...layer.features].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    input[layer.name] = {
      type: 'FeatureCollection',
      features: sorted.map((f): Feature<Shape> => {
        const { geometry, dropped } = prepareShape(f, snap, minRingArea);
        ringsDropped += dropped;
        return { type: 'Feature', id: f.id, properties: {}, geometry: rewindForD3(geometry) };
      }),
    };
    for (const f of sorted) byId.set(`${layer.name}/${f.id}`, f);
  }

  // Already on the grid: quantizing here again would only add rounding.
  const raw = topology(input);
  const bbox = raw.bbox ?? box;

  // topojson-server's typings allow null properties, topojson-simplify's do not: ours are {}.
  const weighted = presimplify(raw as Topology<Objects>);
  const arcs = weighted.arcs as WeightedArcs;
  const keep = new Set<readonly number[]>();
  for (const layer of layers) {
    const object = weighted.objects[layer.name] as GeometryCollection;
    for (const geometry of object.geometries as TopoShape[]) {
      const source = byId.get(`${layer.name}/${String(geometry.id)}`);
      const polygons = polygonsOf(geometry);
      polygons.forEach((polygon, i) => {
        if (!source?.protect?.includes(i)) return;
        for (const ring of polygon) {
          protectRing(arcs, ring);
          keep.add(ring);
        }
      });
      // Every feature keeps its largest ring, with at least a triangle's worth of points.
      const largest = polygons
        .map((polygon) => polygon[0] ?? [])
        .sort(
          (a, b) =>
            Math.abs(signedArea(ringPositions(arcs, b))) -
            Math.abs(signedArea(ringPositions(arcs, a))),
        )[0];
      if (largest) {
        keep.add(largest);
        if (keptPoints(arcs, largest, minWeight) < 4) protectRing(arcs, largest);
      }
    }
  }

  const simplified = simplify(weighted, minWeight);
  // topojson-simplify calls the filter with each ring's arc indexes (its typings say positions).
  const small = ((ring: readonly number[]): boolean => {
    const kept =
      keep.has(ring) ||
      Math.abs(signedArea(ringPositions(simplified.arcs as WeightedArcs, ring))) >= minRingArea;
    if (!kept) ringsDropped++;
    return kept;
  }) as unknown as Filter;
  const filtered = filter(simplified, small);
  const quantized = quantize(filtered, params.quantization);

  const labelsFrom: Record<string, string> = {};
  const objects: OutTopology['objects'] = {};
  for (const layer of layers) {
    const object = quantized.objects[layer.name] as GeometryCollection;
    const geometries = (object.geometries as (TopoShape | { type: null; id?: string })[]).map(
      (geometry): OutGeometry => {
        if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
          throw new Error(`${layer.name}: feature ${String(geometry.id)} lost all its rings`);
        }
        const id = String(geometry.id);
        const source = byId.get(`${layer.name}/${id}`);
        if (!source) throw new Error(`${layer.name}: unknown feature ${id}`);
        const properties: GeoProperties = { zh: source.zh, en: source.en, kind: source.kind };
        if (layer.labels) {
          const shape = topoFeature(quantized, geometry) as Feature<Shape>;
          const label = labelPoint({ ...shape, id }, source.cp);
          properties.lon = label.lon;
          properties.lat = label.lat;
          labelsFrom[id] = label.from;
        }
        return { type: geometry.type, id, properties, arcs: geometry.arcs };
      },
    );
    objects[layer.name] = { type: 'GeometryCollection', geometries };
  }

  const { transform } = quantized;
  if (!transform) throw new Error('topojson-client quantize gave no transform');
  const out: OutTopology = {
    type: 'Topology',
    bbox: [...bbox],
    transform: {
      scale: [transform.scale[0], transform.scale[1]],
      translate: [transform.translate[0], transform.translate[1]],
    },
    objects,
    arcs: quantized.arcs as number[][][],
  };
  return {
    topology: out,
    stats: {
      pointsIn: countPoints(raw.arcs),
      pointsOut: countPoints(out.arcs),
      ringsDropped,
      labelsFrom,
    },
  };
}

/** Area on the sphere of every feature: positive and under a hemisphere, or the winding is wrong. */
export function checkAreas(t: OutTopology): string[] {
  const problems: string[] = [];
  for (const [name, object] of Object.entries(t.objects)) {
    for (const geometry of object.geometries) {
      const area = geoArea(topoFeature(t as unknown as Topology, geometry as unknown as TopoShape));
      if (!(area > 0 && area < 2 * Math.PI)) {
        problems.push(
          `${name}: feature '${geometry.id}' has area ${area} sr (empty or inside out)`,
        );
      }
    }
  }
  return problems;
}

/** Compact JSON in a fixed key order (the order the objects above were built in). */
export function serialise(t: OutTopology): string {
  return JSON.stringify(t);
}
