// Leaders on the pairing map: a label that could be read as naming a neighbouring dot (set a ring
// away from its own, or nearer another dot than its own on a crowded phone's map) is tied to its
// dot by a thin line, and two labels that read as each other's swap places where they fit.
import {
  boxesOverlap,
  lineCrossesBox,
  type Box,
  type PlacedLabel,
  type Polyline,
} from './labelPlacement.ts';
import type { Size } from './camera.ts';
import type { PairingLayout } from './pairingLayout.ts';

/**
 * Where two labels each stand nearer the other's dot than their own, or their leaders cross
 * ("金华" and "丽水" on a 320 px phone), they swap places if they fit there, so each stands by
 * its own dot.
 */
export function uncrossLeaders(
  labels: PlacedLabel[],
  layout: PairingLayout,
  dotRadius: number,
  size: Size,
  obstacles: readonly Box[],
  lines: readonly Polyline[],
  ends: readonly (readonly string[])[],
): PlacedLabel[] {
  let out = labels;
  for (let round = 0; round < 4; round++) {
    const pair = misleadingPairs(out, layout, dotRadius)[0];
    if (!pair) return out;
    const [a, b] = pair.map((id) => out.find((l) => l.id === id) as PlacedLabel) as [
      PlacedLabel,
      PlacedLabel,
    ];
    const moved = (l: PlacedLabel, to: PlacedLabel): PlacedLabel => {
      // Keeps the side it stands on: a label left of the other's dot ends where that one ended.
      const dx =
        to.box.x0 + (to.x < to.anchor[0] ? to.box.x1 - to.box.x0 - (l.box.x1 - l.box.x0) : 0);
      const dy = to.box.y1 - l.box.y1;
      const shift = dx - l.box.x0;
      return {
        ...l,
        x: l.x + shift,
        y: l.y + dy,
        box: { x0: l.box.x0 + shift, x1: l.box.x1 + shift, y0: l.box.y0 + dy, y1: l.box.y1 + dy },
      };
    };
    const [na, nb] = [moved(a, b), moved(b, a)];
    const others = out.filter((l) => l !== a && l !== b).map((l) => l.box);
    const clear = (l: PlacedLabel, other: PlacedLabel) =>
      l.box.x0 >= 0 &&
      l.box.y0 >= 0 &&
      l.box.x1 <= size.width &&
      l.box.y1 <= size.height &&
      ![...others, ...obstacles, other.box].some((o) => boxesOverlap(o, l.box)) &&
      !lines.some((line, i) => !ends[i]?.includes(l.id) && lineCrossesBox(line, l.box));
    if (!clear(na, nb) || !clear(nb, na)) return out;
    const swapped = out.map((l) => (l === a ? na : l === b ? nb : l));
    // Kept only if it leaves fewer such pairs.
    const count = (ls: PlacedLabel[]) => misleadingPairs(ls, layout, dotRadius).length;
    if (count(swapped) >= count(out)) return out;
    out = swapped;
  }
  return out;
}

/** Pairs of labels that read as each other's: crossed leaders, or each nearer the other's dot. */
function misleadingPairs(
  labels: readonly PlacedLabel[],
  layout: PairingLayout,
  dotRadius: number,
): (readonly [string, string])[] {
  const leaders = new Map(pairingLeaders(labels, layout, dotRadius).map((l) => [l.id, l]));
  const near = (l: PlacedLabel, [x, y]: readonly [number, number]) => distanceToBox(x, y, l.box);
  const middle = (l: PlacedLabel, [x, y]: readonly [number, number]) =>
    Math.hypot((l.box.x0 + l.box.x1) / 2 - x, (l.box.y0 + l.box.y1) / 2 - y);
  // Reads as the other's: nearer the other's dot, by its box or by its middle.
  const readsAs = (l: PlacedLabel, other: PlacedLabel) =>
    near(l, other.anchor) < near(l, l.anchor) || middle(l, other.anchor) < middle(l, l.anchor);
  return labels.flatMap((a, i) =>
    labels.slice(i + 1).flatMap((b) => {
      const [la, lb] = [leaders.get(a.id), leaders.get(b.id)];
      const crossed = la && lb && segmentsCross(la, lb);
      const swappedNear = readsAs(a, b) && readsAs(b, a);
      return crossed || swappedNear ? [[a.id, b.id] as const] : [];
    }),
  );
}

function segmentsCross(a: LabelLeader, b: LabelLeader): boolean {
  const side = (x1: number, y1: number, x2: number, y2: number, x: number, y: number) =>
    Math.sign((x2 - x1) * (y - y1) - (y2 - y1) * (x - x1));
  return (
    side(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1) * side(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2) < 0 &&
    side(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1) * side(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2) < 0
  );
}

/** A thin line from a pairing label to its own dot (screen pixels). */
export interface LabelLeader {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Leaders for the pairing labels that could be read as naming another dot: those set a ring or
 * more away from their own, or nearer another dot than theirs (a crowded phone's map). Each
 * runs from the dot's edge to the nearest point of its label's box.
 */
export function pairingLeaders(
  labels: readonly PlacedLabel[],
  layout: PairingLayout,
  dotRadius: number,
): LabelLeader[] {
  const r = dotRadius;
  const dots = Object.values(layout.anchors);
  return labels.flatMap((l) => {
    const [ax, ay] = l.anchor;
    const own = distanceToBox(ax, ay, l.box);
    // Nearer its box, or nearer its middle: "Jiaxing" set under Huzhou's dot, its own to the
    // right, reads as Huzhou's though its box's corner is nearer its own dot.
    const [cx, cy] = [(l.box.x0 + l.box.x1) / 2, (l.box.y0 + l.box.y1) / 2];
    const ownMiddle = Math.hypot(cx - ax, cy - ay);
    const nearer = dots.some(
      ([x, y]) =>
        (x !== ax || y !== ay) &&
        (distanceToBox(x, y, l.box) < own || Math.hypot(cx - x, cy - y) < ownMiddle),
    );
    if (!nearer && own <= l.fontSize * 0.9) return [];
    // Beside its dot already: a leader would be a tick.
    if (own - r < 3) return [];
    const [bx, by] = nearestOnBox(ax, ay, l.box);
    const d = Math.hypot(bx - ax, by - ay) || 1;
    return [
      {
        id: l.id,
        x1: round1(ax + ((bx - ax) / d) * r),
        y1: round1(ay + ((by - ay) / d) * r),
        x2: round1(bx),
        y2: round1(by),
      },
    ];
  });
}

const round1 = (v: number) => Math.round(v * 10) / 10;

function nearestOnBox(x: number, y: number, box: Box): [number, number] {
  return [Math.min(Math.max(x, box.x0), box.x1), Math.min(Math.max(y, box.y0), box.y1)];
}

function distanceToBox(x: number, y: number, box: Box): number {
  const [nx, ny] = nearestOnBox(x, y, box);
  return Math.hypot(nx - x, ny - y);
}
