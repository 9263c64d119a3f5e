// What every chart mark shares: the size it is laid out in, the flags that say how honest its
// figure is (planned, lower bound, approximate), pixel rounding and rectangle tests.
import type { Qualifier } from '../content/schema.ts';

export interface Size {
  width: number;
  height: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Plans, and numbers that are only in a programme's name, are drawn outlined; lower bounds with
 * an open end or "+"; approximations softened.
 */
export interface MarkFlags {
  planned: boolean;
  lowerBound: boolean;
  approximate: boolean;
}

export function markFlags(qualifier: Qualifier): MarkFlags {
  return {
    planned: qualifier === 'planned' || qualifier === 'named',
    lowerBound: qualifier === 'at-least',
    approximate: qualifier === 'about',
  };
}

/** Pixels are rounded to 0.01 so layouts serialise compactly and compare stably in tests. */
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** True when two rectangles share any area (touching edges do not count). */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** True when `inner` lies wholly inside `outer`, with a little slack for rounding. */
export function contains(outer: Rect, inner: Rect, slack = 0.011): boolean {
  return (
    inner.x >= outer.x - slack &&
    inner.y >= outer.y - slack &&
    inner.x + inner.width <= outer.x + outer.width + slack &&
    inner.y + inner.height <= outer.y + outer.height + slack
  );
}
