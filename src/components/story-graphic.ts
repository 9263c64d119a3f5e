// <story-graphic>: draws whatever scene it is given, in the language it is given. It holds no
// story state: the controller sets `scene` and `lang`, and the same pair always draws the same.
// Map scenes go to one persistent <aksu-map> (so its camera travels between them); chart scenes
// go to the chart of their kind, which stays while the steps of its chapter change, so its marks
// morph from one step to the next.
import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { Lang, UnitWords } from '../content/schema.ts';
import { formatFigure } from '../format/figureFormat.ts';
import type { MapStrings } from '../maps/mapDescription.ts';
import type { ChartScene, PlaceNote, Scene, SceneFigure } from '../story/scene.ts';
import './aksu-map.ts';
import './charts/funding-chart.ts';
import './charts/outlets-chart.ts';
import './charts/people-chart.ts';
import './charts/alar-chart.ts';
import type { ChartStrings } from './charts/chart-strings.ts';
import { placeColor } from './views/placeColor.ts';
import type { ChartKind } from '../content/schema.ts';

const CHART_TAGS: Record<ChartKind, ReturnType<typeof unsafeStatic>> = {
  funding: unsafeStatic('funding-chart'),
  outlets: unsafeStatic('outlets-chart'),
  people: unsafeStatic('people-chart'),
  alar: unsafeStatic('alar-chart'),
};

@customElement('story-graphic')
export class StoryGraphic extends LitElement {
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
      font-size: 0.8rem;
      letter-spacing: 0.04em;
      text-transform: uppercase;
      color: var(--color-ink-soft);
    }
    aksu-map,
    funding-chart,
    outlets-chart,
    people-chart,
    alar-chart {
      flex: 1 1 auto;
      min-height: 0;
    }
    .figures {
      flex: none;
      list-style: none;
      margin: 12px 0 0;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
      gap: 8px 16px;
    }
    .figures li {
      border-left: 4px solid var(--swatch);
      padding-left: 8px;
      font-size: 0.85rem;
      line-height: 1.3;
    }
    .figures strong {
      display: block;
      font-size: 1.25rem;
      font-variant-numeric: tabular-nums;
    }
  `;

  @property({ attribute: false }) scene: Scene | null = null;
  @property({ reflect: true }) override lang: Lang = 'zh';
  @property({ attribute: false }) units: UnitWords | null = null;
  @property({ attribute: false }) strings: MapStrings | null = null;
  @property({ attribute: false }) chartStrings: ChartStrings | null = null;
  @property({ attribute: false }) notes: Record<string, PlaceNote> = {};

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('scene') && this.scene) this.dataset.scene = this.scene.stepId;
  }

  private renderFigures(figures: readonly SceneFigure[], units: UnitWords) {
    if (!figures.length) return nothing;
    return html`<ul class="figures">
      ${figures.map(
        (f) =>
          html`<li style="--swatch:${placeColor(f.place)}">
            <strong>${formatFigure(f, this.lang, units)}</strong>${f.label[this.lang]}
          </li>`,
      )}
    </ul>`;
  }

  private renderChart(scene: ChartScene, units: UnitWords) {
    // The tag comes from a fixed table of our own elements, never from data or the URL.
    const tag = CHART_TAGS[scene.chart];
    return staticHtml`<${tag}
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
        scene.graphic === 'map'
          ? html`<aksu-map
                .scene=${scene}
                .lang=${this.lang}
                .units=${units}
                .strings=${this.strings}
                .notes=${this.notes}
              ></aksu-map>
              ${this.renderFigures(scene.figures, units)}`
          : this.renderChart(scene, units)
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'story-graphic': StoryGraphic;
  }
}
