// The committed map files in data/geo/: every expected feature with our ids and names, label points
// on their shapes, shared borders, the size budget, the ECharts decoder, and a build that is
// deterministic and matches what is committed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoArea, geoContains } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, neighbors } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Place } from '../../src/content/schema.ts';
import {
  BUDGET_GZIP_BYTES,
  buildGeoFiles,
  checkGeoFile,
  GEO_FILES,
  sizes,
} from '../../scripts/geo/buildGeo.ts';
import type { BuiltGeoFile } from '../../scripts/geo/buildGeo.ts';
import { decodeEchartsGeoJson, decodePolygon } from '../../scripts/geo/decodeEcharts.ts';
import { PROVINCE_NAMES } from '../../scripts/geo/provinceNames.ts';
import { loadGeoSources } from '../../scripts/geo/sources.ts';
import type { GeoSources } from '../../scripts/geo/sources.ts';
import { cleanRing, rewindForD3 } from '../../scripts/geo/topo.ts';
import { AKSU_COUNTY_IDS } from './aksuPlaces.ts';

const GEO_DIR = 'data/geo';
const places = (JSON.parse(readFileSync('data/places.json', 'utf8')) as { places: Place[] }).places;

type Shape = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

const read = (file: string): Topology =>
  JSON.parse(readFileSync(join(GEO_DIR, file), 'utf8')) as Topology;
const geometriesOf = (t: Topology, name: string): GeometryObject[] =>
  (t.objects[name] as GeometryCollection).geometries;
const featuresOf = (t: Topology, name: string): Shape[] =>
  (feature(t, t.objects[name] as GeometryCollection) as FeatureCollection).features as Shape[];
const idsOf = (t: Topology, name: string): string[] =>
  geometriesOf(t, name).map((g) => String(g.id));

describe('ECharts decoder', () => {
  it('decodes a hand-worked ring: offsets, zigzag and deltas', () => {
    // '@' is 64 → 0; 'B' is 66 → 2 → +1; 'A' is 65 → 1 → -1 (in 1/1024 degree).
    expect(decodePolygon('@@BA', [120 * 1024, 30 * 1024])).toEqual([
      [120, 30],
      [120 + 1 / 1024, 30 - 1 / 1024],
    ]);
  });

  it('puts known places inside their provinces in echarts@4.9.0 china.json', () => {
    const sources = loadGeoSources('.');
    const provinces = decodeEchartsGeoJson(sources.china);
    const byName = (name: string): Feature => {
      const f = provinces.find((p) => p.properties.name === name)!;
      return { type: 'Feature', properties: {}, geometry: rewindForD3(f.geometry) };
    };
    expect(provinces).toHaveLength(34);
    expect(geoContains(byName('北京'), [116.3975, 39.9087])).toBe(true); // Tiananmen
    expect(geoContains(byName('浙江'), [120.155, 30.274])).toBe(true); // Hangzhou
    expect(geoContains(byName('新疆'), [87.617, 43.826])).toBe(true); // Ürümqi
    expect(geoContains(byName('新疆'), [120.155, 30.274])).toBe(false);
  });

  it('leaves plain files (UTF8Encoding: false) as they are', () => {
    const sources = loadGeoSources('.');
    const [first] = decodeEchartsGeoJson(sources.alar);
    const ring = (sources.alar.features[0]!.geometry.coordinates as number[][][])[0]!;
    expect(first!.geometry.coordinates[0]).toEqual(ring);
  });
});

describe('ring clean-up', () => {
  it('removes repeated points and out-and-back spikes, also across the closing point', () => {
    const ring = [
      [0, 0],
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 0],
      [2, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    expect(cleanRing(ring)).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ]);
    expect(
      cleanRing([
        [5, 5],
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
        [5, 5],
      ]),
    ).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ]);
    expect(
      cleanRing([
        [0, 0],
        [1, 0],
        [0, 0],
      ]),
    ).toBeUndefined();
  });

  it('winds rings for d3-geo: a small square has a small area, whichever way it came', () => {
    const ccw = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    for (const ring of [ccw, [...ccw].reverse()]) {
      const f: Feature = {
        type: 'Feature',
        properties: {},
        geometry: rewindForD3({ type: 'Polygon', coordinates: [ring] }),
      };
      expect(geoArea(f)).toBeLessThan(0.001);
      expect(geoContains(f, [0.5, 0.5])).toBe(true);
    }
  });
});

