// How a figure is written in each language. Chinese keeps the report's own words for a figure
// (6000多万元, 3万余人, 五张); numbers with no such words (a key's "each square = 10") get scale
// words (万/亿) and unit words. English: million/billion, unit words, "over" and "about". The only
// place numbers become text.
import type { Figure, Lang, Unit, UnitWords } from '../content/schema.ts';

export type FigureValue = Pick<Figure, 'value' | 'unit' | 'qualifier'> &
  Partial<Pick<Figure, 'reportWords'>>;

// No thousands separator in Chinese (1288, 3760), as the report writes them; engines' own data
// differ here (Chromium wrote 3,760, WebKit and Node 3760), so it is said, not left to them.
const zhCompact = new Intl.NumberFormat('zh-CN', {
  notation: 'compact',
  maximumFractionDigits: 2,
  useGrouping: false,
});
const enPlain = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const enCompactLong = new Intl.NumberFormat('en-GB', {
  notation: 'compact',
  compactDisplay: 'long',
  maximumFractionDigits: 2,
});

// Newsroom style spells out counts under ten: 两年, 五张 / two years, five cards (10 and up stay in
// digits, so a phrase never mixes 十 with 100). Measures (%, yuan, tonnes) stay in digits.
const ZH_SMALL = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九'];
const EN_SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const MEASURES: ReadonlySet<Unit> = new Set(['percent', 'yuan', 'tonnes']);

function spelledOut(value: number, unit: Unit, lang: Lang): string | undefined {
  if (MEASURES.has(unit) || !Number.isInteger(value) || value < 1) return undefined;
  return (lang === 'zh' ? ZH_SMALL : EN_SMALL)[value];
}

/** The bare number in a language: "6000万", "3.46亿", "1288", "两" / "60 million", "1,288", "two". */
export function formatNumber(value: number, unit: Unit, lang: Lang, spell = true): string {
  const word = spell ? spelledOut(value, unit, lang) : undefined;
  if (word) return word;
  if (lang === 'zh') return zhCompact.format(value);
  if (unit === 'yuan' && value >= 1e6) return enCompactLong.format(value);
  return enPlain.format(value);
}

function withUnit(fig: FigureValue, lang: Lang, units: UnitWords, spell = true): string {
  const n = formatNumber(fig.value, fig.unit, lang, spell);
  if (fig.unit === 'percent') return `${n}%`;
  if (lang === 'zh') return `${n}${units[fig.unit].zh}`;
  if (fig.unit === 'yuan') return `¥${n}`;
  const word = units[fig.unit].en;
  return `${n} ${fig.value === 1 ? word.one : word.other}`;
}

function numberOnly(fig: FigureValue, lang: Lang): string {
  const n = formatNumber(fig.value, fig.unit, lang);
  if (fig.unit === 'percent') return `${n}%`;
  if (fig.unit === 'yuan' && lang === 'en') return `¥${n}`;
  return n;
}

/**
 * A figure as the story writes it. In Chinese, the report's own words when the figure has them
 * ("3万余人", "6000多万元"), whatever the mode. In English, `full` adds the unit word
 * ("over 30,000 people") and `number` leaves the noun to the sentence ("over 30,000").
 */
export function formatFigure(
  fig: FigureValue,
  lang: Lang,
  units: UnitWords,
  mode: 'full' | 'number' = 'full',
): string {
  if (lang === 'zh' && fig.reportWords) return fig.reportWords;
  const body = mode === 'full' ? withUnit(fig, lang, units) : numberOnly(fig, lang);
  switch (fig.qualifier) {
    case 'at-least':
      if (lang === 'en') return `over ${body}`;
      return mode === 'full' ? `${body}以上` : `${body}余`;
    case 'about':
      if (lang === 'en') return `about ${body}`;
      return mode === 'full' ? `${body}左右` : `约${body}`;
    case 'exact':
    case 'planned':
    case 'named':
      return body;
  }
}

/**
 * A figure where it labels a mark or a place (chart marks, map callouts, chart keys). A number from
 * a programme's name is quoted and bare ("“千人”", "“1,000”"), so it never reads as a count of
 * people or villages; its label says whose name it is. A lower bound carries "+" ("¥4 billion+",
 * "40亿元+"; the text keeps the report's 多/余/以上, the mark its "+"), a plan says so
 * ("¥389 million (planned)", "计划3.89亿元"), an approximation reads as in the text.
 */
export function figureOnMark(fig: FigureValue, lang: Lang, units: UnitWords): string {
  switch (fig.qualifier) {
    case 'named': {
      const n =
        lang === 'zh' && fig.reportWords
          ? fig.reportWords
          : formatNumber(fig.value, fig.unit, lang);
      return `“${n}”`;
    }
    case 'at-least': {
      if (lang === 'zh') return `${withUnit(fig, lang, units, false)}+`;
      if (fig.unit === 'yuan' || fig.unit === 'percent') return `${numberOnly(fig, lang)}+`;
      const n = formatNumber(fig.value, fig.unit, lang, false);
      const word = units[fig.unit].en;
      return `${n}+ ${fig.value === 1 ? word.one : word.other}`;
    }
    case 'planned':
      return lang === 'zh'
        ? `计划${fig.reportWords ?? withUnit(fig, lang, units, false)}`
        : `${formatFigure(fig, lang, units)} (planned)`;
    case 'exact':
    case 'about':
      return formatFigure(fig, lang, units);
  }
}

/**
 * A count in a chart's key ("1 vehicle", "10辆"): always in digits, so the lines of one key
 * compare at a glance and never mix 一 with 10.
 */
export function keyCount(value: number, unit: Unit, lang: Lang, units: UnitWords): string {
  const key = units[unit].key;
  if (key) {
    if (lang === 'zh') return `${value}${key.zh}`;
    return `${value.toLocaleString('en-GB')} ${value === 1 ? key.en.one : key.en.other}`;
  }
  return withUnit({ value, unit, qualifier: 'exact' }, lang, units, false);
}

/**
 * A figure as a big number over its label (the notes' figures): as on a mark, except that a plan
 * is not marked twice, since its label says "planned" ("2021年计划培训").
 */
export function statNumber(fig: FigureValue, lang: Lang, units: UnitWords): string {
  return fig.qualifier === 'planned'
    ? formatFigure(fig, lang, units)
    : figureOnMark(fig, lang, units);
}
