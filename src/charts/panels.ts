// Where each panel of a chart plan sits inside the chart: the size is cut along its longer side
// (stacked on a phone, side by side on a wide screen) in proportion to the panels' weights.
import type { ChartPlan } from './chartPlan.ts';
import { round2, type Rect, type Size } from './marks.ts';

export const PANEL_GAP = 16;

export function panelRects(plan: ChartPlan, size: Size): Record<string, Rect> {
  const across = size.width > size.height;
  const total = plan.panels.reduce((n, p) => n + p.weight, 0) || 1;
  const length = (across ? size.width : size.height) - PANEL_GAP * (plan.panels.length - 1);
  const rects: Record<string, Rect> = {};
  let at = 0;
  for (const panel of plan.panels) {
    // Floored so rounding never pushes the last panel past the chart's edge.
    const share = Math.floor((Math.max(0, length) * panel.weight * 100) / total) / 100;
    rects[panel.key] = across
      ? { x: round2(at), y: 0, width: share, height: size.height }
      : { x: 0, y: round2(at), width: size.width, height: share };
    at += share + PANEL_GAP;
  }
  return rects;
}