describe('data/geo files', () => {
  const china = read('china.topo.json');
  const aksu = read('aksu.topo.json');
  const zhejiang = read('zhejiang.topo.json');
  const place = (id: string): Place => places.find((p) => p.id === id)!;

  it('pass the build’s own checks (ids, names, properties, label points, winding)', () => {
    for (const spec of GEO_FILES) {
      const content = readFileSync(join(GEO_DIR, spec.file), 'utf8');
      expect(checkGeoFile(spec, content, places)).toEqual([]);
    }
  });

  it('china: 34 provinces, the Aksu highlight and the South China Sea islands inset', () => {
    expect(Object.keys(china.objects)).toEqual(['provinces', 'aksu', 'nanhai']);
    const ids = idsOf(china, 'provinces');
    expect(ids).toHaveLength(34);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids)).toEqual(new Set(Object.values(PROVINCE_NAMES).map((p) => p.id)));
    for (const id of ['zhejiang', 'xinjiang', 'taiwan', 'hainan', 'hong-kong', 'macao']) {
      expect(ids).toContain(id);
    }
    expect(idsOf(china, 'aksu')).toEqual(['aksu-and-alar']);
    expect(idsOf(china, 'nanhai')).toEqual(['south-china-sea-islands']);
    const nanhai = featuresOf(china, 'nanhai')[0]!;
    expect((nanhai.geometry as MultiPolygon).coordinates).toHaveLength(12); // coast, 10 dashes, frame
    const taiwan = featuresOf(china, 'provinces').find((f) => f.id === 'taiwan')!;
    expect(geoContains(taiwan, [121.0, 23.7])).toBe(true);
    expect(geoContains(taiwan, [123.474, 25.743])).toBe(true); // the Diaoyu Islands
  });

  it('china: Zhejiang and Xinjiang are named as in places.json; the Aksu outline sits in Xinjiang', () => {
    const provinces = featuresOf(china, 'provinces');
    for (const id of ['zhejiang', 'xinjiang']) {
      const f = provinces.find((p) => p.id === id)!;
      expect(f.properties).toEqual({
        zh: place(id).name.zh,
        en: place(id).name.en,
        kind: place(id).kind,
      });
    }
    const xinjiang = provinces.find((p) => p.id === 'xinjiang')!;
    expect(geoContains(xinjiang, [81.0, 41.0])).toBe(true);
    const outline = featuresOf(china, 'aksu')[0]!;
    expect(geoContains(outline, [81.0, 41.0])).toBe(true); // near Aksu City
    expect(geoContains(outline, [81.28, 40.55])).toBe(true); // Alar: no hole
  });

  it('the province table agrees with places.json and has 34 distinct ids', () => {
    const table = Object.values(PROVINCE_NAMES);
    expect(table).toHaveLength(34);
    expect(new Set(table.map((p) => p.id)).size).toBe(34);
    for (const p of table) {
      expect(p.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      const ours = places.find((q) => q.id === p.id);
      if (ours) expect([p.zh, p.en, p.kind]).toEqual([ours.name.zh, ours.name.en, ours.kind]);
    }
  });

  it('aksu: 9 counties and Alar, named as in places.json, Kuqa as 库车市 / Kuqa City', () => {
    expect(Object.keys(aksu.objects)).toEqual(['counties', 'alar']);
    expect(idsOf(aksu, 'counties')).toEqual([...AKSU_COUNTY_IDS]);
    expect(idsOf(aksu, 'alar')).toEqual(['alar']);
    for (const f of [...featuresOf(aksu, 'counties'), ...featuresOf(aksu, 'alar')]) {
      const p = place(String(f.id));
      expect(f.properties).toMatchObject({ zh: p.name.zh, en: p.name.en, kind: p.kind });
    }
    const kuqa = featuresOf(aksu, 'counties').find((f) => f.id === 'kuqa')!;
    expect(kuqa.properties.zh).toBe('库车市');
    expect(kuqa.properties.en).toBe('Kuqa City');
    expect(readFileSync(join(GEO_DIR, 'aksu.topo.json'), 'utf8')).not.toContain('库车县');
  });

  it('aksu: Alar shares its borders with the counties around it (one topology)', () => {
    const all = [...geometriesOf(aksu, 'counties'), ...geometriesOf(aksu, 'alar')];
    const alarIndex = all.length - 1;
    const around = neighbors(all)[alarIndex]!.map((i) => String(all[i]!.id));
    expect(around).toEqual(expect.arrayContaining(['aksu-city', 'awat', 'shaya']));
  });

  it('zhejiang: 11 cities named as in places.json, with shared borders', () => {
    expect(Object.keys(zhejiang.objects)).toEqual(['cities']);
    expect(idsOf(zhejiang, 'cities')).toEqual([
      'hangzhou',
      'huzhou',
      'jiaxing',
      'jinhua',
      'lishui',
      'ningbo',
      'quzhou',
      'shaoxing',
      'taizhou',
      'wenzhou',
      'zhoushan',
    ]);
    for (const f of featuresOf(zhejiang, 'cities')) {
      const p = place(String(f.id));
      expect(f.properties).toMatchObject({ zh: p.name.zh, en: p.name.en, kind: p.kind });
    }
    const geometries = geometriesOf(zhejiang, 'cities');
    const ids = geometries.map((g) => String(g.id));
    const around = neighbors(geometries)[ids.indexOf('hangzhou')]!.map((i) => ids[i]);
    expect(around).toEqual(
      expect.arrayContaining(['huzhou', 'jiaxing', 'shaoxing', 'jinhua', 'quzhou']),
    );
    // Jiande and Lanxi, missing from the package's shape-only outlines, are there.
    const cities = featuresOf(zhejiang, 'cities');
    expect(
      geoContains(
        cities.find((f) => f.id === 'hangzhou')!,
        [119.28, 29.47],
      ),
    ).toBe(true);
    expect(
      geoContains(
        cities.find((f) => f.id === 'jinhua')!,
        [119.46, 29.21],
      ),
    ).toBe(true);
  });

  it('carry only the allowed properties, and label points inside their own feature', () => {
    const cases: [Topology, string, boolean][] = [
      [china, 'provinces', false],
      [china, 'aksu', false],
      [china, 'nanhai', false],
      [aksu, 'counties', true],
      [aksu, 'alar', true],
      [zhejiang, 'cities', true],
    ];
    for (const [t, name, labels] of cases) {
      for (const f of featuresOf(t, name)) {
        const keys = labels ? ['zh', 'en', 'kind', 'lon', 'lat'] : ['zh', 'en', 'kind'];
        expect(Object.keys(f.properties), `${name}/${f.id}`).toEqual(keys);
        for (const key of ['zh', 'en', 'kind']) expect(f.properties[key]).toMatch(/\S/);
        // d3-geo reads winding: an inside-out ring would cover the rest of the globe.
        expect(geoArea(f), `${name}/${f.id}`).toBeGreaterThan(0);
        expect(geoArea(f), `${name}/${f.id}`).toBeLessThan(2 * Math.PI);
        if (!labels) continue;
        const { lon, lat } = f.properties as { lon: number; lat: number };
        expect(Math.round(lon * 1000) / 1000).toBe(lon);
        expect(Math.round(lat * 1000) / 1000).toBe(lat);
        expect(geoContains(f, [lon, lat]), `label of ${name}/${f.id}`).toBe(true);
      }
    }
  });

  it(`are ${BUDGET_GZIP_BYTES} bytes or less gzipped, all together`, () => {
    const total = readdirSync(GEO_DIR)
      .map((file) => sizes(readFileSync(join(GEO_DIR, file))).gzip)
      .reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });
});

