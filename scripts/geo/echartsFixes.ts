// The two shapes that ECharts 4 adds to its 'china' map when it draws it, so that our TopoJSON shows
// what an ECharts China map shows: the South China Sea islands inset (南海诸岛) and the Diaoyu
// Islands (钓鱼岛) as part of Taiwan. china.json itself holds neither. Copied from ECharts 4.9.0,
// src/coord/geo/fix/nanhai.js and src/coord/geo/fix/diaoyuIsland.js (Apache-2.0).
import type { Position } from 'geojson';

/** Where ECharts anchors the inset: its top-left corner, in [lon, lat]. */
export const NANHAI_ANCHOR: readonly [number, number] = [126, 25];

// The inset in ECharts' own drawing units: a stretch of coast at the top, ten dashes, and a frame.
const NANHAI_POINTS: readonly (readonly (readonly [number, number])[])[] = [
  [
    [0, 3.5],
    [7, 11.2],
    [15, 11.9],
    [30, 7],
    [42, 0.7],
    [52, 0.7],
    [56, 7.7],
    [59, 0.7],
    [64, 0.7],
    [64, 0],
    [5, 0],
    [0, 3.5],
  ],
  [
    [13, 16.1],
    [19, 14.7],
    [16, 21.7],
    [11, 23.1],
    [13, 16.1],
  ],
  [
    [12, 32.2],
    [14, 38.5],
    [15, 38.5],
    [13, 32.2],
    [12, 32.2],
  ],
  [
    [16, 47.6],
    [12, 53.2],
    [13, 53.2],
    [18, 47.6],
    [16, 47.6],
  ],
  [
    [6, 64.4],
    [8, 70],
    [9, 70],
    [8, 64.4],
    [6, 64.4],
  ],
  [
    [23, 82.6],
    [29, 79.8],
    [30, 79.8],
    [25, 82.6],
    [23, 82.6],
  ],
  [
    [37, 70.7],
    [43, 62.3],
    [44, 62.3],
    [39, 70.7],
    [37, 70.7],
  ],
  [
    [48, 51.1],
    [51, 45.5],
    [53, 45.5],
    [50, 51.1],
    [48, 51.1],
  ],
  [
    [51, 35],
    [51, 28.7],
    [53, 28.7],
    [53, 35],
    [51, 35],
  ],
  [
    [52, 22.4],
    [55, 17.5],
    [56, 17.5],
    [53, 22.4],
    [52, 22.4],
  ],
  [
    [58, 12.6],
    [62, 7],
    [63, 7],
    [60, 12.6],
    [58, 12.6],
  ],
  [
    [0, 3.5],
    [0, 93.1],
    [64, 93.1],
    [64, 0],
    [63, 0],
    [63, 92.4],
    [1, 92.4],
    [1, 3.5],
    [0, 3.5],
  ],
];

/**
 * The inset's polygons in [lon, lat], placed as ECharts places them: units are divided by 10.5
 * across and by 10.5 / 0.75 down (0.75 is ECharts' default aspect scale for geo maps), below and to
 * the right of the anchor, i.e. in the sea east of Taiwan, where Chinese maps put the inset.
 */
export function nanhaiInsetPolygons(): Position[][][] {
  return NANHAI_POINTS.map((ring) => [
    ring.map(([x, y]): Position => [
      x / 10.5 + NANHAI_ANCHOR[0],
      y / (-10.5 / 0.75) + NANHAI_ANCHOR[1],
    ]),
  ]);
}

/** The Diaoyu Islands, as the small rectangle that ECharts appends to Taiwan's geometry. */
export function diaoyuPolygon(): Position[][] {
  return [
    [
      [123.45165252685547, 25.73527164402261],
      [123.49731445312499, 25.73527164402261],
      [123.49731445312499, 25.750734064600884],
      [123.45165252685547, 25.750734064600884],
      [123.45165252685547, 25.73527164402261],
    ],
  ];
}
