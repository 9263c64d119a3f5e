// Loads the story's map files (data/geo, built by `npm run data:geo`) as GeoJSON, once. The files
// ship as assets beside the code and are fetched relative to it, so the map works from any path.
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import chinaUrl from '../../data/geo/china.topo.json?url';
import aksuUrl from '../../data/geo/aksu.topo.json?url';
import zhejiangUrl from '../../data/geo/zhejiang.topo.json?url';

export interface MapFeatureProps {
  zh: string;
  en: string;
  kind: string;
  lon?: number;
  lat?: number;
}
export type MapFeature = GeoJSON.Feature<GeoJSON.Geometry, MapFeatureProps> & { id: string };

export interface MapData {
  provinces: MapFeature[];
  aksuOutline: MapFeature[];
  nanhai: MapFeature[];
  counties: MapFeature[];
  alar: MapFeature[];
  zhejiangCities: MapFeature[];
}

function features(topology: Topology, object: string): MapFeature[] {
  const geometries = topology.objects[object] as GeometryCollection<MapFeatureProps> | undefined;
  if (!geometries) throw new Error(`map data: no object "${object}"`);
  return feature(topology, geometries).features as MapFeature[];
}

async function fetchTopology(url: string): Promise<Topology> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`map data: ${url} answered ${response.status}`);
  return (await response.json()) as Topology;
}

/** The map's features from the three topologies (pure: also used by the tests in node). */
export function mapDataFrom(china: Topology, aksu: Topology, zhejiang: Topology): MapData {
  return {
    provinces: features(china, 'provinces'),
    aksuOutline: features(china, 'aksu'),
    nanhai: features(china, 'nanhai'),
    counties: features(aksu, 'counties'),
    alar: features(aksu, 'alar'),
    zhejiangCities: features(zhejiang, 'cities'),
  };
}

let loading: Promise<MapData> | null = null;

export function loadMapData(): Promise<MapData> {
  loading ??= Promise.all([chinaUrl, aksuUrl, zhejiangUrl].map(fetchTopology)).then(
    ([china, aksu, zhejiang]) =>
      mapDataFrom(china as Topology, aksu as Topology, zhejiang as Topology),
  );
  loading.catch(() => {
    loading = null; // let a later attempt retry
  });
  return loading;
}
