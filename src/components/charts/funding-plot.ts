// <aksu-funding-plot>: the story's money as squares whose areas are proportional to the amounts,
// side by side on one baseline.
import { StoryChart } from './story-chart.ts';
import { defineElement } from '../defineElement.ts';

export class FundingChart extends StoryChart {}

defineElement('aksu-funding-plot', FundingChart);

declare global {
  interface HTMLElementTagNameMap {
    'aksu-funding-plot': FundingChart;
  }
}
