// Where a phone's card rests when a key, link or address brings it: just below the graphic's
// drawing (its chapter heading too), yet always across the trigger line, so it stays current.
import { describe, expect, it } from 'vitest';
import { phoneCardTop, triggerLineY } from '../../src/story/triggerLine.ts';

const line = triggerLineY(390, 844); // 675 px
const drawingBottom = 44 + 440; // the masthead and 55% of the 800 px sticky panel

describe('phoneCardTop', () => {
  it('puts a tall card just below the drawing', () => {
    expect(phoneCardTop({ cardHeight: 300, above: 0, drawingBottom, line })).toBe(
      drawingBottom + 12,
    );
  });

  it('keeps the chapter heading above the card below the drawing too', () => {
    const top = phoneCardTop({ cardHeight: 300, above: 56, drawingBottom, line });
    expect(top - 56).toBe(drawingBottom + 12);
  });

  it('lowers a short card only as far as the trigger line needs', () => {
    const cardHeight = 120;
    const top = phoneCardTop({ cardHeight, above: 0, drawingBottom, line });
    expect(top + cardHeight).toBe(line + 12);
    expect(top - drawingBottom).toBeLessThan(100);
  });

  it('never rests a card below the line, whatever the drawing reaches', () => {
    const top = phoneCardTop({ cardHeight: 400, above: 60, drawingBottom: 700, line });
    expect(top).toBe(line - 12);
  });
});
