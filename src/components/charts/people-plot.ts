// <aksu-people-plot>: teachers, doctors and officials as counts of people, ten to a square, comparable at a glance.
import { StoryChart } from './story-chart.ts';
import { defineElement } from '../defineElement.ts';

export class PeopleChart extends StoryChart {}

defineElement('aksu-people-plot', PeopleChart);

declare global {
  interface HTMLElementTagNameMap {
    'aksu-people-plot': PeopleChart;
  }
}
