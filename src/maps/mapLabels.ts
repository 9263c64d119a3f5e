// Which labels each map state shows, where their anchors are on screen, and how important each
// is; placeLabels then keeps only those that fit. Pure.
import type { Lang, UnitWords } from '../content/schema.ts';
import { figureOnMark } from '../format/figureFormat.ts';
import type { MapScene, ScenePlace } from '../story/scene.ts';
import { toScreen, transformOfView, type Size, type Transform } from './camera.ts';
import type { GeoLayout } from './geoLayout.ts';
import { placeCallouts } from './mapCallouts.ts';
import {
  placeLabels,
  type Box,
  type LabelCandidate,
  type PlacedLabel,
  type Polyline,
} from './labelPlacement.ts';
import { distanceText, shortPlaceName, type MapStrings } from './mapDescription.ts';
import type { MapState } from './mapState.ts';
import type { PairingLayout } from './pairingLayout.ts';
import { uncrossLeaders } from './pairingLeaders.ts';
import { chinaProjectionFrom, compactPathPoints, type RouteMarks } from './projectedMap.ts';

export type { RouteMarks } from './projectedMap.ts';

/** Label size for a map's width: phone, desktop, then large screens read from further away. */
export function fontSizeFor(size: Size): number {
  if (size.width < 500) return 12;
  if (size.width < 1200) return 14;
  return size.width < 2000 ? 18 : 22;
}

/** The route on screen, as the line labels keep off (its dashes are a line to the reader). */
export function routeLine(route: RouteMarks, t: Transform): Polyline {
  return compactPathPoints(route.d).map((p) => toScreen(p, t));
}

export function geoLabels(
  scene: MapScene,
  state: MapState,
  layout: GeoLayout,
  size: Size,
  lang: Lang,
  strings: MapStrings,
  route: RouteMarks | null,
  units: UnitWords | null = null,
): PlacedLabel[] {
  const t = transformOfView(layout.views[state.camera], size);
  const at = (p: [number, number]) => toScreen(p, t);
  const fontSize = fontSizeFor(size);
  const highlighted = new Set(state.highlight);
  const candidates: LabelCandidate[] = [];
  const obstacles: Box[] = [];
  const lines: Polyline[] = [];
  if (state.camera === 'china') {
    // The two coloured shapes: their names and Xinjiang's stand beside them, not on them.
    const shapes = [...layout.provinces, ...layout.aksuOutline]
      .filter((p) => highlighted.has(p.id))
      .map((p) => boxOfPoints(compactPathPoints(p.d).map(at), 2));
    for (const place of scene.places) {
      const aksu = place.id === 'aksu-prefecture';
      const anchor = layout.anchors[aksu ? 'aksu-and-alar' : place.id];
      if (anchor) {
        candidates.push({
          id: place.id,
          // The locator's Aksu is the prefecture and Alar together, as its highlight is.
          text: aksu ? strings.mapLocatorAksu[lang] : shortPlaceName(place.name, lang),
          anchor: at(anchor),
          priority: 2,
          fontSize,
          bold: true,
          required: true,
          avoid: shapes,
        });
      }
    }
    // Xinjiang is named in its north (Dzungaria), away from Aksu's names in its south-west.
    const xinjiang = chinaProjectionFrom(layout.projection)(XINJIANG_LABEL_AT);
    if (xinjiang) {
      candidates.push({
        id: 'xinjiang',
        text: strings.mapXinjiang[lang],
        anchor: at([xinjiang[0], xinjiang[1]]),
        priority: 1,
        fontSize,
        required: true,
        avoid: shapes,
      });
    }
    if (route && scene.route) {
      lines.push(routeLine(route, t));
      for (const [end, point] of [
        [scene.route.from, route.from],
        [scene.route.to, route.to],
      ] as const) {
        if (!point) continue;
        const [x, y] = at(point);
        obstacles.push({ x0: x - 5, y0: y - 5, x1: x + 5, y1: y + 5 });
        candidates.push({
          id: `seat-${end.id}`,
          text: shortPlaceName(end.name, lang),
          anchor: [x, y],
          priority: 3,
          fontSize,
          required: true,
        });
      }
      if (route.mid) {
        candidates.push({
          id: 'distance',
          text: distanceText(scene.route.km, lang, strings),
          anchor: at(route.mid),
          priority: 4,
          fontSize: fontSize + 2,
          bold: true,
          required: true,
        });
      }
    }
  } else {
    const wholePrefecture = scene.highlight.some((p) => p.id === 'aksu-prefecture');
    const named = new Set(scene.highlight.map((p) => p.id));
    for (const place of scene.places) {
      const anchor = layout.anchors[place.id];
      if (!anchor) continue;
      // With the whole prefecture lit, its name leads and the counties stay plain.
      const on = highlighted.has(place.id) && (!wholePrefecture || named.has(place.id));
      candidates.push({
        id: place.id,
        text: shortPlaceName(place.name, lang),
        anchor: at(anchor),
        priority: on ? 3 : place.id === 'alar' ? 2 : 1,
        fontSize,
        bold: on,
        required: on,
      });
    }
    const prefecture = scene.highlight.find((p) => p.id === 'aksu-prefecture');
    const prefectureAt = layout.anchors[PREFECTURE_LABEL_AT];
    if (prefecture && prefectureAt) {
      candidates.push({
        id: prefecture.id,
        text: shortPlaceName(prefecture.name, lang),
        anchor: at(prefectureAt),
        priority: 5,
        fontSize: fontSize + 3,
        bold: true,
        required: true,
      });
    }
    // Each place's dot-less anchor is still a mark: a callout never sits on another's name.
    if (units) {
      for (const f of placeCallouts(scene)) {
        const shape = [...layout.alar, ...layout.counties].find((p) => p.id === f.place);
        if (!shape) continue;
        // Under the place's shape, not on it: the number reads on the paper, beside its place.
        const points = compactPathPoints(shape.d).map((p) => at(p));
        const xs = points.map(([x]) => x);
        const bottom = Math.max(...points.map(([, y]) => y));
        const centre = (Math.min(...xs) + Math.max(...xs)) / 2;
        candidates.push({
          id: `figure-${f.id}`,
          text: figureOnMark(f, lang, units),
          sub: f.label[lang],
          anchor: [centre, bottom],
          priority: 4,
          fontSize: fontSize + 4,
          bold: true,
          required: true,
          prefer: 'below',
        });
      }
    }
  }
  if (mapNote(scene, lang, strings)) {
    obstacles.push({ x0: 0, y0: size.height - MAP_NOTE_HEIGHT, x1: size.width, y1: size.height });
  }
  return placeLabels(candidates, size, obstacles, 2, lines);
}

