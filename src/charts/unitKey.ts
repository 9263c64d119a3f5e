// The words of a unit chart's key: "each square = 10 people" / "每格代表10人", and what a block
// is when a series is split ("blocks of 10 stores"). Templates come from data/ui.json; numbers
// are written by figureFormat, the only place numbers become text.
import type { Lang, UiStrings, UnitWords } from '../content/schema.ts';
import { keyCount } from '../format/figureFormat.ts';
import type { UnitKey } from './chartPlan.ts';

export type UnitKeyStrings = Pick<UiStrings, 'unitKeyEach' | 'blockKeyTens'>;

export function unitKeyText(
  key: UnitKey,
  lang: Lang,
  units: UnitWords,
  strings: UnitKeyStrings,
): string {
  const each = keyCount(key.perUnit, key.unit, lang, units);
  return strings.unitKeyEach[lang].replace('{n}', each);
}

/** What a block of units is: ten units, a counting aid. */
export function blockKeyText(
  key: UnitKey,
  lang: Lang,
  units: UnitWords,
  strings: UnitKeyStrings,
): string | null {
  if (!key.blocks) return null;
  const per = keyCount(key.blocks.perBlock, key.unit, lang, units);
  return strings.blockKeyTens[lang].replace('{n}', per);
}
