// Styles of the notes drawing: a title, the step's figures as big numbers (shares against a
// 0–100% frame), then groups of notes (a timeline of years, or lists) in the sides' colours.
// Sizes are in em of the host's font size, which the drawing fits to its panel.
import { css } from 'lit';

export const notesStyles = css`
  :host {
    display: block;
    position: relative;
    min-height: 160px;
    font-family: var(--font-sans);
    color: var(--color-ink);
    line-height: 1.4;
    overflow: hidden;
  }
  .notes {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    justify-content: space-evenly;
    gap: 0.8em;
    font-size: var(--notes-size, 16px);
  }
  .title {
    margin: 0;
    font-size: calc(1.35em * var(--title-growth, 1));
    font-weight: 700;
    line-height: 1.25;
  }
  .keep {
    white-space: nowrap;
  }
  .fig {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .stats {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6em 1.6em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .stat {
    flex: 1 1 12em;
    border-left: 0.3em solid var(--swatch);
    padding-left: 0.6em;
  }
  .stat__number {
    display: block;
    font-size: 2em;
    font-weight: 700;
    /* CJK glyph boxes run past a tighter line: the number would touch its label. */
    line-height: 1.3;
    font-variant-numeric: tabular-nums;
    color: var(--swatch);
  }
  .is-tight .stats {
    gap: 0.4em 1em;
  }
  .is-tight .stat__number {
    font-size: 1.5em;
  }
  .share {
    display: flex;
    height: 0.9em;
    margin: 0.35em 0 0.2em;
    border: 1px solid var(--color-ink-soft);
    background: var(--color-context);
  }
  .share__part {
    background: var(--swatch);
  }
  .share__scale {
    display: flex;
    justify-content: space-between;
    font-size: 0.75em;
    color: var(--color-ink-soft);
  }
  .groups {
    display: flex;
    flex-direction: column;
    gap: 1em 2em;
  }
  .groups.is-side-by-side {
    flex-direction: row;
    align-items: flex-start;
  }
  [hidden] {
    display: none !important;
  }
  .more {
    margin: 0;
    font-size: 0.9em;
    color: var(--color-ink-soft);
  }
  .group {
    flex: 1 1 0;
    min-width: 0;
  }
  .group__title {
    margin: 0 0 0.4em;
    font-weight: 700;
    color: var(--swatch, var(--color-ink));
  }
  .items {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: 0.55em;
  }
  .item {
    border-left: 0.25em solid var(--swatch, var(--color-rule));
    padding-left: 0.6em;
  }
  .item__heading {
    display: block;
    font-weight: 700;
    color: var(--swatch, var(--color-ink));
  }
  /* A timeline: the years on a line, each a dot. */
  .group--timeline .items {
    position: relative;
    gap: 0.9em;
    padding-left: 1.3em;
  }
  .group--timeline .items::before {
    content: '';
    position: absolute;
    left: 0.35em;
    top: 0.4em;
    bottom: 0.4em;
    width: 2px;
    background: var(--color-rule);
  }
  .group--timeline .item {
    position: relative;
    border-left: none;
    padding-left: 0;
  }
  .group--timeline .item::before {
    content: '';
    position: absolute;
    left: -1.3em;
    top: 0.35em;
    width: 0.7em;
    height: 0.7em;
    border-radius: 50%;
    background: var(--swatch, var(--color-ink-soft));
  }
  .group--timeline .item__heading {
    font-size: 1.15em;
  }
  @media (prefers-reduced-motion: no-preference) {
    .notes {
      animation: notes-in var(--motion-fade) ease-out;
    }
  }
  @keyframes notes-in {
    from {
      opacity: 0;
    }
  }
  @media (forced-colors: active) {
    .share__part {
      background: CanvasText;
    }
  }
`;
