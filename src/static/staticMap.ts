// A map scene as a static SVG picture, for readers without JavaScript and for print: the same
// layouts, camera and labels as the map element (src/maps/), where its camera comes to rest.
// Shapes wholly outside the view are left out, so a close-up does not carry all of China.
import type { Lang, UnitWords } from '../content/schema.ts';
import { placeColor } from '../components/views/placeColor.ts';
import type { Size } from '../maps/camera.ts';
import { transformAttr, transformOfView } from '../maps/camera.ts';
import { layoutGeo, type MapPath } from '../maps/geoLayout.ts';
import { subOffset, subSize, type PlacedLabel } from '../maps/labelPlacement.ts';
import { compactPathPoints, type GeoMap, type PairingMap } from '../maps/projectedMap.ts';
import type { MapStrings } from '../maps/mapDescription.ts';
import {
  geoLabels,
  mapNote,
  pairingFootnote,
  pairingDotRadius,
  pairingLabels,
  pairingLinkLit,
} from '../maps/mapLabels.ts';
import { pairingLeaders, type LabelLeader } from '../maps/pairingLeaders.ts';
import { mapStateFor } from '../maps/mapState.ts';
import { layoutPairing } from '../maps/pairingLayout.ts';
import type { MapScene } from '../story/scene.ts';
import { esc, n } from './svgText.ts';

/**
 * The sizes a map label can take (placeLabels shrinks a needed one by up to two pixels). A
 * stylesheet's font rule outranks the font-size attribute, so each size has its class.
 */
const LABEL_SIZES = Array.from({ length: 14 }, (_, i) => i + 8);

export const MAP_STYLE = `
  path { vector-effect: non-scaling-stroke; }
  .province { stroke: var(--color-paper); stroke-width: 0.75; }
  .inset { fill: none; stroke: var(--color-ink-soft); stroke-width: 0.75; }
  .county { stroke: var(--color-paper); stroke-width: 1.25; }
  .alar-shape { stroke: var(--color-alar); stroke-width: 2; }
  .route { fill: none; stroke: var(--color-ink); stroke-width: 2; stroke-dasharray: 6 5; }
  .seat, .dot { stroke: var(--color-paper); stroke-width: 1.5; }
  .label { fill: var(--color-ink); font-family: var(--font-sans); paint-order: stroke;
    stroke: var(--color-paper); stroke-width: 3px; stroke-linejoin: round; }
  .bold { font-weight: 700; }
  .label-leader { stroke: var(--color-ink-soft); stroke-width: 1; }
  .pairing-place { stroke: var(--color-paper); stroke-width: 0.75; fill-opacity: 0.22; }
  .pairing-place.lit { fill-opacity: 0.45; }
  .link { fill: none; stroke-width: 2; opacity: 0.9; }
  .link.muted { stroke-width: 1; opacity: 0.15; }
  .label.muted { fill: var(--color-ink-soft); font-weight: 400; }
  .sub { font-weight: 400; }
  .footnote { fill: var(--color-ink-soft); font: 12px var(--font-sans); }
${LABEL_SIZES.map((px) => `  .label.fs${px}, .sub.fs${px} { font-size: ${px}px; }`).join('\n')}
`;

/** Whether a map path (compact, in reference units) can show inside the box [x0, y0, x1, y1]. */
function inView(d: string, box: [number, number, number, number]): boolean {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of compactPathPoints(d)) {
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  }
  return x1 >= box[0] && x0 <= box[2] && y1 >= box[1] && y0 <= box[3];
}

function leadersSvg(leaders: readonly LabelLeader[]): string {
  return leaders
    .map(
      (l) =>
        `<line class="label-leader" x1="${n(l.x1)}" y1="${n(l.y1)}" x2="${n(l.x2)}" y2="${n(l.y2)}"/>`,
    )
    .join('');
}

function labelsSvg(labels: readonly PlacedLabel[]): string {
  return labels
    .map(
      (l) =>
        `<text class="label fs${l.fontSize}${l.bold ? ' bold' : ''}${l.muted ? ' muted' : ''}" x="${n(l.x)}" y="${n(l.y)}" font-size="${l.fontSize}">${esc(l.text)}${
          l.sub
            ? `<tspan x="${n(l.x)}" dy="${subOffset(l.fontSize)}" font-size="${subSize(l.fontSize)}" class="sub fs${subSize(l.fontSize)}">${esc(l.sub)}</tspan>`
            : ''
        }</text>`,
    )
    .join('');
}

