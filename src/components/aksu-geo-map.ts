// <aksu-geo-map>: the story's map. It draws the scene it is given — China with the route, Aksu's
// counties and Alar, Alar up close, or the pairing of Zhejiang's cities with the places they
// support — and moves its camera smoothly between scenes (cutting instead under reduced motion).
// Aksu's places can be hovered, tapped or focused for what the story says about them.
import { LitElement, html, svg, nothing, type PropertyValues } from 'lit';
import { cssomStyle } from './cssomStyle.ts';
import { property, query, state } from 'lit/decorators.js';
import { easeCubicInOut } from 'd3-ease';
import { interpolateZoom, type ZoomView } from 'd3-interpolate';
import { select } from 'd3-selection';
import 'd3-transition';
import type { Lang, UnitWords } from '../content/schema.ts';
import { figureOnMark } from '../format/figureFormat.ts';
import { transformAttr, transformOfView, type Size } from '../maps/camera.ts';
import { layoutGeo, viewsFor, type GeoLayout, type MapPath } from '../maps/geoLayout.ts';
import { subOffset, subSize, type PlacedLabel } from '../maps/labelPlacement.ts';
import { loadGeoMap, loadPairingMap, type GeoMap, type PairingMap } from '../maps/mapData.ts';
import { describeMap, placeNoteLines, type MapStrings } from '../maps/mapDescription.ts';
import {
  geoLabels,
  mapNote,
  pairingFootnote,
  pairingDotRadius,
  pairingLabels,
  pairingLinkLit,
  pairingPlaceTinted,
} from '../maps/mapLabels.ts';
import { pairingLeaders, type LabelLeader } from '../maps/pairingLeaders.ts';
import { mapStateFor, type CameraTarget, type MapState } from '../maps/mapState.ts';
import { layoutPairing, type PairingLayout } from '../maps/pairingLayout.ts';
import type { MapScene, PlaceNote } from '../story/scene.ts';
import { aksuMapStyles } from './aksu-geo-map.styles.ts';
import { ElementSize } from './elementSize.ts';
import { placeColor } from './views/placeColor.ts';
import { defineElement } from './defineElement.ts';
import { motionReduced } from '../story/motion.ts';

export class AksuGeoMap extends LitElement {
  static override styles = aksuMapStyles;

  @property({ attribute: false }) scene: MapScene | null = null;
  @property({ reflect: true }) override lang: Lang = 'zh';
  @property({ attribute: false }) units: UnitWords | null = null;
  @property({ attribute: false }) strings: MapStrings | null = null;
  /** What the story says about each of Aksu's places, shown on hover, tap or focus. */
  @property({ attribute: false }) notes: Record<string, PlaceNote> = {};

  @state() private geoMap: GeoMap | null = null;
  /** For the pairing steps: loaded after the first drawing, or at once when a step needs it. */
  @state() private pairingMap: PairingMap | null = null;
  @state() private tip: { id: string; x: number; y: number } | null = null;
  @state() private failed = false;
  @state() private pairingFailed = false;

  @query('.camera') private cameraEl!: SVGGElement | null;
  @query('.geo .labels') private labelsEl!: SVGGElement | null;

  private geo: GeoLayout | null = null;
  private pairing: PairingLayout | null = null;
  /** The pairing labels last placed, kept while the step, size and language stay the same. */
  private pairingPlaced: {
    layout: PairingLayout;
    key: string;
    labels: PlacedLabel[];
    leaders: LabelLeader[];
  } | null = null;
  /** A camera move is under way: the map is not yet at its step. */
  private moving = false;
  /** Where the camera looks now (updated every frame of a move), and where it is heading. */
  private view: ZoomView | null = null;
  private heading: CameraTarget | null = null;
  /** Set by willUpdate when this update brings new views (a first drawing or a new size). */
  private relaidOut = false;
  private readonly measured = new ElementSize(this);
  /** The size the views were made for; a new one means new views (and no camera move). */
  private size: Size = { width: 0, height: 0 };

  override connectedCallback(): void {
    super.connectedCallback();
    const failed = (error: unknown) => {
      console.error(error);
      this.failed = true;
    };
    loadGeoMap().then((map) => {
      this.geoMap = map;
      // Asked for once the first view has what it needs, so it never competes with it.
      this.requestPairing();
    }, failed);
  }

