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
  /** The step's text names this place: try harder (further out, a size smaller) to place it. */
  required?: boolean;
  /** A second line under the first, in a smaller size (a callout's words under its number). */
  sub?: string;
  /** Drawn faded: a place the step is not about. */
  muted?: boolean;
  /** Shorter words to fall back on where the label's own do not fit (a name without partners). */
  short?: string;
  /** How far out (rings of spots) the words may go before the short ones are tried: 2 unless 3. */
  reach?: 2 | 3;
  /** The side tried first (away from where lines leave the anchor). */
  prefer?: 'left' | 'right' | 'above' | 'below';
  /**
   * Shapes this label keeps off where it can (a region's name beside its coloured shape, not on
   * it); a required label that fits nowhere else may still sit on them.
   */
  avoid?: readonly Box[];
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

/** A line drawn on the map (a route, a link), as screen points; labels keep off it. */
export type Polyline = readonly (readonly [number, number])[];

/** Whether the segment from a to b passes through the box (Liang–Barsky clipping). */
export function segmentCrossesBox(
  [ax, ay]: readonly [number, number],
  [bx, by]: readonly [number, number],
  box: Box,
): boolean {
  const dx = bx - ax;
  const dy = by - ay;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, ax - box.x0],
    [dx, box.x1 - ax],
    [-dy, ay - box.y0],
    [dy, box.y1 - ay],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** Whether a line drawn on the map passes through the box. */
export function lineCrossesBox(line: Polyline, box: Box): boolean {
  return line.some((b, i) => {
    const a = line[i - 1];
    return a !== undefined && segmentCrossesBox(a, b, box);
  });
}

function boxAt(
  left: number,
  baseline: number,
  width: number,
  fontSize: number,
  pad: number,
  extra = 0,
): Box {
  return {
    x0: left - pad,
    y0: baseline - fontSize * 0.9 - pad,
    x1: left + width + pad,
    y1: baseline + fontSize * 0.25 + extra + pad,
  };
}

/**
 * A label's width, a little wider than the shared estimate: map labels are often bold Latin and
 * carry arrows (→ ←), which the fonts the story falls back on set wider than an average letter.
 */
export function labelWidth(text: string, fontSize: number, bold = false): number {
  const arrows = [...text].filter((ch) => ch === '→' || ch === '←').length;
  return estimateTextWidth(text, fontSize, bold) * (bold ? 1.03 : 1) + arrows * 0.3 * fontSize;
}

/** The size of a callout's second line, and how far below the first its baseline sits. */
export const subSize = (fontSize: number) => Math.max(10, Math.round(fontSize * 0.8));
export const subOffset = (fontSize: number) => Math.round(subSize(fontSize) * 1.25);

/** The spots on the preferred side of the anchor first, the others after, each in their order. */
function preferred(spots: [number, number][], c: LabelCandidate, w: number): [number, number][] {
  if (!c.prefer) return spots;
  const [ax, ay] = c.anchor;
  const on = ([x, y]: [number, number]) =>
    c.prefer === 'left'
      ? x + w <= ax
      : c.prefer === 'right'
        ? x >= ax
        : c.prefer === 'above'
          ? y <= ay
          : y - c.fontSize >= ay;
  return [...spots.filter(on), ...spots.filter((s) => !on(s))];
}

/** Where a label may sit around its anchor, nearest first; ring 2 and 3 are further out. */
function spotsAround(
  [ax, ay]: readonly [number, number],
  w: number,
  fontSize: number,
  ring: number,
): [number, number][] {
  const gap = (fontSize * 0.5 + 3) * ring;
  const mid = ay + fontSize * 0.35;
  const above = ay - gap;
  const below = ay + gap + fontSize * 0.9;
  if (ring > 1) {
    return [
      [ax + gap, mid],
      [ax - gap - w, mid],
      [ax - w / 2, above - fontSize * (ring - 1)],
      [ax - w / 2, below + fontSize * (ring - 1)],
      [ax + gap, above],
      [ax - gap - w, above],
      [ax + gap, below],
      [ax - gap - w, below],
    ];
  }
  return [
    [ax - w / 2, mid], // centred on the anchor
    [ax + gap, mid], // right
    [ax - gap - w, mid], // left
    [ax - w / 2, above],
    [ax - w / 2, below],
    [ax + gap, above], // the four diagonals
    [ax - gap - w, above],
    [ax + gap, below],
    [ax - gap - w, below],
    [ax - w / 2, above - fontSize], // a line further out
    [ax - w / 2, below + fontSize],
  ];
}

export function placeLabels(
  candidates: readonly LabelCandidate[],
  size: { width: number; height: number },
  obstacles: readonly Box[] = [],
  pad = 2,
  lines: readonly Polyline[] = [],
  /** For each line, the ids of the places it joins: their own labels may touch it. */
  lineEnds: readonly (readonly string[])[] = [],
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const taken: Box[] = [...obstacles];
  const ordered = [...candidates].sort(
    (a, b) => b.priority - a.priority || a.id.localeCompare(b.id),
  );
  // A label keeps off its own lines too where it can: a line struck through the words it ends at
  // reads as a fault ("Huzhou → Keping" set on Keping's link as it leaves the dot).
  const fits = (box: Box, id: string, ownLines: boolean) =>
    box.x0 >= 0 &&
    box.y0 >= 0 &&
    box.x1 <= size.width &&
    box.y1 <= size.height &&
    !taken.some((t) => overlaps(t, box)) &&
    !lines.some((line, i) => (ownLines || !lineEnds[i]?.includes(id)) && lineCrossesBox(line, box));
  for (const c of ordered) {
    // A label the step needs (its text names the place) may go a little further out and, if it
    // must, a size or two smaller before it is given up; any other label only tries its spots.
    const sizes = c.required ? [c.fontSize, c.fontSize - 1, c.fontSize - 2] : [c.fontSize];
    // Words with partners stay near their dot; a plain name may go a little further out.
    const texts: [string, number[]][] = c.short
      ? [
          [c.text, c.reach === 3 ? [1, 2, 3] : [1, 2]],
          [c.short, [1, 2, 3]],
        ]
      : [[c.text, c.required ? [1, 2, 3, 4] : [1]]];
    const at = (avoiding: readonly Box[]): PlacedLabel | null => {
      for (const [text, rings] of texts) {
        for (const ownLines of lines.length ? [true, false] : [false]) {
          for (const fontSize of sizes) {
            const w = Math.max(
              labelWidth(text, fontSize, c.bold),
              c.sub ? labelWidth(c.sub, subSize(fontSize)) : 0,
            );
            const extra = c.sub ? subOffset(fontSize) : 0;
            for (const ring of rings) {
              for (const [x, y] of preferred(spotsAround(c.anchor, w, fontSize, ring), c, w)) {
                const box = boxAt(x, y, w, fontSize, pad, extra);
                if (fits(box, c.id, ownLines) && !avoiding.some((a) => overlaps(a, box)))
                  return { ...c, text, fontSize, x, y, box };
              }
            }
          }
        }
      }
      return null;
    };
    const label = (c.avoid?.length ? at(c.avoid) : null) ?? at([]);
    if (label) {
      placed.push(label);
      taken.push(label.box);
    }
  }
  return placed;
}

export { overlaps as boxesOverlap };
