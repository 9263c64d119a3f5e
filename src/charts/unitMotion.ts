// How a unit chart's marks move from one step to the next, as plain numbers: every unit is a
// sprite keyed by series and index, so a store that was in the ten-city block glides to its place
// in the hundred-city grid; new units grow in from nothing and units no longer shown fade out.
// The chart paints these sprites on a canvas (unitCanvas.ts): moving 1,288 SVG elements every
// frame cost a slow phone 50–100 ms a frame; painting them costs a few.
import type { UnitLayout } from './unitGrid.ts';
import type { Rect } from './marks.ts';

export interface UnitSprite {
  key: string;
  figureId: string;
  /** Plans are outlined, not filled. */
  planned: boolean;
  /** Another figure is highlighted: this one steps back. */
  muted: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
  opacity: number;
}

/** The sprites of a laid-out unit panel, placed at the panel's offset in the plot. */
export function unitSprites(
  layout: UnitLayout,
  at: Pick<Rect, 'x' | 'y'>,
  highlighted: (figureId: string) => boolean,
): UnitSprite[] {
  return layout.units.map((u) => ({
    key: u.key,
    figureId: u.figureId,
    planned: u.planned,
    muted: !highlighted(u.figureId),
    x: at.x + u.x,
    y: at.y + u.y,
    // A sliver of a unit still shows: a partial count is never drawn as nothing.
    width: Math.max(0.5, u.size * u.fraction),
    height: u.size,
    opacity: 1,
  }));
}

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;

/**
 * The frames between what is drawn and what the step shows. `at(t)` (t from 0 to 1, already
 * eased) returns the sprites to paint, reusing one array of objects so a frame allocates nothing.
 */
export class UnitTween {
  /** What is drawn once the move is over: the step's sprites, without those that faded out. */
  readonly final: readonly UnitSprite[];
  private readonly from: readonly UnitSprite[];
  private readonly to: readonly UnitSprite[];
  private readonly frame: UnitSprite[];

  constructor(drawn: readonly UnitSprite[], next: readonly UnitSprite[]) {
    const before = new Map(drawn.map((s) => [s.key, s]));
    const kept = new Set(next.map((s) => s.key));
    // A new unit starts where it will stand, with no width and no opacity, as it did in SVG.
    const entering = (s: UnitSprite): UnitSprite => ({ ...s, width: 0, opacity: 0 });
    const leaving = drawn.filter((s) => !kept.has(s.key));
    this.from = [...next.map((s) => before.get(s.key) ?? entering(s)), ...leaving];
    this.to = [...next, ...leaving.map((s) => ({ ...s, opacity: 0 }))];
    this.final = next;
    this.frame = this.to.map((s) => ({ ...s }));
  }

  at(t: number): readonly UnitSprite[] {
    if (t >= 1) return this.final;
    for (let i = 0; i < this.frame.length; i += 1) {
      const a = this.from[i] as UnitSprite;
      const b = this.to[i] as UnitSprite;
      const out = this.frame[i] as UnitSprite;
      out.x = lerp(a.x, b.x, t);
      out.y = lerp(a.y, b.y, t);
      out.width = lerp(a.width, b.width, t);
      out.height = lerp(a.height, b.height, t);
      out.opacity = lerp(a.opacity, b.opacity, t);
      // The look (filled or outlined, muted or not) changes at once, as a class did in SVG.
    }
    return this.frame;
  }
}
