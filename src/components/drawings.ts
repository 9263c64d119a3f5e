// The drawings a scene can be handed to (the map, the four charts and the notes): their tags, and the code
// that defines each, loaded on first use. Each import is its own chunk in the build.
import type { ChartKind } from '../content/schema.ts';
import type { Scene } from '../story/scene.ts';

export type DrawingKind = 'map' | 'notes' | ChartKind;

interface Drawing {
  tag: string;
  load: () => Promise<unknown>;
}

const DRAWINGS: Record<DrawingKind, Drawing> = {
  map: { tag: 'aksu-geo-map', load: () => import('./aksu-geo-map.ts') },
  funding: { tag: 'aksu-funding-plot', load: () => import('./charts/funding-plot.ts') },
  outlets: { tag: 'aksu-outlets-plot', load: () => import('./charts/outlets-plot.ts') },
  people: { tag: 'aksu-people-plot', load: () => import('./charts/people-plot.ts') },
  alar: { tag: 'aksu-alar-plot', load: () => import('./charts/alar-plot.ts') },
  notes: { tag: 'aksu-notes', load: () => import('./notes/aksu-notes.ts') },
};

export const DRAWING_KINDS = Object.keys(DRAWINGS) as DrawingKind[];

export function drawingOfScene(scene: Scene): DrawingKind {
  return scene.graphic === 'chart' ? scene.chart : scene.graphic;
}

export function drawingFor(kind: DrawingKind): Drawing {
  return DRAWINGS[kind];
}

const loads = new Map<DrawingKind, Promise<unknown>>();

/** Loads a drawing's code once; a failed load (say, a dropped connection) may be retried. */
export function loadDrawing(kind: DrawingKind): Promise<unknown> {
  let pending = loads.get(kind);
  if (!pending) {
    pending = DRAWINGS[kind].load();
    pending.catch((error: unknown) => {
      loads.delete(kind);
      console.error(`Could not load the ${kind} drawing`, error);
    });
    loads.set(kind, pending);
  }
  return pending;
}
