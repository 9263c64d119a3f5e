// Which of a chart step's figures are drawn in full and which step back: the step's own figures
// (those its text cites) stand out, figures kept from earlier steps for context are muted. Shared
// by the live chart, its layouts and the static picture so all three mute the same marks.
import type { ChartScene } from '../story/scene.ts';

export function isLit(scene: ChartScene, figureId: string): boolean {
  return (
    scene.highlight === null ||
    scene.highlight.includes(figureId) ||
    // A share is never stepped back (alone, or under the square it measures).
    scene.figures.some((f) => f.id === figureId && f.unit === 'percent')
  );
}