  /** Loads the pairing map (once; again after a failure). */
  private requestPairing(): void {
    if (this.pairingMap) return;
    this.pairingFailed = false;
    loadPairingMap().then(
      (pairing) => (this.pairingMap = pairing),
      (error: unknown) => {
        console.error(error);
        this.pairingFailed = true;
      },
    );
  }

  override disconnectedCallback(): void {
    if (this.cameraEl) select(this.cameraEl).interrupt('camera');
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues): void {
    const { geoMap, scene } = this;
    const { width, height } = this.measured;
    if (changed.has('scene')) this.tip = null;
    // A story or an embed that opens on a pairing step needs that map now, not after the other.
    if (changed.has('scene') && scene?.view === 'pairing') this.requestPairing();
    if (!geoMap || width === 0 || height === 0) return;
    this.relaidOut = false;
    if (!this.geo || this.size.width !== width || this.size.height !== height) {
      this.size = { width, height };
      // The paths come projected; a size only changes the camera's views.
      this.geo = this.geo
        ? { ...this.geo, views: viewsFor(geoMap, this.size) }
        : layoutGeo(geoMap, this.size);
      this.pairing = null; // placed for the size
      this.relaidOut = true;
    }
    const size = this.size;
    if (scene?.view === 'pairing' && !this.pairing && this.pairingMap) {
      const pairs = scene.pairings.map((p) => ({
        from: p.from.id,
        supports: p.supports.map((s) => s.id),
      }));
      this.pairing = layoutPairing(this.pairingMap, pairs, size);
    }
  }

  protected override updated(): void {
    if (!this.geo || !this.scene || !this.cameraEl) return;
    const target = mapStateFor(this.scene).camera;
    const to = this.geo.views[target];
    if (this.relaidOut || !this.view || motionReduced()) {
      this.setCamera(to);
    } else if (target !== this.heading) {
      this.moveCamera(to);
    }
    this.heading = target;
    if (!this.moving) this.markDrawn();
  }

  /**
   * Says which step the map shows, once its boundaries are in and its camera has come to rest
   * there (tests and embeds wait on it, as on a chart's).
   */
  private markDrawn(): void {
    if (this.scene) this.setAttribute('data-drawn', this.scene.stepId);
  }

  private setCamera(view: ZoomView): void {
    if (!this.cameraEl) return;
    select(this.cameraEl).interrupt('camera');
    this.moving = false;
    this.view = view;
    this.cameraEl.setAttribute('transform', transformAttr(transformOfView(view, this.size)));
    this.labelsEl?.classList.remove('is-moving');
  }

  private moveCamera(to: ZoomView): void {
    if (!this.cameraEl || !this.view) return;
    const size = this.size;
    const zoom = interpolateZoom(this.view, to);
    // Long enough to follow, short enough not to hold the reader up.
    const duration = Math.max(600, Math.min(1000, zoom.duration * 0.6));
    this.labelsEl?.classList.add('is-moving');
    this.moving = true;
    select(this.cameraEl)
      .transition('camera')
      .duration(duration)
      .ease(easeCubicInOut)
      .attrTween('transform', () => (t: number) => {
        this.view = zoom(t);
        return transformAttr(transformOfView(this.view, size));
      })
      .on('end', () => {
        this.moving = false;
        this.labelsEl?.classList.remove('is-moving');
        this.markDrawn();
      });
    // A move cut short by another leaves `moving` to that one; by a cut (setCamera), false.
  }

  private showTip(id: string, x: number, y: number): void {
    this.tip = { id, x, y };
  }

  private placeClass(id: string, state: MapState, base: string): string {
    return `${base}${state.highlight.includes(id) ? ' is-highlighted' : ''}`;
  }

  private placePath(p: MapPath, state: MapState, base: string) {
    const scene = this.scene as MapScene;
    const place = scene.places.find((s) => s.id === p.id);
    const label =
      place && this.strings ? this.noteText(p.id).join(this.lang === 'zh' ? '；' : '; ') : '';
    const fill = state.highlight.includes(p.id) ? placeColor(p.id) : 'var(--color-aksu-soft)';
    const anchor = this.geo?.anchors[p.id];
    const atAnchor = () => {
      if (!anchor || !this.view) return;
      const t = transformOfView(this.view, this.size);
      this.showTip(p.id, anchor[0] * t.k + t.x, anchor[1] * t.k + t.y);
    };
    return svg`<path class=${this.placeClass(p.id, state, base)} d=${p.d} fill=${fill} data-place=${p.id}
      tabindex=${state.interactive ? 0 : -1} role=${state.interactive ? 'button' : 'presentation'}
      aria-label=${state.interactive ? label : nothing}
      @pointerenter=${(e: PointerEvent) => state.interactive && this.showTip(p.id, e.offsetX, e.offsetY)}
      @pointerleave=${() => (this.tip = null)}
      @pointerdown=${(e: PointerEvent) => state.interactive && this.showTip(p.id, e.offsetX, e.offsetY)}
      @focus=${() => state.interactive && atAnchor()}
      @blur=${() => (this.tip = null)}></path>`;
  }

