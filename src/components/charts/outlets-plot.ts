// <aksu-outlets-plot>: the sales network as stores that multiply and regroup: ten cities and a hundred stores, a hundred cities and a thousand, then 1,288 stores; online shops, sales by value and by weight.
import { StoryChart } from './story-chart.ts';
import { defineElement } from '../defineElement.ts';

export class OutletsChart extends StoryChart {}

defineElement('aksu-outlets-plot', OutletsChart);

declare global {
  interface HTMLElementTagNameMap {
    'aksu-outlets-plot': OutletsChart;
  }
}
