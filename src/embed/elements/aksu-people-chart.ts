// <aksu-people-chart>: the story's people view as an element for a host's page (attributes and styling
// in the base class, EmbedViewElement).
import { defineElement } from '../../components/defineElement.ts';
import { EmbedViewElement } from './embedView.ts';

/**
 * Teachers, doctors and officials: counts of people, ten to a square.
 * @tag aksu-people-chart
 */
export class AksuPeopleChartElement extends EmbedViewElement {
  protected readonly view = 'people';
}

defineElement('aksu-people-chart', AksuPeopleChartElement);

declare global {
  interface HTMLElementTagNameMap {
    'aksu-people-chart': AksuPeopleChartElement;
  }
}