describe('buildGeoFiles', () => {
  let sources: GeoSources;
  let first: BuiltGeoFile[];
  beforeAll(() => {
    sources = loadGeoSources('.');
    first = buildGeoFiles(sources);
  });

  it('gives the same bytes twice, equal to the committed files', () => {
    const second = buildGeoFiles(loadGeoSources('.'));
    expect(second.map((b) => b.content)).toEqual(first.map((b) => b.content));
    for (const b of first) {
      expect(b.content, `${b.file} is stale: run npm run data:geo`).toBe(
        readFileSync(join(GEO_DIR, b.file), 'utf8'),
      );
    }
  });

  it('writes compact JSON with a fixed key order', () => {
    for (const b of first) {
      // Compact: re-serialising the parsed file gives the same string (no indentation, no spaces).
      expect(JSON.stringify(JSON.parse(b.content)) === b.content, b.file).toBe(true);
      expect(Object.keys(JSON.parse(b.content) as object)).toEqual([
        'type',
        'bbox',
        'transform',
        'objects',
        'arcs',
      ]);
    }
  });

  it('names the file and the feature when one is missing', () => {
    const spec = GEO_FILES.find((s) => s.file === 'aksu.topo.json')!;
    const t = JSON.parse(first.find((b) => b.file === spec.file)!.content) as Topology;
    const counties = t.objects['counties'] as GeometryCollection;
    counties.geometries = counties.geometries.filter((g) => g.id !== 'kuqa');
    expect(checkGeoFile(spec, JSON.stringify(t), places)).toContain(
      "data/geo/aksu.topo.json: counties: feature 'kuqa' is missing",
    );
  });

  it('names the feature whose names differ from places.json', () => {
    const spec = GEO_FILES.find((s) => s.file === 'aksu.topo.json')!;
    const t = JSON.parse(first.find((b) => b.file === spec.file)!.content) as Topology;
    const kuqa = (t.objects['counties'] as GeometryCollection).geometries.find(
      (g) => g.id === 'kuqa',
    )!;
    kuqa.properties = { ...kuqa.properties, zh: '库车县' };
    expect(checkGeoFile(spec, JSON.stringify(t), places).join('\n')).toMatch(
      /aksu\.topo\.json: counties: feature 'kuqa': names 库车县/,
    );
  });
});
