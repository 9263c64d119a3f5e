// The map's labels at the sizes the built site gives the map (tests/unit/fixtures/mapSizes.json:
// 320 to 3840 px wide and the exhibition screen, per step and language): every place the step
// names is labelled, no label overlaps another, a dot it does not label, the route or a link, and
// the South China Sea inset is the upright box Chinese maps draw.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { loadContent } from '../../src/content/loadContent.ts';
import { estimateTextWidth } from '../../src/layouts/textMetrics.ts';
import { projectMaps } from '../../src/build/projectedMaps.ts';
import { transformOfView, type Size } from '../../src/maps/camera.ts';
import { layoutGeo } from '../../src/maps/geoLayout.ts';
import { boxesOverlap, lineCrossesBox, type PlacedLabel } from '../../src/maps/labelPlacement.ts';
import type { MapStrings } from '../../src/maps/mapDescription.ts';
import { mapDataFrom } from '../../src/maps/mapFeatures.ts';
import {
  geoLabels,
  linkLines,
  mapNote,
  pairingDotRadius,
  pairingFootnote,
  pairingLabelText,
  pairingLabels,
  pairingLinkLit,
  routeLine,
} from '../../src/maps/mapLabels.ts';
import { placeCallouts } from '../../src/maps/mapCallouts.ts';
import { pairingLeaders } from '../../src/maps/pairingLeaders.ts';
import { mapStateFor } from '../../src/maps/mapState.ts';
import { layoutPairing } from '../../src/maps/pairingLayout.ts';
import { compactPathPoints } from '../../src/maps/projectedMap.ts';
import { allScenes, type MapScene } from '../../src/story/scene.ts';

const content = loadContent('data');
const topo = (name: string) =>
  JSON.parse(readFileSync(`data/geo/${name}.topo.json`, 'utf8')) as Topology;
const data = mapDataFrom(topo('china'), topo('aksu'), topo('zhejiang'));
const maps = projectMaps(data, content);
const strings = content.ui as unknown as MapStrings;
const scenes = allScenes(content);
const fixture = JSON.parse(readFileSync('tests/unit/fixtures/mapSizes.json', 'utf8')) as {
  sizes: Record<string, { viewport: string; maps: Record<string, Size> }>;
};
/** Steps whose map another graphic replaces (the notes graphic): not held to these checks. */
const REPLACED = new Set([
  'frame-work-years',
  'frame-golden-cards',
  'ecommerce-logistics-training',
  'culture-opera-workshop',
  'culture-anniversary-gala',
  'alar-tourism-firms',
]);
const cases = Object.entries(fixture.sizes).flatMap(([name, { viewport, maps: sizes }]) =>
  Object.entries(sizes)
    .map(([key, size]) => {
      const [step, lang] = key.split('.') as [string, 'zh' | 'en'];
      return { name: `${name} (${viewport}) ${step} ${lang}`, step, lang, size };
    })
    .filter((c) => !REPLACED.has(c.step)),
);

function pairsOf(scene: MapScene) {
  return scene.pairings.map((p) => ({ from: p.from.id, supports: p.supports.map((s) => s.id) }));
}

function labelsOf(scene: MapScene, size: Size, lang: 'zh' | 'en') {
  const state = mapStateFor(scene);
  if (state.layout === 'pairing') {
    const layout = layoutPairing(maps.pairing, pairsOf(scene), size);
    return { labels: pairingLabels(scene, layout, size, lang), layout, state };
  }
  const geo = layoutGeo(maps.geo, size);
  const route = scene.route ? geo.route : null;
  return {
    labels: geoLabels(scene, state, geo, size, lang, strings, route, content.units),
    geo,
    state,
  };
}

/** The ids a step's text names, as the map labels them. */
function namedIds(scene: MapScene): string[] {
  if (scene.view === 'locator') return ['zhejiang', 'aksu-prefecture', 'xinjiang', 'distance'];
  // A figure placed at a place the view draws is a callout beside it (Alar's 125 cadres).
  return [
    ...scene.highlight.map((p) => p.id),
    ...placeCallouts(scene).map((f) => `figure-${f.id}`),
  ];
}

const inside = (l: PlacedLabel, size: Size) =>
  l.box.x0 >= 0 && l.box.y0 >= 0 && l.box.x1 <= size.width && l.box.y1 <= size.height;

