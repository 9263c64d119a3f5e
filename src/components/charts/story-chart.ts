// The shared body of the story's charts: it lays the scene's figures out with the chart plan
// (units, squares, bars), draws them with keyed D3 joins so marks morph from step to step, and
// gives every chart an accessible description, a key, a data table and a CSV download.
// The chart elements (aksu-funding-plot, aksu-outlets-plot, aksu-people-plot, aksu-alar-plot) are this, named.
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { select } from 'd3-selection';
import { chartCsv, chartTableRows } from '../../charts/chartData.ts';
import { chartKeyLines } from '../../charts/chartKey.ts';
import { contentBox, fitScale, layoutChart, type PanelMarks } from '../../charts/chartLayout.ts';
import { chartPlanFor, type ChartPlan } from '../../charts/chartPlan.ts';
import { isLit } from '../../charts/litFigures.ts';
import type { Lang, UnitWords } from '../../content/schema.ts';
import type { ChartScene, SceneFigure } from '../../story/scene.ts';
import { placeColor } from '../views/placeColor.ts';
import { ElementSize } from '../elementSize.ts';
import type { ChartStrings } from './chart-strings.ts';
import { chartStyles } from './chart.styles.ts';
import { drawBars } from './drawBars.ts';
import { drawSquares } from './drawSquares.ts';
import { drawUnitLabels } from './drawUnitLabels.ts';
import { drawMarkLabels, drawShare, drawStat } from './drawMarkLabels.ts';
import { UnitCanvas } from './unitCanvas.ts';
import { unitSprites, type UnitSprite } from '../../charts/unitMotion.ts';
import { motionReduced } from '../../story/motion.ts';
import { describeChart } from '../../story/sceneDescription.ts';

