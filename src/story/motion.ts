// Whether motion is reduced: by the reader's system setting (prefers-reduced-motion) or by the
// story's own switch, which is remembered on this device. Reduced, the camera and the charts cut
// to each step, scrolling jumps, and fades are near-instant (--motion-fade in tokens.css).
const STORAGE_KEY = 'aksu-story:motion';

export function motionReduced(): boolean {
  return (
    document.documentElement.dataset.motion === 'reduce' ||
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/** Applies the reader's stored choice, if any, before anything moves. */
export function applyStoredMotion(): void {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be off (private modes, embedded frames): the switch still works for this visit.
  }
  if (stored === 'reduce') document.documentElement.dataset.motion = 'reduce';
}

export function setMotionReduced(reduce: boolean): void {
  const root = document.documentElement;
  if (reduce) root.dataset.motion = 'reduce';
  else delete root.dataset.motion;
  try {
    if (reduce) localStorage.setItem(STORAGE_KEY, 'reduce');
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // As above: not remembered, still applied.
  }
}
