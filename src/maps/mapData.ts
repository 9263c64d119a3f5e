// Loads the map files the build made from data/geo (see projectedMap.ts), each once: the
// geographic map for the first view, the pairing map when the story nears it. The files ship
// beside the code and are fetched relative to it, so the map works from any path.
import geoMapUrl from 'virtual:map-geo';
import pairingMapUrl from 'virtual:map-pairing';
import { jsonOnce } from '../story/jsonOnce.ts';
import type { GeoMap, PairingMap } from './projectedMap.ts';

export type { GeoMap, PairingMap } from './projectedMap.ts';

export const loadGeoMap = jsonOnce<GeoMap>(geoMapUrl, 'map data');
export const loadPairingMap = jsonOnce<PairingMap>(pairingMapUrl, 'map data');
