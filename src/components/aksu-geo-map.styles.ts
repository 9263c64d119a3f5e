// Styles of <aksu-geo-map>: strokes that keep their width at any zoom, one colour per side, labels
// with a halo so they read over any fill, and fades between the map's two layouts.
import { css } from 'lit';

export const aksuMapStyles = css`
  :host {
    display: block;
    position: relative;
    min-height: 160px;
    font-family: var(--font-sans);
    color: var(--color-ink);
  }
  svg {
    position: absolute;
    inset: 0;
    overflow: hidden;
    opacity: 0;
    pointer-events: none;
    transition: opacity var(--motion-fade, 300ms) ease-out;
  }
  svg.is-shown {
    opacity: 1;
    pointer-events: auto;
  }
  path {
    vector-effect: non-scaling-stroke;
  }
  .province {
    stroke: var(--color-paper);
    stroke-width: 0.75;
  }
  .inset {
    fill: none;
    stroke: var(--color-ink-soft);
    stroke-width: 0.75;
  }
  .aksu-outline {
    stroke: none;
  }
  .county,
  .alar-shape {
    stroke: var(--color-paper);
    stroke-width: 1.25;
    outline: none;
  }
  .alar-shape {
    stroke: var(--color-alar);
    stroke-width: 2;
  }
  .is-faint {
    opacity: 0;
  }
  .county:focus-visible,
  .alar-shape:focus-visible {
    stroke: var(--color-focus);
    stroke-width: 3;
  }
  .route {
    fill: none;
    stroke: var(--color-ink);
    stroke-width: 2;
    stroke-dasharray: 6 5;
  }
  .seat {
    stroke: var(--color-paper);
    stroke-width: 1.5;
  }
  .labels {
    transition: opacity var(--motion-fade, 300ms) ease-out;
  }
  .labels.is-moving {
    opacity: 0;
    transition: none;
  }
  .label {
    fill: var(--color-ink);
    paint-order: stroke;
    stroke: var(--color-paper);
    stroke-width: 3px;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .label-leader {
    stroke: var(--color-ink-soft);
    stroke-width: 1px;
  }
  .label--bold {
    font-weight: 700;
  }
  .label--muted {
    fill: var(--color-ink-soft);
  }
  .label__sub {
    font-weight: 400;
  }
  /* Pairing: places are tinted, links and dots carry the meaning. */
  .pairing__place {
    stroke: var(--color-paper);
    stroke-width: 0.75;
    fill-opacity: 0.22;
  }
  .pairing__place.is-highlighted {
    fill-opacity: 0.45;
  }
  .pairing__dot {
    stroke: var(--color-paper);
    stroke-width: 1.5;
  }
  .link {
    fill: none;
    stroke-width: 2;
    opacity: 0.9;
  }
  .link.is-muted {
    stroke-width: 1;
    opacity: 0.15;
  }
  .footnote,
  .map-note {
    fill: var(--color-ink-soft);
    font-size: 12px;
  }
  .tip {
    position: absolute;
    z-index: 1;
    max-width: 180px;
    padding: 6px 8px;
    background: var(--color-card, #fff);
    border: 1px solid var(--color-rule);
    border-radius: 4px;
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.15);
    font-size: 0.8125em;
    line-height: 1.35;
    pointer-events: none;
  }
  .tip span {
    display: block;
  }
  .loading {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    color: var(--color-ink-soft);
    font-size: 0.875em;
  }
`;
