// Where a step becomes current: the trigger line, as a share of the viewport height. On phones the
// line sits low, so the current card rests below the graphic's drawing (the upper 55% of the
// screen) and hides nothing that matters. Shared by the scroll adapter and the tests.
export const PHONE_MAX_WIDTH = 899;

export function triggerOffset(viewportWidth: number): 0.8 | 0.5 {
  return viewportWidth <= PHONE_MAX_WIDTH ? 0.8 : 0.5;
}

export function triggerLineY(viewportWidth: number, viewportHeight: number): number {
  return triggerOffset(viewportWidth) * viewportHeight;
}

/**
 * The step a reader at this scroll position is on: the last one whose top has reached the line
 * (as scrollama decides when scrolling down). Before the first step's top reaches it, the first.
 */
export function stepAtLine(tops: readonly number[], line: number): number {
  let index = 0;
  tops.forEach((top, i) => {
    if (top <= line) index = i;
  });
  return index;
}

/** Room kept between the graphic's drawing and the card resting below it, and around the line. */
const GAP = 12;

/**
 * Where the card (with its chapter's heading, for a chapter's first step) rests on a phone: just
 * below the graphic's drawing, so no empty band opens between them and neither the card nor the
 * heading covers the drawing's controls (its data table) — as long as the trigger line still
 * crosses the card, which keeps it the current step. Returns the card's top, in the viewport.
 */
export function phoneCardTop(options: {
  cardHeight: number;
  /** How far the chapter's heading reaches above the card (0 when it has none). */
  above: number;
  drawingBottom: number;
  line: number;
}): number {
  const { cardHeight, above, drawingBottom, line } = options;
  const belowDrawing = drawingBottom + GAP + above;
  const crossingLine = line + GAP - cardHeight;
  return Math.min(Math.max(belowDrawing, crossingLine), line - GAP);
}
