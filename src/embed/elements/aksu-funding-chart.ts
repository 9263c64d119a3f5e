// <aksu-funding-chart>: the story's funding view as an element for a host's page (attributes and styling
// in the base class, EmbedViewElement).
import { defineElement } from '../../components/defineElement.ts';
import { EmbedViewElement } from './embedView.ts';

/**
 * The money: squares whose areas are proportional to the amounts.
 * @tag aksu-funding-chart
 */
export class AksuFundingChartElement extends EmbedViewElement {
  protected readonly view = 'funding';
}

defineElement('aksu-funding-chart', AksuFundingChartElement);

declare global {
  interface HTMLElementTagNameMap {
    'aksu-funding-chart': AksuFundingChartElement;
  }
}
