// <aksu-notes>: a step with nothing to chart shows what its text says: a title, the step's figures
// as big numbers (a share drawn against its whole), and groups of notes, a timeline of years or
// lists, coloured by side (Zhejiang, Aksu, Alar). Its type is fitted to the panel, so the notes
// fill it on a phone and on an exhibition screen alike. Where even the smallest type does not fit
// (a 320 px phone), the last items give way to a line that says how many the text has besides:
// a list cut off mid-line at the panel's edge reads as a fault.
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { Lang, UnitWords } from '../../content/schema.ts';
import { statNumber } from '../../format/figureFormat.ts';
import type { NoteText } from '../../story/noteText.ts';
import type { NotesScene, SceneFigure, SceneNoteGroup } from '../../story/scene.ts';
import { cssomStyle } from '../cssomStyle.ts';
import { defineElement } from '../defineElement.ts';
import { ElementSize } from '../elementSize.ts';
import { keptEnd, noteRuns } from '../noteRuns.ts';
import { placeColor } from '../views/placeColor.ts';
import { notesStyles } from './aksu-notes.styles.ts';

const MIN_SIZE = 13;
/** Share of the panel's height the notes may take; the rest is air between their parts. */
const FILL = 0.92;
/** Type may always grow to this many times the page's: sparse notes (a gala's three troupes) set large. */
const MAX_SCALE = 2;
/**
 * Beyond that, type grows with the panel while a column still holds this many em: a 4K screen's
 * notes fill it as a phone's do, and a narrow column never sets a word or two a line.
 */
const MIN_MEASURE = 9.5;
/** The gap between groups side by side, in em (as .groups.is-side-by-side sets it). */
const COLUMN_GAP = 2;
/** Narrower columns than this break a phrase every word or two: groups stack instead. */
const MIN_COLUMN = 260;
/**
 * How much larger than its 1.35 em the title may grow where the columns' unbreakable names, not
 * the panel's height, bound the type (a gala's troupes side by side on a phone): the title takes
 * the height to spare, so the panel is not left with an empty band.
 */
const MAX_TITLE_GROWTH = 1.45;

export class AksuNotes extends LitElement {
  static override styles = notesStyles;

  @property({ attribute: false }) scene: NotesScene | null = null;
  @property({ reflect: true }) override lang: Lang = 'zh';
  @property({ attribute: false }) units: UnitWords | null = null;

  @query('.notes') private notesEl!: HTMLElement | null;
  @query('.groups') private groupsEl!: HTMLElement | null;
  private readonly size = new ElementSize(this);
  private fittedFor = '';

  /** The type size the notes were fitted to, in px (tests read it). */
  fittedSize = 0;
  /** How many times its usual size the title was set, to take height the type left (tests read it). */
  titleGrowth = 1;

  private renderText(text: NoteText) {
    return noteRuns(text, this.lang);
  }

  private renderStat(f: SceneFigure, units: UnitWords) {
    const share = f.unit === 'percent' ? Math.min(100, f.value) : null;
    return html`<li class="stat" ${cssomStyle({ '--swatch': placeColor(f.place) })}>
      <span class="stat__number">${keptWords(statNumber(f, this.lang, units))}</span>
      ${
        share === null
          ? nothing
          : html`<span class="share" aria-hidden="true"
                ><span class="share__part" ${cssomStyle({ width: `${share}%` })}></span></span
              ><span class="share__scale" aria-hidden="true"><span>0</span><span>100%</span></span>`
      }
      <span class="stat__label">${keptEnd(f.label[this.lang], this.lang)}</span>
    </li>`;
  }

