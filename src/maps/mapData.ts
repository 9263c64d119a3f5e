// Loads the map files the build made from data/geo (see projectedMap.ts), each once: the
// geographic map for the first view, the pairing map when the story nears it. The files ship
// beside the code and are fetched relative to it, so the map works from any path.
import geoMapUrl from 'virtual:map-geo';
import pairingMapUrl from 'virtual:map-pairing';
import type { GeoMap, PairingMap } from './projectedMap.ts';

export type { GeoMap, PairingMap } from './projectedMap.ts';

async function fetchMapFile<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`map data: ${url} answered ${response.status}`);
  return (await response.json()) as T;
}

/** A loader that asks once, and asks again after a failure. */
function once<T>(url: string): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    loading ??= fetchMapFile<T>(url);
    loading.catch(() => {
      loading = null; // let a later attempt retry
    });
    return loading;
  };
}

export const loadGeoMap = once<GeoMap>(geoMapUrl);
export const loadPairingMap = once<PairingMap>(pairingMapUrl);
