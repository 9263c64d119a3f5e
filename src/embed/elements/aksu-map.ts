// <aksu-map>: the story's map view as an element for a host's page (attributes and styling
// in the base class, EmbedViewElement).
import { defineElement } from '../../components/defineElement.ts';
import { EmbedViewElement } from './embedView.ts';

/**
 * The story's map: China with the route from Zhejiang to Aksu, the pairing of Zhejiang's cities
 * with Aksu's counties, Aksu's counties, and Alar up close.
 * @tag aksu-map
 */
export class AksuMapElement extends EmbedViewElement {
  protected readonly view = 'map';
}

defineElement('aksu-map', AksuMapElement);

declare global {
  interface HTMLElementTagNameMap {
    'aksu-map': AksuMapElement;
  }
}
