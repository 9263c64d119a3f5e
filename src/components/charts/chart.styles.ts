// Styles of the story's charts: the marks fill the space above their key and data table;
// strokes keep their width under the funding chart's zoom; muted marks step back.
import { css } from 'lit';

export const chartStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 200px;
    font-family: var(--font-sans);
    color: var(--color-ink);
  }
  .plot {
    position: relative;
    flex: 1 1 auto;
    min-height: 120px;
    margin-top: 6px;
  }
  /* The unit squares (unitCanvas.ts), sized by the chart to the plot it laid them out for. Its
     colours follow the theme's tokens; their 1 ms transition is how the canvas hears that the
     theme changed, and repaints. */
  canvas.units {
    position: absolute;
    top: 0;
    left: 0;
    /* The squares keep their colours in forced-colours mode, as the SVG marks do. */
    forced-color-adjust: none;
    color: var(--color-aksu);
    outline-color: var(--color-zhejiang);
    text-decoration-color: var(--color-alar);
    transition-property: color, outline-color, text-decoration-color;
    transition-duration: 1ms;
  }
  svg.marks {
    position: absolute;
    inset: 0;
    overflow: visible;
  }
  text {
    fill: var(--color-ink);
    font-size: 12px;
  }
  rect,
  line {
    vector-effect: non-scaling-stroke;
  }
  .is-muted {
    opacity: 0.35;
  }
  /* A figure kept from an earlier step steps back, but its words stay legible (about 4.5:1 on
     the paper in both themes; at the marks' 35% they fell to 2.1:1 on the light paper). */
  .mark-label.is-muted {
    opacity: 0.6;
  }
  .square {
    stroke-width: 1.5;
  }
  .square.is-planned {
    stroke-dasharray: 5 3;
  }
  .mark-label .amount {
    font-size: 14px;
    font-weight: 700;
    paint-order: stroke;
    stroke: var(--color-paper);
    stroke-width: 3px;
  }
  .mark-label .what {
    paint-order: stroke;
    stroke: var(--color-paper);
    stroke-width: 3px;
  }
  /* Inside its own full-colour square a label is paper-coloured: ink on the fill is unreadable. */
  .mark-label.is-inside:not(.is-muted) text {
    fill: var(--color-paper);
    stroke: none;
  }
  .leader {
    stroke: var(--color-ink);
    stroke-width: 1;
  }
  /* A block of 100 that no store fills: a faint slot inside a name's outline. */
  rect.block-slot {
    fill: none;
    stroke: var(--color-ink-soft);
    stroke-opacity: 0.45;
    stroke-width: 1;
  }
  /* A number in a name: a dashed outline, never filled like a count. */
  rect.outline {
    fill: none;
    stroke: var(--color-ink);
    stroke-width: 1.5;
    stroke-dasharray: 6 4;
  }
  text.stat {
    font-weight: 700;
    paint-order: stroke;
    stroke: var(--color-paper);
    stroke-width: 2px;
  }
  rect.share-frame {
    fill: none;
    stroke: var(--color-ink-soft);
    stroke-width: 1;
  }
  .share-tick {
    fill: var(--color-ink-soft);
  }
  .open-end {
    font-weight: 700;
  }
  .block-label {
    fill: var(--color-ink-soft);
  }
  .bar__value {
    font-weight: 700;
  }
  /* Lifted to sit right under the marks, which are centred in the plot (story-chart.ts). */
  .key,
  .data {
    transform: translateY(var(--chart-key-lift, 0));
  }
  .key {
    list-style: none;
    margin: 8px 0 0;
    padding: 0;
    font-size: calc(0.8125em * var(--chart-grow, 1));
    line-height: 1.4;
    color: var(--color-ink-soft);
  }
  /* The table and CSV are for readers; an exhibition screen turns them off (exhibit.css). */
  .data {
    display: var(--chart-data-display, block);
    margin-top: 6px;
    font-size: calc(0.8125em * var(--chart-grow, 1));
  }
  .data summary {
    cursor: pointer;
    color: var(--color-ink);
  }
  .data summary:focus-visible,
  .csv:focus-visible {
    outline: 3px solid var(--color-focus);
    outline-offset: 2px;
  }
  .data table {
    border-collapse: collapse;
    margin: 6px 0;
    width: 100%;
  }
  .data q {
    quotes: '「' '」';
  }
  .data .translation {
    color: var(--color-ink-soft);
  }
  .data th,
  .data td {
    text-align: left;
    vertical-align: top;
    padding: 3px 6px 3px 0;
    border-bottom: 1px solid var(--color-rule);
    /* A long word breaks only where it would not fit its column at all. */
    overflow-wrap: break-word;
  }
  /* Four columns on a 320 px phone may still be wider than the panel: the table scrolls sideways
     in its own box (focusable, so keys scroll it too), never past the panel's edge. */
  .table-scroll {
    max-width: 100%;
    overflow-x: auto;
  }
  .table-scroll:focus-visible {
    outline: 3px solid var(--color-focus);
    outline-offset: 2px;
  }
  .csv {
    color: var(--color-ink);
  }
`;
