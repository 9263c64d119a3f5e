// A chart's figures as data a reader can take away: table rows in the reader's language and a
// CSV file with every figure's value, qualifier, period and source quotation. Pure.
import type { Lang, Qualifier, UnitWords } from '../content/schema.ts';
import { formatFigure } from '../format/figureFormat.ts';
import type { SceneFigure } from '../story/scene.ts';

export interface ChartTableRow {
  id: string;
  label: string;
  shown: string;
  qualifier: Qualifier;
  period: string;
  source: string;
  /** The source translated, on the English table; null on the Chinese one. */
  translation: string | null;
}

export function chartTableRows(
  figures: readonly SceneFigure[],
  lang: Lang,
  units: UnitWords,
): ChartTableRow[] {
  return figures.map((f) => ({
    id: f.id,
    label: f.label[lang],
    shown: formatFigure(f, lang, units),
    qualifier: f.qualifier,
    period: f.period[lang],
    source: f.source,
    translation: lang === 'en' ? f.sourceEn : null,
  }));
}

const CSV_COLUMNS = [
  'id',
  'label',
  'value',
  'unit',
  'qualifier',
  'period',
  'source',
  'source_en',
] as const;

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The figures as CSV (RFC 4180, with a byte-order mark so spreadsheet programs read the Chinese
 * correctly): raw values in base units, the qualifier, the report's own words as source and
 * their English translation.
 */
export function chartCsv(figures: readonly SceneFigure[], lang: Lang): string {
  const rows = figures.map((f) =>
    [f.id, f.label[lang], f.value, f.unit, f.qualifier, f.period[lang], f.source, f.sourceEn]
      .map(csvCell)
      .join(','),
  );
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
