// What the browser receives of the content: step order, each step's resolved scene, and the few
// strings scripts need (titles for the language switch, unit words for the graphic). The prose
// itself is already in the HTML, so it is not shipped twice.
import type { Bilingual, Content, UnitWords } from '../content/schema.ts';
import { allScenes, storySteps, type Scene, type StepRef } from '../story/scene.ts';

export interface StoryBundle {
  steps: StepRef[];
  scenes: Record<string, Scene>;
  units: UnitWords;
  meta: { title: Bilingual; description: Bilingual };
  ui: { graphicLabel: Bilingual; planned: Bilingual; pairingNotFound: Bilingual };
}

export function storyBundle(content: Content): StoryBundle {
  const { meta } = content.story;
  const { graphicLabel, planned, pairingNotFound } = content.ui;
  return {
    steps: storySteps(content),
    scenes: allScenes(content),
    units: content.units,
    meta: { title: meta.title, description: meta.description },
    ui: { graphicLabel, planned, pairingNotFound },
  };
}
