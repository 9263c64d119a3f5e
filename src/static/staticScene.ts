// Each scene's graphic as a standalone SVG file (static/<step>.<lang>.svg), written by the build
// for readers without JavaScript and for print. One size for all, so the page can reserve the
// space; the story's colour tokens travel inside each file, since an image sees no page CSS.
import type { ChartStrings } from '../components/charts/chart-strings.ts';
import { placeColor } from '../components/views/placeColor.ts';
import type { Lang, UnitWords } from '../content/schema.ts';
import { figureOnMark } from '../format/figureFormat.ts';
import type { GeoMap, PairingMap } from '../maps/projectedMap.ts';
import { figuresUnderMap } from '../maps/mapCallouts.ts';
import type { MapStrings } from '../maps/mapDescription.ts';
import type { Scene, SceneFigure } from '../story/scene.ts';
import { describeScene } from '../story/sceneDescription.ts';
import { CHART_STYLE, staticChartBody } from './staticChart.ts';
import { MAP_STYLE, staticMapBody } from './staticMap.ts';
import { NOTES_STYLE, staticNotesBody } from './staticNotes.ts';
import { esc } from './svgText.ts';

export const STATIC_SIZE = { width: 640, height: 480 } as const;
const KICKER = 30;
const PAD = 12;
const FIGURE_LINE = 20;

export interface StaticContext {
  units: UnitWords;
  mapStrings: MapStrings;
  chartStrings: ChartStrings;
  maps: { geo: GeoMap; pairing: PairingMap };
  /** The text of styles/tokens.css. */
  tokensCss: string;
}

export function staticScenePath(stepId: string, lang: Lang): string {
  return `static/${stepId}.${lang}.svg`;
}

function mapFigures(figures: readonly SceneFigure[], lang: Lang, units: UnitWords, top: number) {
  return figures
    .map(
      (f, i) =>
        `<text class="figure" x="0" y="${top + i * FIGURE_LINE}"><tspan fill="${placeColor(f.place)}">▍</tspan><tspan class="bold">${esc(figureOnMark(f, lang, units))}</tspan> ${esc(f.label[lang])}</text>`,
    )
    .join('');
}

export function staticSceneSvg(scene: Scene, lang: Lang, ctx: StaticContext): string {
  const { width, height } = STATIC_SIZE;
  const inner = { width: width - 2 * PAD, height: height - KICKER - 2 * PAD };
  let body: string;
  if (scene.graphic === 'chart') {
    body = staticChartBody(scene, lang, ctx.units, ctx.chartStrings, inner);
  } else if (scene.graphic === 'notes') {
    body = staticNotesBody(scene, lang, ctx.units, inner);
  } else {
    const listed = figuresUnderMap(scene);
    const figuresHeight = listed.length * FIGURE_LINE;
    const mapSize = {
      width: inner.width,
      height: inner.height - figuresHeight - (figuresHeight ? 8 : 0),
    };
    body =
      staticMapBody(scene, lang, ctx.maps, ctx.mapStrings, mapSize, ctx.units) +
      mapFigures(listed, lang, ctx.units, mapSize.height + 8 + 14);
  }
  const description = describeScene(scene, lang, ctx.units, ctx.mapStrings);
  const kicker = scene.chapterTitle[lang];
  return `<svg xmlns="http://www.w3.org/2000/svg" lang="${lang === 'zh' ? 'zh-CN' : 'en'}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">
<title>${esc(description)}</title>
<style>${ctx.tokensCss}
svg { background: var(--color-paper); }
text { font-family: var(--font-sans); fill: var(--color-ink); }
.kicker { font-size: 13px; letter-spacing: 0.04em; fill: var(--color-ink-soft); }
.figure { font-size: 13px; }
${CHART_STYLE}${MAP_STYLE}${NOTES_STYLE}</style>
<text class="kicker" x="${PAD}" y="${PAD + 16}">${esc(lang === 'en' ? kicker.toUpperCase() : kicker)}</text>
<g transform="translate(${PAD},${PAD + KICKER})">${body}</g>
</svg>
`;
}
