// <story-graphic>: draws whatever scene it is given, in the language it is given. It holds no
// story state: the controller sets `scene` and `lang`, and the same pair always draws the same.
import { LitElement, html, svg, css, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Bilingual, Lang, UnitWords } from '../content/schema.ts';
import { formatFigure } from '../format/figureFormat.ts';
import type { Scene } from '../story/scene.ts';
import { figureBars } from './views/figureBars.ts';
import { locatorSketch } from './views/locatorSketch.ts';
import { pairingDiagram } from './views/pairingDiagram.ts';
import { placeColor } from './views/placeColor.ts';
import { tileMap } from './views/tileMap.ts';

const NOT_FOUND_FALLBACK: Bilingual = { zh: '未找到', en: 'not found' };

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
      animation: fade-in var(--motion-fade, 300ms) ease-out;
    }
    @keyframes fade-in {
      from {
        opacity: 0;
      }
    }
    .kicker {
      margin: 0 0 12px;
      font-size: 0.8rem;
      letter-spacing: 0.04em;
      text-transform: uppercase;
      color: var(--color-ink-soft);
    }
    .plot {
      flex: none;
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
    .tile__label {
      fill: var(--color-ink);
    }
    .tile__label--on {
      fill: #fff;
      font-weight: 700;
    }
    .place-label {
      font-size: 16px;
      font-weight: 700;
    }
    .note {
      fill: var(--color-ink-soft);
      font-style: italic;
      font-size: 12px;
    }
    .figures {
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
    @media (prefers-reduced-motion: reduce) {
      .frame {
        animation-duration: 1ms;
      }
    }
  `;

  @property({ attribute: false }) scene: Scene | null = null;
  @property({ reflect: true }) override lang: Lang = 'zh';
  @property({ attribute: false }) units: UnitWords | null = null;
  @property({ attribute: false }) notFound: Bilingual = NOT_FOUND_FALLBACK;

  @state() private width = 0;
  @state() private height = 0;
  private observer: ResizeObserver | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      this.width = Math.round(entry.contentRect.width);
      this.height = Math.round(entry.contentRect.height);
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

  private describe(scene: Scene): string {
    const lang = this.lang;
    const parts = [scene.chapterTitle[lang]];
    if (scene.graphic === 'map') parts.push(...scene.highlight.map((p) => p.name[lang]));
    if (this.units) {
      const units = this.units;
      parts.push(...scene.figures.map((f) => `${f.label[lang]} ${formatFigure(f, lang, units)}`));
    }
    return parts.join(lang === 'zh' ? ';' : '; ');
  }

  override render() {
    const scene = this.scene;
    if (!scene || !this.units || this.width === 0) return nothing;
    const lang = this.lang;
    const pad = this.width < 600 ? 16 : 28;
    const innerW = this.width - pad * 2;
    const listed = scene.graphic === 'map' ? scene.figures : [];
    const plotH = Math.max(120, (this.height - pad * 2 - 40) * (listed.length ? 0.62 : 1));
    let body;
    let bodyH = plotH;
    if (scene.graphic === 'chart') {
      const bars = figureBars(scene.figures, scene.highlight, innerW, lang, this.units);
      body = bars.content;
      bodyH = bars.height;
    } else if (scene.view === 'pairing') {
      const targets = scene.places.filter((p) => p.kind !== 'zhejiang-city');
      body = pairingDiagram(
        scene.pairings,
        targets,
        scene.highlight,
        innerW,
        plotH,
        lang,
        this.notFound,
      );
    } else if (scene.view === 'locator') {
      body = locatorSketch(scene.places, innerW, plotH, lang);
    } else {
      const highlight =
        scene.view === 'alar' && !scene.highlight.length
          ? scene.places.filter((p) => p.id === 'alar')
          : scene.highlight;
      body = tileMap(scene.places, highlight, innerW, plotH, lang);
    }
    const units = this.units;
    // Keyed on the step so each new scene fades in rather than snapping.
    return keyed(
      scene.stepId,
      html`<div class="frame" style="--graphic-padding:${pad}px" data-scene=${scene.stepId}>
        <p class="kicker">${scene.chapterTitle[lang]}</p>
        <div class="plot">
          <svg
            role="img"
            aria-label=${this.describe(scene)}
            width=${innerW}
            height=${bodyH}
            viewBox="0 0 ${innerW} ${bodyH}"
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
            ${svg`${body}`}
          </svg>
        </div>
        ${
          listed.length
            ? html`<ul class="figures">
                ${listed.map(
                  (f) =>
                    html`<li style="--swatch:${placeColor(f.place)}">
                      <strong>${formatFigure(f, lang, units)}</strong>${f.label[lang]}
                    </li>`,
                )}
              </ul>`
            : nothing
        }
      </div>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'story-graphic': StoryGraphic;
  }
}
