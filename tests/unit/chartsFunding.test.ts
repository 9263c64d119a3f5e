// Funding squares: areas are proportional to values, the camera puts the focus square where the
// chart expects it and says how far it zoomed, specks are flagged, and labels never collide.
import { describe, expect, it } from 'vitest';
import { layoutFundingSquares } from '../../src/charts/fundingSquares.ts';
import { contains, overlaps } from '../../src/charts/marks.ts';
import { loadContent } from '../../src/content/loadContent.ts';
import { sceneForStep, type ChartScene, type SceneFigure } from '../../src/story/scene.ts';
import { layoutChart, squareLabel, squareLabelBox } from '../../src/charts/chartLayout.ts';
import { chartPlanFor } from '../../src/charts/chartPlan.ts';

const content = loadContent('data');
const figure = (id: string): SceneFigure => {
  const f = content.figures.find((x) => x.id === id);
  if (!f) throw new Error(`no figure ${id}`);
  return f;
};
const RURAL = figure('rural-revitalisation-funds'); // ¥4 billion+
const INSURANCE = figure('insurance-futures-subsidy'); // ¥450,000
const ALAR_SO_FAR = figure('alar-funds-so-far');
const ALAR_PLAN = figure('alar-funds-plan-2021');
const PHONE = { width: 358, height: 400 };
const DESKTOP = { width: 880, height: 700 };

describe('layoutFundingSquares', () => {
  it('makes square areas proportional to values, nested at one bottom-left corner', () => {
    const figures = [INSURANCE, RURAL, ALAR_SO_FAR, ALAR_PLAN, figure('outlets-sales-value')];
    const { squares } = layoutFundingSquares(figures, PHONE, null);
    expect(squares).toHaveLength(5);
    for (const a of squares) {
      for (const b of squares) {
        const ratio = (a.side * a.side) / (b.side * b.side);
        const expected = figure(a.figureId).value / figure(b.figureId).value;
        expect(Math.abs(ratio / expected - 1)).toBeLessThan(1e-9);
      }
      expect(a.x).toBe(0);
      expect(a.y + a.side).toBeCloseTo(0, 9);
    }
    // Largest first, so smaller squares are drawn in front.
    const sides = squares.map((s) => s.side);
    expect(sides).toEqual([...sides].sort((p, q) => q - p));
  });

  it('ignores figures that are not money', () => {
    const { squares } = layoutFundingSquares([RURAL, figure('online-shops')], PHONE, null);
    expect(squares.map((s) => s.figureId)).toEqual([RURAL.id]);
  });

  it.each([PHONE, DESKTOP])('puts the focus square at 55%% of min(width, height) (%o)', (size) => {
    const target = 0.55 * Math.min(size.width, size.height);
    for (const focus of [INSURANCE.id, RURAL.id, null]) {
      const { squares, camera } = layoutFundingSquares([RURAL, INSURANCE], size, focus);
      const shown = squares.find((s) => s.figureId === (focus ?? RURAL.id))!;
      expect(shown.side * camera.k).toBeCloseTo(target, 6);
      expect(shown.screen.side).toBeCloseTo(target, 2);
      // Bottom-left, with the margin, and the camera maps data units onto the screen rectangle.
      expect(shown.screen.x).toBe(24);
      expect(shown.screen.y + shown.screen.side).toBeCloseTo(size.height - 24, 2);
      expect(shown.y * camera.k + camera.y).toBeCloseTo(shown.screen.y, 2);
      expect(shown.screen.x + shown.screen.side).toBeLessThanOrEqual(size.width);
    }
  });

  it('states the zoom against the view that shows the largest square whole', () => {
    const zoomed = layoutFundingSquares([RURAL, INSURANCE], PHONE, INSURANCE.id);
    const whole = layoutFundingSquares([RURAL, INSURANCE], PHONE, RURAL.id);
    expect(zoomed.scaleNote?.zoom).toBeCloseTo(Math.sqrt(4e9 / 450_000), 2); // ×94.28
    expect(zoomed.scaleNote?.referenceId).toBe(RURAL.id);
    expect(zoomed.camera.k / whole.camera.k).toBeCloseTo(zoomed.scaleNote!.zoom, 2);
    expect(whole.scaleNote).toBeNull();
    // A focus that is not among the money figures falls back to the largest: no zoom.
    expect(layoutFundingSquares([RURAL, INSURANCE], PHONE, 'online-shops').scaleNote).toBeNull();
  });

  it('flags the ¥450,000 square as too small when the ¥4 billion square has the focus', () => {
    // Its side is 0.55 × min(w, h) ÷ 94.28: 1.87 px on a 320 px phone, 2.09 px at 358 × 400.
    const small = { width: 320, height: 480 };
    const at = (size: typeof small) =>
      layoutFundingSquares([RURAL, INSURANCE], size, RURAL.id).squares.find(
        (s) => s.figureId === INSURANCE.id,
      )!;
    expect(at(small).screen.side).toBeCloseTo(1.87, 2);
    expect(at(small).tooSmall).toBe(true);
    expect(at(PHONE).screen.side).toBeCloseTo(2.09, 2);
    expect(at(PHONE).tooSmall).toBe(false);
    expect(at(DESKTOP).tooSmall).toBe(false);
    // Zoomed in on it instead, nothing is too small.
    const zoomed = layoutFundingSquares([RURAL, INSURANCE], small, INSURANCE.id);
    expect(zoomed.squares.some((s) => s.tooSmall)).toBe(false);
  });

  it('flags plans and lower bounds', () => {
    const { squares } = layoutFundingSquares([RURAL, ALAR_PLAN, ALAR_SO_FAR], PHONE, null);
    const flags = Object.fromEntries(
      squares.map((s) => [s.figureId, [s.planned, s.lowerBound, s.approximate]]),
    );
    expect(flags).toEqual({
      [RURAL.id]: [false, true, false],
      [ALAR_PLAN.id]: [true, false, false],
      [ALAR_SO_FAR.id]: [false, false, false],
    });
  });

  describe('labelPositions', () => {
    const cases = [
      { figures: [RURAL], focus: RURAL.id },
      { figures: [RURAL, INSURANCE], focus: RURAL.id },
      { figures: [RURAL, INSURANCE], focus: INSURANCE.id },
      { figures: [ALAR_SO_FAR, ALAR_PLAN], focus: ALAR_PLAN.id },
      { figures: [figure('outlets-sales-value'), figure('online-shops-sales')], focus: null },
    ];
    const sizes = [PHONE, DESKTOP, { width: 320, height: 480 }, { width: 358, height: 190 }];

    it('labels squares of 24 px or more themselves, and smaller ones on a leader line', () => {
      for (const size of sizes) {
        for (const { figures, focus } of cases) {
          const { squares, labelPositions } = layoutFundingSquares(figures, size, focus);
          expect(labelPositions).toHaveLength(squares.length);
          for (const s of squares) {
            const label = labelPositions.find((l) => l.figureId === s.figureId)!;
            const leader = s.screen.side < 24;
            expect(label.placement === 'leader', `${s.figureId} ${s.screen.side}px`).toBe(leader);
            expect(label.leader !== null).toBe(leader);
          }
        }
      }
    });

    it('keeps labels apart, inside the chart, and off the squares in front', () => {
      for (const size of sizes) {
        const view = { x: 0, y: 0, ...size };
        for (const { figures, focus } of cases) {
          const { squares, labelPositions } = layoutFundingSquares(figures, size, focus);
          const where = `${size.width}×${size.height} ${figures.map((f) => f.id).join()}`;
          labelPositions.forEach((a, i) => {
            expect(contains(view, a), where).toBe(true);
            for (const b of labelPositions.slice(i + 1)) expect(overlaps(a, b), where).toBe(false);
            if (a.placement !== 'inside') return;
            const own = squares.findIndex((s) => s.figureId === a.figureId);
            const square = squares[own]!.screen;
            const visible = { x: square.x, y: Math.max(0, square.y), width: square.side };
            expect(a.x).toBeGreaterThanOrEqual(visible.x);
            expect(a.y).toBeGreaterThanOrEqual(visible.y);
            for (const front of squares.slice(own + 1)) {
              const r = { x: front.screen.x, y: front.screen.y, width: front.screen.side };
              expect(overlaps(a, { ...r, height: r.width }), where).toBe(false);
            }
          });
        }
      }
    });

    it('moves a label out of a square whose corner is covered by a near-equal square', () => {
      // ¥346 million sits in front of ¥389 million and leaves it a strip too thin for a label.
      const { labelPositions } = layoutFundingSquares([ALAR_SO_FAR, ALAR_PLAN], PHONE, null);
      const placement = (id: string) => labelPositions.find((l) => l.figureId === id)?.placement;
      expect(placement(ALAR_PLAN.id)).toBe('right');
      expect(placement(ALAR_SO_FAR.id)).toBe('inside');
    });

    it('uses the label size the caller measured', () => {
      const wide = layoutFundingSquares([RURAL], PHONE, null, () => ({ width: 300, height: 20 }));
      expect(wide.labelPositions[0]?.width).toBe(300);
      expect(wide.labelPositions[0]?.placement).not.toBe('inside');
      const narrow = layoutFundingSquares([RURAL], PHONE, null, () => ({ width: 60, height: 20 }));
      expect(narrow.labelPositions[0]?.placement).toBe('inside');
    });
  });
});

