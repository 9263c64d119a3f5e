// One sentence (or two) saying what the graphic shows at a step, from the scene's own data: the
// map's description, or the chart's subject and its figures. It is the graphic's accessible
// description, what the live region announces when the step changes, and the static picture's
// alt text.
import type { Lang, UnitWords } from '../content/schema.ts';
import { figureOnMark } from '../format/figureFormat.ts';
import { describeMap, type MapStrings } from '../maps/mapDescription.ts';
import type { ChartScene, Scene, SceneFigure } from './scene.ts';

const SEP: Record<Lang, string> = { zh: '；', en: '; ' };
const END: Record<Lang, string> = { zh: '。', en: '.' };

function figureList(figures: readonly SceneFigure[], lang: Lang, units: UnitWords): string[] {
  return figures.map((f) => `${f.label[lang]} ${figureOnMark(f, lang, units)}`);
}

export function describeChart(scene: ChartScene, lang: Lang, units: UnitWords): string {
  return [scene.chapterTitle[lang], ...figureList(scene.figures, lang, units)].join(SEP[lang]);
}

export function describeScene(
  scene: Scene,
  lang: Lang,
  units: UnitWords,
  mapStrings: MapStrings,
): string {
  if (scene.graphic === 'chart') return describeChart(scene, lang, units) + END[lang];
  const map = describeMap(scene, lang, mapStrings);
  const figures = figureList(scene.figures, lang, units);
  return figures.length ? `${map} ${figures.join(SEP[lang])}${END[lang]}` : map;
}
