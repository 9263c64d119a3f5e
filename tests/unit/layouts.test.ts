// Layout functions: bars start at zero and are proportional within a unit, and labels never
// collide with values at phone width.
import { describe, expect, it } from 'vitest';
import { isLit } from '../../src/charts/litFigures.ts';
import { loadContent } from '../../src/content/loadContent.ts';
import { formatFigure } from '../../src/format/figureFormat.ts';
import { layoutBars } from '../../src/layouts/barRows.ts';
import { estimateTextWidth, wrapText } from '../../src/layouts/textMetrics.ts';
import { allScenes, sceneForStep, type SceneFigure } from '../../src/story/scene.ts';

const content = loadContent('data');
const scenes = Object.values(allScenes(content));

describe('layoutBars', () => {
  const figures = (sceneForStep(content, 'outlets-1288-stores') as { figures: SceneFigure[] })
    .figures;
  const label = (f: SceneFigure) => f.label.en;
  const value = (f: SceneFigure) => formatFigure(f, 'en', content.units);
  const all = () => true;

  it('draws bars from zero, proportional to value within a unit', () => {
    const { rows } = layoutBars(figures, 300, all, label, value);
    const widthOf = (id: string) => rows.find((r) => r.figure.id === id)?.barWidth ?? NaN;
    expect(widthOf('outlets-stores-june-2021')).toBe(300);
    expect(widthOf('outlets-upgraded-stores')).toBeCloseTo((300 * 1000) / 1288, 5);
    expect(widthOf('outlets-original-stores')).toBeCloseTo((300 * 100) / 1288, 5);
  });

  it('marks plans, lower bounds and approximations', () => {
    const funds = sceneForStep(content, 'alar-plan-2021') as { figures: SceneFigure[] };
    const { rows } = layoutBars(funds.figures, 300, all, label, value);
    expect(rows.map((r) => [r.figure.id, r.style])).toEqual([
      ['alar-funds-so-far', 'solid'],
      ['alar-funds-plan-2021', 'planned'],
    ]);
    const rural = sceneForStep(content, 'rural-funds') as { figures: SceneFigure[] };
    expect(layoutBars(rural.figures, 300, all, label, value).rows[0]?.style).toBe('open-end');
  });

  it('never compares unlike units on one scale', () => {
    const sales = sceneForStep(content, 'outlets-sales-since-2020') as { figures: SceneFigure[] };
    const { rows } = layoutBars(sales.figures, 300, all, label, value);
    const tonnes = rows.find((r) => r.figure.unit === 'tonnes');
    expect(tonnes?.barWidth).toBe(300);
    expect(new Set(rows.map((r) => r.group)).size).toBe(2);
  });

  it.each(['zh', 'en'] as const)('keeps every label clear of its value at 328 px (%s)', (lang) => {
    for (const scene of scenes) {
      if (scene.graphic !== 'chart') continue;
      const { rows } = layoutBars(
        scene.figures,
        328,
        (id) => isLit(scene, id),
        (f) => f.label[lang],
        (f) => formatFigure(f, lang, content.units),
      );
      for (const row of rows) {
        const firstLine = estimateTextWidth(row.labelLines[0] ?? '', 14);
        expect(
          firstLine + estimateTextWidth(row.value, 14, true),
          `${scene.stepId} ${row.figure.id}`,
        ).toBeLessThanOrEqual(328);
        for (const line of row.labelLines)
          expect(estimateTextWidth(line, 14)).toBeLessThanOrEqual(328);
      }
      rows.slice(1).forEach((row, i) => expect(row.y).toBeGreaterThan((rows[i]?.barY ?? 0) + 17));
    }
  });
});

describe('wrapText', () => {
  it('breaks English between words and Chinese between characters', () => {
    expect(wrapText('stores opened in total', 75, 14)).toEqual(['stores', 'opened in', 'total']);
    expect(wrapText('累计设立门店', 30, 14)).toEqual(['累计', '设立', '门店']);
  });
});
