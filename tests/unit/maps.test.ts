// The map's pure parts with the real map data: camera views that frame each scene, the route's
// computed distance, label placement without overlaps at phone width, the pairing layout, and
// the text that describes each map scene.
import { readFileSync } from 'node:fs';
import { geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { loadContent } from '../../src/content/loadContent.ts';
import { toScreen, transformOfView, viewOfBounds, type Transform } from '../../src/maps/camera.ts';
import { layoutGeo } from '../../src/maps/geoLayout.ts';
import { boxesOverlap, placeLabels } from '../../src/maps/labelPlacement.ts';
import { mapDataFrom } from '../../src/maps/mapFeatures.ts';
import { projectMaps } from '../../src/build/projectedMaps.ts';
import {
  boundsOf,
  chinaProjectionFrom,
  compactPath,
  compactPathPoints,
} from '../../src/maps/projectedMap.ts';
import { describeMap, type MapStrings } from '../../src/maps/mapDescription.ts';
import { geoLabels, pairingLabels } from '../../src/maps/mapLabels.ts';
import { mapStateFor } from '../../src/maps/mapState.ts';
import { layoutPairing } from '../../src/maps/pairingLayout.ts';
import { greatCircleKm, greatCircleMidpoint } from '../../src/maps/route.ts';
import { allScenes, sceneForStep, type MapScene } from '../../src/story/scene.ts';
import { AKSU_COUNTY_IDS } from './aksuPlaces.ts';

const content = loadContent('data');
const topo = (name: string) =>
  JSON.parse(readFileSync(`data/geo/${name}.topo.json`, 'utf8')) as Topology;
const data = mapDataFrom(topo('china'), topo('aksu'), topo('zhejiang'));
const maps = projectMaps(data, content);
const strings = content.ui as unknown as MapStrings;
const mapScenes = Object.values(allScenes(content)).filter(
  (s): s is MapScene => s.graphic === 'map',
);
const PHONE = { width: 358, height: 400 };
const DESKTOP = { width: 880, height: 780 };

describe('route', () => {
  it('measures Hangzhou to Aksu City along the great circle, from the seats in places.json', () => {
    const cover = sceneForStep(content, 'cover') as MapScene;
    expect(cover.route?.from.id).toBe('hangzhou');
    expect(cover.route?.to.id).toBe('aksu-city');
    const km = greatCircleKm([120.169, 30.242], [80.263, 41.168]);
    expect(km).toBeGreaterThan(3700);
    expect(km).toBeLessThan(3800);
    expect(cover.route?.km).toBe(Math.round(km / 10) * 10);
    expect(greatCircleKm([0, 0], [90, 0])).toBeCloseTo((Math.PI / 2) * 6371.0088, 3);
  });
  it('describes the locator with the computed distance in each language', () => {
    const cover = sceneForStep(content, 'cover') as MapScene;
    expect(describeMap(cover, 'zh', strings)).toContain(`约${cover.route?.km}公里`);
    expect(describeMap(cover, 'en', strings)).toContain(
      `about ${cover.route?.km.toLocaleString('en-GB')} km`,
    );
  });
});

describe('mapStateFor', () => {
  it('frames China on the cover, Aksu on prefecture steps and Alar on Alar steps', () => {
    const camera = (id: string) => mapStateFor(sceneForStep(content, id) as MapScene).camera;
    expect(camera('cover')).toBe('china');
    expect(camera('rural-county-projects')).toBe('aksu');
    expect(camera('alar-cadres')).toBe('alar');
    expect(mapStateFor(sceneForStep(content, 'frame-pairing-alar') as MapScene).layout).toBe(
      'pairing',
    );
  });
  it('highlights the places the step names, and Alar on Alar steps', () => {
    expect(
      mapStateFor(sceneForStep(content, 'rural-county-projects') as MapScene).highlight,
    ).toEqual(['keping', 'wushi', 'wensu']);
    expect(mapStateFor(sceneForStep(content, 'alar-cadres') as MapScene).highlight).toContain(
      'alar',
    );
  });
});

describe('camera', () => {
  it('fits bounds inside the size with the padding asked for', () => {
    const size = { width: 400, height: 300 };
    const view = viewOfBounds(
      [
        [100, 100],
        [300, 150],
      ],
      size,
      20,
    );
    const t = transformOfView(view, size);
    const [x0, y0] = toScreen([100, 100], t);
    const [x1, y1] = toScreen([300, 150], t);
    expect(x0).toBeCloseTo(20);
    expect(x1).toBeCloseTo(380);
    expect((y0 + y1) / 2).toBeCloseTo(150);
  });
  it.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const)(
    'shows all of Aksu on prefecture steps and Alar whole on Alar steps (%s)',
    (_, size) => {
      const geo = layoutGeo(maps.geo, size);
      for (const [view, features] of [
        ['aksu', [...data.counties, ...data.alar]],
        ['alar', data.alar],
      ] as const) {
        const t = transformOfView(geo.views[view], size);
        const [[x0, y0], [x1, y1]] = boundsOf(chinaProjectionFrom(geo.projection), [...features]);
        const [sx0, sy0] = toScreen([x0, y0], t);
        const [sx1, sy1] = toScreen([x1, y1], t);
        expect(sx0).toBeGreaterThanOrEqual(-0.5);
        expect(sy0).toBeGreaterThanOrEqual(-0.5);
        expect(sx1).toBeLessThanOrEqual(size.width + 0.5);
        expect(sy1).toBeLessThanOrEqual(size.height + 0.5);
      }
      // Alar is framed closer than the whole prefecture.
      expect(geo.views.alar[2]).toBeLessThan(geo.views.aksu[2]);
    },
  );
  it('draws every feature, and the route between the two seats', () => {
    const geo = layoutGeo(maps.geo, DESKTOP);
    expect(geo.provinces).toHaveLength(34);
    expect(geo.counties.map((c) => c.id).sort()).toEqual([...AKSU_COUNTY_IDS]);
    for (const p of [...geo.provinces, ...geo.counties, ...geo.alar])
      expect(p.d).toMatch(/^M-?[\d.]+(?: |(?=-))-?[\d.]+/);
    // The route joins the seats places.json gives Hangzhou and Aksu City.
    const route = geo.route!;
    const project = chinaProjectionFrom(geo.projection);
    expect(route.from![0]).toBeCloseTo(project([120.169, 30.242])![0], 1);
    expect(route.to![1]).toBeCloseTo(project([80.263, 41.168])![1], 1);
    expect(route.d).toMatch(/^M[\d.]+ [\d.]+l/);
    // East is to the right: Hangzhou lies right of and below Aksu City on the map.
    expect(route.from?.[0]).toBeGreaterThan(route.to?.[0] ?? Infinity);
    expect(route.from?.[1]).toBeGreaterThan(route.to?.[1] ?? Infinity);
    const mid = greatCircleMidpoint([120.169, 30.242], [80.263, 41.168]);
    expect(mid[0]).toBeGreaterThan(95);
    expect(mid[0]).toBeLessThan(105);
  });
});

