// <aksu-funding-plot>: the story's money as squares whose areas are proportional to the amounts; the
// view zooms from ¥4 billion+ down to ¥450,000 and says by how much.
import { StoryChart } from './story-chart.ts';
import { defineElement } from '../defineElement.ts';

export class FundingChart extends StoryChart {}

defineElement('aksu-funding-plot', FundingChart);

declare global {
  interface HTMLElementTagNameMap {
    'aksu-funding-plot': FundingChart;
  }
}
