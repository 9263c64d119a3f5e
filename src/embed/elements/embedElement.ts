// What the embeddable elements share: the lang and theme attributes, read leniently (a bad value
// falls back to its default with one console warning and the attribute is corrected), the default
// link to the full story, and loading the data the elements draw from.
import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { EmbedViewData } from '../../build/embedData.ts';
import { storyLink } from './storyLink.ts';
import type { Lang } from '../../content/langs.ts';
import { resolveLang, resolveTheme, type Resolved } from './elementAttributes.ts';
import { loadViewData } from './loadEmbedData.ts';

/**
 * @cssprop [--aksu-font-size=16px] - Base text size; the graphic's text scales with it.
 * @cssprop [--color-paper=#f7f4ee] - Background.
 * @cssprop [--color-card=#ffffff] - Cards and tooltips.
 * @cssprop [--color-ink=#1d1d1b] - Text.
 * @cssprop [--color-ink-soft=#5b5750] - Secondary text: keys, notes, the source.
 * @cssprop [--color-rule=#d9d3c7] - Rules and borders.
 * @cssprop [--color-context=#e6e0d4] - Places that are context, not subject.
 * @cssprop [--color-zhejiang=#0b6e79] - Zhejiang's colour.
 * @cssprop [--color-aksu=#b4500e] - Aksu's colour.
 * @cssprop [--color-aksu-soft=#efdccb] - Aksu's area on the maps.
 * @cssprop [--color-alar=#7a3590] - Alar's (the 1st Division's) colour.
 * @cssprop [--color-focus=#1a5fb4] - Keyboard focus ring.
 */
export abstract class EmbedElement extends LitElement {
  /** Language: `zh` or `en` (BCP 47 tags such as `zh-CN` are read by their first part). Defaults to the page's language, else `zh`. */
  @property({ reflect: true }) override lang = '';
  /** Colour theme: `light` (default) or `dark`. */
  @property({ reflect: true }) theme: string | null = null;
  /** Address of the full story for the footer link; defaults to the story published beside this bundle. */
  @property({ attribute: 'story-url' }) storyUrl: string | null = null;

  @state() protected data: EmbedViewData | null = null;
  @state() protected failed = false;
  private readonly warned = new Set<string>();

  /** The language in use (after falling back from a missing or bad attribute). */
  get language(): Lang {
    return resolveLang(this.localName, this.lang, null).value;
  }

  protected warnOnce(resolved: Resolved<unknown>): void {
    if (!resolved.warning || this.warned.has(resolved.warning)) return;
    this.warned.add(resolved.warning);
    console.warn(resolved.warning);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.data) {
      loadViewData().then(
        (data) => {
          this.data = data;
          this.failed = false;
        },
        (error: unknown) => {
          this.failed = true;
          console.error(`<${this.localName}>: could not load its data`, error);
        },
      );
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('lang')) {
      const pageLang = this.parentElement?.closest('[lang]')?.getAttribute('lang') ?? null;
      const lang = resolveLang(this.localName, this.lang, pageLang);
      this.warnOnce(lang);
      this.lang = lang.value;
    }
    if (changed.has('theme') && this.theme !== null) {
      const theme = resolveTheme(this.localName, this.theme);
      this.warnOnce(theme);
      this.theme = theme.value;
    }
  }

  /** The full story's address in the current language, opened at a step. */
  protected storyLink(stepId: string): string {
    const link = storyLink(this.language, stepId, this.storyUrl);
    if (link.rejected) {
      this.warnOnce({
        value: link.href,
        warning: `<${this.localName}>: story-url="${this.storyUrl ?? ''}" is not a web address; linking to the story itself.`,
      });
    }
    return link.href;
  }
}
