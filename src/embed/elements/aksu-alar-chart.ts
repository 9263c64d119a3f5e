// <aksu-alar-chart>: the story's alar view as an element for a host's page (attributes and styling
// in the base class, EmbedViewElement).
import { defineElement } from '../../components/defineElement.ts';
import { EmbedViewElement } from './embedView.ts';

/**
 * Alar (the 1st Division): money and projects so far against the plan, buses and bikes.
 * @tag aksu-alar-chart
 */
export class AksuAlarChartElement extends EmbedViewElement {
  protected readonly view = 'alar';
}

defineElement('aksu-alar-chart', AksuAlarChartElement);

declare global {
  interface HTMLElementTagNameMap {
    'aksu-alar-chart': AksuAlarChartElement;
  }
}
