// Map labels without collisions: each label tries a few spots around its anchor, most important
// labels first; one that fits nowhere is left out rather than drawn over another. Pure, so
// "no overlap at 360 px" is a test, not a hope.
import { estimateTextWidth } from '../layouts/textMetrics.ts';

export interface LabelCandidate {
  id: string;
  text: string;
  anchor: [number, number];
  /** Higher is placed first. */
  priority: number;
  fontSize: number;
  bold?: boolean;
}
export interface PlacedLabel extends LabelCandidate {
  /** Where the text's box sits (x is its left edge, y its baseline). */
  x: number;
  y: number;
  box: Box;
}
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function boxAt(left: number, baseline: number, width: number, fontSize: number, pad: number): Box {
  return {
    x0: left - pad,
    y0: baseline - fontSize * 0.9 - pad,
    x1: left + width + pad,
    y1: baseline + fontSize * 0.25 + pad,
  };
}

export function placeLabels(
  candidates: readonly LabelCandidate[],
  size: { width: number; height: number },
  obstacles: readonly Box[] = [],
  pad = 2,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const taken: Box[] = [...obstacles];
  const ordered = [...candidates].sort(
    (a, b) => b.priority - a.priority || a.id.localeCompare(b.id),
  );
  for (const c of ordered) {
    const w = estimateTextWidth(c.text, c.fontSize, c.bold);
    const [ax, ay] = c.anchor;
    const gap = c.fontSize * 0.5 + 3;
    const mid = ay + c.fontSize * 0.35;
    const above = ay - gap;
    const below = ay + gap + c.fontSize * 0.9;
    const spots: [number, number][] = [
      [ax - w / 2, mid], // centred on the anchor
      [ax + gap, mid], // right
      [ax - gap - w, mid], // left
      [ax - w / 2, above],
      [ax - w / 2, below],
      [ax + gap, above], // the four diagonals
      [ax - gap - w, above],
      [ax + gap, below],
      [ax - gap - w, below],
      [ax - w / 2, above - c.fontSize], // a line further out
      [ax - w / 2, below + c.fontSize],
    ];
    for (const [x, y] of spots) {
      const box = boxAt(x, y, w, c.fontSize, pad);
      const inside = box.x0 >= 0 && box.y0 >= 0 && box.x1 <= size.width && box.y1 <= size.height;
      if (inside && !taken.some((t) => overlaps(t, box))) {
        placed.push({ ...c, x, y, box });
        taken.push(box);
        break;
      }
    }
  }
  return placed;
}

export { overlaps as boxesOverlap };
