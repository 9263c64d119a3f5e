// The shared body of the story's charts: it lays the scene's figures out with the chart plan
// (units, squares, bars), draws them with keyed D3 joins so marks morph from step to step, and
// gives every chart an accessible description, a key, a data table and a CSV download.
// The chart elements (aksu-funding-plot, aksu-outlets-plot, aksu-people-plot, aksu-alar-plot) are this, named.
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { select } from 'd3-selection';
import { chartCsv, chartTableRows } from '../../charts/chartData.ts';
import {
  chartPlanFor,
  unitGroupInputs,
  type ChartPlan,
  type UnitsPanel,
} from '../../charts/chartPlan.ts';
import { layoutFundingSquares } from '../../charts/fundingSquares.ts';
import { panelRects } from '../../charts/panels.ts';
import { layoutUnits } from '../../charts/unitGrid.ts';
import { blockKeyText, unitKeyText } from '../../charts/unitKey.ts';
import type { Lang, UnitWords } from '../../content/schema.ts';
import { formatFigure } from '../../format/figureFormat.ts';
import { layoutBars } from '../../layouts/barRows.ts';
import { estimateTextWidth } from '../../layouts/textMetrics.ts';
import type { ChartScene, SceneFigure } from '../../story/scene.ts';
import { placeColor } from '../views/placeColor.ts';
import { ElementSize } from '../elementSize.ts';
import type { ChartStrings } from './chart-strings.ts';
import { chartStyles } from './chart.styles.ts';
import { drawBars } from './drawBars.ts';
import { drawSquares } from './drawSquares.ts';
import { drawUnits } from './drawUnits.ts';

