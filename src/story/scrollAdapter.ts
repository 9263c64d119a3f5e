// The only file that knows scrollama. It reports which step crosses the trigger line and keeps
// that line in the same place when the phone's address bar shows or hides: only width changes
// (rotation, window resize) re-measure.
import scrollama from 'scrollama';
import { PHONE_MAX_WIDTH, phoneCardTop, triggerLineY, triggerOffset } from './triggerLine.ts';

export interface ScrollAdapter {
  destroy(): void;
}

// scrollama 3.2 has offset() at run time, but its bundled types lack it.
type Scroller = ReturnType<typeof scrollama> & { offset(value: number): unknown };

/**
 * scrollama 3.2's setup() adds a 'scroll' listener to the document that its destroy() never
 * removes: one more for every embedded story that comes and goes. The listeners it adds are
 * caught here, so that destroy can remove them.
 */
function catchScrollListeners(setup: () => void): EventListenerOrEventListenerObject[] {
  const caught: EventListenerOrEventListenerObject[] = [];
  const add = document.addEventListener;
  document.addEventListener = function (
    this: Document,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) {
    if (!listener) return; // adding no listener does nothing
    if (type === 'scroll') caught.push(listener);
    add.call(this, type, listener, options);
  } as typeof document.addEventListener;
  try {
    setup();
  } finally {
    document.addEventListener = add;
  }
  return caught;
}

export function watchSteps(
  steps: HTMLElement[],
  layoutWidth: () => number,
  onEnter: (stepId: string) => void,
): ScrollAdapter {
  const scroller = scrollama() as Scroller;
  let width = layoutWidth();
  const leaked = catchScrollListeners(() =>
    scroller
      .setup({ step: steps, offset: triggerOffset(width) })
      .onStepEnter(({ element }) => onEnter(element.id)),
  );

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
      for (const listener of leaked) document.removeEventListener('scroll', listener);
    },
  };
}

/**
 * Scrolls the step into view, past the point where scrolling made it current, with the whole
 * card in view: on desktops its middle on the trigger line; on phones below the graphic's drawing
 * (phoneCardTop). Returns the scroll position it is going to.
 */
export function scrollStepIntoView(
  step: HTMLElement,
  behavior: ScrollBehavior,
  layoutWidth: number,
): number {
  // The first step is the cover: show it from the top of the story, as a reader arriving would
  // (the top of the page, unless the story is embedded further down an article).
  const scrolly = step.closest('.scrolly');
  if (scrolly?.querySelector('[data-step]') === step) {
    const storyTop = window.scrollY + scrolly.getBoundingClientRect().top;
    const to = storyTop < window.innerHeight ? 0 : storyTop;
    return scrollToTop(to, behavior);
  }
  const rect = step.getBoundingClientRect();
  const line = triggerLineY(layoutWidth, window.innerHeight);
  let top: number;
  const drawing = scrolly?.querySelector<HTMLElement>('.scrolly__graphic .graphic');
  const sticky = drawing?.parentElement;
  if (layoutWidth <= PHONE_MAX_WIDTH && drawing && sticky) {
    // The drawing's bottom once the graphic is stuck (it may not be yet, above the story).
    const stuckAt = parseFloat(getComputedStyle(sticky).top) || 0;
    const heading = step.previousElementSibling?.matches('.chapter__title')
      ? step.previousElementSibling
      : null;
    const above = heading ? rect.top - heading.getBoundingClientRect().top : 0;
    const cardTop = phoneCardTop({
      cardHeight: rect.height,
      above,
      // Its content may run past its box (a long key on a narrow phone): below that, too.
      drawingBottom:
        stuckAt + drawing.offsetTop + Math.max(drawing.offsetHeight, drawing.scrollHeight),
      line,
    });
    top = window.scrollY + rect.top - cardTop;
  } else {
    const middle = rect.top + Math.min(rect.height, window.innerHeight) / 2;
    top = window.scrollY + middle - line;
  }
  return scrollToTop(top, behavior);
}

/** Scrolls there and returns where the scroll will come to rest (within the page's extent). */
function scrollToTop(top: number, behavior: ScrollBehavior): number {
  const reachable = document.documentElement.scrollHeight - window.innerHeight;
  const to = Math.max(0, Math.min(top, reachable));
  window.scrollTo({ top: to, behavior: cutIfFar(to, behavior) });
  return to;
}

/** A glide over more than three screens (Home from the sources) is a cut: no long whoosh. */
function cutIfFar(top: number, behavior: ScrollBehavior): ScrollBehavior {
  return Math.abs(top - window.scrollY) > 3 * window.innerHeight ? 'instant' : behavior;
}
