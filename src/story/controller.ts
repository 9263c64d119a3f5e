// The one owner of "which step is current". Scroll, keys and the URL all call goTo(); goTo jumps
// straight to the step's scene (no replay of the steps between), and tells its listeners once.
import { stepAfterMove, type StepMove } from './navigationKeys.ts';

export type StepSource = 'scroll' | 'key' | 'url' | 'api';
export interface StepChange {
  stepId: string;
  previous: string | null;
  source: StepSource;
}
type Listener = (change: StepChange) => void;

export class StoryController {
  private currentId: string | null = null;
  private readonly listeners = new Set<Listener>();

  constructor(readonly stepIds: readonly string[]) {
    if (!stepIds.length) throw new Error('StoryController needs at least one step');
  }

  get current(): string | null {
    return this.currentId;
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Makes stepId current. Unknown ids are ignored (returns false); repeating the current step is a no-op. */
  goTo(stepId: string, source: StepSource = 'api'): boolean {
    if (!this.stepIds.includes(stepId)) return false;
    if (stepId === this.currentId) return true;
    const previous = this.currentId;
    this.currentId = stepId;
    for (const listener of this.listeners) listener({ stepId, previous, source });
    return true;
  }

  move(move: StepMove, source: StepSource = 'key'): string {
    const target = stepAfterMove(this.stepIds, this.currentId ?? (this.stepIds[0] as string), move);
    this.goTo(target, source);
    return target;
  }
}
