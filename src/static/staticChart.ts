// A chart scene as a static SVG picture, for readers without JavaScript and for print: the same
// plan and layouts as the chart element (src/charts/), in their end state, with the key below.
import { chartKeyLines } from '../charts/chartKey.ts';
import {
  layoutChart,
  squareLabel,
  SQUARE_LABEL_TEXT,
  type PanelMarks,
} from '../charts/chartLayout.ts';
import { chartPlanFor } from '../charts/chartPlan.ts';
import type { Size } from '../charts/marks.ts';
import { UNIT_METRICS } from '../charts/unitGrid.ts';
import type { ChartStrings } from '../components/charts/chart-strings.ts';
import { placeColor } from '../components/views/placeColor.ts';
import type { Lang, UnitWords } from '../content/schema.ts';
import type { ChartScene, SceneFigure } from '../story/scene.ts';
import { esc, n } from './svgText.ts';

const KEY_LINE = 17;

export const CHART_STYLE = `
  text { fill: var(--color-ink); font: 12px var(--font-sans); }
  .muted { opacity: 0.35; }
  .amount { font-size: 14px; font-weight: 700; }
  .halo { paint-order: stroke; stroke: var(--color-paper); stroke-width: 3px; }
  .block-label, .key { fill: var(--color-ink-soft); }
  .key { font-size: 12px; }
  .bold { font-weight: 700; }
  .tick, .leader { stroke: var(--color-ink); }
`;

function colourOf(figures: readonly SceneFigure[]) {
  return (id: string) => placeColor(figures.find((f) => f.id === id)?.place ?? '');
}

