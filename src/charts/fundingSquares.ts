// Layout of the funding chart: money as nested squares whose AREA is proportional to value, all
// sharing the bottom-left corner (largest behind), and a camera that zooms so that ¥4 billion+
// and ¥450,000 — four orders of magnitude apart — can both be seen honestly. The zoom is
// returned as a note so the chart states it rather than hiding it.
import type { SceneFigure } from '../story/scene.ts';
import { markFlags, round2, type MarkFlags, type Size } from './marks.ts';
import { placeSquareLabels, type LabelBox, type SquareLabel } from './squareLabels.ts';

export const FUNDING_METRICS = {
  /** The focus square's side as a share of min(width, height). */
  fill: 0.55,
  /** Gap between the squares' shared bottom-left corner and the chart's edges. */
  margin: 24,
  /** Below this side on screen a square is a speck: the chart points to it with a leader. */
  tooSmall: 2,
} as const;

/** Two short lines of 14 px text: what a label needs when the caller does not measure its own. */
export const DEFAULT_LABEL_BOX: LabelBox = { width: 120, height: 36 };

export interface FundingSquare extends MarkFlags {
  key: string;
  figureId: string;
  /**
   * Top-left corner and side in DATA units (side = √value, bottom-left corner at 0,0, y down as in
   * SVG). Not rounded: rounding √value would break the proportionality of areas.
   */
  x: number;
  y: number;
  side: number;
  /** The same square on screen under the camera, in pixels. */
  screen: { x: number; y: number; side: number };
  tooSmall: boolean;
}

/** screen = data × k + (x, y): an SVG `translate(x,y) scale(k)`; k is not rounded (it is tiny). */
export interface Camera {
  k: number;
  x: number;
  y: number;
}

export interface ScaleNote {
  /** How many times larger (in length) the view is than one that shows the largest square whole. */
  zoom: number;
  focusId: string;
  /** The square the zoom is measured against: the largest. */
  referenceId: string;
}

export interface FundingLayout {
  /** Largest first: the drawing order, so smaller squares sit in front. */
  squares: FundingSquare[];
  camera: Camera;
  /** Null when the view already shows the largest square whole. */
  scaleNote: ScaleNote | null;
  labelPositions: SquareLabel[];
}

/** The camera that makes a square of `side` data units fill the chart's share at bottom-left. */
function cameraFor(side: number, size: Size): Camera {
  const { fill, margin } = FUNDING_METRICS;
  const k = side > 0 ? (fill * Math.min(size.width, size.height)) / side : 1;
  return { k, x: margin, y: round2(size.height - margin) };
}

export function layoutFundingSquares(
  figures: readonly SceneFigure[],
  size: Size,
  focusId: string | null,
  labelBox: (figure: SceneFigure) => LabelBox = () => DEFAULT_LABEL_BOX,
): FundingLayout {
  const money = figures
    .filter((f) => f.unit === 'yuan')
    .sort((a, b) => b.value - a.value || a.id.localeCompare(b.id));
  const largest = money[0];
  // The focus decides the zoom; a focus that is not money (or a zero) falls back to the largest.
  const focus = money.find((f) => f.id === focusId && f.value > 0) ?? largest;
  const camera = cameraFor(Math.sqrt(focus?.value ?? 0), size);

  const squares: FundingSquare[] = money.map((f) => {
    const side = Math.sqrt(f.value);
    const screenSide = side * camera.k;
    return {
      key: `square:${f.id}`,
      figureId: f.id,
      x: 0,
      y: -side,
      side,
      screen: {
        x: round2(camera.x),
        y: round2(camera.y - screenSide),
        side: round2(screenSide),
      },
      tooSmall: screenSide < FUNDING_METRICS.tooSmall,
      ...markFlags(f.qualifier),
    };
  });

  const whole = cameraFor(Math.sqrt(largest?.value ?? 0), size);
  const zoom = camera.k / whole.k;
  const scaleNote =
    focus && largest && zoom > 1.005
      ? { zoom: round2(zoom), focusId: focus.id, referenceId: largest.id }
      : null;

  const byId = new Map(money.map((f) => [f.id, f]));
  const labelPositions = placeSquareLabels(
    squares.map((s) => ({ key: s.key, figureId: s.figureId, ...s.screen })),
    size,
    (id) => labelBox(byId.get(id) as SceneFigure),
  );
  return { squares, camera: { ...camera, x: round2(camera.x) }, scaleNote, labelPositions };
}