  private renderGroup(group: SceneNoteGroup) {
    const swatch = (place: { id: string } | null) =>
      cssomStyle(place ? { '--swatch': placeColor(place.id) } : {});
    return html`<div class="group group--${group.layout}" ${swatch(group.place)}>
      ${group.title ? html`<p class="group__title">${this.renderText(group.title)}</p>` : nothing}
      <ul class="items">
        ${group.items.map(
          (item) =>
            html`<li class="item" ${swatch(item.place)}>
              ${
                item.heading
                  ? html`<span class="item__heading">${this.renderText(item.heading)}</span>`
                  : nothing
              }
              <span class="item__text">${this.renderText(item.text)}</span>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  override render() {
    const { scene, units } = this;
    if (!scene || !units) return nothing;
    return html`<div class="notes" data-scene=${scene.stepId}>
      <p class="title">${this.renderText(scene.title)}</p>
      ${
        scene.figures.length
          ? html`<ul class="stats">
              ${scene.figures.map((f) => this.renderStat(f, units))}
            </ul>`
          : nothing
      }
      <div class="groups">${scene.groups.map((g) => this.renderGroup(g))}</div>
      <p class="more" hidden></p>
    </div>`;
  }

  protected override updated(_changed: PropertyValues<this>): void {
    const { scene, notesEl } = this;
    const { width, height } = this.size;
    if (!scene || !notesEl || !width || !height) return;
    const fitFor = `${scene.stepId} ${this.lang} ${width}×${height}`;
    if (fitFor === this.fittedFor) return;
    this.fittedFor = fitFor;
    this.fit(notesEl, width, height);
    // Which step the notes show, fitted (tests and embeds wait on it, as on a chart's).
    this.setAttribute('data-drawn', scene.stepId);
  }

  /**
   * The largest type at which the notes fit the panel: groups side by side where that allows a
   * larger size (or always, for columns), else stacked. A handful of layouts of a small subtree.
   */
  private fit(notes: HTMLElement, width: number, height: number): void {
    const scene = this.scene as NotesScene;
    const groups = this.groupsEl;
    const canSideBySide = scene.groups.length > 1 && width / scene.groups.length >= MIN_COLUMN;
    const arrangements =
      scene.arrange === 'columns' ? [true] : canSideBySide ? [false, true] : [false];
    const hostMax = parseFloat(getComputedStyle(this).fontSize) * MAX_SCALE;
    let best = { size: MIN_SIZE, sideBySide: arrangements[0] as boolean };
    let fitted = false;
    notes.style.setProperty('justify-content', 'flex-start');
    notes.style.setProperty('--title-growth', '1');
    this.titleGrowth = 1;
    const items = [...notes.querySelectorAll<HTMLElement>('.item')];
    const more = notes.querySelector<HTMLElement>('.more');
    for (const el of notes.querySelectorAll<HTMLElement>('.item, .group, .groups'))
      el.hidden = false;
    notes.classList.remove('is-tight');
    if (more) more.hidden = true;
    for (const sideBySide of arrangements) {
      groups?.classList.toggle('is-side-by-side', sideBySide);
      const columns = sideBySide ? scene.groups.length : 1;
      const measureMax = width / (columns * MIN_MEASURE + (columns - 1) * COLUMN_GAP);
      const maxSize = Math.max(MIN_SIZE, hostMax, measureMax);
      const lo = MIN_SIZE;
      const fits = (size: number) => {
        notes.style.setProperty('--notes-size', `${size}px`);
        const room = panelRoom(notes, width, height);
        return room.height && room.width;
      };
      if (!fits(lo)) continue;
      fitted = true;
      const size = roundedDown(largestFitting(lo, maxSize, 7, fits), 1);
      if (size > best.size) best = { size, sideBySide };
    }
    groups?.classList.toggle('is-side-by-side', best.sideBySide);
    notes.style.setProperty('--notes-size', `${best.size}px`);
    if (!fitted && more) this.giveWay(notes, items, more, height);
    else if (widthBound(notes, best.size, width, height)) this.growTitle(notes, width, height);
    notes.style.removeProperty('justify-content');
    this.fittedSize = best.size;
    this.dispatchEvent(new Event('notes-fitted'));
  }

  /** Grows the title while the notes still fit the panel. */
  private growTitle(notes: HTMLElement, width: number, height: number) {
    const fits = (growth: number) => {
      notes.style.setProperty('--title-growth', String(growth));
      const room = panelRoom(notes, width, height);
      return room.height && room.width;
    };
    const growth = roundedDown(largestFitting(1, MAX_TITLE_GROWTH, 6, fits), 2);
    notes.style.setProperty('--title-growth', String(growth));
    this.titleGrowth = growth;
  }

  /** At the smallest type, hides items from the last on until the rest and the "more" line fit. */
  private giveWay(notes: HTMLElement, items: HTMLElement[], more: HTMLElement, height: number) {
    const template = (this.scene as NotesScene).more[this.lang];
    const groups = this.groupsEl;
    more.hidden = false;
    const fits = () => more.offsetTop + more.offsetHeight <= height * FILL;
    // A group whose every item gave way goes too, title and all, and so do the groups' row and
    // its gap once every group has gone.
    const dropEmpty = () => {
      for (const group of notes.querySelectorAll<HTMLElement>('.group'))
        group.hidden = [...group.querySelectorAll<HTMLElement>('.item')].every((it) => it.hidden);
      if (groups) groups.hidden = [...groups.children].every((g) => (g as HTMLElement).hidden);
    };
    let hidden = 0;
    for (let i = items.length - 1; i >= 0 && !fits(); i--) {
      (items[i] as HTMLElement).hidden = true;
      hidden++;
      more.textContent = template.replace('{n}', String(hidden));
      dropEmpty();
    }
    if (!hidden) more.hidden = true;
    // Every note gone and still too tall (three big numbers on a 320 px phone): the numbers are
    // set smaller rather than cut off at the panel's edge.
    if (!fits()) notes.classList.add('is-tight');
  }
}

/** A big number's words, each hyphenated one kept whole: "2,000 / person-times", never "person- / times". */
function keptWords(text: string) {
  return text
    .split(/(\s+)/)
    .map((word) => (word.includes('-') ? html`<span class="keep">${word}</span>` : word));
}

/** The largest value in [lo, hi] that fits (lo is known to), by halving `steps` times. */
function largestFitting(lo: number, hi: number, steps: number, fits: (v: number) => boolean) {
  if (fits(hi)) return hi;
  for (let i = 0; i < steps; i++) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * A fitted value cut to `digits` decimals, never rounded up: 18.49 px that fits must not be set
 * as 18.5 px, which may not (WebKit's Chinese gala names ran 7 px past the panel so).
 */
function roundedDown(value: number, digits: number) {
  const scale = 10 ** digits;
  return Math.floor(value * scale) / scale;
}

/** Whether the notes' shown parts end within the share of the panel they may take, and run no wider. */
function panelRoom(notes: HTMLElement, width: number, height: number) {
  const last = [...notes.children].filter((c) => !(c as HTMLElement).hidden).pop() as
    HTMLElement | undefined;
  const extent = last ? last.offsetTop + last.offsetHeight : 0;
  return { height: extent <= height * FILL, width: notes.scrollWidth <= width };
}

/** Whether slightly larger type would still fit the height but run too wide (then restores the size). */
function widthBound(notes: HTMLElement, size: number, width: number, height: number): boolean {
  notes.style.setProperty('--notes-size', `${(size * 1.05).toFixed(1)}px`);
  const room = panelRoom(notes, width, height);
  notes.style.setProperty('--notes-size', `${size}px`);
  return room.height && !room.width;
}

defineElement('aksu-notes', AksuNotes);

declare global {
  interface HTMLElementTagNameMap {
    'aksu-notes': AksuNotes;
  }
}