function boxOfPoints(points: readonly (readonly [number, number])[], pad: number): Box {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return {
    x0: Math.min(...xs) - pad,
    y0: Math.min(...ys) - pad,
    x1: Math.max(...xs) + pad,
    y1: Math.max(...ys) + pad,
  };
}

const XINJIANG_LABEL_AT: [number, number] = [86.5, 44.5];

/** The prefecture's own name sits in its north, in Baicheng's open land, clear of the seats. */
const PREFECTURE_LABEL_AT = 'baicheng';

/**
 * Which links a pairing step draws in colour: those whose two ends the step names (all of them
 * when it names none). A link from a lit city to a place the step is not about stays faded.
 */
export function pairingLinkLit(scene: MapScene, from: string, to: string): boolean {
  const lit = new Set(scene.highlight.map((p) => p.id));
  return lit.size === 0 || (lit.has(from) && lit.has(to));
}

/**
 * Whether a place's shape on the pairing map takes the step's stronger tint. Aksu's side follows
 * the step's places. Zhejiang's cities are all tinted as Zhejiang, but for one with no known
 * pairing, which the footnote explains: a city left pale with nothing saying why (Taizhou, on
 * the counties' step) would read as a finding the text does not make.
 */
export function pairingPlaceTinted(scene: MapScene, id: string): boolean {
  const pairing = scene.pairings.find((p) => p.from.id === id);
  if (pairing) return pairing.supports.length > 0;
  return scene.highlight.length === 0 || scene.highlight.some((p) => p.id === id);
}

/** Each place's partners at the other end of its lit links: the words its label adds. */
function partnersOf(scene: MapScene): Map<string, ScenePlace[]> {
  const partners = new Map<string, ScenePlace[]>();
  const add = (id: string, p: ScenePlace) => partners.set(id, [...(partners.get(id) ?? []), p]);
  for (const pairing of scene.pairings) {
    for (const place of pairing.supports) {
      if (!pairingLinkLit(scene, pairing.from.id, place.id)) continue;
      add(pairing.from.id, place);
      add(place.id, pairing.from);
    }
  }
  return partners;
}

/**
 * A pairing label names the place and, for each lit link, the partner at its other end. The arrow
 * always runs from the city that supports to the place it supports, so the map reads one way,
 * whichever end names the pair: "Jinhua → Wensu".
 */
export function pairingLabelText(
  place: ScenePlace,
  partners: readonly ScenePlace[],
  lang: Lang,
): string {
  const name = shortPlaceName(place.name, lang);
  if (!partners.length) return name;
  const list = partners.map((p) => shortPlaceName(p.name, lang)).join(lang === 'zh' ? '、' : ', ');
  const [from, to] = place.kind === 'zhejiang-city' ? [name, list] : [list, name];
  return lang === 'zh' ? `${from}→${to}` : `${from} → ${to}`;
}

