// The map-data build as pure functions: parsed sources in, TopoJSON strings out, plus the checks
// that every expected feature is there with the right names, and the size budget.
// scripts/geo/build-geo.ts is the command-line wrapper that reads and writes files.
import { gzipSync } from 'node:zlib';
import { geoContains } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Place } from '../../src/content/schema.ts';
import { decodeEchartsGeoJson } from './decodeEcharts.ts';
import type { PlainFeature } from './decodeEcharts.ts';
import { diaoyuPolygon, nanhaiInsetPolygons } from './echartsFixes.ts';
import { PROVINCE_NAMES } from './provinceNames.ts';
import type { GeoSources } from './sources.ts';
import { buildTopology, checkAreas, mergeShapes, serialise } from './topo.ts';
import type { Layer, LayerFeature, OutTopology, TopoParams, TopoStats } from './topo.ts';

/** All files in data/geo together, gzipped at level 9 (60 KB, counted as 60,000 bytes). */
export const BUDGET_GZIP_BYTES = 60_000;

/**
 * Per map view. Thresholds are in screen pixels at 1440 px width, the widest the story draws a
 * map: quantization keeps a grid step well under a pixel, and simplification drops a point only
 * where the triangle it makes with its neighbours is smaller than `minTrianglePx2`.
 */
export const GEO_PARAMS = {
  china: { quantization: 4000, minTrianglePx2: 4, minRingPx2: 4, viewWidthPx: 1440 },
  aksu: { quantization: 4000, minTrianglePx2: 2, minRingPx2: 4, viewWidthPx: 1440 },
  zhejiang: { quantization: 4000, minTrianglePx2: 4, minRingPx2: 4, viewWidthPx: 1440 },
} as const satisfies Record<string, TopoParams>;

/** Names and kind of the South China Sea islands inset, a map feature that is not one of our places. */
export const NANHAI = {
  id: 'south-china-sea-islands',
  zh: '南海诸岛',
  en: 'South China Sea Islands',
  kind: 'inset',
} as const;

/** Aksu's counties: the name in the source → our place id. */
export const AKSU_COUNTY_IDS: Readonly<Record<string, string>> = {
  阿克苏市: 'aksu-city',
  // 库车县 became the county-level city 库车市 (Kuqa City) in December 2019; the geodata predates
  // that. The id maps it to our place 'kuqa', whose names in places.json are the current ones.
  库车县: 'kuqa',
  温宿县: 'wensu',
  沙雅县: 'shaya',
  新和县: 'xinhe',
  拜城县: 'baicheng',
  乌什县: 'wushi',
  阿瓦提县: 'awat',
  柯坪县: 'keping',
};
export const ALAR_SOURCE_NAME = '阿拉尔市';

// Written out here, not taken from sources.ts, so that this list is the spec and not the input.
export const ZHEJIANG_CITY_IDS = [
  'hangzhou',
  'ningbo',
  'wenzhou',
  'jiaxing',
  'huzhou',
  'shaoxing',
  'jinhua',
  'quzhou',
  'lishui',
  'taizhou',
  'zhoushan',
] as const;

export interface ObjectSpec {
  ids: readonly string[];
  /** Whether features carry a label point (properties lon, lat). */
  labels: boolean;
}
export interface GeoFileSpec {
  file: string;
  objects: Readonly<Record<string, ObjectSpec>>;
}

export const GEO_FILES: readonly GeoFileSpec[] = [
  {
    file: 'china.topo.json',
    objects: {
      provinces: { ids: Object.values(PROVINCE_NAMES).map((p) => p.id), labels: false },
      aksu: { ids: ['aksu-and-alar'], labels: false },
      nanhai: { ids: [NANHAI.id], labels: false },
    },
  },
  {
    file: 'aksu.topo.json',
    objects: {
      counties: { ids: Object.values(AKSU_COUNTY_IDS), labels: true },
      alar: { ids: ['alar'], labels: true },
    },
  },
  {
    file: 'zhejiang.topo.json',
    objects: { cities: { ids: ZHEJIANG_CITY_IDS, labels: true } },
  },
];

export interface BuiltGeoFile {
  file: string;
  content: string;
  features: number;
  stats: TopoStats;
}

function placeById(places: readonly Place[], id: string): Place {
  const place = places.find((p) => p.id === id);
  if (!place) throw new Error(`data/places.json: no place with id '${id}'`);
  return place;
}

