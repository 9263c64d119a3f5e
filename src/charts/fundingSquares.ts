// Layout of money as squares whose AREAS are proportional to the amounts, side by side on one
// baseline, largest first: no square is drawn inside another, since none of these sums is part
// of another. Each square carries its own label (the amount, then what it is) right above it or
// inside it; labels are stacked so none overlaps another label, a square or a leader line. A
// square too small to see stays at its true size, a speck its label points at: an enlarged copy
// beside true-size squares would be read as a sum, however it is marked. A share
// in the step (the report's "90%+ of all aid funds" is of its largest sum) stands right under
// the largest square, against its 0–100% frame, so it reads with the figure it measures; on a
// panel wide for its height (an exhibition screen) it stands beside that square, on its
// baseline, where that leaves the squares larger.
import type { SceneFigure } from '../story/scene.ts';
import { LABEL_TEXT, labelAt, type LabelBox, type MarkLabel } from './markLabels.ts';
import { markFlags, overlaps, round2, type MarkFlags, type Rect, type Size } from './marks.ts';

export const FUNDING_METRICS = {
  /** A square is never drawn smaller than this, so a speck can still be seen (and pointed at). */
  minSide: 2,
  pad: 6,
  /** Gap between squares, at least: wide enough that no square seems to belong to another. */
  gap: 22,
  /** A share's 0–100% frame: its height, and the room under it for the 0/50/100% ticks. */
  shareBar: 22,
  shareTicks: 18,
  /** Between the squares' baseline and the share's label. */
  shareGap: 12,
} as const;

/** Two short lines of 14 px text: what a label needs when the caller does not measure its own. */
export const DEFAULT_LABEL_BOX: LabelBox = { width: 120, height: 36, lines: [] };

export interface FundingSquare extends MarkFlags {
  key: string;
  figureId: string;
  /** Top-left corner and side on screen, in the panel's pixels; side = √value × scale. */
  x: number;
  y: number;
  side: number;
}

/** A share drawn against its whole, under the square of the sum it is a share of. */
export interface FundingShare {
  figureId: string;

  frame: Rect;
  fill: number;
  ticks: { x: number; text: string }[];
  tickY: number;
}

export interface FundingLayout {
  /** Largest first, left to right. */
  squares: FundingSquare[];
  labels: MarkLabel[];
  share: FundingShare | null;
  /** Pixels per √yuan: the same for every square of the step. */
  scale: number;
  width: number;
  height: number;
}

interface Placed {
  rects: Rect[];
  labels: MarkLabel[];
  /** Highest point used above the baseline. */
  top: number;
  /** A label had to sit over the leader of the square before it. */
  cramped: boolean;
}

function segmentRect(x: number, y1: number, y2: number): Rect {
  return { x: x - 0.5, y: Math.min(y1, y2), width: 1, height: Math.abs(y2 - y1) };
}

/**
 * Places the labels for squares already placed (baseline at y = 0, so tops are negative): the
 * largest inside itself when it fits, the others above their squares, from the smallest (right)
 * to the largest, each raised until it is clear of every square, label and leader line.
 */
function placeLabels(
  squares: FundingSquare[],
  width: number,
  boxOf: (figureId: string) => LabelBox,
  others: readonly Rect[] = [],
): Placed {
  const { pad } = FUNDING_METRICS;
  const obstacles: Rect[] = [
    ...squares.map((s) => ({ x: s.x, y: s.y, width: s.side, height: s.side })),
    ...others,
  ];
  const labels: MarkLabel[] = [];
  let top = Math.min(0, ...squares.map((s) => s.y), ...others.map((o) => o.y));
  let cramped = false;
  const order = [...squares].reverse();
  for (const sq of order) {
    const box = boxOf(sq.figureId);
    const w = box.width;
    const h = box.height;
    const first = sq === squares[0];
    // Never inside a plan's hatched square: no text reads on hatching.
    if (first && !sq.planned && sq.side >= w + 2 * pad && sq.side >= h + 2 * pad) {
      const label = { x: sq.x + pad, y: sq.y + pad, width: w, height: h };
      labels.push({ ...label, ...text(sq, box), leader: null, inside: true });
      continue;
    }
    // Left-aligned over its square; pulled back inside the panel at the right edge, but never
    // over the square before it, so a label never seems to name the larger sum.
    const prev = squares[squares.indexOf(sq) - 1];
    const minX = prev ? (prev.x + prev.side + sq.x) / 2 : 0;
    const x = Math.max(0, Math.min(Math.max(minX, Math.min(sq.x, width - w)), width - w));
    // Pulled back over the square before it: the squares must shrink (the caller tries again).
    if (x < minX - 0.01) cramped = true;
    let y = sq.y - pad - h;
    const blocked = (r: Rect) =>
      obstacles.some((o) => overlaps(o, r)) || labels.some((l) => overlaps(l, r));
    for (let i = 0; i < 50 && blocked({ x, y, width: w, height: h }); i++) {
      const r = { x, y, width: w, height: h };
      const hits = [...obstacles, ...labels].filter((o) => overlaps(o, r));
      y = Math.min(...hits.map((o) => o.y)) - pad - h;
    }
    const lx = sq.x + Math.min(sq.side / 2, 3);
    const bottom = y + h;
    const leader = bottom < sq.y - pad - 0.5 ? { x1: lx, y1: sq.y, x2: lx, y2: bottom } : null;
    const placed = { x, y, width: w, height: h };
    labels.push({
      ...placed,
      ...text(sq, box),
      leader: leader && { x1: lx, y1: sq.y, x2: lx, y2: bottom },
      inside: false,
    });
    obstacles.push(placed);
    if (leader) obstacles.push(segmentRect(lx, leader.y1, leader.y2));
    top = Math.min(top, y);
  }
  return { rects: obstacles, labels, top, cramped };
}

