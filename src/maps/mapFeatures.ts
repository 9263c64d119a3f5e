// The map's features from the story's three topologies (data/geo): pure, so the build (static
// pictures) and the tests use it in node as the browser does.
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

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
