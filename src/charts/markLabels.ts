// Direct labels on chart marks: the number in bold, then what it is, in lines that never leave a
// lone word or one or two characters on a line of their own. Boxes are estimated without a DOM
// (textMetrics errs on the wide side), so layouts can keep labels apart in node.
import { estimateTextWidth, wrapTextMeasured, type WrappedText } from '../layouts/textMetrics.ts';
import type { Rect } from './marks.ts';

/** A label in a panel's pixels: its box, the amount (first, bold) and the lines under it. */
export interface MarkLabel extends Rect {
  key: string;
  figureId: string;
  amount: string;
  lines: readonly string[];
  /** A line from the mark to the label, when the label cannot sit right at its mark. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
  /** Drawn on the mark's own fill (a halo keeps it readable). */
  inside: boolean;
}

/**
 * Label text: the amount in bold, then what it is, in lines of the given pixel sizes. The first
 * line under the amount sits a little further down (`amountToWhat`): CJK fonts' tall boxes would
 * otherwise touch the bold amount's.
 */
export const LABEL_TEXT = {
  amountSize: 14,
  whatSize: 12,
  firstLine: 15,
  lineHeight: 16,
  amountToWhat: 18,
};

/** Where the first line under a label's amount stands, from the label's top. */
export function whatBaseline(hasAmount: boolean): number {
  const { firstLine, amountToWhat } = LABEL_TEXT;
  return hasAmount ? firstLine + amountToWhat : firstLine;
}

/** A label's text height: its amount line (if any), then its lines of what it is. */
export function labelTextHeight(hasAmount: boolean, lineCount: number): number {
  const { lineHeight, amountToWhat } = LABEL_TEXT;
  const count = lineCount + (hasAmount ? 1 : 0);
  return count * lineHeight + (hasAmount && lineCount > 0 ? amountToWhat - lineHeight : 0);
}

export interface LabelBox {
  width: number;
  height: number;
  lines: readonly string[];
}

/** A label set right at its mark (above a share, say): no leader, not on the mark's fill. */
export function labelAt(
  figureId: string,
  at: { x: number; y: number },
  box: LabelBox,
  amount: string,
): MarkLabel {
  const { width, height, lines } = box;
  return {
    key: `label:${figureId}`,
    figureId,
    ...at,
    width,
    height,
    amount,
    lines,
    leader: null,
    inside: false,
  };
}

/** True when a line is too short to stand alone: one or two characters, or one short word. */
export function loneLine(line: string): boolean {
  const t = line.trim();
  // A long compound ("specialist-alliance") may stand alone; a short word may not. Chinese
  // punctuation does not count as a character: "计算）" is two characters alone.
  return (
    [...t.replace(/[，。、：；（）“”]/g, '')].length <= 2 ||
    (/^[^\s\u2e80-\u9fff\uff00-\uffef]+$/.test(t) && t.length < 10)
  );
}

/**
 * Wraps what a figure is at about `wrapAt` pixels; when the last line would be a lone word or
 * one or two characters, the width grows until it is not (or the text is on one line).
 */
export function wrapLabel(
  what: string,
  wrapAt: number,
  maxWidth: number,
  size: number = LABEL_TEXT.whatSize,
) {
  const start = Math.min(wrapAt, maxWidth);
  const first = wrapTextMeasured(what, start, size);
  const clean = (w: WrappedText) => w.lines.length < 2 || !w.lines.some(loneLine);
  if (clean(first)) return first;
  // Wider first (up to the room there is), then narrower (down to 60%), in steps of two ems.
  const widths: number[] = [];
  for (let at = start + size * 2; at <= maxWidth; at += size * 2) widths.push(at);
  if (maxWidth > start) widths.push(maxWidth);
  for (let at = start - size * 2; at >= start * 0.6; at -= size * 2) widths.push(at);
  for (const at of widths) {
    const wrapped = wrapTextMeasured(what, at, size);
    if (clean(wrapped)) return wrapped;
  }
  return first;
}

/**
 * A label's box: the amount, then what it is wrapped at `wrapAt` (never wider than `maxWidth`),
 * or at the amount's own width when that is wider: the box is that wide anyway, and lines wrapped
 * narrower under a long amount ("¥389 million (planned)") only make the label taller.
 */
export function labelBox(amount: string, what: string, wrapAt: number, maxWidth: number): LabelBox {
  const { amountSize, firstLine, lineHeight, amountToWhat } = LABEL_TEXT;
  const amountWidth = estimateTextWidth(amount, amountSize, true);
  const at = Math.min(maxWidth, Math.max(wrapAt, amountWidth));
  const { lines, width } = what ? wrapLabel(what, at, maxWidth) : { lines: [], width: 0 };
  return {
    // Fallback fonts (DejaVu Sans where no system CJK/Latin stack is installed) run wider than
    // the estimate: a label's box keeps 8% to spare.
    width: Math.ceil(Math.max(amountWidth, width) * 1.08 + 4),
    height:
      firstLine + lines.length * lineHeight + (lines.length ? amountToWhat - lineHeight : 0) + 5,
    lines,
  };
}