/** Screen lines of the pairing links (the cubic curves sampled), for labels to keep off. */
export function linkLines(layout: PairingLayout): Polyline[] {
  return layout.links.map((l) => {
    const n = l.d.match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0, x2 = 0, y2 = 0, x3 = 0, y3 = 0] = n;
    return Array.from({ length: 25 }, (_, i) => {
      const t = i / 24;
      const u = 1 - t;
      return [
        u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3,
        u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3,
      ] as const;
    });
  });
}

export function pairingLabels(
  scene: MapScene,
  layout: PairingLayout,
  size: Size,
  lang: Lang,
): PlacedLabel[] {
  const fontSize = fontSizeFor(size) - 1;
  const highlighted = new Set(scene.highlight.map((p) => p.id));
  const anyHighlight = highlighted.size > 0;
  const partners = partnersOf(scene);
  // Each link is named once, at its Aksu end ("Jinhua → Wensu"); Zhejiang's cities carry their
  // names only, so they fit clear of the links running into them (and a pair is not read twice),
  // save where Aksu's end is too crowded for more than its name (see retold below).
  const wide = layout.arrangement === 'side-by-side';
  const candidates: LabelCandidate[] = [];
  const byId = new Map(scene.places.map((p) => [p.id, p]));
  for (const [id, anchor] of Object.entries(layout.anchors)) {
    const place = byId.get(id);
    if (!place) continue;
    const pairing = scene.pairings.find((p) => p.from.id === id);
    const unpaired = pairing !== undefined && pairing.supports.length === 0;
    const on = !anyHighlight || highlighted.has(id);
    const withPartners = on && place.kind !== 'zhejiang-city';
    const text = withPartners
      ? pairingLabelText(place, partners.get(id) ?? [], lang)
      : shortPlaceName(place.name, lang);
    // A city without a known pairing is always named (its note says why it has no line).
    const priority = on ? (unpaired ? 4 : 3) : unpaired ? 2 : 1;
    const name = shortPlaceName(place.name, lang);
    candidates.push({
      id,
      text,
      anchor,
      priority,
      fontSize,
      bold: on && anyHighlight,
      required: on,
      muted: !on,
      ...(text !== name ? { short: name } : {}),
      // Away from the gap the links cross.
      ...(place.kind === 'zhejiang-city' ? {} : { prefer: wide ? 'left' : 'above' }),
    });
  }
  // Dots are obstacles, so a label sits beside its dot rather than on it; so is the footnote.
  const r = pairingDotRadius(size) + 0.5;
  const dots: Box[] = Object.values(layout.anchors).map(([x, y]) => ({
    x0: x - r,
    y0: y - r,
    x1: x + r,
    y1: y + r,
  }));
  const footnote = {
    x0: 0,
    y0: size.height - PAIRING_FOOTNOTE_HEIGHT,
    x1: size.width,
    y1: size.height,
  };
  const obstacles = [...dots, footnote];
  // Labels keep off the links; where a place is too crowded for that, off the other labels and
  // dots at least (their halo then breaks the line under them).
  // Faded links may pass under a label (its halo breaks them); the step's own links may not.
  const litLinks = layout.links.flatMap((l, i) => (pairingLinkLit(scene, l.from, l.to) ? [i] : []));
  const all = linkLines(layout);
  const lines = litLinks.map((i) => all[i] as Polyline);
  const ends = litLinks.map((i) => [layout.links[i]?.from ?? '', layout.links[i]?.to ?? '']);
  // A link is traced by the partner named at one of its ends: "Lishui → Xinhe" in Aksu, or where
  // Aksu's end is too crowded for more than "Xinhe", the same words in Zhejiang. Partners may
  // stand a ring further out from their dot where that leaves the other labels room. Of these
  // tries, the one that names every place the step needs and leaves fewest links untraced wins.
  const withPartner = (ls: PlacedLabel[]) =>
    new Set(ls.filter((l) => l.short !== undefined && l.text !== l.short).map((l) => l.id));
  const untraced = (ls: PlacedLabel[]) => {
    const traced = withPartner(ls);
    return litLinks.filter((i) => {
      const link = layout.links[i];
      return link && !traced.has(link.from) && !traced.has(link.to);
    }).length;
  };
  const complete = (ls: PlacedLabel[]) =>
    candidates.every((c) => !c.required || ls.some((l) => l.id === c.id));
  const retold = (bareEnds: Set<string>) => {
    const cities = new Set(
      litLinks.flatMap((i) => {
        const link = layout.links[i];
        return link && bareEnds.has(link.to) ? [link.from] : [];
      }),
    );
    return candidates.map((c) => {
      const place = byId.get(c.id);
      if (!place || !cities.has(c.id) || c.short) return c;
      return { ...c, text: pairingLabelText(place, partners.get(c.id) ?? [], lang), short: c.text };
    });
  };
  // Tried in order, each only if the ones before leave a link untraced (placement is the costly
  // part of drawing this map).
  const reaching = (cs: LabelCandidate[], reach: 2 | 3) =>
    cs.map((c) => (c.short ? { ...c, reach } : c));
  const bareIn = (ls: PlacedLabel[]) => {
    const traced = withPartner(ls);
    return new Set(ls.filter((l) => l.short && !traced.has(l.id)).map((l) => l.id));
  };
  let best: PlacedLabel[] | null = null;
  const better = (t: PlacedLabel[]) =>
    !best || (complete(t) && (!complete(best) || untraced(t) < untraced(best)));
  const done = () => best !== null && complete(best) && untraced(best) === 0;
  for (const reach of [2, 3] as const) {
    const first = placePairingLabels(reaching(candidates, reach), size, obstacles, lines, ends);
    if (better(first)) best = first;
    if (done()) break;
    const bare = bareIn(first);
    if (!bare.size) continue;
    const second = placePairingLabels(reaching(retold(bare), reach), size, obstacles, lines, ends);
    if (better(second)) best = second;
    if (done()) break;
  }
  return uncrossLeaders(best ?? [], layout, pairingDotRadius(size), size, obstacles, lines, ends);
}

