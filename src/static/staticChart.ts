// A chart scene as a static SVG picture, for readers without JavaScript and for print: the same
// plan and layouts as the chart element (src/charts/), in their end state, with the key below.
import { chartKeyLines } from '../charts/chartKey.ts';
import {
  contentBox,
  fitScale,
  layoutChart,
  type PanelMarks,
  type ShareMark,
} from '../charts/chartLayout.ts';
import type { FundingShare } from '../charts/fundingSquares.ts';
import { LABEL_TEXT, whatBaseline, type MarkLabel } from '../charts/markLabels.ts';
import { chartPlanFor } from '../charts/chartPlan.ts';
import { isLit } from '../charts/litFigures.ts';
import type { Size } from '../charts/marks.ts';
import { emptyBlocks, openEndAt } from '../charts/unitGrid.ts';
import type { ChartStrings } from '../components/charts/chart-strings.ts';
import { placeColor } from '../components/views/placeColor.ts';
import type { Lang, UnitWords } from '../content/schema.ts';
import type { ChartScene, SceneFigure } from '../story/scene.ts';
import { esc, n } from './svgText.ts';

const KEY_LINE = 17;

export const CHART_STYLE = `
  text { fill: var(--color-ink); font: 12px var(--font-sans); }
  .muted { opacity: 0.35; }
  .muted-label { opacity: 0.6; }
  .amount { font-size: 14px; font-weight: 700; }
  .halo { paint-order: stroke; stroke: var(--color-paper); stroke-width: 3px; }
  .block-label, .key { fill: var(--color-ink-soft); }
  .key { font-size: 12px; }
  .bold { font-weight: 700; }
  .tick, .leader, .outline { stroke: var(--color-ink); }
  .block-slot { stroke: var(--color-ink-soft); stroke-opacity: 0.45; }
  .on-fill text { fill: var(--color-paper); stroke: none; }
`;

function colourOf(figures: readonly SceneFigure[]) {
  return (id: string) => placeColor(figures.find((f) => f.id === id)?.place ?? '');
}

function labelSvg(label: MarkLabel, mutedOf: (id: string) => string): string {
  const { firstLine, lineHeight } = LABEL_TEXT;
  const out: string[] = [];
  if (label.leader) {
    const l = label.leader;
    out.push(
      `<line class="leader" x1="${n(l.x1)}" y1="${n(l.y1)}" x2="${n(l.x2)}" y2="${n(l.y2)}"/>`,
    );
  }
  if (label.amount) {
    out.push(
      `<text class="amount halo" x="${n(label.x)}" y="${n(label.y + firstLine)}">${esc(label.amount)}</text>`,
    );
  }
  if (label.lines.length) {
    const y = label.y + whatBaseline(Boolean(label.amount));
    out.push(
      `<text class="halo" x="${n(label.x)}" y="${n(y)}">${label.lines
        .map(
          (line, i) =>
            `<tspan x="${n(label.x)}" dy="${i === 0 ? 0 : lineHeight}">${esc(line)}</tspan>`,
        )
        .join('')}</text>`,
    );
  }
  const muted = mutedOf(label.figureId) !== '';
  // Inside its own full-colour square the label is paper-coloured: ink on the dark fill is
  // unreadable (a muted square is pale, so its label keeps the ink). A muted label steps back
  // less than its mark, so it stays legible.
  const cls = muted ? ' class="muted-label"' : label.inside ? ' class="on-fill"' : '';
  return `<g${cls}>${out.join('')}</g>`;
}

/** A share against its 0–100% frame: alone in its panel, or under the square it measures. */
function shareSvg(
  s: ShareMark | FundingShare,
  colour: (id: string) => string,
  muted: (id: string) => string,
): string {
  return (
    `<g${muted(s.figureId)}>` +
    `<rect class="share-frame" x="${n(s.frame.x)}" y="${n(s.frame.y)}" width="${n(s.frame.width)}" height="${n(s.frame.height)}" fill="none" stroke="var(--color-ink-soft)"/>` +
    `<rect x="${n(s.frame.x)}" y="${n(s.frame.y)}" width="${n(s.fill)}" height="${n(s.frame.height)}" fill="${colour(s.figureId)}"/>` +
    s.ticks
      .map(
        (t, i) =>
          `<text class="key" x="${n(t.x)}" y="${n(s.tickY)}" text-anchor="${i === 0 ? 'start' : i === 2 ? 'end' : 'middle'}">${esc(t.text)}</text>`,
      )
      .join('') +
    '</g>'
  );
}

function panelSvg(scene: ChartScene, panel: PanelMarks): string {
  const colour = colourOf(scene.figures);
  const muted = (id: string) => (isLit(scene, id) ? '' : ' class="muted"');
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
      if (b.openEnd) {
        const { x, y } = openEndAt(layout, b);
        out.push(`<text class="bold" x="${n(x)}" y="${n(y)}" dominant-baseline="central">+</text>`);
      }
    }
    for (const b of emptyBlocks(layout)) {
      out.push(
        `<rect class="block-slot" x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${n(b.height)}" fill="none" stroke-width="1"/>`,
      );
    }
    for (const o of panel.outlines) {
      out.push(
        `<rect class="outline" x="${n(o.x)}" y="${n(o.y)}" width="${n(o.width)}" height="${n(o.height)}" fill="none" stroke-dasharray="6 4" stroke-width="1.5"/>`,
      );
    }
  }
  if (panel.kind === 'squares') {
    for (const sq of panel.layout.squares) {
      const fill = sq.planned ? 'url(#planned-hatch)' : colour(sq.figureId);
      const dash = sq.planned ? ' stroke-dasharray="5 3"' : '';
      out.push(
        `<rect x="${n(sq.x)}" y="${n(sq.y)}" width="${n(sq.side)}" height="${n(sq.side)}" fill="${fill}" stroke="${colour(sq.figureId)}" stroke-width="1.5"${dash}${muted(sq.figureId)}/>`,
      );
    }
    if (panel.layout.share) out.push(shareSvg(panel.layout.share, colour, muted));
  }
  if (panel.kind === 'stat') {
    const s = panel.stat;
    out.push(
      `<text class="bold" x="${n(s.x)}" y="${n(s.y)}" font-size="${s.size}" fill="${colour(s.figureId)}" style="font-size:${s.size}px">${esc(s.text)}</text>`,
    );
  }
  if (panel.kind === 'share') out.push(shareSvg(panel.share, colour, () => ''));
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
  const lone = panel.kind === 'stat' || panel.kind === 'share';
  for (const label of panel.labels) out.push(labelSvg(label, lone ? () => '' : muted));
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
  const key = chartKeyLines(scene, plan, lang, units, strings, box);
  const plot = { width: box.width, height: box.height - keyHeight(key.length) };
  const panels = layoutChart(scene, plan, lang, units, plot);
  // The key right under the marks, as on the live chart (which lifts it by the same amount).
  const content = contentBox(panels);
  const fit = fitScale(content, plot);
  const keyTop = (content.y + content.height) * fit + 24;
  const keyText = key
    .map((line, i) => `<text class="key" x="0" y="${keyTop + i * KEY_LINE}">${esc(line)}</text>`)
    .join('');
  const hatch = `<defs><pattern id="planned-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="var(--color-hatch)" stroke-width="2"/></pattern></defs>`;
  return (
    hatch +
    (fit < 1 ? `<g transform="scale(${n(fit)})">` : '<g>') +
    panels.map((p) => panelSvg(scene, p)).join('') +
    '</g>' +
    keyText
  );
}
