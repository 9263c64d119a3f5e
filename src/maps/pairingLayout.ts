// The pairing map laid out for a size: Aksu's places and Zhejiang's cities as two small maps
// (side by side when wide, stacked when tall), each Zhejiang city linked to the places it
// supports. Each small map comes projected from the build (projectedMap.ts); a size only places
// the two with a scale and an offset, and draws the links between them.
// Pure: the map file, pairings and size in; transforms and links out.
import type { Size, Transform } from './camera.ts';
import type { MapPath, PairingMap, PairingSideMap } from './projectedMap.ts';

export interface PairingLink {
  from: string;
  to: string;
  d: string;
}
/** One of the two small maps: paths in its reference box, and where the size puts them. */
export interface PairingSide {
  paths: MapPath[];
  transform: Transform;
}
export interface PairingLayout {
  arrangement: 'side-by-side' | 'stacked';
  aksu: PairingSide;
  zhejiang: PairingSide;
  links: PairingLink[];
  /** Label points of every place, on screen. */
  anchors: Record<string, [number, number]>;
}

type Box = [[number, number], [number, number]];
const r = (n: number) => Math.round(n * 10) / 10;

/** The scale and offset that fit projected bounds in a box, centred (as d3's fitExtent does). */
function fitTransform([[x0, y0], [x1, y1]]: Box, [[bx0, by0], [bx1, by1]]: Box): Transform {
  const w = bx1 - bx0;
  const h = by1 - by0;
  const k = Math.min(w / Math.max(1e-9, x1 - x0), h / Math.max(1e-9, y1 - y0));
  return { k, x: bx0 + (w - k * (x1 + x0)) / 2, y: by0 + (h - k * (y1 + y0)) / 2 };
}

function anchorsOnScreen(side: PairingSideMap, t: Transform): Record<string, [number, number]> {
  return Object.fromEntries(
    Object.entries(side.anchors).map(([id, [x, y]]) => [id, [x * t.k + t.x, y * t.k + t.y]]),
  );
}

/** The share of the panel's height the taller map must fill for the maps to go side by side. */
const FILLED = 0.64;

function drawnHeight(side: PairingSideMap, t: Transform): number {
  const [[, y0], [, y1]] = side.bounds;
  return (y1 - y0) * t.k;
}

/** Where each small map may go: Aksu west (left) or north (top), Zhejiang east or south. */
function boxesFor({ width, height }: Size, sideBySide: boolean): [Box, Box] {
  const m = width < 400 ? 8 : 16;
  const bottom = height - 24; // room for the footnote
  const gap = sideBySide ? width * 0.12 : height * 0.1;
  // Stacked, Aksu's ten places (and their partners' names) get a little more of the height.
  const split = sideBySide ? 0.5 : 0.54;
  const aksuBox: Box = sideBySide
    ? [
        [m, m],
        [(width - gap) / 2, bottom],
      ]
    : [
        [m, m],
        [width - m, bottom * split - gap / 2],
      ];
  const zhejiangBox: Box = sideBySide
    ? [
        [(width + gap) / 2, m],
        [width - m, height - m],
      ]
    : [
        [m, bottom * split + gap / 2],
        [width - m, height - m],
      ];
  return [aksuBox, zhejiangBox];
}

export function layoutPairing(
  map: PairingMap,
  pairings: readonly { from: string; supports: readonly string[] }[],
  size: Size,
): PairingLayout {
  const { width, height } = size;
  // Side by side only where the two maps then fill the panel's height: a wide panel is not
  // always wide enough for Aksu's long map beside Zhejiang (1920 × 1080 left a quarter empty).
  const fit = (sideBySide: boolean) => {
    const [aksuBox, zhejiangBox] = boxesFor(size, sideBySide);
    const aksu = fitTransform(map.aksu.bounds, aksuBox);
    const zhejiang = fitTransform(map.zhejiang.bounds, zhejiangBox);
    return { aksu, zhejiang };
  };
  const [wide, tall] = [fit(true), fit(false)];
  const tallest = Math.max(
    drawnHeight(map.aksu, wide.aksu),
    drawnHeight(map.zhejiang, wide.zhejiang),
  );
  // Under 1000 px wide, stacking leaves each small map too short for its labels clear of links.
  const sideBySide =
    width / Math.max(1, height) >= 1.2 && (tallest >= FILLED * height || width < 1000);
  const { aksu, zhejiang } = sideBySide ? wide : tall;
  const aksuAnchors = anchorsOnScreen(map.aksu, aksu);
  const zhejiangAnchors = anchorsOnScreen(map.zhejiang, zhejiang);
  const anchors = { ...aksuAnchors, ...zhejiangAnchors };

  const links = pairings.flatMap((pairing) =>
    pairing.supports.flatMap((to) => {
      const a = zhejiangAnchors[pairing.from];
      const b = aksuAnchors[to];
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
    aksu: { paths: map.aksu.paths, transform: aksu },
    zhejiang: { paths: map.zhejiang.paths, transform: zhejiang },
    links,
    anchors,
  };
}
