// Keeps the controller and the scroll position in agreement. Reader scrolling makes steps current
// (through scrollama, and again when the scroll comes to rest); a step chosen by key or link is
// scrolled into view, and while that scroll glides past other steps their triggers are ignored,
// so the graphic never replays them and a second key press counts from the step already chosen.
import type { StoryController } from './controller.ts';
import { scrollStepIntoView, watchSteps } from './scrollAdapter.ts';
import { stepAtLine, triggerLineY } from './triggerLine.ts';

export interface ScrollFollower {
  /** Scrolls the (already current) step into view. */
  show(stepId: string, behavior: ScrollBehavior): void;
  /** Makes the step on the trigger line current, wherever the page already is. */
  sync(): void;
  destroy(): void;
}

// Longest a programmatic scroll may take before we stop waiting for it (no 'scrollend' seen).
const GLIDE_TIMEOUT_MS = 1500;
const GLIDE_RECHECK_MS = 250;
// After a glide: frames drawn and time passed before triggers count again.
const SETTLE_FRAMES = 4;
const SETTLE_MS = 150;
// Where 'scrollend' is missing: how long without a scroll event counts as the scroll's end.
const SCROLL_QUIET_MS = 150;
// How long after a height-only resize moved cards are not taken for the reader's scrolling.
const HOLD_MS = 1000;

/**
 * `layoutWidth` is the width the story lays itself out in (the window for our pages, the
 * element's own width when embedded): it decides the phone or desktop trigger line.
 */
