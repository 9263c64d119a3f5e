// The text that says what the map shows at a step (its accessible description), and the words of
// its labels and tooltips, in the reader's language. Pure: scene and strings in, text out.
import type { Bilingual, Lang, UiStrings } from '../content/schema.ts';
import type { MapScene, PlaceNote, ScenePlace } from '../story/scene.ts';

export type MapStrings = Pick<
  UiStrings,
  | 'mapLoading'
  | 'mapFailed'
  | 'mapLocator'
  | 'mapPrefecture'
  | 'mapAlar'
  | 'mapPairing'
  | 'mapHighlighted'
  | 'supportedBy'
  | 'distance'
  | 'derivedMark'
  | 'pairingNotFound'
  | 'pairingFootnote'
  | 'mapLocatorAksu'
  | 'mapXinjiang'
  | 'mapVillageNote'
>;

const LIST_SEP: Record<Lang, string> = { zh: '、', en: ', ' };
const CLAUSE_SEP: Record<Lang, string> = { zh: '；', en: '; ' };
// After a lead-in ("Highlighted:", "突出显示："): data strings are trimmed, so the space is ours.
const AFTER_LEAD: Record<Lang, string> = { zh: '', en: ' ' };

/** A place's name for a map: without the parenthetical ("阿拉尔市（兵团第一师）" → "阿拉尔市"). */
export function shortPlaceName(name: Bilingual, lang: Lang): string {
  return name[lang].replace(/\s*[(（][^)）]*[)）]\s*/g, '');
}

/**
 * The route's length as the map and its description tell it: "约3760公里（本文计算）", the distance
 * being our own calculation. `marked: false` leaves the mark to a sentence that says so itself.
 */
export function distanceText(
  km: number,
  lang: Lang,
  strings: Pick<MapStrings, 'distance' | 'derivedMark'>,
  { marked = true } = {},
): string {
  const n = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    useGrouping: lang === 'en',
  });
  const distance = strings.distance[lang].replace('{km}', n.format(km));
  if (!marked) return distance;
  return `${distance}${lang === 'zh' ? '' : ' '}${strings.derivedMark[lang]}`;
}

function names(places: readonly ScenePlace[], lang: Lang): string {
  return places.map((p) => shortPlaceName(p.name, lang)).join(LIST_SEP[lang]);
}

export function describeMap(scene: MapScene, lang: Lang, strings: MapStrings): string {
  const highlighted = scene.highlight.length
    ? `${strings.mapHighlighted[lang]}${AFTER_LEAD[lang]}${names(scene.highlight, lang)}${lang === 'zh' ? '。' : '.'}`
    : '';
  switch (scene.view) {
    case 'locator':
      return strings.mapLocator[lang].replace(
        '{distance}',
        scene.route ? distanceText(scene.route.km, lang, strings) : '',
      );
    case 'prefecture':
      return `${strings.mapPrefecture[lang]} ${highlighted}`.trim();
    case 'alar':
      return `${strings.mapAlar[lang]} ${highlighted}`.trim();
    case 'pairing': {
      const arrow = lang === 'zh' ? '→' : ' → ';
      const pairs = scene.pairings.map(
        (p) =>
          `${shortPlaceName(p.from.name, lang)}${arrow}${
            p.supports.length ? names(p.supports, lang) : strings.pairingNotFound[lang]
          }`,
      );
      return `${strings.mapPairing[lang]}${AFTER_LEAD[lang]}${pairs.join(CLAUSE_SEP[lang])}${lang === 'zh' ? '。' : '.'} ${highlighted}`.trim();
    }
  }
}

/** The tooltip lines for one of Aksu's places: its name, who supports it. Figures are added by the caller. */
export function placeNoteLines(
  place: ScenePlace,
  note: PlaceNote | undefined,
  lang: Lang,
  strings: MapStrings,
): string[] {
  const lines = [shortPlaceName(place.name, lang)];
  if (note?.supportedBy.length)
    lines.push(`${strings.supportedBy[lang]}${AFTER_LEAD[lang]}${names(note.supportedBy, lang)}`);
  return lines;
}
