// Where each panel of a chart plan sits inside the chart: side by side on a wide plot, stacked
// on a narrow one (a phone). A big number or a share gets the room its label needs (a column of
// about a third of the width, or a band of fixed height); the marks share the rest by weight.
import type { ChartPlan } from './chartPlan.ts';
import { round2, type Rect, type Size } from './marks.ts';

export const PANEL_GAP = 16;

/** Side by side only where a column beside the marks still has room for a label. */
export const ACROSS_MIN_WIDTH = 560;

export function panelsAcross(size: Size): boolean {
  return size.width >= ACROSS_MIN_WIDTH && size.width > size.height;
}

const small = (kind: string) => kind === 'stat' || kind === 'share';

/**
 * `measured` gives a big number's or a share's length along the stacking direction once its
 * content is known, so the marks get all the rest. `across` sets the arrangement (side by side, or
 * stacked) where the chart has weighed both.
 */
export function panelRects(
  plan: ChartPlan,
  size: Size,
  measured: Readonly<Record<string, number>> = {},
  across = panelsAcross(size),
): Record<string, Rect> {
  const side = across ? size.width : size.height;
  const gaps = PANEL_GAP * (plan.panels.length - 1);
  const fixed = across
    ? Math.max(150, Math.min(320, size.width * 0.3))
    : Math.max(84, Math.min(120, size.height * 0.25));
  const smalls = plan.panels.filter((p) => small(p.kind)).length;
  const others = plan.panels.length - smalls;
  const fixedLength = others ? fixed : (side - gaps) / Math.max(1, smalls);
  const lengthOf = (key: string) => (others ? (measured[key] ?? fixedLength) : fixedLength);
  const smallTotal = plan.panels
    .filter((p) => small(p.kind))
    .reduce((n, p) => n + lengthOf(p.key), 0);
  const rest = Math.max(0, side - gaps - smallTotal);
  const total = plan.panels.filter((p) => !small(p.kind)).reduce((n, p) => n + p.weight, 0) || 1;
  const rects: Record<string, Rect> = {};
  let at = 0;
  for (const panel of plan.panels) {
    const raw = small(panel.kind) ? lengthOf(panel.key) : (rest * panel.weight) / total;
    // Floored so rounding never pushes the last panel past the chart's edge.
    const share = Math.max(0, Math.floor(raw * 100) / 100);
    rects[panel.key] = across
      ? { x: round2(at), y: 0, width: share, height: size.height }
      : { x: 0, y: round2(at), width: size.width, height: share };
    at += share + PANEL_GAP;
  }
  return rects;
}