const asMulti = (geometry: Polygon | MultiPolygon): Position[][][] =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;

function placeFeature(places: readonly Place[], id: string, source: PlainFeature): LayerFeature {
  const place = placeById(places, id);
  const out: LayerFeature = {
    id,
    zh: place.name.zh,
    en: place.name.en,
    kind: place.kind,
    geometry: source.geometry,
  };
  if (source.properties.cp) out.cp = source.properties.cp;
  return out;
}

function byName(features: readonly PlainFeature[], name: string, where: string): PlainFeature {
  const [match, ...more] = features.filter((f) => f.properties.name === name);
  if (!match || more.length) {
    throw new Error(
      `${where}: expected one feature named ${name}, found ${more.length + (match ? 1 : 0)}`,
    );
  }
  return match;
}

export function countyFeatures(sources: GeoSources): LayerFeature[] {
  const features = decodeEchartsGeoJson(sources.aksuCounties, 'aksu counties');
  const unknown = features.filter((f) => !(f.properties.name in AKSU_COUNTY_IDS));
  if (unknown.length) {
    throw new Error(
      `aksu counties: unexpected ${unknown.map((f) => f.properties.name).join(', ')}`,
    );
  }
  return Object.entries(AKSU_COUNTY_IDS).map(([name, id]) =>
    placeFeature(sources.places, id, byName(features, name, 'aksu counties')),
  );
}

export function buildChina(sources: GeoSources): { topology: OutTopology; stats: TopoStats } {
  const decoded = decodeEchartsGeoJson(sources.china, 'echarts china.json');
  const provinces = decoded.map((source): LayerFeature => {
    const names = PROVINCE_NAMES[source.properties.name];
    if (!names)
      throw new Error(`echarts china.json: no English name for ${source.properties.name}`);
    const place = sources.places.find((p) => p.id === names.id);
    const feature: LayerFeature = {
      id: names.id,
      zh: place?.name.zh ?? names.zh,
      en: place?.name.en ?? names.en,
      kind: place?.kind ?? names.kind,
      geometry: source.geometry,
    };
    if (names.id === 'taiwan') {
      // ECharts draws the Diaoyu Islands as part of Taiwan; protected, as they are too small to
      // survive simplification and the ring filter.
      const polygons = [...asMulti(source.geometry), diaoyuPolygon()];
      feature.geometry = { type: 'MultiPolygon', coordinates: polygons };
      feature.protect = [polygons.length - 1];
    }
    return feature;
  });
  // The locator's highlight: Aksu's counties and Alar together. The counties leave a hole where
  // Alar is, so merging them alone would show a hole; with Alar the outline is the one the
  // package's own shape-only 阿克苏地区 file has (same area), i.e. the place 'aksu-and-alar'.
  const area = placeById(sources.places, 'aksu-and-alar');
  const aksu: LayerFeature = {
    id: area.id,
    zh: area.name.zh,
    en: area.name.en,
    kind: area.kind,
    geometry: mergeShapes(
      [...countyFeatures(sources), alarFeature(sources)].map((f) => f.geometry),
    ),
  };
  const inset = nanhaiInsetPolygons();
  const nanhai: LayerFeature = {
    ...NANHAI,
    geometry: { type: 'MultiPolygon', coordinates: inset },
    // A drawn schematic (dashes and a frame): simplifying it would only bend its straight lines.
    protect: inset.map((_, i) => i),
  };
  const layers: Layer[] = [
    { name: 'provinces', features: provinces, labels: false },
    { name: 'aksu', features: [aksu], labels: false },
    { name: 'nanhai', features: [nanhai], labels: false },
  ];
  return buildTopology(layers, GEO_PARAMS.china);
}

function alarFeature(sources: GeoSources): LayerFeature {
  const alar = byName(decodeEchartsGeoJson(sources.alar, 'alar'), ALAR_SOURCE_NAME, 'alar');
  return placeFeature(sources.places, 'alar', alar);
}

export function buildAksu(sources: GeoSources): { topology: OutTopology; stats: TopoStats } {
  // One topology for both objects: Alar's edge follows the counties' borders (in this data the
  // counties leave a hole where Alar is), so its arcs are shared with theirs and the two stay in
  // register. Alar lies within Aksu Prefecture's area: draw it after the counties, on top.
  return buildTopology(
    [
      { name: 'counties', features: countyFeatures(sources), labels: true },
      { name: 'alar', features: [alarFeature(sources)], labels: true },
    ],
    GEO_PARAMS.aksu,
  );
}

