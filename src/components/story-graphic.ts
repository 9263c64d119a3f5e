// <story-graphic>: draws whatever scene it is given, in the language it is given. It holds no
// story state: the controller sets `scene` and `lang`, and the same pair always draws the same.
// Map scenes go to one persistent <aksu-map> (so its camera can travel between them); chart
// scenes fade in as new drawings.
import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Lang, UnitWords } from '../content/schema.ts';
import { formatFigure } from '../format/figureFormat.ts';
import type { MapStrings } from '../maps/mapDescription.ts';
import type { ChartScene, PlaceNote, Scene, SceneFigure } from '../story/scene.ts';
import './aksu-map.ts';
import { figureBars } from './views/figureBars.ts';
import { placeColor } from './views/placeColor.ts';

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
      padding: var(--graphic-padding, 24px);
      box-sizing: border-box;
    }
    .kicker {
      margin: 0 0 8px;
      font-size: 0.8rem;
      letter-spacing: 0.04em;
      text-transform: uppercase;
      color: var(--color-ink-soft);
    }
    aksu-map {
      flex: 1 1 auto;
      min-height: 0;
    }
    .chart {
      flex: none;
      animation: fade-in var(--motion-fade, 300ms) ease-out;
    }
    @keyframes fade-in {
      from {
        opacity: 0;
      }
    }
    svg {
      display: block;
      overflow: visible;
    }
    text {
      fill: var(--color-ink);
      font-size: 14px;
    }
    .bar__value {
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .is-muted {
      opacity: 0.35;
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
  @property({ attribute: false }) notes: Record<string, PlaceNote> = {};

  @state() private width = 0;
  private observer: ResizeObserver | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer = new ResizeObserver(([entry]) => {
      if (entry) this.width = Math.round(entry.contentRect.width);
    });
    this.observer.observe(this);
  }

  override disconnectedCallback(): void {
    this.observer?.disconnect();
    this.observer = null;
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('scene') && this.scene) this.dataset.scene = this.scene.stepId;
  }

  private describeChart(scene: ChartScene, units: UnitWords): string {
    const lang = this.lang;
    const parts = [scene.chapterTitle[lang]];
    parts.push(...scene.figures.map((f) => `${f.label[lang]} ${formatFigure(f, lang, units)}`));
    return parts.join(lang === 'zh' ? '；' : '; ');
  }

  private renderChart(scene: ChartScene, units: UnitWords, innerW: number) {
    const bars = figureBars(scene.figures, scene.highlight, innerW, this.lang, units);
    return keyed(
      scene.stepId,
      html`<svg
        class="chart"
        role="img"
        aria-label=${this.describeChart(scene, units)}
        width=${innerW}
        height=${bars.height}
        viewBox="0 0 ${innerW} ${bars.height}"
      >
        <defs>
          <pattern
            id="planned-hatch"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <line
              x1="0"
              y1="0"
              x2="0"
              y2="6"
              stroke="var(--color-ink-soft)"
              stroke-width="2"
              opacity="0.35"
            ></line>
          </pattern>
        </defs>
        ${bars.content}
      </svg>`,
    );
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

  override render() {
    const { scene, units } = this;
    if (!scene || !units || this.width === 0) return nothing;
    const pad = this.width < 600 ? 16 : 28;
    const innerW = this.width - pad * 2;
    return html`<div class="frame" style="--graphic-padding:${pad}px" data-scene=${scene.stepId}>
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
          : this.renderChart(scene, units, innerW)
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'story-graphic': StoryGraphic;
  }
}
