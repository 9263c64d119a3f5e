// The whole story as one element for a host's page: cover, chapters and sources, with the graphic
// sticking beside (wide containers) or behind (narrow ones) the text as the reader scrolls the
// host's page. The story's own scroll engine drives it; nothing outside the element is touched:
// no keys taken from the page, no URL written.
import { html, css, unsafeCSS, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { EmbedStoryText } from '../../build/embedData.ts';
import '../../components/aksu-graphic.ts';
import type { AksuGraphic } from '../../components/aksu-graphic.ts';
import { defineElement } from '../../components/defineElement.ts';
import { StoryController } from '../../story/controller.ts';
import { giveGraphicContent } from '../../story/graphicContent.ts';
import { graphicStatus } from '../../story/graphicStatus.ts';
import type { ScrollFollower } from '../../story/scrollFollower.ts';
import storyCss from '../../styles/story.css?inline';
import { EmbedElement } from './embedElement.ts';
import { resolveStep } from './elementAttributes.ts';
import { hostReset, tokenStyles } from './hostStyles.ts';
import { loadStoryText } from './loadEmbedData.ts';

/**
 * The whole story: the reader scrolls the page, the graphic follows the text.
 * @tag aksu-story
 * @fires aksu-step-change - When the reader reaches another step; `detail.step` is its id.
 * @cssprop [--aksu-sticky-top=0px] - Height of the host page's own sticky header, which the graphic stays below.
 * @csspart story - The story's box.
 * @csspart graphic - The sticky graphic.
 * @slot - Fallback shown if the element cannot load its data.
 */
export class AksuStoryElement extends EmbedElement {
  static override styles = [
    tokenStyles,
    hostReset,
    unsafeCSS(storyCss),
    css`
      :host {
        --story-top: var(--aksu-sticky-top, 0px);
        font-size: var(--aksu-font-size, 16px) !important;
        line-height: 1.65 !important;
      }
      :host([lang='en']) .l-zh,
      :host(:not([lang='en'])) .l-en {
        display: none !important;
      }
      noscript,
      .step__static {
        display: none !important;
      }
    `,
  ];

  /** The step the reader is on, by id; set it to take the reader there. */
  @property({ reflect: true }) step: string | null = null;

  @state() private text: EmbedStoryText | null = null;
  /** The scroll engine (scrollama), loaded with the text: a page with only charts never needs it. */
  @state() private scrollEngine: typeof import('../../story/scrollFollower.ts') | null = null;
  @query('aksu-graphic') private graphic!: AksuGraphic | null;

  private controller: StoryController | null = null;
  private follower: ScrollFollower | null = null;
  private teardown: (() => void)[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.text || !this.scrollEngine) {
      Promise.all([loadStoryText(), import('../../story/scrollFollower.ts')]).then(
        ([text, engine]) => {
          this.text = text;
          this.scrollEngine = engine;
        },
        (error: unknown) => {
          this.failed = true;
          console.error('<aksu-story>: could not load the story', error);
        },
      );
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop();
  }

  private stop(): void {
    for (const undo of this.teardown.splice(0)) undo();
    this.follower = null;
    this.controller = null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.data || !changed.has('step') || this.step === this.controller?.current) return;
    const ids = this.data.steps.map((s) => s.id);
    const step = resolveStep(this.localName, this.step, ids);
    this.warnOnce(step);
    if (step.warning) this.step = step.value;
  }

  protected override updated(changed: PropertyValues): void {
    if (this.data && this.text && this.scrollEngine && !this.controller) this.start();
    const { graphic, controller, data } = this;
    if (graphic && data && changed.has('lang')) {
      graphic.lang = this.language;
      graphic.setAttribute('aria-label', data.ui.graphicLabel[this.language]);
    }
    // The host moved the story to a step.
    if (controller && this.step && changed.has('step') && this.step !== controller.current) {
      if (controller.goTo(this.step, 'api')) this.follower?.show(this.step, 'smooth');
    }
  }

  private start(): void {
    const { data, graphic, scrollEngine } = this;
    const root = this.renderRoot;
    if (!data || !graphic || !scrollEngine) return;
    const stepEls = [...root.querySelectorAll<HTMLElement>('.scrolly [data-step]')];
    const controller = new StoryController(stepEls.map((el) => el.id));
    const status = graphicStatus(root.querySelector('[data-graphic-status]'), data);
    this.teardown.push(() => status.destroy());
    giveGraphicContent(graphic, data);
    graphic.lang = this.language;
    graphic.setAttribute('aria-label', data.ui.graphicLabel[this.language]);
    this.teardown.push(
      controller.onChange(({ stepId, previous }) => {
        if (previous) root.querySelector(`[id="${previous}"]`)?.removeAttribute('aria-current');
        root.querySelector(`[id="${stepId}"]`)?.setAttribute('aria-current', 'step');
        const scene = data.scenes[stepId] ?? this.text?.notesScenes[stepId];
        if (scene) graphic.scene = scene;
        if (scene && previous) status.say(scene, this.language);
        this.step = stepId;
        this.dispatchEvent(
          new CustomEvent('aksu-step-change', {
            detail: { step: stepId },
            bubbles: true,
            composed: true,
          }),
        );
      }),
    );
    const follower = scrollEngine.followScroll(stepEls, controller, () => this.clientWidth);
    this.teardown.push(() => follower.destroy());
    this.controller = controller;
    this.follower = follower;
    const requested = this.step && controller.stepIds.includes(this.step) ? this.step : null;
    controller.goTo(requested ?? (controller.stepIds[0] as string), 'url');
    if (requested) follower.show(requested, 'instant');
    // The host page may already be scrolled into the story (a reload keeps its place).
    else follower.sync();
  }

  override render() {
    if (!this.data || !this.text) {
      return this.failed
        ? html`<slot></slot>`
        : html`<div class="story-root" aria-busy="true"></div>`;
    }
    return html`<div class="story-root" part="story">${unsafeHTML(this.text.html)}</div>`;
  }
}

defineElement('aksu-story', AksuStoryElement);

declare global {
  interface HTMLElementTagNameMap {
    'aksu-story': AksuStoryElement;
  }
}
