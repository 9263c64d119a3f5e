// The only file that knows scrollama. It reports which step crosses the trigger line and keeps
// that line in the same place when the phone's address bar shows or hides: only width changes
// (rotation, window resize) re-measure.
import scrollama from 'scrollama';
import { triggerLineY, triggerOffset } from './triggerLine.ts';

export interface ScrollAdapter {
  destroy(): void;
}

// scrollama 3.2 has offset() at run time, but its bundled types lack it.
type Scroller = ReturnType<typeof scrollama> & { offset(value: number): unknown };

export function watchSteps(
  steps: HTMLElement[],
  layoutWidth: () => number,
  onEnter: (stepId: string) => void,
): ScrollAdapter {
  const scroller = scrollama() as Scroller;
  let width = layoutWidth();
  scroller
    .setup({ step: steps, offset: triggerOffset(width) })
    .onStepEnter(({ element }) => onEnter(element.id));

  const onResize = () => {
    if (layoutWidth() === width) return;
    width = layoutWidth();
    scroller.offset(triggerOffset(width));
  };
  window.addEventListener('resize', onResize);
  return {
    destroy() {
      window.removeEventListener('resize', onResize);
      scroller.destroy();
    },
  };
}

/**
 * Scrolls so that the step's middle sits on the trigger line: past the point where scrolling made
 * it current, with the whole card in view.
 */
export function scrollStepIntoView(
  step: HTMLElement,
  behavior: ScrollBehavior,
  layoutWidth: number,
): void {
  // The first step is the cover: show it from the top of the story, as a reader arriving would
  // (the top of the page, unless the story is embedded further down an article).
  const scrolly = step.closest('.scrolly');
  if (scrolly?.querySelector('[data-step]') === step) {
    const storyTop = window.scrollY + scrolly.getBoundingClientRect().top;
    window.scrollTo({ top: storyTop < window.innerHeight ? 0 : storyTop, behavior });
    return;
  }
  const rect = step.getBoundingClientRect();
  const line = triggerLineY(layoutWidth, window.innerHeight);
  const middle = rect.top + Math.min(rect.height, window.innerHeight) / 2;
  const top = Math.max(0, window.scrollY + middle - line);
  window.scrollTo({ top, behavior });
}
