// Which of a map step's figures are called out on the map, beside their place, and which are
// listed under it instead: each figure is shown once (the Alar map's "125 people" was both).
// A module of its own, so the graphic's frame can list the others without the map's code.
import type { MapScene, SceneFigure } from '../story/scene.ts';

/** The step's figures that belong to a place the view draws: their callouts sit beside it. */
export function placeCallouts(scene: MapScene): SceneFigure[] {
  if (scene.view !== 'alar') return [];
  const drawn = new Set(scene.places.map((p) => p.id));
  return scene.figures.filter((f) => f.place && drawn.has(f.place));
}

/** The step's figures listed under the map: those not called out on it. */
export function figuresUnderMap(scene: MapScene): SceneFigure[] {
  const onMap = new Set(placeCallouts(scene).map((f) => f.id));
  return scene.figures.filter((f) => !onMap.has(f.id));
}