  private noteText(id: string): string[] {
    const scene = this.scene;
    const place = scene?.places.find((p) => p.id === id);
    if (!scene || !place || !this.strings) return [];
    const note = this.notes[id];
    const lines = placeNoteLines(place, note, this.lang, this.strings);
    if (this.units && note) {
      const units = this.units;
      lines.push(
        ...note.figures
          .slice(0, 3)
          .map((f) =>
            `${f.label[this.lang]}：${figureOnMark(f, this.lang, units)}`.replace(
              '：',
              this.lang === 'zh' ? '：' : ': ',
            ),
          ),
      );
    }
    return lines;
  }

  private renderLabels(labels: PlacedLabel[]) {
    return labels.map(
      (l) =>
        svg`<text class="label ${l.bold ? 'label--bold' : ''} ${l.muted ? 'label--muted' : ''}" x=${l.x} y=${l.y} font-size=${l.fontSize}
        data-label=${l.id}>${l.text}${
          l.sub
            ? svg`<tspan class="label__sub" x=${l.x} dy=${subOffset(l.fontSize)} font-size=${subSize(l.fontSize)}>${l.sub}</tspan>`
            : nothing
        }</text>`,
    );
  }

  private renderGeo(scene: MapScene, state: MapState, geo: GeoLayout, strings: MapStrings) {
    const { width, height } = this.size;
    const route = state.route && scene.route ? geo.route : null;
    const t = transformOfView(geo.views[state.camera], this.size);
    const dot = (p: [number, number] | null, colour: string) =>
      p
        ? svg`<circle class="seat" cx=${p[0] * t.k + t.x} cy=${p[1] * t.k + t.y} r="4.5" fill=${colour}></circle>`
        : nothing;
    return svg`<svg class="geo ${state.layout === 'geo' ? 'is-shown' : ''}" width=${width} height=${height}
        role="img" aria-label=${describeMap(scene, this.lang, strings)} aria-hidden=${state.layout === 'geo' ? 'false' : 'true'}>
      <g class="camera">
        <g class="provinces">${geo.provinces.map(
          (p) => svg`<path class=${this.placeClass(p.id, state, 'province')} d=${p.d}
            fill=${state.highlight.includes(p.id) ? placeColor(p.id) : 'var(--color-context)'}></path>`,
        )}</g>
        <g class="nanhai">${geo.nanhai.map((p) => svg`<path class="inset" d=${p.d}></path>`)}</g>
        <g class="outline">${geo.aksuOutline.map(
          (p) => svg`<path class=${this.placeClass(p.id, state, 'aksu-outline')} d=${p.d}
            fill=${state.highlight.includes(p.id) ? placeColor('aksu-prefecture') : 'none'}></path>`,
        )}</g>
        <g class="counties ${state.camera === 'china' ? 'is-faint' : ''}">${geo.counties.map((p) => this.placePath(p, state, 'county'))}</g>
        <g class="alar ${state.camera === 'china' ? 'is-faint' : ''}">${geo.alar.map((p) => this.placePath(p, state, 'alar-shape'))}</g>
        ${route ? svg`<path class="route" d=${route.d}></path>` : nothing}
      </g>
      <g class="labels">
        ${route ? [dot(route.from, 'var(--color-zhejiang)'), dot(route.to, 'var(--color-aksu)')] : nothing}
        ${this.renderLabels(geoLabels(scene, state, geo, this.size, this.lang, strings, route, this.units))}
      </g>
      ${
        mapNote(scene, this.lang, strings)
          ? svg`<text class="map-note" x="4" y=${height - 6}>${mapNote(scene, this.lang, strings)}</text>`
          : nothing
      }
    </svg>`;
  }