describe('squareLabelBox', () => {
  const label = (id: string, lang: 'zh' | 'en') => squareLabel(figure(id), lang, content.units);

  it('wraps what an amount is at about half the chart, so it fits beside a square on a phone', () => {
    const box = squareLabelBox(label('rural-revitalisation-funds', 'en'), 358);
    expect(box.lines).toEqual(['funds for poverty', 'alleviation and rural', 'revitalisation']);
    expect(box.width).toBeLessThanOrEqual(183);
    expect(box.height).toBe(15 + 3 * 16 + 5);
    // A wide chart has room for longer lines.
    expect(squareLabelBox(label('rural-revitalisation-funds', 'en'), 880).lines).toHaveLength(2);
  });

  it('never leaves one or two characters alone on the last line', () => {
    for (const id of [
      'ecommerce-park-funds',
      'alar-funds-plan-2021',
      'insurance-futures-subsidy',
    ]) {
      for (const lang of ['zh', 'en'] as const) {
        for (const width of [320, 358, 600, 880]) {
          const { lines } = squareLabelBox(label(id, lang), width);
          if (lines.length > 1)
            expect([...(lines.at(-1) ?? '')].length, `${id} ${lang}`).toBeGreaterThan(2);
        }
      }
    }
  });

  it('lays out every funding step on a phone with the amounts of the biggest squares named', () => {
    const scene = sceneForStep(content, 'rural-funds') as ChartScene;
    const [panel] = layoutChart(scene, chartPlanFor(scene), 'en', content.units, {
      width: 358,
      height: 300,
    });
    if (panel?.kind !== 'squares') throw new Error('rural-funds is drawn as squares');
    expect(panel.layout.labelPositions.map((l) => l.figureId)).toEqual(
      expect.arrayContaining([
        'rural-revitalisation-funds',
        'alar-funds-plan-2021',
        'alar-funds-so-far',
      ]),
    );
  });
});
