// The pairing map laid out for a size: Aksu's places and Zhejiang's cities as two small maps
// (side by side when wide, stacked when tall), each Zhejiang city linked to the places it
// supports. Pure: data, pairings and size in; path strings out.
import { geoMercator, geoPath } from 'd3-geo';
import type { Size } from './camera.ts';
import type { GeoPath } from './geoLayout.ts';
import type { MapData, MapFeature } from './mapData.ts';

export interface PairingLink {
  from: string;
  to: string;
  d: string;
}
export interface PairingLayout {
  arrangement: 'side-by-side' | 'stacked';
  aksu: GeoPath[];
  zhejiang: GeoPath[];
  links: PairingLink[];
  anchors: Record<string, [number, number]>;
}

type Box = [[number, number], [number, number]];
const r = (n: number) => Math.round(n * 10) / 10;

function fitted(features: MapFeature[], box: Box) {
  const projection = geoMercator().fitExtent(box, { type: 'FeatureCollection', features });
  const path = geoPath(projection).digits(2);
  const anchors: Record<string, [number, number]> = {};
  for (const f of features) {
    const { lon, lat } = f.properties;
    const at = lon !== undefined && lat !== undefined ? projection([lon, lat]) : path.centroid(f);
    if (at && Number.isFinite(at[0])) anchors[f.id] = at;
  }
  return { paths: features.map((f) => ({ id: f.id, d: path(f) ?? '', feature: f })), anchors };
}

export function layoutPairing(
  data: MapData,
  pairings: readonly { from: string; supports: readonly string[] }[],
  size: Size,
): PairingLayout {
  const { width, height } = size;
  const sideBySide = width / Math.max(1, height) >= 1.2;
  const m = 16;
  const bottom = height - 24; // room for the footnote
  const gap = sideBySide ? width * 0.12 : height * 0.12;
  // Aksu in the west (left) or north (top), Zhejiang in the east (right) or south (bottom).
  const aksuBox: Box = sideBySide
    ? [
        [m, m],
        [(width - gap) / 2, bottom],
      ]
    : [
        [m, m],
        [width - m, (bottom - gap) / 2],
      ];
  const zhejiangBox: Box = sideBySide
    ? [
        [(width + gap) / 2, m],
        [width - m, height - m],
      ]
    : [
        [m, (bottom + gap) / 2],
        [width - m, height - m],
      ];
  const aksu = fitted([...data.counties, ...data.alar], aksuBox);
  const zhejiang = fitted(data.zhejiangCities, zhejiangBox);
  const anchors = { ...aksu.anchors, ...zhejiang.anchors };

  const links = pairings.flatMap((pairing) =>
    pairing.supports.flatMap((to) => {
      const a = zhejiang.anchors[pairing.from];
      const b = aksu.anchors[to];
      if (!a || !b) return [];
      // Curves leave each map towards the gap between the two, so they read as crossing over.
      const pull = sideBySide ? [(b[0] - a[0]) * 0.45, 0] : [0, (b[1] - a[1]) * 0.45];
      const d =
        `M${r(a[0])},${r(a[1])}` +
        `C${r(a[0] + (pull[0] ?? 0))},${r(a[1] + (pull[1] ?? 0))} ` +
        `${r(b[0] - (pull[0] ?? 0))},${r(b[1] - (pull[1] ?? 0))} ${r(b[0])},${r(b[1])}`;
      return [{ from: pairing.from, to, d }];
    }),
  );
  return {
    arrangement: sideBySide ? 'side-by-side' : 'stacked',
    aksu: aksu.paths,
    zhejiang: zhejiang.paths,
    links,
    anchors,
  };
}
