// The build's map: the topologies in data/geo read and checked (a broken one stops the build,
// named, before anything is written), then projected once for the browser's map files and for
// the static pictures (see src/maps/projectedMap.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import type { Content } from '../content/schema.ts';
import { mapDataFrom, type MapData } from '../maps/mapFeatures.ts';
import type { LonLat } from '../maps/route.ts';
import { routeOf } from '../story/scene.ts';
import {
  projectGeoMap,
  projectPairingMap,
  type GeoMap,
  type PairingMap,
} from '../maps/projectedMap.ts';

export interface ProjectedMaps {
  geo: GeoMap;
  pairing: PairingMap;
}

/** The map files, read and checked. */
export function readMapData(dataDir: string): MapData {
  const topology = (name: string): Topology => {
    const file = resolve(dataDir, 'geo', `${name}.topo.json`);
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as Topology;
      if (parsed?.type !== 'Topology') throw new Error('is not a TopoJSON topology');
      return parsed;
    } catch (error) {
      // Named like every other data error: the file, then what is wrong with it.
      throw new Error(`data/geo/${name}.topo.json: ${(error as Error).message}`, { cause: error });
    }
  };
  return mapDataFrom(topology('china'), topology('aksu'), topology('zhejiang'));
}

export function projectMaps(data: MapData, content: Content): ProjectedMaps {
  // The same route the locator's scenes carry (one route, from the seats in places.json).
  const route = routeOf(content);
  const ends = route && {
    from: [route.from.lon, route.from.lat] as LonLat,
    to: [route.to.lon, route.to.lat] as LonLat,
  };
  return { geo: projectGeoMap(data, ends), pairing: projectPairingMap(data) };
}

export function readProjectedMaps(dataDir: string, content: Content): ProjectedMaps {
  return projectMaps(readMapData(dataDir), content);
}
