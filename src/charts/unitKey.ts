// The words of a unit chart's key: "each square = 10 people" / "每格代表十人", and what a block
// is when a series is split ("each block = one city"). Templates come from data/ui.json; numbers
// are written by figureFormat, the only place numbers become text.
import type { Lang, UiStrings, UnitWords } from '../content/schema.ts';
import { formatFigure } from '../format/figureFormat.ts';
import type { UnitKey } from './chartPlan.ts';

export type UnitKeyStrings = Pick<UiStrings, 'unitKeyEach' | 'blockKeyCities' | 'blockKeyTens'>;

export function unitKeyText(
  key: UnitKey,
  lang: Lang,
  units: UnitWords,
  strings: UnitKeyStrings,
): string {
  const each = formatFigure(
    { value: key.perUnit, unit: key.unit, qualifier: 'exact' },
    lang,
    units,
  );
  return strings.unitKeyEach[lang].replace('{n}', each);
}

/** The block's meaning; a city's share of stores is derived (total ÷ cities), and says so. */
export function blockKeyText(
  key: UnitKey,
  lang: Lang,
  units: UnitWords,
  strings: UnitKeyStrings,
): string | null {
  if (!key.blocks) return null;
  const per = formatFigure(
    { value: key.blocks.perBlock, unit: key.unit, qualifier: 'exact' },
    lang,
    units,
  );
  const template = key.blocks.meaning === 'cities' ? strings.blockKeyCities : strings.blockKeyTens;
  return template[lang].replace('{n}', per);
}
