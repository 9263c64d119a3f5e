// One view of the story as an element for a host's page: the map, or one of the charts, showing
// the scene of one step, with its source and a link to the full story. The host picks the step
// (and may change it: the marks move to the new step as they do in the story).
import { html, css, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import '../../components/aksu-graphic.ts';
import { leadStep, type EmbedView } from '../embedParams.ts';
import { EmbedElement } from './embedElement.ts';
import { resolveStep, stepsOfView } from './elementAttributes.ts';
import { hostReset, tokenStyles } from './hostStyles.ts';

/**
 * @cssprop [--aksu-aspect-ratio=4 / 3] - Width to height, used when the container sets no height.
 * @cssprop [--aksu-min-height=420px] - The least height, so that phones get a readable graphic.
 * @csspart frame - The box around the graphic and its footer.
 * @csspart graphic - The drawing with its chapter title and figures.
 * @csspart footer - The line under the graphic: source and link.
 * @csspart source - The source note.
 * @csspart link - The link to the full story.
 * @slot - Fallback shown if the element cannot load its data (for example a picture or a link).
 */
export abstract class EmbedViewElement extends EmbedElement {
  static override styles = [
    tokenStyles,
    hostReset,
    css`
      /* The container's width; its height if it sets one, else the aspect ratio (a percentage
         height that cannot resolve counts as auto). The width is explicit so that the ratio is
         never used to work out a width from a height. */
      :host {
        position: relative;
        width: 100%;
        height: 100%;
        aspect-ratio: var(--aksu-aspect-ratio, 4 / 3);
        min-height: var(--aksu-min-height, 420px);
      }
      .frame {
        position: absolute;
        inset: 0;
        display: flex;
        flex-direction: column;
        margin: 0;
      }
      .graphic {
        flex: 1 1 auto;
        min-height: 0;
      }
      .footer {
        flex: none;
        display: flex;
        flex-wrap: wrap;
        gap: 4px 12px;
        padding: 6px 16px 10px;
        font-size: 0.8125em;
        line-height: 1.4;
        color: var(--color-ink-soft);
      }
      .footer a {
        color: var(--color-ink);
      }
    `,
  ];

  /** Which view of the story this element is. */
  protected abstract readonly view: EmbedView;

  /** The step whose scene is shown, by id (see `steps`); defaults to the view's headlined step. */
  @property({ reflect: true }) step: string | null = null;

  /** The ids of the steps this element can show, in story order (empty until its data has loaded). */
  get steps(): string[] {
    return this.data ? stepsOfView(this.view, this.data.steps, this.data.scenes) : [];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.data && (changed.has('step') || changed.has('data'))) {
      const lead = leadStep(this.view, this.data.steps, this.data.scenes);
      const step = resolveStep(this.localName, this.step, this.steps, lead);
      this.warnOnce(step);
      if (this.step !== null || step.warning) this.step = step.value;
    }
  }

  override render() {
    const { data } = this;
    if (!data)
      return this.failed ? html`<slot></slot>` : html`<div class="frame" aria-busy="true"></div>`;
    const stepId = this.step ?? leadStep(this.view, data.steps, data.scenes);
    const scene = stepId ? data.scenes[stepId] : undefined;
    if (!scene) return nothing;
    const lang = this.language;
    return html`<figure class="frame" part="frame">
      <aksu-graphic
        headlines
        class="graphic"
        part="graphic"
        aria-label=${data.ui.graphicLabel[lang]}
        .scene=${scene}
        .lang=${lang}
        .units=${data.units}
        .strings=${data.mapStrings}
        .chartStrings=${data.chartStrings}
        .notes=${data.placeNotes}
      ></aksu-graphic>
      <figcaption class="footer" part="footer">
        <span part="source">${data.footer.sourceNote[lang]}</span>
        <a part="link" href=${this.storyLink(scene.stepId)} target="_blank" rel="noopener"
          >${data.footer.readFullStory[lang]}</a
        >
      </figcaption>
    </figure>`;
  }
}
