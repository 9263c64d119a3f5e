// Which keys move the story, and where. Clickers send PageDown/PageUp or arrows; readers use
// arrows, Space and Home/End. Keys aimed at a form control or a link keep their own meaning.
export type StepMove = 'next' | 'previous' | 'first' | 'last';

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** True when the key went to a control that uses it (input, button, link, select…). */
  targetIsControl: boolean;
}

export function stepMoveForKey(press: KeyPress): StepMove | null {
  if (press.altKey || press.ctrlKey || press.metaKey) return null;
  if (press.targetIsControl && (press.key === ' ' || press.key === 'Enter')) return null;
  if (press.targetIsControl && /^(Home|End)$/.test(press.key)) return null;
  switch (press.key) {
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case ' ':
      return press.shiftKey ? 'previous' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

/** The step a move lands on, clamped to the story. */
export function stepAfterMove(stepIds: readonly string[], current: string, move: StepMove): string {
  const at = Math.max(0, stepIds.indexOf(current));
  const last = stepIds.length - 1;
  const index = { next: at + 1, previous: at - 1, first: 0, last }[move];
  return stepIds[Math.min(last, Math.max(0, index))] as string;
}