function text(sq: FundingSquare, box: LabelBox) {
  return { key: `label:${sq.key}`, figureId: sq.figureId, amount: '', lines: box.lines };
}

/** The share's label, frame and ticks, its label's top-left at (x, y). */
function placeShare(
  share: SceneFigure,
  x: number,
  y: number,
  frameWidth: number,
  box: LabelBox,
  amount: string,
): { share: FundingShare; label: MarkLabel; bottom: number } {
  const { shareBar, shareTicks } = FUNDING_METRICS;
  const frameY = y + box.height + 2;
  const frame = {
    x: round2(x),
    y: round2(frameY),
    width: round2(frameWidth),
    height: shareBar,
  };
  const fill = (frameWidth * Math.min(100, Math.max(0, share.value))) / 100;
  return {
    share: {
      figureId: share.id,
      frame,
      fill: round2(fill),
      ticks: [0, 50, 100].map((v) => ({
        x: round2(x + (frameWidth * v) / 100),
        text: `${v}%`,
      })),
      tickY: round2(frameY + shareBar + 14),
    },
    label: labelAt(share.id, { x: round2(x), y: round2(y) }, box, amount),
    bottom: frameY + shareBar + shareTicks,
  };
}

/** The height of a share's label, frame and ticks. */
const shareBlock = (box: LabelBox) =>
  box.height + 2 + FUNDING_METRICS.shareBar + FUNDING_METRICS.shareTicks;

export function layoutFundingSquares(
  figures: readonly SceneFigure[],
  size: Size,
  boxOf: (figure: SceneFigure) => LabelBox = () => DEFAULT_LABEL_BOX,
  amountOf: (figure: SceneFigure) => string = () => '',
): FundingLayout {
  const under = layoutWithShare(figures, size, boxOf, amountOf, false);
  // Only a panel at least twice as wide as it is tall has the width to spare (a phone's has not:
  // there the share's column would crowd the smaller squares' labels).
  if (!under.share || size.width < 2 * size.height) return under;
  const beside = layoutWithShare(figures, size, boxOf, amountOf, true);
  // A layout taller or wider than the panel is drawn shrunk as a whole (see fitScale): compare
  // the squares as they will be seen.
  const seen = (l: FundingLayout) =>
    l.scale * Math.min(1, size.height / (l.height || 1), size.width / (l.width || 1));
  return seen(beside) > seen(under) * SHARE_BESIDE_GAIN ? beside : under;
}

/** How much larger the squares must come out for the share to stand beside the largest. */
const SHARE_BESIDE_GAIN = 1.15;