export function followScroll(
  steps: HTMLElement[],
  controller: StoryController,
  layoutWidth: () => number = () => window.innerWidth,
): ScrollFollower {
  const byId = new Map(steps.map((el) => [el.id, el]));
  let gliding: string | null = null;
  let glideTimer = 0;
  /** The step the reader last came to rest on, or was taken to. */
  let rested: string | null = null;
  /**
   * Set when a height-only resize has put the reader back on `rested`: until the reader next
   * scrolls, clicks or presses a key, cards still moving (scrollama re-measures a card whose
   * height changed, a frame or two later) cannot make another step current. It lapses after
   * HOLD_MS in any case, so a scroll no event tells us of (a dragged scrollbar) is followed.
   */
  let holding = false;
  let holdStart = 0;
  const held = () => holding && performance.now() - holdStart < HOLD_MS;
  /** Whether the reader is among the steps (not above the story, nor past it in the sources). */
  const inStory = () => {
    const first = steps[0]?.getBoundingClientRect();
    const last = steps.at(-1)?.getBoundingClientRect();
    return (
      first !== undefined && last !== undefined && first.top < window.innerHeight && last.bottom > 0
    );
  };

  const stepOnLine = (): string | undefined => {
    const line = triggerLineY(layoutWidth(), window.innerHeight);
    const tops = steps.map((el) => el.getBoundingClientRect().top);
    return steps[stepAtLine(tops, line)]?.id;
  };
  /** Where the glide to `gliding` comes to rest, and where it was when last looked at. */
  let glideTarget = 0;
  let glideSeenAt = 0;
  const arrived = () => Math.abs(window.scrollY - glideTarget) <= 2;
  // A 'scrollend' also ends a glide that a newer one (the next key press) took over: that one is
  // still on its way, and the step it goes to must not be taken back for where the page is now.
  const onScrollEnd = () => {
    if (gliding !== null && !arrived()) return;
    endGlide();
  };
  // No 'scrollend' came in time: end the glide, unless it is still moving (a busy machine).
  const glideOverdue = () => {
    if (gliding !== null && !arrived() && window.scrollY !== glideSeenAt) {
      glideSeenAt = window.scrollY;
      glideTimer = window.setTimeout(glideOverdue, GLIDE_RECHECK_MS);
      return;
    }
    endGlide();
  };
  // Triggers of the steps a glide passed arrive a frame or two after it has ended (an instant
  // jump under reduced motion ends before they are delivered): until a few frames have been drawn
  // and SETTLE_MS has passed, they cannot take the step from where the glide came to rest.
  let settling = false;
  let settleFrame = 0;
  const settle = () => {
    settling = true;
    const start = performance.now();
    let frames = 0;
    cancelAnimationFrame(settleFrame);
    const tick = () => {
      frames++;
      if (frames >= SETTLE_FRAMES && performance.now() - start >= SETTLE_MS) settling = false;
      else settleFrame = requestAnimationFrame(tick);
    };
    settleFrame = requestAnimationFrame(tick);
  };
  // Whenever scrolling comes to rest, where it rests decides the step: the same rule as the
  // trigger line, whatever path led there, so a missed trigger in a fast fling cannot stick.
  const endGlide = () => {
    if (gliding !== null) settle();
    gliding = null;
    window.clearTimeout(glideTimer);
    if (held() && rested !== null) {
      if (controller.current !== rested) controller.goTo(rested, 'scroll');
      return;
    }
    const resting = stepOnLine();
    if (resting) controller.goTo(resting, 'scroll');
    rested = controller.current;
  };
  const readerTookOver = () => {
    gliding = null;
    holding = false;
    settling = false;
    window.clearTimeout(glideTimer);
  };
  // Keys that scroll the page natively (Space, Page Down) end the hold too; the story's own step
  // keys go through show(), which sets `rested` first.
  const onKey = () => (holding = false);

  const inputs = ['wheel', 'touchstart', 'pointerdown'] as const;
  for (const type of inputs) window.addEventListener(type, readerTookOver, { passive: true });
  window.addEventListener('keydown', onKey, { capture: true });
  window.addEventListener('scrollend', onScrollEnd);
  // WebKit (every iPhone browser) has no 'scrollend': there, a scroll has ended when no scroll
  // event has come for a while. Without this, a step a fling skipped past stayed current.
  let quietTimer = 0;
  const onScrollWithoutEnd = () => {
    window.clearTimeout(quietTimer);
    quietTimer = window.setTimeout(onScrollEnd, SCROLL_QUIET_MS);
  };
  if (!Reflect.has(window, 'onscrollend')) {
    window.addEventListener('scroll', onScrollWithoutEnd, { passive: true });
  }

  // A window made shorter or taller moves the cards (their gaps are in svh): the reader keeps
  // the step they last rested on, unless a finger is scrolling (a phone's address bar hides
  // then). Triggers fired by the moved cards themselves are ignored meanwhile.
  let lastInput = -Infinity;
  const onInput = () => (lastInput = performance.now());
  let resizeFrame = 0;
  let lastWidth = window.innerWidth;
  const onResize = () => {
    // Only a change of height (an address bar, a window dragged taller); a new width lays the
    // story out anew and scrollama re-measures its own trigger line.
    const widthChanged = window.innerWidth !== lastWidth;
    lastWidth = window.innerWidth;
    if (widthChanged || rested === null || performance.now() - lastInput < 500 || !inStory())
      return;
    gliding = rested;
    holding = true;
    holdStart = performance.now();
    cancelAnimationFrame(resizeFrame);
    resizeFrame = requestAnimationFrame(() => {
      if (rested === null) return;
      if (controller.current !== rested) controller.goTo(rested, 'scroll');
      show(rested, 'instant');
    });
  };
  const readerInputs = ['touchstart', 'touchmove'] as const;
  for (const type of readerInputs) window.addEventListener(type, onInput, { passive: true });
  window.addEventListener('resize', onResize);
  // Set up after the resize listener above, so that it hears a resize before scrollama does.
  const adapter = watchSteps(steps, layoutWidth, (id) => {
    if (gliding !== null && id !== gliding) return;
    if ((held() || settling) && id !== rested) return;
    controller.goTo(id, 'scroll');
  });

  function show(stepId: string, behavior: ScrollBehavior) {
    const el = byId.get(stepId);
    if (!el) return;
    rested = stepId;
    gliding = stepId;
    window.clearTimeout(glideTimer);
    glideTimer = window.setTimeout(glideOverdue, GLIDE_TIMEOUT_MS);
    const before = window.scrollY;
    glideSeenAt = before;
    glideTarget = scrollStepIntoView(el, behavior, layoutWidth());
    // Already in place: no scroll happens, so no 'scrollend' will come.
    if (behavior !== 'smooth' && window.scrollY === before) endGlide();
  }

  return {
    show,
    sync: endGlide,
    destroy() {
      adapter.destroy();
      window.clearTimeout(glideTimer);
      for (const type of inputs) window.removeEventListener(type, readerTookOver);
      window.removeEventListener('keydown', onKey, { capture: true });
      window.removeEventListener('scrollend', onScrollEnd);
      window.removeEventListener('scroll', onScrollWithoutEnd);
      window.clearTimeout(quietTimer);
      for (const type of readerInputs) window.removeEventListener(type, onInput);
      window.removeEventListener('resize', onResize);
      cancelAnimationFrame(resizeFrame);
      cancelAnimationFrame(settleFrame);
    },
  };
}