  // Placing them is most of this map's drawing time, and every render (a camera move, a theme
  // change, another step on the geographic map) would otherwise place them again.
  // Their leaders (to its dot, from a label that could be read as another's) go with them.
  private pairingLabelsFor(scene: MapScene, layout: PairingLayout) {
    const key = `${scene.stepId} ${this.lang} ${this.size.width}x${this.size.height}`;
    const kept = this.pairingPlaced;
    if (kept && kept.layout === layout && kept.key === key) return kept;
    const labels = pairingLabels(scene, layout, this.size, this.lang);
    const leaders = pairingLeaders(labels, layout, pairingDotRadius(this.size));
    this.pairingPlaced = { layout, key, labels, leaders };
    return this.pairingPlaced;
  }

  private renderPairingLabels(scene: MapScene, layout: PairingLayout) {
    const { labels, leaders } = this.pairingLabelsFor(scene, layout);
    return svg`${leaders.map(
      (l) => svg`<line class="label-leader" x1=${l.x1} y1=${l.y1} x2=${l.x2} y2=${l.y2}></line>`,
    )}${this.renderLabels(labels)}`;
  }

  private renderPairing(
    scene: MapScene,
    state: MapState,
    layout: PairingLayout,
    strings: MapStrings,
  ) {
    const { width, height } = this.size;
    return svg`<svg class="pairing ${state.layout === 'pairing' ? 'is-shown' : ''}" width=${width} height=${height}
        role="img" aria-label=${describeMap(scene, this.lang, strings)} aria-hidden=${state.layout === 'pairing' ? 'false' : 'true'}>
      ${[layout.aksu, layout.zhejiang].map(
        (side) =>
          svg`<g transform=${transformAttr(side.transform)}>${side.paths.map(
            (
              p,
            ) => svg`<path class="pairing__place ${pairingPlaceTinted(scene, p.id) ? 'is-highlighted' : ''}" d=${p.d}
            fill=${placeColor(p.kind === 'zhejiang-city' ? 'zhejiang' : p.id)}></path>`,
          )}</g>`,
      )}
      ${layout.links.map(
        (
          l,
        ) => svg`<path class="link ${pairingLinkLit(scene, l.from, l.to) ? 'is-highlighted' : 'is-muted'}" d=${l.d}
          stroke=${l.to === 'alar' ? placeColor('alar') : 'var(--color-ink)'} data-link=${`${l.from}>${l.to}`}></path>`,
      )}
      ${Object.entries(layout.anchors).map(
        ([
          id,
          [x, y],
        ]) => svg`<circle class="pairing__dot" cx=${x} cy=${y} r=${pairingDotRadius(this.size)}
          fill=${placeColor(scene.places.find((p) => p.id === id)?.kind === 'zhejiang-city' ? 'zhejiang' : id)}></circle>`,
      )}
      ${this.renderPairingLabels(scene, layout)}
    <text class="footnote" x=${width - 4} y=${height - 6} text-anchor="end">${pairingFootnote(scene, this.lang, strings)}</text>
    </svg>`;
  }

  override render() {
    const { scene, strings, geo } = this;
    if (!scene || !strings) return nothing;
    const mapState = mapStateFor(scene);
    const loading = (failed: boolean) =>
      html`<div
        class="loading"
        role="img"
        aria-busy=${failed ? 'false' : 'true'}
        aria-label=${describeMap(scene, this.lang, strings)}
      >
        ${(failed ? strings.mapFailed : strings.mapLoading)[this.lang]}
      </div>`;
    if (!geo) return loading(this.failed);
    const tip = this.tip;
    const tipLines = tip ? this.noteText(tip.id) : [];
    // The pairing map still on its way: the geographic one stays in place (hidden), beside a
    // placeholder that names the scene.
    const pairing = this.pairing
      ? this.renderPairing(scene, mapState, this.pairing, strings)
      : mapState.layout === 'pairing'
        ? loading(this.pairingFailed)
        : nothing;
    return html`
      ${this.renderGeo(scene, mapState, geo, strings)} ${pairing}
      ${
        tip && tipLines.length
          ? html`<div
              class="tip"
              role="status"
              ${cssomStyle({
                left: `${Math.min(tip.x, this.size.width - 180)}px`,
                top: `${tip.y + 14}px`,
              })}
            >
              <strong>${tipLines[0]}</strong
              >${tipLines.slice(1).map((line) => html`<span>${line}</span>`)}
            </div>`
          : nothing
      }
    `;
  }
}

defineElement('aksu-geo-map', AksuGeoMap);

declare global {
  interface HTMLElementTagNameMap {
    'aksu-geo-map': AksuGeoMap;
  }
}