const DURATION = 750;
const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export class StoryChart extends LitElement {
  static override styles = chartStyles;

  @property({ attribute: false }) scene: ChartScene | null = null;
  @property({ reflect: true }) override lang: Lang = 'zh';
  @property({ attribute: false }) units: UnitWords | null = null;
  @property({ attribute: false }) strings: ChartStrings | null = null;

  @query('svg.marks') private svgEl!: SVGSVGElement | null;
  /** The box the marks get: what is left of the element under the key and the table toggle. */
  private readonly plotSize = new ElementSize(this, () => this.renderRoot.querySelector('.plot'));
  private drawnWidth = 0;
  /** The scene's plan, worked out once per scene (render and draw both read it). */
  private plan: ChartPlan | null = null;

  override disconnectedCallback(): void {
    if (this.svgEl) select(this.svgEl).selectAll('*').interrupt();
    super.disconnectedCallback();
  }

  private get plot() {
    return { width: this.plotSize.width, height: this.plotSize.height };
  }

  private get figures(): SceneFigure[] {
    return this.scene?.figures ?? [];
  }

  private colour = (figureId: string): string => {
    const f = this.figures.find((x) => x.id === figureId);
    return placeColor(f?.place ?? '');
  };

  private highlighted = (figureId: string): boolean =>
    this.scene?.highlight == null || this.scene.highlight === figureId;

  private keyLines(): string[] {
    const { scene, units, strings, lang } = this;
    const plan = this.plan;
    if (!scene || !units || !strings || !plan) return [];
    const lines: string[] = [];
    for (const panel of plan.panels) {
      if (panel.kind === 'units') {
        for (const key of panel.keys) {
          lines.push(unitKeyText(key, lang, units, strings));
          const block = blockKeyText(key, lang, units, strings);
          if (block) lines.push(block);
        }
        // Each tick on the units: the smaller figure it marks.
        for (const th of panel.thresholds) {
          const f = scene.figures.find((x) => x.id === th.figureId);
          if (f)
            lines.push(
              `┃ ${formatFigure(f, lang, units)}${lang === 'zh' ? '：' : ': '}${f.label[lang]}`,
            );
        }
      }
      if (panel.kind === 'squares') lines.push(strings.squaresNote[lang]);
    }
    const zoom = this.zoomNote(plan);
    if (zoom) lines.push(zoom);
    if (scene.figures.some((f) => f.qualifier === 'planned'))
      lines.push(strings.legendPlanned[lang]);
    if (scene.figures.some((f) => f.qualifier === 'at-least'))
      lines.push(strings.legendLowerBound[lang]);
    return [...new Set(lines)];
  }

  private zoomNote(plan: ChartPlan): string | null {
    const squares = plan.panels.find((p) => p.kind === 'squares');
    if (!squares || squares.kind !== 'squares' || !this.strings) return null;
    const rects = panelRects(plan, this.plot);
    const rect = rects[squares.key];
    if (!rect) return null;
    const figures = this.figures.filter((f) => squares.figureIds.includes(f.id));
    const layout = layoutFundingSquares(figures, rect, squares.focusId);
    if (!layout.scaleNote) return null;
    const n = new Intl.NumberFormat(this.lang === 'zh' ? 'zh-CN' : 'en-GB', {
      maximumFractionDigits: 0,
    });
    return this.strings.zoomNote[this.lang].replace('{n}', n.format(layout.scaleNote.zoom));
  }

  private describe(): string {
    const { scene, units, lang } = this;
    if (!scene || !units) return '';
    const parts = scene.figures.map((f) => `${f.label[lang]} ${formatFigure(f, lang, units)}`);
    return [scene.chapterTitle[lang], ...parts].join(lang === 'zh' ? '；' : '; ');
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('scene')) this.plan = this.scene ? chartPlanFor(this.scene) : null;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.draw();
  }

  private draw(): void {
    const { scene, units, svgEl, lang } = this;
    const plan = this.plan;
    if (!scene || !units || !svgEl || !plan || this.plot.width === 0) return;
    const plot = this.plot;
    // A new width (a rotated phone, a resized window) cuts to the new drawing; a new height
    // alone comes from the key below growing or shrinking with the step, so marks still move.
    const firstOrResized = plot.width !== this.drawnWidth;
    this.drawnWidth = plot.width;
    const duration = firstOrResized || reducedMotion() ? 0 : DURATION;
    const rects = panelRects(plan, plot);
    const svg = select(svgEl);
    svg.attr('width', plot.width).attr('height', plot.height);

    const panels = svg
      .select<SVGGElement>('g.panels')
      .selectAll<SVGGElement, (typeof plan.panels)[number]>('g.panel')
      .data(plan.panels, (d) => d.key)
      .join((enter) => enter.append('g').attr('class', (d) => `panel panel--${d.kind}`))
      .attr('transform', (d) => `translate(${rects[d.key]?.x ?? 0},${rects[d.key]?.y ?? 0})`);

    panels.each((panel, i, nodes) => {
      const g = select(nodes[i] as SVGGElement);
      const rect = rects[panel.key];
      if (!rect) return;
      const figures = this.figures.filter((f) =>
        plan.placements.some((p) => p.figureId === f.id && p.panel === panel.key),
      );
      if (panel.kind === 'units')
        this.drawUnitsPanel(nodes[i] as SVGGElement, panel, rect, duration);
      if (panel.kind === 'squares') {
        const clipId = `clip-${panel.key}`;
        g.selectAll('clipPath')
          .data([rect])
          .join((e) =>
            e
              .append('clipPath')
              .attr('id', clipId)
              .call((c) => c.append('rect')),
          )
          .select('rect')
          .attr('width', rect.width)
          .attr('height', rect.height);
        // The clip sits on an untransformed wrapper: on the camera itself it would be in data units.
        const camera = g
          .selectAll<SVGGElement, null>('g.clip')
          .data([null])
          .join((e) =>
            e
              .append('g')
              .attr('class', 'clip')
              .call((c) => c.append('g').attr('class', 'camera')),
          )
          .attr('clip-path', `url(#${clipId})`)
          .select<SVGGElement>('g.camera');
        const labels = g
          .selectAll<SVGGElement, null>('g.labels')
          .data([null])
          .join((e) => e.append('g').attr('class', 'labels'));
        const labelOf = (f: SceneFigure): [string, string] => [
          formatFigure(f, lang, units),
          f.label[lang],
        ];
        const layout = layoutFundingSquares(figures, rect, panel.focusId, (f) => {
          const [a, b] = labelOf(f);
          return {
            width: Math.max(estimateTextWidth(a, 14, true), estimateTextWidth(b, 12)) + 4,
            height: 36,
          };
        });
        drawSquares(camera.node() as SVGGElement, labels.node() as SVGGElement, layout, {
          colour: this.colour,
          highlighted: this.highlighted,
          label: (id) => labelOf(this.figures.find((f) => f.id === id) as SceneFigure),
          duration,
        });
      }
      if (panel.kind === 'bars') {
        const { rows } = layoutBars(
          figures,
          rect.width,
          scene.highlight,
          (f) => f.label[lang],
          (f) => formatFigure(f, lang, units),
        );
        drawBars(nodes[i] as SVGGElement, rows, this.colour, duration, rect.width);
      }
    });
  }

  private drawUnitsPanel(
    g: SVGGElement,
    panel: UnitsPanel,
    rect: { width: number; height: number },
    duration: number,
  ): void {
    const { units, lang } = this;
    if (!units) return;
    const layout = layoutUnits(unitGroupInputs(panel, lang), rect);
    drawUnits(g, layout, panel.thresholds, {
      colour: this.colour,
      highlighted: this.highlighted,
      duration,
    });
  }

  private csvHref(): string {
    return `data:text/csv;charset=utf-8,${encodeURIComponent(chartCsv(this.figures, this.lang))}`;
  }

  override render() {
    const { scene, units, strings, lang } = this;
    if (!scene || !units || !strings) return nothing;
    const rows = chartTableRows(scene.figures, lang, units);
    return html`
      <div class="plot">
        <svg class="marks" role="img" aria-label=${this.describe()}>
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
                opacity="0.4"
              ></line>
            </pattern>
          </defs>
          <g class="panels"></g>
        </svg>
      </div>
      <ul class="key">
        ${this.keyLines().map((line) => html`<li>${line}</li>`)}
      </ul>
      <details class="data">
        <summary>${strings.chartTable[lang]}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">${strings.figureColumn[lang]}</th>
              <th scope="col">${strings.valueColumn[lang]}</th>
              <th scope="col">${strings.periodColumn[lang]}</th>
              <th scope="col">${strings.sourceColumn[lang]}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (r) =>
                html`<tr data-figure=${r.id}>
                  <th scope="row">${r.label}</th>
                  <td>${r.shown}</td>
                  <td>${r.period}</td>
                  <td lang="zh-CN">${r.source}</td>
                </tr>`,
            )}
          </tbody>
        </table>
        <a class="csv" download=${`${scene.chart}-${scene.stepId}.csv`} href=${this.csvHref()}
          >${strings.chartCsv[lang]}</a
        >
      </details>
    `;
  }
}
