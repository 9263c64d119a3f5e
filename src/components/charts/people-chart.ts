// <people-chart>: teachers, doctors and officials as counts of people, ten to a square, comparable at a glance.
import { customElement } from 'lit/decorators.js';
import { StoryChart } from './story-chart.ts';

@customElement('people-chart')
export class PeopleChart extends StoryChart {}

declare global {
  interface HTMLElementTagNameMap {
    'people-chart': PeopleChart;
  }
}