describe('map labels at the built site’s sizes', () => {
  it('has sizes for every width the story is reviewed at', () => {
    expect(Object.keys(fixture.sizes).sort()).toEqual(
      ['4k', 'desktop', 'exhibit', 'phone', 'phone-320', 'tablet', 'wide'].sort(),
    );
  });

  it.each(cases)('$name: named places labelled, nothing overlapping', ({ step, lang, size }) => {
    const scene = scenes[step] as MapScene;
    const { labels, layout, geo, state } = labelsOf(scene, size, lang);
    const ids = labels.map((l) => l.id);
    for (const id of namedIds(scene)) expect(ids, `${id} is labelled`).toContain(id);
    for (const [i, a] of labels.entries()) {
      expect(inside(a, size), `${a.id} inside the map`).toBe(true);
      for (const b of labels.slice(i + 1))
        expect(boxesOverlap(a.box, b.box), `${a.id} / ${b.id}`).toBe(false);
    }
    if (layout) {
      // No label covers a dot it does not name.
      for (const l of labels) {
        for (const [id, [x, y]] of Object.entries(layout.anchors)) {
          if (id === l.id) continue;
          const r = pairingDotRadius(size);
          const dot = { x0: x - r, y0: y - r, x1: x + r, y1: y + r };
          expect(boxesOverlap(l.box, dot), `${l.id} covers the dot of ${id}`).toBe(false);
        }
      }
      // Lit links keep clear of the labels of other places. Where a small map is too crowded for
      // that, the label is still placed (its halo breaks the line under it): at most one such
      // crossing on a step (three on a phone's 288–358 px map).
      const lines = linkLines(layout);
      const crossings: string[] = [];
      for (const [i, link] of layout.links.entries()) {
        if (!pairingLinkLit(scene, link.from, link.to)) continue;
        for (const l of labels) {
          if (l.id === link.from || l.id === link.to) continue;
          if (lineCrossesBox(lines[i]!, l.box)) crossings.push(`${link.from}>${link.to} ${l.id}`);
        }
      }
      expect(crossings.length, crossings.join('; ')).toBeLessThanOrEqual(size.width < 400 ? 3 : 1);
      // Every lit link can be traced: the pair is named at one end ("Jinhua → Wensu" at Wensu, or
      // at Lishui where Xinhe is too crowded), save on the 288 px map of a 320 px phone.
      if (size.width >= 300) {
        const traced = new Set(
          labels.filter((l) => l.short !== undefined && l.text !== l.short).map((l) => l.id),
        );
        const untraced = layout.links.filter(
          (l) => pairingLinkLit(scene, l.from, l.to) && !traced.has(l.from) && !traced.has(l.to),
        );
        expect(untraced.map((l) => `${l.from}>${l.to}`)).toEqual([]);
      }
      // Each lit link is named at its Aksu end by its partner ("Jinhua → Wensu"); a label falls
      // back to the name alone only on a crowded phone map.
      const short = labels.filter((l) => l.short !== undefined && l.text === l.short);
      expect(short.length, short.map((l) => l.id).join(' ')).toBeLessThanOrEqual(
        size.width < 1000 ? 6 : 2,
      );
    }
    if (geo && state.camera === 'china' && geo.route) {
      // The route never runs through a label (the distance, Aksu City's, any other).
      const line = routeLine(geo.route, transformOfView(geo.views.china, size));
      for (const l of labels)
        expect(lineCrossesBox(line, l.box), `route crosses ${l.id}`).toBe(false);
      // The regions' names stand beside the two coloured shapes, never on one.
      const t = transformOfView(geo.views.china, size);
      const shapes = [...geo.provinces, ...geo.aksuOutline]
        .filter((p) => state.highlight.includes(p.id))
        .map((p) => {
          const pts = compactPathPoints(p.d).map(([x, y]) => [x * t.k + t.x, y * t.k + t.y]);
          const xs = pts.map(([x]) => x!);
          const ys = pts.map(([, y]) => y!);
          return {
            x0: Math.min(...xs),
            y0: Math.min(...ys),
            x1: Math.max(...xs),
            y1: Math.max(...ys),
          };
        });
      expect(shapes).toHaveLength(2);
      for (const l of labels.filter((x) =>
        ['zhejiang', 'aksu-prefecture', 'xinjiang'].includes(x.id),
      ))
        for (const shape of shapes)
          expect(boxesOverlap(l.box, shape), `${l.id} on a shape`).toBe(false);
    }
  });
});