const DURATION = 750;

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
  private drawTimer: ReturnType<typeof setTimeout> | null = null;
  /** What the marks were last drawn for: the same again draws nothing. */
  private drawnFor = '';
  /** The scene's plan, worked out once per scene (render and draw both read it). */
  private plan: ChartPlan | null = null;
  /** Unit charts' squares, painted under the SVG. */
  private readonly unitCanvas = new UnitCanvas();

  /** The unit squares on screen now (a move under way included), in the plot's pixels. */
  get drawnUnits(): readonly UnitSprite[] {
    return this.unitCanvas.sprites;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unitCanvas.connect();
    // Moved in the page: a draw waiting when it was taken out was cancelled; draw again.
    if (this.hasUpdated) {
      this.drawnFor = '';
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    if (this.svgEl) select(this.svgEl).selectAll('*').interrupt();
    this.unitCanvas.disconnect();
    if (this.drawTimer !== null) clearTimeout(this.drawTimer);
    this.drawTimer = null;
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
    this.scene == null || isLit(this.scene, figureId);

  private keyLines(): string[] {
    const { scene, units, strings, lang, plan } = this;
    return scene && units && strings && plan
      ? chartKeyLines(scene, plan, lang, units, strings)
      : [];
  }

  private describe(): string {
    const { scene, units, lang } = this;
    return scene && units ? describeChart(scene, lang, units) : '';
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('scene')) this.plan = this.scene ? chartPlanFor(this.scene) : null;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // In a task of its own: a step's change already costs its frame the new key and table, and
    // laying out a thousand units on top made that one frame a slow phone's long task.
    if (this.drawTimer === null) {
      this.drawTimer = setTimeout(() => {
        this.drawTimer = null;
        this.draw();
      }, 0);
    }
  }

  private draw(): void {
    const { scene, units, svgEl, lang } = this;
    const plan = this.plan;
    const plotEl = this.renderRoot.querySelector<HTMLElement>('.plot');
    if (!scene || !units || !svgEl || !plan || !plotEl || this.plot.width === 0) return;
    // The chart's type follows the host's font size (an exhibition screen sets it larger) and
    // grows on a big panel (a 4K screen), so labels and key keep their size beside the squares:
    // the marks are laid out for a plot that much smaller and drawn scaled up, labels and all.
    const fontScale = parseFloat(getComputedStyle(this).fontSize) / 16 || 1;
    const grow = Math.floor(20 * Math.min(this.clientWidth / 950, this.clientHeight / 800)) / 20;
    const textScale = Math.min(2.5, Math.max(1, fontScale, grow));
    // The key's type grows with the marks' (the host's font size already scales it), before the
    // plot under it is measured.
    this.style.setProperty('--chart-grow', String(Math.max(1, textScale / fontScale)));
    // Measured now, not as last observed: the key under the plot may have just changed height
    // with the step, and laying out for the old height means laying out again a frame later.
    const plot = { width: plotEl.clientWidth, height: plotEl.clientHeight };
    const drawFor = `${scene.stepId} ${lang} ${plot.width}×${plot.height}`;
    if (drawFor === this.drawnFor) return;
    this.drawnFor = drawFor;
    // Which step the marks now show (they are drawn a task after the scene arrives): what the
    // tests wait for, and a host's script may read.
    this.setAttribute('data-drawn', scene.stepId);
    // A new width (a rotated phone, a resized window) cuts to the new drawing; a new height
    // alone comes from the key below growing or shrinking with the step, so marks still move.
    const firstOrResized = plot.width !== this.drawnWidth;
    this.drawnWidth = plot.width;
    const duration = firstOrResized || motionReduced() ? 0 : DURATION;
    const layoutPlot = { width: plot.width / textScale, height: plot.height / textScale };
    const marks = layoutChart(scene, plan, lang, units, layoutPlot);
    const svg = select(svgEl);
    svg.attr('width', plot.width).attr('height', plot.height);

    const panels = svg
      .select<SVGGElement>('g.panels')
      .selectAll<SVGGElement, PanelMarks>('g.panel')
      .data(marks, (d) => d.key)
      .join((enter) => enter.append('g').attr('class', (d) => `panel panel--${d.kind}`))
      .attr('transform', (d) => `translate(${d.rect.x},${d.rect.y})`);

    // A plot too small for the marks (a 320 px phone under a tall card) shrinks them as a whole
    // rather than let them run into the key.
    const box = contentBox(marks);
    const fit = fitScale(box, layoutPlot) * textScale;
    svg.select('g.panels').attr('transform', fit !== 1 ? `scale(${fit})` : null);
    const sprites = marks
      .flatMap((panel) =>
        panel.kind === 'units' ? unitSprites(panel.layout, panel.rect, this.highlighted) : [],
      )
      .map((u) =>
        fit !== 1
          ? { ...u, x: u.x * fit, y: u.y * fit, width: u.width * fit, height: u.height * fit }
          : u,
      );
    this.unitCanvas.show(sprites, { colour: this.colour }, duration, plot);

    panels.each((panel, i, nodes) => {
      const node = nodes[i] as SVGGElement;
      const g = select(node);
      const layer = (name: string) =>
        g
          .selectAll<SVGGElement, null>(`g.${name}`)
          .data([null])
          .join((e) => e.append('g').attr('class', name))
          .node() as SVGGElement;
      const marksEl = layer('marks');
      if (panel.kind === 'units') drawUnitLabels(marksEl, panel.layout, panel.outlines);
      if (panel.kind === 'squares') {
        drawSquares(marksEl, panel.layout, {
          colour: this.colour,
          highlighted: this.highlighted,
          duration,
        });
      }
      if (panel.kind === 'bars') {
        drawBars(marksEl, panel.rows, this.colour, duration, panel.rect.width);
      }
      drawStat(marksEl, panel.kind === 'stat' ? panel.stat : null, this.statColour(panel));
      // A share of the money stands under its square, drawn as a lone share is.
      const share =
        panel.kind === 'share' ? panel.share : panel.kind === 'squares' ? panel.layout.share : null;
      drawShare(marksEl, share, share ? this.colour(share.figureId) : '');
      // A lone number or share is never stepped back: it is the step's figure of its kind.
      const lone = panel.kind === 'stat' || panel.kind === 'share';
      drawMarkLabels(layer('labels'), panel.labels, lone ? () => true : this.highlighted, duration);
    });
    // The key and the table toggle follow the marks up: the block is centred, not the marks alone.
    const lift = Math.max(0, plot.height - (box.y + box.height) * fit);
    this.style.setProperty('--chart-key-lift', `${-Math.round(lift)}px`);
  }

  private statColour(panel: PanelMarks): string {
    if (panel.kind !== 'stat' && panel.kind !== 'share') return 'currentColor';
    const id = panel.kind === 'stat' ? panel.stat.figureId : panel.share.figureId;
    return this.colour(id);
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
        ${this.unitCanvas.canvas}
        <svg class="marks" role="img" aria-label=${this.describe()}>
          <defs>
            <pattern
              id="planned-hatch"
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <line x1="0" y1="0" x2="0" y2="6" stroke="var(--color-hatch)" stroke-width="2"></line>
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
        <div class="table-scroll" tabindex="0" role="group" aria-label=${strings.chartTable[lang]}>
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
                    <td>
                      <q lang="zh-CN">${r.source}</q>${
                        r.translation
                          ? html`<span class="translation" lang="en">
                              (“${r.translation}”, ${strings.translationNote.en})</span
                            >`
                          : nothing
                      }
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>
        <a class="csv" download=${`${scene.chart}-${scene.stepId}.csv`} href=${this.csvHref()}
          >${strings.chartCsv[lang]}</a
        >
      </details>
    `;
  }
}