describe('labels', () => {
  it('moves a label aside rather than over another, keeps it inside, and drops one that fits nowhere', () => {
    const size = { width: 400, height: 300 };
    const labels = placeLabels(
      [
        { id: 'a', text: '阿克苏市', anchor: [50, 50], priority: 2, fontSize: 12 },
        { id: 'b', text: '温宿县', anchor: [52, 52], priority: 1, fontSize: 12 },
        { id: 'c', text: 'Far away', anchor: [395, 10], priority: 1, fontSize: 12 },
      ],
      size,
    );
    const byId = new Map(labels.map((l) => [l.id, l]));
    expect([...byId.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect(byId.get('a')?.x).toBeCloseTo(50 - 24); // the most important keeps its centred spot
    expect(boxesOverlap(byId.get('a')!.box, byId.get('b')!.box)).toBe(false);
    expect(byId.get('c')!.box.x1).toBeLessThanOrEqual(400);
    const crowded = placeLabels(
      [
        {
          id: 'wide',
          text: 'A very long label indeed',
          anchor: [110, 14],
          priority: 2,
          fontSize: 12,
        },
        { id: 'lost', text: 'Another long label', anchor: [110, 16], priority: 1, fontSize: 12 },
      ],
      { width: 220, height: 24 },
    );
    expect(crowded.map((l) => l.id)).toEqual(['wide']);
  });

  it.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const)('keep clear of each other on every map step, in both languages (%s)', (_, size) => {
    const geo = layoutGeo(maps.geo, size);
    for (const scene of mapScenes) {
      for (const lang of ['zh', 'en'] as const) {
        const state = mapStateFor(scene);
        const labels =
          state.layout === 'pairing'
            ? pairingLabels(
                scene,
                layoutPairing(
                  maps.pairing,
                  scene.pairings.map((p) => ({
                    from: p.from.id,
                    supports: p.supports.map((s) => s.id),
                  })),
                  size,
                ),
                size,
                lang,
              )
            : geoLabels(scene, state, geo, size, lang, strings, null);
        for (const [i, a] of labels.entries()) {
          expect(a.box.x0, `${scene.stepId} ${a.id}`).toBeGreaterThanOrEqual(0);
          expect(a.box.x1, `${scene.stepId} ${a.id}`).toBeLessThanOrEqual(size.width);
          for (const b of labels.slice(i + 1)) {
            expect(boxesOverlap(a.box, b.box), `${scene.stepId} ${lang}: ${a.id} / ${b.id}`).toBe(
              false,
            );
          }
        }
        // The places a step is about are always named.
        for (const place of state.layout === 'geo' && state.camera !== 'china'
          ? scene.highlight
          : []) {
          expect(
            labels.map((l) => l.id),
            `${scene.stepId} ${lang}`,
          ).toContain(place.id);
        }
      }
    }
  });
});

describe('layoutPairing', () => {
  it('links each paired city to its places, Zhoushan to none', () => {
    const scene = sceneForStep(content, 'frame-pairing-counties') as MapScene;
    const pairs = scene.pairings.map((p) => ({
      from: p.from.id,
      supports: p.supports.map((s) => s.id),
    }));
    const layout = layoutPairing(maps.pairing, pairs, PHONE);
    expect(layout.arrangement).toBe('stacked');
    expect(layout.links).toHaveLength(11);
    expect(layout.links.filter((l) => l.from === 'hangzhou').map((l) => l.to)).toEqual([
      'aksu-city',
      'alar',
    ]);
    expect(layout.links.find((l) => l.from === 'zhoushan')).toBeUndefined();
    expect(layoutPairing(maps.pairing, pairs, { width: 900, height: 400 }).arrangement).toBe(
      'side-by-side',
    );
    // Aksu (west) is drawn above Zhejiang (east) when stacked.
    expect(layout.anchors['aksu-city']![1]).toBeLessThan(layout.anchors.hangzhou![1]);
  });
});

/** A compact path (absolute M, relative l, z) back in d3's absolute form, for comparing. */
function absolutePath(d: string): string {
  let x = 0;
  let y = 0;
  let out = '';
  for (const [, command, args] of d.matchAll(/([Mlz])([^Mlz]*)/g)) {
    if (command === 'z') {
      out += 'Z';
      continue;
    }
    const [a, b] = (args ?? '').match(/-?[\d.]+/g)!.map(Number) as [number, number];
    [x, y] = command === 'M' ? [a, b] : [x + a, y + b];
    const r = (n: number) => Math.round(n * 1e6) / 1e6;
    out += `${command === 'M' ? 'M' : 'L'}${r(x)},${r(y)}`;
  }
  return out;
}

describe('compactPath', () => {
  it('writes relative moves on a grid, so rounding never accumulates', () => {
    const d = 'M10.123,20.456L10.2,20.4L10.31,20.35L10.2,20.4Z';
    expect(compactPath(d, 1)).toBe('M10.1 20.5l0.1-0.1l0.1 0l-0.1 0z');
    expect(absolutePath(compactPath(d, 2))).toBe('M10.12,20.46L10.2,20.4L10.31,20.35L10.2,20.4Z');
  });

  it('drops moves that round to nothing', () => {
    expect(compactPath('M0,0L0.001,0.001L1,1Z', 2)).toBe('M0 0l1 1z');
  });

  it('keeps every point of the real map within its grid of where d3 projects it', () => {
    const projection = chinaProjectionFrom(maps.geo.projection);
    const direct = geoPath(projection);
    for (const [list, digits] of [
      [maps.geo.counties, 2],
      [maps.geo.provinces, 1],
    ] as const) {
      for (const place of list) {
        const feature = [...data.counties, ...data.provinces].find((f) => f.id === place.id)!;
        const points = (path: string) => {
          const nums = path.match(/-?[\d.]+/g)!.map(Number);
          return nums.flatMap((x, i) => (i % 2 === 0 ? [[x, nums[i + 1] as number] as const] : []));
        };
        const expected = points(direct(feature) ?? '');
        const drawn = compactPathPoints(place.d);
        // Every point drawn is a point d3 projects, rounded to the grid (half a step at most);
        // those that round onto the one before are dropped, in order.
        const half = 0.5 * 10 ** -digits + 1e-9;
        let j = 0;
        for (const [x, y] of drawn) {
          while (
            j < expected.length &&
            (Math.abs(expected[j]![0] - x) > half || Math.abs(expected[j]![1] - y) > half)
          ) {
            j += 1;
          }
          expect(j, `${place.id}: ${x},${y} is no projected point`).toBeLessThan(expected.length);
        }
        expect(drawn.length).toBeGreaterThan(expected.length / 4);
      }
    }
  });
});

describe('path strings', () => {
  // Rounded to whole pixels, so the snapshot changes only when the drawing does.
  const rounded = (d: string) => d.replace(/-?\d+\.?\d*/g, (n) => String(Math.round(Number(n))));

  // Paths are projected once into a reference frame and placed by a transform; on screen they
  // must be where they always were.
  const onScreen = (d: string, t: Transform) =>
    absolutePath(d).replace(
      /(-?\d+\.?\d*),(-?\d+\.?\d*)/g,
      (_, x: string, y: string) => `${Number(x) * t.k + t.x},${Number(y) * t.k + t.y}`,
    );

  it('draw Alar and the route as they were reviewed (390×460)', () => {
    const size = { width: 390, height: 460 };
    const geo = layoutGeo(maps.geo, size);
    const route = geo.route!;
    // Alar as the pairing map draws it (big enough for its shape to show in pixels).
    const pairing = layoutPairing(maps.pairing, [], size);
    const alar = pairing.aksu.paths.find((p) => p.id === 'alar');
    expect(rounded(onScreen(alar!.d, pairing.aksu.transform))).toMatchSnapshot('alar');
    const china = transformOfView(geo.views.china, size);
    expect(rounded(onScreen(route.d, china))).toMatchSnapshot('route');
  });
});
