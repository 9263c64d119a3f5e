// Touch screens: a swipe left or up goes on, right or down goes back; a tap on the right third
// goes on and on the left third back (the middle is left to the graphic's own taps).
import type { ExhibitAction } from './exhibitKeys.ts';

export interface Touch {
  startX: number;
  startY: number;
  endX: number;
  endY: number;
  /** Width of the screen, for the tap zones. */
  width: number;
}

const SWIPE_PX = 50;
const TAP_PX = 10;

export function actionForTouch(touch: Touch): ExhibitAction | null {
  const dx = touch.endX - touch.startX;
  const dy = touch.endY - touch.startY;
  if (Math.max(Math.abs(dx), Math.abs(dy)) >= SWIPE_PX) {
    if (Math.abs(dx) >= Math.abs(dy)) return dx < 0 ? 'next' : 'previous';
    return dy < 0 ? 'next' : 'previous';
  }
  if (Math.abs(dx) <= TAP_PX && Math.abs(dy) <= TAP_PX) {
    if (touch.endX >= (touch.width * 2) / 3) return 'next';
    if (touch.endX <= touch.width / 3) return 'previous';
  }
  return null;
}