export function buildZhejiang(sources: GeoSources): { topology: OutTopology; stats: TopoStats } {
  const cities = Object.entries(sources.zhejiangCities).map(([id, json]): LayerFeature => {
    const place = placeById(sources.places, id);
    const counties = decodeEchartsGeoJson(json, id);
    if (counties.length < 2) throw new Error(`zhejiang ${id}: expected the city's counties`);
    // No cp for a whole city in the package (only per county): the label falls back to the centroid.
    return {
      id,
      zh: place.name.zh,
      en: place.name.en,
      kind: place.kind,
      geometry: mergeShapes(counties.map((c) => c.geometry)),
    };
  });
  return buildTopology([{ name: 'cities', features: cities, labels: true }], GEO_PARAMS.zhejiang);
}

/** Builds every file in memory. Same sources in, same strings out. */
export function buildGeoFiles(sources: GeoSources): BuiltGeoFile[] {
  const built: [string, { topology: OutTopology; stats: TopoStats }][] = [
    ['china.topo.json', buildChina(sources)],
    ['aksu.topo.json', buildAksu(sources)],
    ['zhejiang.topo.json', buildZhejiang(sources)],
  ];
  return built.map(([file, { topology, stats }]) => ({
    file,
    content: serialise(topology),
    features: Object.values(topology.objects).reduce((n, o) => n + o.geometries.length, 0),
    stats,
  }));
}

export function sizes(content: string | Buffer): { raw: number; gzip: number } {
  const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length };
}

/**
 * Checks one written file against its spec: each problem names the file, the object and the
 * feature. Used by the build before it writes, and by the tests on the committed files.
 */
export function checkGeoFile(
  spec: GeoFileSpec,
  content: string,
  places: readonly Place[],
): string[] {
  const at = `data/geo/${spec.file}`;
  let t: OutTopology;
  try {
    t = JSON.parse(content) as OutTopology;
  } catch (error) {
    return [`${at}: not JSON (${String(error)})`];
  }
  const problems: string[] = [];
  for (const [name, object] of Object.entries(spec.objects)) {
    const geometries = t.objects?.[name]?.geometries;
    if (!geometries) {
      problems.push(`${at}: object '${name}' is missing`);
      continue;
    }
    const found = geometries.map((g) => g.id);
    for (const id of object.ids) {
      if (!found.includes(id)) problems.push(`${at}: ${name}: feature '${id}' is missing`);
    }
    for (const id of found) {
      if (!object.ids.includes(id))
        problems.push(`${at}: ${name}: feature '${id}' is not expected`);
    }
    const allowed = object.labels ? ['zh', 'en', 'kind', 'lon', 'lat'] : ['zh', 'en', 'kind'];
    for (const g of geometries) {
      const where = `${at}: ${name}: feature '${g.id}'`;
      const keys = Object.keys(g.properties ?? {});
      if (keys.join() !== allowed.join()) {
        problems.push(
          `${where}: properties are [${keys.join(', ')}], expected [${allowed.join(', ')}]`,
        );
      }
      for (const key of ['zh', 'en', 'kind'] as const) {
        if (typeof g.properties?.[key] !== 'string' || !g.properties[key].trim()) {
          problems.push(`${where}: ${key} is missing`);
        }
      }
      const place = places.find((p) => p.id === g.id);
      if (place) {
        const { zh, en, kind } = g.properties;
        if (zh !== place.name.zh || en !== place.name.en || kind !== place.kind) {
          problems.push(
            `${where}: names ${zh} / ${en} (${kind}) differ from data/places.json: ${place.name.zh} / ${place.name.en} (${place.kind})`,
          );
        }
      }
      if (object.labels) {
        const shape = topoFeature(t as unknown as Topology, g as never) as Feature;
        const { lon, lat } = g.properties;
        if (typeof lon !== 'number' || typeof lat !== 'number' || !geoContains(shape, [lon, lat])) {
          problems.push(`${where}: label point ${lon}, ${lat} is not inside the feature`);
        }
      }
    }
  }
  for (const name of Object.keys(t.objects ?? {})) {
    if (!(name in spec.objects)) problems.push(`${at}: object '${name}' is not expected`);
  }
  if (!problems.length) problems.push(...checkAreas(t).map((p) => `${at}: ${p}`));
  return problems;
}