describe('pairing labels', () => {
  it('name each lit link once, at its Aksu end, reading from city to county, in both languages', () => {
    const scene = scenes['frame-pairing-counties'] as MapScene;
    // The exhibition screen (side by side, every label in full).
    const size = { width: 1830, height: 626 };
    const layout = layoutPairing(maps.pairing, pairsOf(scene), size);
    const zh = new Map(pairingLabels(scene, layout, size, 'zh').map((l) => [l.id, l]));
    const en = new Map(pairingLabels(scene, layout, size, 'en').map((l) => [l.id, l]));
    expect(zh.get('wensu')?.text).toBe('金华→温宿县');
    expect(zh.get('jinhua')?.text).toBe('金华');
    expect(en.get('wushi')?.text).toBe('Quzhou → Wushi');
    expect(en.get('quzhou')?.text).toBe('Quzhou');
    // Alar is not this step's: Aksu City's label names Hangzhou alone, and Alar's link is faded.
    expect(en.get('aksu-city')?.text).toBe('Hangzhou → Aksu City');
    expect(pairingLinkLit(scene, 'hangzhou', 'alar')).toBe(false);
    const lit = layout.links.filter((l) => pairingLinkLit(scene, l.from, l.to));
    expect(lit.length).toBe(9);
    for (const link of lit) {
      const [from, to] = [link.from, link.to].map((id) => scene.places.find((p) => p.id === id)!);
      const city = from!.name.en;
      const county = to!.name.en.replace(/ \(.*\)/, '');
      expect(en.get(link.to)?.text, `${link.to} names ${link.from}`).toBe(`${city} → ${county}`);
      expect(en.get(link.from)?.text, `${link.from} is named once`).toBe(city);
    }
  });

  it('on the Alar step light only Hangzhou and Taizhou to Alar, and name Zhoushan with its note', () => {
    const scene = scenes['frame-pairing-alar'] as MapScene;
    const size = { width: 866, height: 779 };
    const layout = layoutPairing(maps.pairing, pairsOf(scene), size);
    const lit = layout.links.filter((l) => pairingLinkLit(scene, l.from, l.to));
    expect(lit.map((l) => `${l.from}>${l.to}`).sort()).toEqual(['hangzhou>alar', 'taizhou>alar']);
    const labels = new Map(pairingLabels(scene, layout, size, 'en').map((l) => [l.id, l]));
    expect(labels.get('alar')?.text).toBe('Hangzhou, Taizhou → Alar');
    expect(labels.get('zhoushan')?.bold).toBe(true);
    expect(pairingFootnote(scene, 'en', strings)).toBe(`Zhoushan: ${strings.pairingFootnote.en}`);
    expect(labels.get('wensu')?.muted).toBe(true);
  });

  it.each(cases.filter((c) => c.step === 'frame-pairing-counties'))(
    'tie a label nearer another dot than its own to its dot by a leader ($name)',
    ({ step, lang, size }) => {
      const scene = scenes[step] as MapScene;
      const layout = layoutPairing(maps.pairing, pairsOf(scene), size);
      const labels = pairingLabels(scene, layout, size, lang);
      const leaders = new Map(
        pairingLeaders(labels, layout, pairingDotRadius(size)).map((l) => [l.id, l]),
      );
      const dots = Object.values(layout.anchors);
      const near = ([x, y]: readonly [number, number], b: PlacedLabel['box']) =>
        Math.hypot(Math.max(b.x0 - x, 0, x - b.x1), Math.max(b.y0 - y, 0, y - b.y1));
      for (const l of labels) {
        const own = near(l.anchor, l.box);
        const misread = dots.some((d) => d !== layout.anchors[l.id] && near(d, l.box) < own);
        // (Right beside its dot, a leader would be a tick: none is drawn.)
        if (!misread || own < pairingDotRadius(size) + 3) continue;
        const leader = leaders.get(l.id);
        expect(leader, `${l.id} (${l.text})`).toBeDefined();
        // From its own dot's edge to its own box.
        expect(Math.hypot(leader!.x1 - l.anchor[0], leader!.y1 - l.anchor[1])).toBeLessThan(
          pairingDotRadius(size) + 0.2,
        );
        expect(near([leader!.x2, leader!.y2], l.box)).toBeLessThan(0.2);
      }
    },
  );

  it('write a city with no link as its name alone', () => {
    const zhoushan = content.places.find((p) => p.id === 'zhoushan')!;
    expect(pairingLabelText(zhoushan, [], 'zh')).toBe('舟山');
  });
});