export function staticMapBody(
  scene: MapScene,
  lang: Lang,
  maps: { geo: GeoMap; pairing: PairingMap },
  strings: MapStrings,
  size: Size,
  units: UnitWords | null = null,
): string {
  const state = mapStateFor(scene);
  if (state.layout === 'pairing') {
    const pairs = scene.pairings.map((p) => ({
      from: p.from.id,
      supports: p.supports.map((s) => s.id),
    }));
    const layout = layoutPairing(maps.pairing, pairs, size);
    const labels = pairingLabels(scene, layout, size, lang);
    const lit = new Set(state.highlight);
    const on = (...ids: string[]) => lit.size === 0 || ids.some((id) => lit.has(id));
    const kindColour = (id: string, kind?: string) =>
      placeColor(kind === 'zhejiang-city' ? 'zhejiang' : id);
    return [
      ...[layout.aksu, layout.zhejiang].map(
        (side) =>
          `<g transform="${transformAttr(side.transform)}">${side.paths
            .map(
              (p) =>
                `<path class="pairing-place${on(p.id) && lit.size ? ' lit' : ''}" d="${p.d}" fill="${kindColour(p.id, p.kind)}"/>`,
            )
            .join('')}</g>`,
      ),
      ...layout.links.map(
        (l) =>
          `<path class="link${pairingLinkLit(scene, l.from, l.to) ? '' : ' muted'}" d="${l.d}" stroke="${l.to === 'alar' ? placeColor('alar') : 'var(--color-ink)'}"/>`,
      ),
      ...Object.entries(layout.anchors).map(
        ([id, [x, y]]) =>
          `<circle class="dot" cx="${n(x)}" cy="${n(y)}" r="${pairingDotRadius(size)}" fill="${kindColour(id, scene.places.find((p) => p.id === id)?.kind)}"/>`,
      ),
      leadersSvg(pairingLeaders(labels, layout, pairingDotRadius(size))) + labelsSvg(labels),
      `<text class="footnote" x="${size.width - 4}" y="${size.height - 6}" text-anchor="end">${esc(pairingFootnote(scene, lang, strings))}</text>`,
    ].join('');
  }

  const geo = layoutGeo(maps.geo, size);
  const view = geo.views[state.camera];
  const t = transformOfView(view, size);
  // The view's box in projected units, with a margin for strokes.
  const half = [size.width / t.k / 2, size.height / t.k / 2];
  const box: [number, number, number, number] = [
    view[0] - (half[0] as number) * 1.1,
    view[1] - (half[1] as number) * 1.1,
    view[0] + (half[0] as number) * 1.1,
    view[1] + (half[1] as number) * 1.1,
  ];
  const lit = (id: string) => state.highlight.includes(id);
  const paths = (list: readonly MapPath[], cls: string, fill: (p: MapPath) => string) =>
    list
      .filter((p) => inView(p.d, box))
      .map((p) => `<path class="${cls}" d="${p.d}" fill="${fill(p)}"/>`)
      .join('');
  const route = scene.route && state.route ? geo.route : null;
  const dot = (p: [number, number] | null, colour: string) =>
    p
      ? `<circle class="seat" cx="${n(p[0] * t.k + t.x)}" cy="${n(p[1] * t.k + t.y)}" r="4.5" fill="${colour}"/>`
      : '';
  const faint = state.camera === 'china';
  // A nested svg clips the map to its area, so a close-up never runs over the kicker or figures.
  return [
    `<svg class="map-area" width="${n(size.width)}" height="${n(size.height)}" overflow="hidden">`,
    `<g transform="translate(${n(t.x)},${n(t.y)}) scale(${t.k})">`,
    paths(geo.provinces, 'province', (p) =>
      lit(p.id) ? placeColor(p.id) : 'var(--color-context)',
    ),
    paths(geo.nanhai, 'inset', () => 'none'),
    paths(geo.aksuOutline, 'outline', (p) => (lit(p.id) ? placeColor('aksu-prefecture') : 'none')),
    faint
      ? ''
      : paths(geo.counties, 'county', (p) =>
          lit(p.id) ? placeColor(p.id) : 'var(--color-aksu-soft)',
        ),
    faint
      ? ''
      : paths(geo.alar, 'alar-shape', (p) =>
          lit(p.id) ? placeColor(p.id) : 'var(--color-aksu-soft)',
        ),
    route ? `<path class="route" d="${route.d}"/>` : '',
    '</g>',
    route ? dot(route.from, 'var(--color-zhejiang)') + dot(route.to, 'var(--color-aksu)') : '',
    labelsSvg(geoLabels(scene, state, geo, size, lang, strings, route, units)),
    mapNote(scene, lang, strings)
      ? `<text class="footnote" x="4" y="${size.height - 6}">${esc(mapNote(scene, lang, strings))}</text>`
      : '',
    '</svg>',
  ].join('');
}
