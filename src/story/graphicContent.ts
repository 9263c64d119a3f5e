// Hands <aksu-graphic> the content it draws from (unit words, the map's and charts' strings, the
// notes on places): the same for the story page, the exhibition, the embed page and <aksu-story>.
import type { StoryBundle } from '../build/storyBundle.ts';
import type { AksuGraphic } from '../components/aksu-graphic.ts';

export type GraphicContent = Pick<
  StoryBundle,
  'units' | 'mapStrings' | 'chartStrings' | 'placeNotes'
>;

export function giveGraphicContent(graphic: AksuGraphic, content: GraphicContent): void {
  graphic.units = content.units;
  graphic.strings = content.mapStrings;
  graphic.chartStrings = content.chartStrings;
  graphic.notes = content.placeNotes;
}