/**
 * Greedy placement leaves out the last comers: those left out go first next time (a few rounds
 * at most), and the round that leaves out fewest is kept.
 */
function placePairingLabels(
  candidates: LabelCandidate[],
  size: Size,
  obstacles: Box[],
  lines: Polyline[],
  ends: string[][],
): PlacedLabel[] {
  let clear = placeLabels(candidates, size, obstacles, 2, lines, ends);
  let order = candidates;
  for (let round = 0; round < 4; round += 1) {
    const got = new Set(clear.map((l) => l.id));
    const out = order.filter((c) => c.required && !got.has(c.id)).map((c) => c.id);
    if (!out.length) break;
    order = order.map((c) => (out.includes(c.id) ? { ...c, priority: c.priority + 10 } : c));
    const next = placeLabels(order, size, obstacles, 2, lines, ends);
    const left = (ls: PlacedLabel[]) =>
      candidates.filter((c) => c.required && !ls.some((l) => l.id === c.id)).length;
    if (left(next) < left(clear)) clear = next;
  }
  clear = clear.map((l) => ({
    ...l,
    priority: candidates.find((c) => c.id === l.id)?.priority ?? l.priority,
  }));
  const placed = new Set(clear.map((l) => l.id));
  const missing = candidates.filter((c) => c.required && !placed.has(c.id));
  if (!missing.length) return clear;
  // The last resort: the bare name, as far out as any needed label may go.
  const bare = missing.map(({ short, ...c }) => ({ ...c, text: short ?? c.text }));
  const rest = placeLabels(bare, size, [...obstacles, ...clear.map((l) => l.box)], 2);
  return [...clear, ...rest];
}

export const PAIRING_FOOTNOTE_HEIGHT = 20;

/** The pairing map's dots grow with its labels, so a large screen's places read as places. */
export function pairingDotRadius(size: Size): number {
  return Math.max(3.5, Math.round(fontSizeFor(size) * 0.3 * 10) / 10);
}
/** Room kept under a geographic map for its note. */
export const MAP_NOTE_HEIGHT = 20;

/**
 * Notes that say what a step's highlight means when it is not the obvious (the places named):
 * on the model villages, the counties lit are those the villages are in.
 */
const MAP_NOTES: Record<string, keyof MapStrings> = {
  'rural-model-villages': 'mapVillageNote',
};

export function mapNote(scene: MapScene, lang: Lang, strings: MapStrings): string {
  const key = MAP_NOTES[scene.stepId];
  return key ? strings[key][lang] : '';
}

/** The footnote under the pairing map: each city with no known pairing, and why it has no line. */
export function pairingFootnote(scene: MapScene, lang: Lang, strings: MapStrings): string {
  return scene.pairings
    .filter((p) => p.supports.length === 0)
    .map(
      (p) =>
        `${shortPlaceName(p.from.name, lang)}${lang === 'zh' ? '：' : ': '}${strings.pairingFootnote[lang]}`,
    )
    .join(lang === 'zh' ? '；' : '; ');
}
