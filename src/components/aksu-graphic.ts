// <aksu-graphic>: draws whatever scene it is given, in the language it is given. It holds no
// story state: the controller sets `scene` and `lang`, and the same pair always draws the same.
// Map scenes go to one persistent <aksu-geo-map> (so its camera travels between them); chart scenes
// go to the chart of their kind, which stays while the steps of its chapter change, so its marks
// morph from one step to the next; notes scenes (a timeline, lists) go to <aksu-notes>.
import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { cssomStyle } from './cssomStyle.ts';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { Lang, UnitWords } from '../content/schema.ts';
import { figureOnMark } from '../format/figureFormat.ts';
import { figuresUnderMap } from '../maps/mapCallouts.ts';
import type { MapStrings } from '../maps/mapDescription.ts';
import type { ChartScene, PlaceNote, Scene, SceneFigure } from '../story/scene.ts';
import type { ChartStrings } from './charts/chart-strings.ts';
import { placeColor } from './views/placeColor.ts';
import { defineElement } from './defineElement.ts';
import { drawingFor, drawingOfScene, loadDrawing } from './drawings.ts';
import { noteRuns } from './noteRuns.ts';

export class AksuGraphic extends LitElement {
  static override styles = css`
    :host {
      display: block;
      position: relative;
      color: var(--color-ink);
      font-family: var(--font-sans);
    }
    .frame {
      position: absolute;
      inset: 0;
      display: flex;
      flex-direction: column;
      padding: 16px;
      box-sizing: border-box;
    }
    @media (min-width: 600px) {
      .frame {
        padding: 24px 28px;
      }
    }
    .kicker {
      margin: 0 0 8px;
      font-size: 0.8em;
      letter-spacing: 0.04em;
      text-transform: uppercase;
      color: var(--color-ink-soft);
    }
    .headline {
      margin: 0 0 8px;
      font-size: 1.2em;
      font-weight: 700;
      line-height: 1.3;
      text-wrap: balance;
    }
    .keep {
      white-space: nowrap;
    }
    aksu-geo-map,
    aksu-funding-plot,
    aksu-outlets-plot,
    aksu-people-plot,
    aksu-alar-plot,
    aksu-notes {
      flex: 1 1 auto;
      min-height: 0;
    }
    .figures {
      flex: none;
      list-style: none;
      margin: 12px 0 0;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(9em, 1fr));
      gap: 8px 16px;
    }
    .figures li {
      border-left: 4px solid var(--swatch);
      padding-left: 8px;
      font-size: 0.85em;
      line-height: 1.3;
    }
    .figures strong {
      display: block;
      font-size: 1.47em; /* 1.25 of the graphic's text, within the item's 0.85 */
      font-variant-numeric: tabular-nums;
    }
  `;

  @property({ attribute: false }) scene: Scene | null = null;
  @property({ reflect: true }) override lang: Lang = 'zh';
  @property({ attribute: false }) units: UnitWords | null = null;
  @property({ attribute: false }) strings: MapStrings | null = null;
  @property({ attribute: false }) chartStrings: ChartStrings | null = null;
  @property({ attribute: false }) notes: Record<string, PlaceNote> = {};
  /**
   * Whether a step's headline is set over its graphic: in embeds, where no step text stands
   * beside the graphic; the story's own text already says it.
   */
  @property({ type: Boolean }) headlines = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('scene') || !this.scene) return;
    this.dataset.scene = this.scene.stepId;
    // Each drawing's code arrives when a scene first needs it, so a page or an embed showing
    // one chart does not download the map or the other charts.
    const kind = drawingOfScene(this.scene);
    if (!customElements.get(drawingFor(kind).tag)) {
      void loadDrawing(kind).then(() => this.requestUpdate());
    }
  }

  private renderFigures(figures: readonly SceneFigure[], units: UnitWords) {
    if (!figures.length) return nothing;
    return html`<ul class="figures">
      ${figures.map(
        (f) =>
          html`<li ${cssomStyle({ '--swatch': placeColor(f.place) })}>
            <strong>${figureOnMark(f, this.lang, units)}</strong>${f.label[this.lang]}
          </li>`,
      )}
    </ul>`;
  }

  private renderChart(scene: ChartScene, units: UnitWords) {
    // The tag comes from a fixed table of our own elements, never from data or the URL.
    const tag = unsafeStatic(drawingFor(scene.chart).tag);
    return staticHtml`<${tag}
      class="drawing"
      .scene=${scene}
      .lang=${this.lang}
      .units=${units}
      .strings=${this.chartStrings}
    ></${tag}>`;
  }

  override render() {
    const { scene, units } = this;
    if (!scene || !units) return nothing;
    return html`<div class="frame" data-scene=${scene.stepId}>
      <p class="kicker">${scene.chapterTitle[this.lang]}</p>
      ${
        this.headlines && scene.headline
          ? html`<p class="headline">${noteRuns(scene.headline, this.lang)}</p>`
          : nothing
      }
      ${
        scene.graphic === 'map'
          ? html`<aksu-geo-map
                class="drawing"
                .scene=${scene}
                .lang=${this.lang}
                .units=${units}
                .strings=${this.strings}
                .notes=${this.notes}
              ></aksu-geo-map>
              ${this.renderFigures(figuresUnderMap(scene), units)}`
          : scene.graphic === 'notes'
            ? html`<aksu-notes
                class="drawing"
                .scene=${scene}
                .lang=${this.lang}
                .units=${units}
              ></aksu-notes>`
            : this.renderChart(scene, units)
      }
    </div>`;
  }
}

defineElement('aksu-graphic', AksuGraphic);

declare global {
  interface HTMLElementTagNameMap {
    'aksu-graphic': AksuGraphic;
  }
}
