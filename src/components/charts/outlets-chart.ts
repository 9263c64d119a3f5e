// <outlets-chart>: the sales network as stores that multiply and regroup: ten cities and a hundred stores, a hundred cities and a thousand, then 1,288 stores; online shops, sales by value and by weight.
import { customElement } from 'lit/decorators.js';
import { StoryChart } from './story-chart.ts';

@customElement('outlets-chart')
export class OutletsChart extends StoryChart {}

declare global {
  interface HTMLElementTagNameMap {
    'outlets-chart': OutletsChart;
  }
}