function panelSvg(scene: ChartScene, panel: PanelMarks, lang: Lang, units: UnitWords): string {
  const colour = colourOf(scene.figures);
  const muted = (id: string) =>
    scene.highlight == null || scene.highlight === id ? '' : ' class="muted"';
  const out: string[] = [];
  if (panel.kind === 'units') {
    const { layout } = panel;
    for (const u of layout.units) {
      const fill = u.planned ? 'none' : colour(u.figureId);
      const stroke = u.planned ? colour(u.figureId) : 'none';
      out.push(
        `<rect x="${n(u.x)}" y="${n(u.y)}" width="${n(Math.max(0.5, u.size * u.fraction))}" height="${n(u.size)}" fill="${fill}" stroke="${stroke}"${muted(u.figureId)}/>`,
      );
    }
    for (const b of layout.groups) {
      if (b.label) {
        const tspans = b.label.lines
          .map(
            (line, i) =>
              `<tspan x="${n(b.label?.x ?? 0)}" dy="${i ? UNIT_METRICS.lineHeight : 0}">${esc(line)}</tspan>`,
          )
          .join('');
        out.push(
          `<text class="block-label" y="${n(b.label.y + UNIT_METRICS.fontSize)}">${tspans}</text>`,
        );
      }
      if (b.openEnd) {
        const last = layout.units.filter((u) => u.groupKey === b.key).at(-1);
        const [x, y] = last
          ? [last.x + last.size + 3, last.y + last.size]
          : [b.x + b.width + 3, b.y + b.height];
        out.push(`<text class="bold" x="${n(x)}" y="${n(y)}">+</text>`);
      }
    }
    for (const th of panel.thresholds) {
      const u = layout.units.filter((m) => m.series === th.series)[th.units - 1];
      if (u) {
        const x = n(u.x + u.size + 1);
        out.push(
          `<line class="tick" x1="${x}" x2="${x}" y1="${n(u.y - 4)}" y2="${n(u.y + u.size + 4)}" stroke-width="2"/>`,
        );
      }
    }
  }
  if (panel.kind === 'squares') {
    const { camera, squares, labelPositions } = panel.layout;
    out.push(
      `<clipPath id="clip-${esc(panel.key)}"><rect width="${n(panel.rect.width)}" height="${n(panel.rect.height)}"/></clipPath>`,
    );
    out.push(
      `<g clip-path="url(#clip-${esc(panel.key)})"><g transform="translate(${n(camera.x)},${n(camera.y)}) scale(${camera.k})">`,
    );
    for (const sq of squares) {
      const fill = sq.planned ? 'url(#planned-hatch)' : colour(sq.figureId);
      const dash = sq.planned ? ' stroke-dasharray="5 3"' : '';
      out.push(
        `<rect x="${sq.x}" y="${sq.y}" width="${sq.side}" height="${sq.side}" fill="${fill}" stroke="${colour(sq.figureId)}" stroke-width="1.5" vector-effect="non-scaling-stroke"${dash}${muted(sq.figureId)}/>`,
      );
    }
    out.push('</g></g>');
    for (const label of labelPositions) {
      const figure = scene.figures.find((f) => f.id === label.figureId);
      if (!figure) continue;
      const [amount, what] = squareLabel(figure, lang, units);
      if (label.leader) {
        const l = label.leader;
        out.push(
          `<line class="leader" x1="${n(l.x1)}" y1="${n(l.y1)}" x2="${n(l.x2)}" y2="${n(l.y2)}"/>`,
        );
      }
      out.push(
        `<text class="amount halo" x="${n(label.x)}" y="${n(label.y + SQUARE_LABEL_TEXT.firstLine)}">${esc(amount)}</text>`,
      );
      const { firstLine, lineHeight } = SQUARE_LABEL_TEXT;
      const lines = label.lines.length ? label.lines : [what];
      out.push(
        `<text class="halo" x="${n(label.x)}" y="${n(label.y + firstLine + lineHeight)}">${lines
          .map(
            (line, i) =>
              `<tspan x="${n(label.x)}" dy="${i === 0 ? 0 : lineHeight}">${esc(line)}</tspan>`,
          )
          .join('')}</text>`,
      );
    }
  }
  if (panel.kind === 'bars') {
    for (const row of panel.rows) {
      const c = colour(row.figure.id);
      const fill = row.style === 'planned' ? 'url(#planned-hatch)' : c;
      const lines = row.labelLines
        .map((line, i) => `<tspan x="0" dy="${i ? 18 : 0}">${esc(line)}</tspan>`)
        .join('');
      out.push(
        `<g${row.highlighted ? '' : ' class="muted"'}><text y="${n(row.y + 14)}">${lines}</text>` +
          `<text class="bold" x="${n(panel.rect.width)}" y="${n(row.y + 14)}" text-anchor="end">${esc(row.value)}</text>` +
          `<rect y="${n(row.barY)}" height="18" width="${n(row.barWidth)}" fill="${fill}" stroke="${c}"/></g>`,
      );
    }
  }
  return `<g transform="translate(${n(panel.rect.x)},${n(panel.rect.y)})">${out.join('')}</g>`;
}

/** The picture's body in a box of the given size: the marks, then one line per key entry. */
export function staticChartBody(
  scene: ChartScene,
  lang: Lang,
  units: UnitWords,
  strings: ChartStrings,
  box: Size,
): string {
  const plan = chartPlanFor(scene);
  const keyHeight = (lines: number) => 24 + lines * KEY_LINE;
  const draft = chartKeyLines(scene, plan, lang, units, strings, box);
  const plot = { width: box.width, height: box.height - keyHeight(draft.length) };
  const panels = layoutChart(scene, plan, lang, units, plot);
  const key = chartKeyLines(scene, plan, lang, units, strings, plot);
  const keyTop = plot.height + 24;
  const keyText = key
    .map((line, i) => `<text class="key" x="0" y="${keyTop + i * KEY_LINE}">${esc(line)}</text>`)
    .join('');
  const hatch = `<defs><pattern id="planned-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="var(--color-ink-soft)" stroke-width="2" opacity="0.4"/></pattern></defs>`;
  return hatch + panels.map((p) => panelSvg(scene, p, lang, units)).join('') + keyText;
}
