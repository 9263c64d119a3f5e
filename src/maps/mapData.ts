// Loads the story's map files (data/geo, built by `npm run data:geo`) as GeoJSON, once. The files
// ship as assets beside the code and are fetched relative to it, so the map works from any path.
import type { Topology } from 'topojson-specification';
import { mapDataFrom, type MapData } from './mapFeatures.ts';
import chinaUrl from '../../data/geo/china.topo.json?url';
import aksuUrl from '../../data/geo/aksu.topo.json?url';
import zhejiangUrl from '../../data/geo/zhejiang.topo.json?url';

export type { MapData, MapFeature, MapFeatureProps } from './mapFeatures.ts';

async function fetchTopology(url: string): Promise<Topology> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`map data: ${url} answered ${response.status}`);
  return (await response.json()) as Topology;
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
