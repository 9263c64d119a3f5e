// <funding-chart>: the story's money as squares whose areas are proportional to the amounts; the
// view zooms from ¥4 billion+ down to ¥450,000 and says by how much.
import { customElement } from 'lit/decorators.js';
import { StoryChart } from './story-chart.ts';

@customElement('funding-chart')
export class FundingChart extends StoryChart {}

declare global {
  interface HTMLElementTagNameMap {
    'funding-chart': FundingChart;
  }
}