function layoutWithShare(
  figures: readonly SceneFigure[],
  size: Size,
  boxOf: (figure: SceneFigure) => LabelBox,
  amountOf: (figure: SceneFigure) => string,
  beside: boolean,
): FundingLayout {
  const money = figures
    .filter((f) => f.unit === 'yuan' && f.value > 0)
    .sort((a, b) => b.value - a.value || a.id.localeCompare(b.id));
  const shareFigure = figures.find((f) => f.unit === 'percent') ?? null;
  const shareBox = shareFigure ? boxOf(shareFigure) : null;
  const shareHeight = shareBox && !beside ? FUNDING_METRICS.shareGap + shareBlock(shareBox) : 0;
  // Beside the largest square, the share takes a column of its own before the next square.
  const shareColumn = shareBox && beside ? Math.max(140, shareBox.width) : 0;
  const byId = new Map(money.map((f) => [f.id, f]));
  const roots = money.map((f) => Math.sqrt(f.value));
  const largest = roots[0] ?? 1;
  const sumRoots = roots.reduce((a, b) => a + b, 0) || 1;
  const gap = Math.max(FUNDING_METRICS.gap, size.width * 0.04);
  const across = Math.max(
    1,
    size.width - gap * Math.max(0, money.length - 1) - (shareColumn ? shareColumn + gap : 0),
  );
  const squaresHeight = Math.max(40, size.height - shareHeight);
  // Start as large as the width and height allow, then shrink until the labels fit above.
  let scale = Math.min(across / sumRoots, squaresHeight / largest);
  // Every label starts over its own square (or in the gap before it) and fits in the panel: the
  // squares shrink until that is so.
  let before = 0;
  money.forEach((f, i) => {
    if (i > 0) {
      before += roots[i - 1] ?? 0;
      const room =
        size.width - boxOf(f).width - (i - 0.5) * gap - (shareColumn ? shareColumn + gap : 0);
      if (room > 0) scale = Math.min(scale, room / before);
    }
  });
  // Shrinking never makes a visible square a speck.
  const second = roots[roots.length - 2];
  const floor = Math.min(scale, Math.max(scale / 5, second ? 8 / second : 0));
  let result: FundingLayout = { squares: [], labels: [], share: null, scale, width: 0, height: 0 };
  for (let attempt = 0; attempt < 40; attempt++) {
    let x = 0;
    const squares: FundingSquare[] = money.map((f, i) => {
      const side = Math.max(FUNDING_METRICS.minSide, (roots[i] ?? 0) * scale);
      const sq: FundingSquare = {
        key: `square:${f.id}`,
        figureId: f.id,
        x,
        y: -side,
        side,
        ...markFlags(f.qualifier),
      };
      x += side + gap + (i === 0 && shareColumn ? shareColumn + gap : 0);
      return sq;
    });
    const first = squares[0];
    // Beside: on the baseline, in its column right of the largest square (a block the labels
    // of the smaller squares keep clear of).
    const besideBlock =
      shareBox && shareColumn && first
        ? {
            x: first.x + first.side + gap,
            y: -shareBlock(shareBox),
            width: shareColumn,
            height: shareBlock(shareBox),
          }
        : null;
    const placed = placeLabels(
      squares,
      size.width,
      (id) => boxOf(byId.get(id) as SceneFigure),
      besideBlock ? [besideBlock] : [],
    );
    const height = -placed.top;
    // Baseline at the bottom of the squares: shift everything down by their height.
    const shift = (y: number) => round2(y + height);
    const share =
      shareFigure && shareBox && first
        ? besideBlock
          ? placeShare(
              shareFigure,
              besideBlock.x,
              shift(besideBlock.y),
              shareColumn,
              shareBox,
              amountOf(shareFigure),
            )
          : placeShare(
              shareFigure,
              round2(first.x),
              height + FUNDING_METRICS.shareGap,
              Math.min(size.width - first.x, Math.max(first.side, 140, shareBox.width)),
              shareBox,
              amountOf(shareFigure),
            )
        : null;
    const width = Math.max(
      x - gap,
      ...placed.labels.map((l) => l.x + l.width),
      share ? share.share.frame.x + share.share.frame.width : 0,
      share ? share.label.x + share.label.width : 0,
    );
    const total = share ? share.bottom : height;
    result = {
      squares: squares.map((s) => ({
        ...s,
        x: round2(s.x),
        y: shift(s.y),
        side: round2(s.side),
      })),
      labels: [
        ...placed.labels.map((l) => ({
          ...l,
          amount: amountOf(byId.get(l.figureId) as SceneFigure),
          x: round2(l.x),
          y: shift(l.y),
          width: round2(l.width),
          height: round2(l.height),
          leader: l.leader && {
            x1: round2(l.leader.x1),
            y1: shift(l.leader.y1),
            x2: round2(l.leader.x2),
            y2: shift(l.leader.y2),
          },
        })),
        ...(share ? [share.label] : []),
      ],
      share: share?.share ?? null,
      scale,
      width: round2(width),
      height: round2(total),
    };
    if (total <= size.height && width <= size.width + 0.5 && !placed.cramped) break;
    // Smaller squares, step by step (labels may move inside the largest square and back, so
    // the first scale that fits is searched for, not solved for), down to the floor.
    const next = Math.max(floor, scale * 0.95);
    if (next >= scale - 1e-12) break;
    scale = next;
  }
  return result;
}

export { LABEL_TEXT };
