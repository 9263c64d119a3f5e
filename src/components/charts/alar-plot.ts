// <aksu-alar-plot>: Alar's money and projects so far against this year's plan, its reserve projects, buses and bikes.
import { StoryChart } from './story-chart.ts';
import { defineElement } from '../defineElement.ts';

export class AlarChart extends StoryChart {}

defineElement('aksu-alar-plot', AlarChart);

declare global {
  interface HTMLElementTagNameMap {
    'aksu-alar-plot': AlarChart;
  }
}
