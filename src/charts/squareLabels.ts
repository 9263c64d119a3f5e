// Where the funding squares' labels go on screen: inside a square's visible top-left corner when
// the label fits there, else beside or above it; squares too small to hold a label get one on a
// leader line. Labels never overlap each other and stay inside the chart.
import { contains, overlaps, round2, type Rect, type Size } from './marks.ts';

export interface LabelBox {
  width: number;
  height: number;
  /** The label's second part (what the amount is), in lines that fit the box's width. */
  lines?: readonly string[];
}

/** A square on screen, in pixels; the list runs largest first (drawing order). */
export interface ScreenSquare {
  key: string;
  figureId: string;
  x: number;
  y: number;
  side: number;
}

export interface SquareLabel extends Rect {
  key: string;
  figureId: string;
  placement: 'inside' | 'right' | 'above' | 'leader';
  /** What the amount is, in lines (from the label box). */
  lines: readonly string[];
  /** For a leader label: the line from the square's top-right corner to the label. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

export const LABEL_METRICS = {
  /** Squares at least this wide on screen carry their own label. */
  minSide: 24,
  pad: 6,
  leaderReach: 16,
} as const;

interface Candidate extends Rect {
  placement: SquareLabel['placement'];
  leader: SquareLabel['leader'];
}

const rectOf = (s: ScreenSquare): Rect => ({ x: s.x, y: s.y, width: s.side, height: s.side });

function intersect(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const width = Math.min(a.x + a.width, b.x + b.width) - x;
  const height = Math.min(a.y + a.height, b.y + b.height) - y;
  return width > 0 && height > 0 ? { x, y, width, height } : null;
}

function ownCandidates(square: ScreenSquare, box: LabelBox, view: Rect): Candidate[] {
  const { pad } = LABEL_METRICS;
  const s = rectOf(square);
  // A square larger than the view shows only its corner: its label goes in the part one can see.
  const visible = intersect(s, view);
  const top = Math.max(s.y, 0);
  const out: Candidate[] = [
    { placement: 'right', x: s.x + s.width + pad, y: top, ...box, leader: null },
    {
      placement: 'right',
      x: s.x + s.width + pad,
      y: s.y + s.height - box.height,
      ...box,
      leader: null,
    },
    { placement: 'above', x: s.x, y: s.y - pad - box.height, ...box, leader: null },
    // Squares of nearly equal size crowd the same spots: stack further down the right side.
    ...Array.from({ length: 6 }, (_, i) => ({
      placement: 'right' as const,
      x: s.x + s.width + pad,
      y: top + (i + 1) * (box.height + 2),
      ...box,
      leader: null,
    })),
  ];
  if (visible) {
    const inside = { x: visible.x + pad, y: visible.y + pad, ...box };
    if (contains(visible, { ...inside, width: box.width + pad, height: box.height + pad })) {
      out.unshift({ placement: 'inside', ...inside, leader: null });
    }
  }
  return out;
}

function leaderCandidates(square: ScreenSquare, box: LabelBox): Candidate[] {
  const { leaderReach: r } = LABEL_METRICS;
  const ax = square.x + square.side;
  const ay = square.y;
  // The label's bottom-left (or left-middle) corner, at increasing distances up and to the right.
  const ends: [number, number, 'bottom' | 'middle'][] = [
    [ax + r, ay - r, 'bottom'],
    [ax + r, ay, 'middle'],
    [ax + 2 * r, ay - 3 * r, 'bottom'],
    [ax + 2 * r, ay - 6 * r, 'bottom'],
    // Squares side by side in one corner leave their room above: reach up into it.
    [ax + 2 * r, ay - 9 * r, 'bottom'],
    [ax + 2 * r, ay - 12 * r, 'bottom'],
  ];
  return ends.map(([x, y, anchor]) => ({
    placement: 'leader',
    x,
    y: anchor === 'bottom' ? y - box.height : y - box.height / 2,
    ...box,
    leader: { x1: ax, y1: ay, x2: x, y2: y },
  }));
}

/**
 * Labels for the squares: one per square at least `minSide` wide, and a leader label for each
 * smaller one. `boxOf` gives each label's size in pixels (the caller measures its own text).
 */
export function placeSquareLabels(
  squares: readonly ScreenSquare[],
  size: Size,
  boxOf: (figureId: string) => LabelBox,
): SquareLabel[] {
  const view: Rect = { x: 0, y: 0, width: size.width, height: size.height };
  const placed: SquareLabel[] = [];
  const big = squares.filter((s) => s.side >= LABEL_METRICS.minSide);
  const small = squares.filter((s) => s.side < LABEL_METRICS.minSide);
  const place = (square: ScreenSquare, candidates: Candidate[], lines: readonly string[]) => {
    const index = squares.indexOf(square);
    // Squares drawn in front (the smaller ones, nested in the corner) must stay readable.
    const inFront = squares.slice(index + 1).map(rectOf);
    const free = (c: Candidate) =>
      contains(view, c) &&
      !placed.some((p) => overlaps(p, c)) &&
      (c.placement !== 'inside' || !inFront.some((f) => overlaps(f, c)));
    // Nothing free: pushed back inside only if that overlaps nothing; else the label is left out
    // (the chart's table and description still give the figure) rather than drawn over another.
    const clamped = clampInto(candidates[0], view);
    const chosen = candidates.find(free) ?? (clamped && free(clamped) ? clamped : undefined);
    if (!chosen) return;
    placed.push({
      key: `label:${square.key}`,
      figureId: square.figureId,
      placement: chosen.placement,
      lines,
      x: round2(chosen.x),
      y: round2(chosen.y),
      width: round2(chosen.width),
      height: round2(chosen.height),
      leader: chosen.leader && {
        x1: round2(chosen.leader.x1),
        y1: round2(chosen.leader.y1),
        x2: round2(chosen.leader.x2),
        y2: round2(chosen.leader.y2),
      },
    });
  };
  for (const square of big) {
    const box = boxOf(square.figureId);
    const candidates = [...ownCandidates(square, box, view), ...leaderCandidates(square, box)];
    place(square, candidates, box.lines ?? []);
  }
  for (const square of small) {
    const box = boxOf(square.figureId);
    place(square, leaderCandidates(square, box), box.lines ?? []);
  }
  return placed;
}

/** Last resort when nothing is free: the preferred spot, pushed back inside the chart. */
function clampInto(c: Candidate | undefined, view: Rect): Candidate | undefined {
  if (!c) return undefined;
  const x = Math.max(view.x, Math.min(c.x, view.x + view.width - c.width));
  const y = Math.max(view.y, Math.min(c.y, view.y + view.height - c.height));
  // A leader keeps pointing at its square and ends where the label moved to.
  const leader = c.leader && { ...c.leader, x2: c.leader.x2 + x - c.x, y2: c.leader.y2 + y - c.y };
  return { ...c, x, y, leader };
}
