// <alar-chart>: Alar's money and projects so far against this year's plan, its reserve projects, buses and bikes.
import { customElement } from 'lit/decorators.js';
import { StoryChart } from './story-chart.ts';

@customElement('alar-chart')
export class AlarChart extends StoryChart {}

declare global {
  interface HTMLElementTagNameMap {
    'alar-chart': AlarChart;
  }
}
