// <aksu-outlets-chart>: the story's outlets view as an element for a host's page (attributes and styling
// in the base class, EmbedViewElement).
import { defineElement } from '../../components/defineElement.ts';
import { EmbedViewElement } from './embedView.ts';

/**
 * Stores and sales of Aksu's produce in Zhejiang and beyond: one mark per store.
 * @tag aksu-outlets-chart
 */
export class AksuOutletsChartElement extends EmbedViewElement {
  protected readonly view = 'outlets';
}

defineElement('aksu-outlets-chart', AksuOutletsChartElement);

declare global {
  interface HTMLElementTagNameMap {
    'aksu-outlets-chart': AksuOutletsChartElement;
  }
}
