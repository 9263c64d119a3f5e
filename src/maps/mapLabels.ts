// Which labels each map state shows, where their anchors are on screen, and how important each
// is; placeLabels then keeps only those that fit. Pure.
import type { Lang } from '../content/schema.ts';
import type { MapScene } from '../story/scene.ts';
import { toScreen, transformOfView, type Size } from './camera.ts';
import type { GeoLayout } from './geoLayout.ts';
import { placeLabels, type Box, type LabelCandidate, type PlacedLabel } from './labelPlacement.ts';
import { distanceText, shortPlaceName, type MapStrings } from './mapDescription.ts';
import type { MapState } from './mapState.ts';
import type { PairingLayout } from './pairingLayout.ts';
import type { RouteMarks } from './projectedMap.ts';

export type { RouteMarks } from './projectedMap.ts';

function fontSizeFor(size: Size): number {
  return size.width < 500 ? 12 : 14;
}

export function geoLabels(
  scene: MapScene,
  state: MapState,
  layout: GeoLayout,
  size: Size,
  lang: Lang,
  strings: MapStrings,
  route: RouteMarks | null,
): PlacedLabel[] {
  const t = transformOfView(layout.views[state.camera], size);
  const at = (p: [number, number]) => toScreen(p, t);
  const fontSize = fontSizeFor(size);
  const highlighted = new Set(state.highlight);
  const candidates: LabelCandidate[] = [];
  const obstacles: Box[] = [];
  if (state.camera === 'china') {
    for (const place of scene.places) {
      const anchor = layout.anchors[place.id === 'aksu-prefecture' ? 'aksu-and-alar' : place.id];
      if (anchor) {
        candidates.push({
          id: place.id,
          text: shortPlaceName(place.name, lang),
          anchor: at(anchor),
          priority: 2,
          fontSize,
          bold: true,
        });
      }
    }
    if (route && scene.route) {
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
          anchor: [x, y + fontSize],
          priority: 3,
          fontSize,
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
        });
      }
    }
  } else {
    const places = scene.places;
    for (const place of places) {
      const anchor = layout.anchors[place.id];
      if (!anchor) continue;
      const on = highlighted.has(place.id);
      candidates.push({
        id: place.id,
        text: shortPlaceName(place.name, lang),
        anchor: at(anchor),
        priority: on ? 3 : place.id === 'alar' ? 2 : 1,
        fontSize,
        bold: on,
      });
    }
  }
  return placeLabels(candidates, size, obstacles);
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
  const candidates: LabelCandidate[] = [];
  const byId = new Map(scene.places.map((p) => [p.id, p]));
  for (const [id, anchor] of Object.entries(layout.anchors)) {
    const place = byId.get(id);
    if (!place) continue;
    const pairing = scene.pairings.find((p) => p.from.id === id);
    const unpaired = pairing !== undefined && pairing.supports.length === 0;
    const text = shortPlaceName(place.name, lang);
    const on = !anyHighlight || highlighted.has(id);
    // A city without a known pairing is always named (its footnote says why it has no line).
    const priority = unpaired ? 3 : on ? 2 : 1;
    candidates.push({ id, text, anchor, priority, fontSize, bold: on && anyHighlight });
  }
  // Dots are obstacles, so a label sits beside its dot rather than on it; so is the footnote.
  const dots: Box[] = Object.values(layout.anchors).map(([x, y]) => ({
    x0: x - 4,
    y0: y - 4,
    x1: x + 4,
    y1: y + 4,
  }));
  const footnote = {
    x0: 0,
    y0: size.height - PAIRING_FOOTNOTE_HEIGHT,
    x1: size.width,
    y1: size.height,
  };
  return placeLabels(candidates, size, [...dots, footnote]);
}

export const PAIRING_FOOTNOTE_HEIGHT = 20;

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
