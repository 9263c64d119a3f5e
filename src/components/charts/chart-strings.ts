// The interface words the charts need, from data/ui.json.
import type { UiStrings } from '../../content/schema.ts';

export type ChartStrings = Pick<
  UiStrings,
  | 'chartTable'
  | 'chartCsv'
  | 'unitKeyEach'
  | 'blockKeyTens'
  | 'legendPlanned'
  | 'legendPending'
  | 'legendLowerBound'
  | 'squaresNote'
  | 'newScale'
  | 'unitsDiffer'
  | 'figureColumn'
  | 'valueColumn'
  | 'periodColumn'
  | 'sourceColumn'
  | 'translationNote'
>;
