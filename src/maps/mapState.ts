// What the map shows for a scene: which layout (geographic, or the pairing of cities), where the
// camera looks, which places are highlighted, and whether the route is drawn. Pure.
import type { MapScene } from '../story/scene.ts';

export type CameraTarget = 'china' | 'aksu' | 'alar';
export interface MapState {
  layout: 'geo' | 'pairing';
  camera: CameraTarget;
  /** Feature ids drawn in their side's colour. */
  highlight: string[];
  route: boolean;
  /** Whether Aksu's places can be hovered, tapped and focused for their notes. */
  interactive: boolean;
}

/** The locator's highlighted features: Zhejiang province and the outline of Aksu with Alar. */
export const LOCATOR_HIGHLIGHT = ['zhejiang', 'aksu-and-alar'];

export function mapStateFor(scene: MapScene): MapState {
  // "Aksu Prefecture" lit on a map of its counties is every county lit.
  const ids = scene.highlight.flatMap((p) =>
    p.id === 'aksu-prefecture' && scene.view !== 'locator'
      ? scene.places.filter((q) => q.kind === 'county').map((q) => q.id)
      : [p.id],
  );
  switch (scene.view) {
    case 'locator':
      return {
        layout: 'geo',
        camera: 'china',
        highlight: LOCATOR_HIGHLIGHT,
        route: true,
        interactive: false,
      };
    case 'pairing':
      return {
        layout: 'pairing',
        camera: 'aksu',
        highlight: ids,
        route: false,
        interactive: false,
      };
    case 'prefecture':
      return { layout: 'geo', camera: 'aksu', highlight: ids, route: false, interactive: true };
    case 'alar':
      return {
        layout: 'geo',
        camera: 'alar',
        highlight: ids.includes('alar') ? ids : ['alar', ...ids],
        route: false,
        interactive: true,
      };
  }
}
