// Funding squares: side by side on one baseline, largest first, areas proportional to values and
// none inside another; each labelled right above (or inside) its square, labels apart and clear
// of every square and leader; a speck stays at its true size (no enlarged copy to misread).
import { describe, expect, it } from 'vitest';
import { FUNDING_METRICS, layoutFundingSquares } from '../../src/charts/fundingSquares.ts';
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
const boxOf = (width: number) => (f: SceneFigure) =>
  markLabelBox(figureOnMark(f, 'en', content.units), f.label.en, width);

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
      // Sides are rounded to 0.01 px, and a speck is held at its minimum side: both are left out.
      for (const b of squares.filter((x) => x.side > 2 && a.side > 2)) {
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
    expect(layout.labels).toHaveLength(layout.squares.length);
    layout.labels.forEach((a, i) => {
      expect(contains(view, a, 1), a.key).toBe(true);
      for (const b of layout.labels.slice(i + 1)) expect(overlaps(a, b), a.key).toBe(false);
      if (!a.inside) for (const s of squares) expect(overlaps(a, s), a.key).toBe(false);
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

  it('draws a speck at its true size, never enlarged, with its own label pointing at it', () => {
    const speck = layout.squares.at(-1)!;
    expect(speck.figureId).toBe(INSURANCE.id);
    const largest = layout.squares[0]!;
    const trueSide = largest.side * Math.sqrt(INSURANCE.value / RURAL.value);
    expect(speck.side).toBeCloseTo(Math.max(FUNDING_METRICS.minSide, trueSide), 1);
    // Beside ¥60 million+ it is never larger than the 1/133 it is (or the smallest visible dot).
    const park = layout.squares.find((s) => s.figureId === PARK.id)!;
    const besidePark = park.side * Math.sqrt(INSURANCE.value / PARK.value);
    expect(speck.side).toBeLessThanOrEqual(Math.max(FUNDING_METRICS.minSide, besidePark) + 0.01);
    const label = layout.labels.find((l) => l.figureId === INSURANCE.id)!;
    expect(label.leader ?? label).toBeTruthy();
    if (label.leader) expect(label.leader.x1).toBeGreaterThanOrEqual(speck.x);
    if (label.leader) expect(label.leader.x1).toBeLessThanOrEqual(speck.x + speck.side);
  });
});

describe('a share with the money', () => {
  const SHARE = figure('rural-revitalisation-share');
  it.each(SIZES)('stands right under the largest square, against 100%% ($width)', (size) => {
    // (Panels at least twice as wide as tall may stand it beside: see the next block.)
    const layout = layoutFundingSquares([RURAL, SHARE, PARK, INSURANCE], size, boxOf(size.width));
    const [rural] = layout.squares;
    const share = layout.share!;
    expect(share.figureId).toBe(SHARE.id);
    expect(share.frame.x).toBe(rural!.x);
    const label = layout.labels.find((l) => l.figureId === SHARE.id)!;
    // Its label just under the square's baseline, the frame under its label.
    expect(label.y).toBeGreaterThanOrEqual(rural!.y + rural!.side);
    expect(label.y - (rural!.y + rural!.side)).toBeLessThan(20);
    expect(share.frame.y).toBeGreaterThanOrEqual(label.y + label.height);
    expect(share.fill / share.frame.width).toBeCloseTo(SHARE.value / 100, 2);
    expect(share.ticks.map((t) => t.text)).toEqual(['0%', '50%', '100%']);
    // (On a short phone panel the chart shrinks as a whole to fit: see fitScale.)
    if (size.width > 400) expect(layout.height).toBeLessThanOrEqual(size.height);
  });
});

describe('a share beside the money, on a wide, short panel', () => {
  const SHARE = figure('rural-revitalisation-share');
  // The exhibition screen's plot at 1920×1080 (in layout pixels): under the largest square, the
  // share took the height the square needed, and ¥4 billion came out 64 px a side.
  const size = { width: 953, height: 215 };
  const layout = layoutFundingSquares([RURAL, SHARE, PARK, INSURANCE], size, boxOf(size.width));
  const [rural, park] = layout.squares;
  const share = layout.share!;
  const label = layout.labels.find((l) => l.figureId === SHARE.id)!;

  it('stands beside the largest square, between it and the next, its ticks on the baseline', () => {
    expect(share.frame.x).toBeGreaterThanOrEqual(rural!.x + rural!.side + FUNDING_METRICS.gap);
    expect(share.frame.x + share.frame.width).toBeLessThan(park!.x);
    expect(share.tickY).toBeLessThanOrEqual(rural!.y + rural!.side);
    expect(share.tickY).toBeGreaterThan(rural!.y + rural!.side - 20);
    expect(label.y + label.height).toBeLessThanOrEqual(share.frame.y);
    expect(layout.height).toBeLessThanOrEqual(size.height);
    expect(layout.width).toBeLessThanOrEqual(size.width);
  });

  it('so the squares are drawn larger, and no label falls on the share', () => {
    expect(rural!.side).toBeGreaterThan(100);
    const block = {
      x: share.frame.x,
      y: label.y,
      width: share.frame.width,
      height: share.tickY - label.y,
    };
    for (const other of layout.labels.filter((l) => l !== label))
      expect(overlaps(other, block), other.figureId).toBe(false);
  });
});

describe('sums side by side, none part of another', () => {
  it.each(SIZES)('labels no smaller sum over a larger square ($width)', (size) => {
    const fives = [figure('outlets-sales-value'), figure('online-shops-sales')];
    const layout = layoutFundingSquares(fives, size, boxOf(size.width));
    const [big, small] = layout.squares;
    const label = layout.labels.find((l) => l.figureId === small!.figureId)!;
    expect(small!.x - (big!.x + big!.side)).toBeGreaterThanOrEqual(FUNDING_METRICS.gap);
    expect(label.x).toBeGreaterThan(big!.x + big!.side);
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