describe('callouts and notes', () => {
  it('put Alar’s cadres under Alar, off its shape, in both languages', () => {
    const scene = scenes['alar-cadres'] as MapScene;
    expect(placeCallouts(scene).map((f) => f.id)).toEqual(['alar-cadres']);
    for (const [name, { maps: sizes }] of Object.entries(fixture.sizes)) {
      for (const lang of ['zh', 'en'] as const) {
        const size = sizes[`alar-cadres.${lang}`]!;
        const geo = layoutGeo(maps.geo, size);
        const labels = geoLabels(
          scene,
          mapStateFor(scene),
          geo,
          size,
          lang,
          strings,
          null,
          content.units,
        );
        const callout = labels.find((l) => l.id === 'figure-alar-cadres');
        expect(callout?.text, `${name} ${lang}`).toBe(lang === 'zh' ? '125名' : '125 people');
        const t = transformOfView(geo.views.alar, size);
        const alar = compactPathPoints(geo.alar[0]!.d).map(([, y]) => y * t.k + t.y);
        expect(callout!.box.y0, `${name} ${lang}`).toBeGreaterThanOrEqual(Math.max(...alar) - 0.5);
      }
    }
  });

  it('say on the model villages that the counties lit are those the villages are in', () => {
    const scene = scenes['rural-model-villages'] as MapScene;
    expect(mapNote(scene, 'zh', strings)).toBe(strings.mapVillageNote.zh);
    expect(mapNote(scene, 'en', strings)).toContain('village');
    // It fits the narrowest map (288 px at 320) on one line, in both languages.
    for (const lang of ['zh', 'en'] as const)
      expect(estimateTextWidth(mapNote(scene, lang, strings), 12)).toBeLessThan(280);
    expect(mapNote(scenes['rural-county-projects'] as MapScene, 'en', strings)).toBe('');
  });

  it('light every county and Alar for the artists, and name the prefecture', () => {
    const scene = scenes['culture-artists'] as MapScene;
    const state = mapStateFor(scene);
    expect(state.highlight).toHaveLength(10);
    expect(state.highlight).toContain('alar');
    const size = { width: 358, height: 379 };
    const labels = geoLabels(scene, state, layoutGeo(maps.geo, size), size, 'zh', strings, null);
    expect(labels.find((l) => l.id === 'aksu-prefecture')?.text).toBe('阿克苏地区');
  });
});

describe('South China Sea inset', () => {
  it('is drawn as an upright rectangle (its frame’s edges horizontal and vertical)', () => {
    const points = maps.geo.nanhai.flatMap((p) => compactPathPoints(p.d));
    const xs = points.map(([x]) => x);
    const ys = points.map(([, y]) => y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    // The frame's corners are points of the inset: its box is its own bounding box.
    const near = (a: number, b: number) => Math.abs(a - b) < 0.2;
    for (const [cx, cy] of [
      [x0, y1],
      [x1, y1],
      [x1, y0],
    ] as const) {
      expect(
        points.some(([x, y]) => near(x, cx) && near(y, cy)),
        `corner ${cx},${cy}`,
      ).toBe(true);
    }
    // Upright and taller than wide, as the inset of Chinese maps (64 × 93 in ECharts' units).
    expect((x1 - x0) / (y1 - y0)).toBeCloseTo(64 / 93.1, 1);
    // Lower right of the map, off the coast, inside the view of China.
    const [[bx0, by0], [bx1, by1]] = maps.geo.bounds.china;
    expect(x1).toBeLessThanOrEqual(bx1 + 0.01);
    expect(y1).toBeLessThanOrEqual(by1 + 0.01);
    expect(x0).toBeGreaterThan(bx0 + (bx1 - bx0) * 0.75);
    expect(y0).toBeGreaterThan(by0 + (by1 - by0) * 0.6);
  });
});
