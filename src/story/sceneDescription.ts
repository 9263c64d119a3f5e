// One sentence (or two) saying what the graphic shows at a step, from the scene's own data: the
// map's description, the chart's subject and its figures, or the notes read in order. It is the graphic's accessible
// description, what the live region announces when the step changes, and the static picture's
// alt text.
import type { Lang, UnitWords } from '../content/schema.ts';
import { figureOnMark } from '../format/figureFormat.ts';
import { describeMap, type MapStrings } from '../maps/mapDescription.ts';
import { notePlain } from './noteText.ts';
import type { ChartScene, NotesScene, Scene, SceneFigure } from './scene.ts';

const SEP: Record<Lang, string> = { zh: '；', en: '; ' };
const END: Record<Lang, string> = { zh: '。', en: '.' };

function figureList(figures: readonly SceneFigure[], lang: Lang, units: UnitWords): string[] {
  return figures.map((f) => `${f.label[lang]} ${figureOnMark(f, lang, units)}`);
}

export function describeChart(scene: ChartScene, lang: Lang, units: UnitWords): string {
  return [scene.chapterTitle[lang], ...figureList(scene.figures, lang, units)].join(SEP[lang]);
}

/** The notes' title, their figures, then each note ("2021: systematic improvement"). */
export function describeNotes(scene: NotesScene, lang: Lang, units: UnitWords): string {
  const COLON = lang === 'zh' ? '：' : ': ';
  const notes = scene.groups.flatMap((group) => {
    const items = group.items.map((item) =>
      item.heading
        ? `${notePlain(item.heading, lang)}${COLON}${notePlain(item.text, lang)}`
        : notePlain(item.text, lang),
    );
    return group.title
      ? [`${notePlain(group.title, lang)}${COLON}${items.join(SEP[lang])}`]
      : items;
  });
  return (
    [notePlain(scene.title, lang), ...figureList(scene.figures, lang, units), ...notes].join(
      SEP[lang],
    ) + END[lang]
  );
}

export function describeScene(
  scene: Scene,
  lang: Lang,
  units: UnitWords,
  mapStrings: MapStrings,
): string {
  if (scene.graphic === 'chart') return describeChart(scene, lang, units) + END[lang];
  if (scene.graphic === 'notes') return describeNotes(scene, lang, units);
  const map = describeMap(scene, lang, mapStrings);
  const figures = figureList(scene.figures, lang, units);
  return figures.length ? `${map} ${figures.join(SEP[lang])}${END[lang]}` : map;
}
