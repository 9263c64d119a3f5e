// Funding squares: side by side on one baseline, largest first, areas proportional to values and
// none inside another; each labelled right above (or inside) its square, labels apart and clear
// of every square and leader; a speck gets an enlarged inset whose factor is stated.
import { describe, expect, it } from 'vitest';
import {
  FUNDING_METRICS,
  insetFactor,
  layoutFundingSquares,
} from '../../src/charts/fundingSquares.ts';
import { markLabelBox } from '../../src/charts/chartLayout.ts';
import { loneLine, wrapLabel } from '../../src/charts/markLabels.ts';
import { contains, overlaps } from '../../src/charts/marks.ts';
import { loadContent } from '../../src/content/loadContent.ts';
import { figureOnMark } from '../../src/format/figureFormat.ts';
import type { SceneFigure } from '../../src/story/scene.ts';

const content = loadContent('data');
const figure = (id: string): SceneFigure => {
  const f = content.figures.find((x) => x.id === id);
  if (!f) throw new Error(`no figure ${id}`);
  return f;
};
const RURAL = figure('rural-revitalisation-funds'); // ¥4 billion+
const PARK = figure('ecommerce-park-funds'); // ¥60 million+
const INSURANCE = figure('insurance-futures-subsidy'); // ¥450,000
const ALAR_SO_FAR = figure('alar-funds-so-far');
const ALAR_PLAN = figure('alar-funds-plan-2021');
const SIZES = [
  { width: 358, height: 300 },
  { width: 880, height: 600 },
];
const boxOf = (width: number) => (f: SceneFigure, inset: number | null) =>
  markLabelBox(
    figureOnMark(f, 'en', content.units),
    f.label.en,
    width,
    inset ? [`inset: side ×${inset} (our calculation)`] : [],
  );

describe.each(SIZES)('layoutFundingSquares at $width × $height', (size) => {
  const figures = [INSURANCE, RURAL, ALAR_SO_FAR, ALAR_PLAN, PARK];
  const layout = layoutFundingSquares(figures, size, boxOf(size.width));

  it('puts the squares side by side on one baseline, largest first, areas true', () => {
    const { squares } = layout;
    expect(squares.map((s) => s.figureId)).toEqual([
      RURAL.id,
      ALAR_PLAN.id,
      ALAR_SO_FAR.id,
      PARK.id,
      INSURANCE.id,
    ]);
    for (const a of squares) {
      expect(a.y + a.side).toBeCloseTo(layout.height, 1);
      for (const b of squares) {
        const ratio = (a.side * a.side) / (b.side * b.side);
        expect(ratio / (figure(a.figureId).value / figure(b.figureId).value)).toBeCloseTo(1, 1);
      }
    }
    squares.forEach((a, i) => {
      const next = squares[i + 1];
      // Left to right with a gap: none inside or over another.
      if (next) expect(next.x).toBeGreaterThan(a.x + a.side);
    });
  });

  it('keeps labels inside the panel, apart, and off the squares, leaders crossing nothing', () => {
    const view = { x: 0, y: 0, width: size.width, height: Math.max(size.height, layout.height) };
    const squares = layout.squares.map((s) => ({ x: s.x, y: s.y, width: s.side, height: s.side }));
    const insets = layout.squares.flatMap((s) =>
      s.inset ? [{ x: s.inset.x, y: s.inset.y, width: s.inset.side, height: s.inset.side }] : [],
    );
    expect(layout.labels).toHaveLength(layout.squares.length);
    layout.labels.forEach((a, i) => {
      expect(contains(view, a, 1), a.key).toBe(true);
      for (const b of layout.labels.slice(i + 1)) expect(overlaps(a, b), a.key).toBe(false);
      if (!a.inside) for (const s of squares) expect(overlaps(a, s), a.key).toBe(false);
      for (const s of insets) expect(overlaps(a, s), a.key).toBe(false);
      if (a.leader) {
        const seg = {
          x: a.leader.x1 - 0.5,
          y: a.leader.y2,
          width: 1,
          height: a.leader.y1 - a.leader.y2 - 1,
        };
        for (const b of layout.labels) if (b !== a) expect(overlaps(seg, b), a.key).toBe(false);
      }
    });
  });

  it('gives a speck an enlarged inset by a stated factor, and only a speck', () => {
    for (const s of layout.squares) {
      expect(s.tooSmall).toBe(s.side < FUNDING_METRICS.tooSmall);
      expect(s.inset !== null).toBe(s.tooSmall);
      if (s.inset) {
        expect(s.inset.side / s.side / s.inset.factor).toBeCloseTo(1, 1);
        const label = layout.labels.find((l) => l.figureId === s.figureId)!;
        expect(label.lines.join(' ')).toContain(`×${s.inset.factor}`);
      }
    }
    expect(layout.squares.at(-1)?.figureId).toBe(INSURANCE.id);
  });
});

describe('insetFactor', () => {
  it('is a round number that brings a speck to about the inset size', () => {
    for (const side of [0.3, 1, 1.7, 4, 7.9]) {
      const k = insetFactor(side);
      expect(side * k).toBeGreaterThanOrEqual(FUNDING_METRICS.insetSide);
      expect([2, 3, 4, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000]).toContain(k);
    }
  });
});

describe('label wrapping', () => {
  it('never leaves one or two characters or a lone short word on a line of its own', () => {
    for (const f of content.figures) {
      for (const lang of ['zh', 'en'] as const) {
        for (const at of [90, 110, 140, 200]) {
          const { lines } = wrapLabel(f.label[lang], at, 400);
          for (const line of lines.length > 1 ? lines : [])
            expect(loneLine(line), `${f.id} ${lang} ${at}: ${line}`).toBe(false);
        }
      }
    }
  });
});
