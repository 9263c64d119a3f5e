// Unit charts: one mark per `perUnit` items with the remainder as a part-filled unit, keys that
// persist when units are added or regrouped, and blocks that never overlap or leave the chart.
import { describe, expect, it } from 'vitest';
import {
  layoutUnits,
  UNIT_METRICS,
  type UnitGroupInput,
  type UnitLayout,
} from '../../src/charts/unitGrid.ts';
import { contains, overlaps, type Size } from '../../src/charts/marks.ts';
import { LABEL_TEXT, labelTextHeight, whatBaseline } from '../../src/charts/markLabels.ts';
import { UnitTween, unitSprites } from '../../src/charts/unitMotion.ts';

const PHONE = { width: 358, height: 400 };
const DESKTOP = { width: 880, height: 700 };

/** Group sizes for `total` items in `groupCount` groups, as even as possible, larger first. */
function regroupUnits(total: number, groupCount: number): number[] {
  const n = Math.max(0, Math.floor(groupCount));
  const items = Math.max(0, Math.round(total));
  if (n === 0) return [];
  const base = Math.floor(items / n);
  const extra = items - base * n;
  return Array.from({ length: n }, (_, i) => base + (i < extra ? 1 : 0));
}

/** The same stores split into blocks of the given sizes, as one series. */
const storeBlocks = (sizes: number[]): UnitGroupInput[] =>
  sizes.map((count, i) => ({ key: `stores/${i}`, figureId: 'stores', series: 'stores', count }));

function expectClean(layout: UnitLayout, size: Size, where = '') {
  const view = { x: 0, y: 0, ...size };
  const boxes = layout.units.map((u) => ({ x: u.x, y: u.y, width: u.size, height: u.size }));
  for (const box of boxes) expect(contains(view, box), where).toBe(true);
  // Units sit on a grid of pitch cell + gap; sorted by row, neighbours are enough to check.
  const sorted = [...boxes].sort((a, b) => a.y - b.y || a.x - b.x);
  const seen = new Set<string>();
  for (const b of sorted) {
    const cell = `${b.x},${b.y}`;
    expect(seen.has(cell), `${where} two units at ${cell}`).toBe(false);
    seen.add(cell);
  }
  const blocks = layout.groups.map((g) => ({ x: g.x, y: g.y, width: g.width, height: g.height }));
  blocks.forEach((a, i) => {
    for (const b of blocks.slice(i + 1)) expect(overlaps(a, b), where).toBe(false);
  });
  for (const u of layout.units) {
    const block = layout.groups.find((g) => g.key === u.groupKey)!;
    expect(contains(block, { x: u.x, y: u.y, width: u.size, height: u.size }), where).toBe(true);
  }
  // A label sits above its own block and crosses no other block.
  for (const g of layout.groups) {
    if (!g.label) continue;
    const label = { x: g.label.x, y: g.label.y, width: 1, height: g.y - g.label.y };
    expect(label.height).toBeGreaterThan(0);
    for (const other of blocks) expect(overlaps(label, other), where).toBe(false);
  }
}

describe('layoutUnits', () => {
  it('draws ceil(count / perUnit) units, the last one part-filled', () => {
    const layout = layoutUnits(
      [
        { key: 'a', figureId: 'vocational-teachers', count: 41 },
        { key: 'b', figureId: 'teachers-paired', count: 1795 },
        { key: 'c', figureId: 'specialist-alliance-members', count: 1000 },
      ],
      PHONE,
      { perUnit: 10 },
    );
    const of = (key: string) => layout.units.filter((u) => u.groupKey === key);
    expect(of('a')).toHaveLength(5);
    expect(of('b')).toHaveLength(180);
    expect(of('c')).toHaveLength(100);
    expect(of('a').map((u) => u.fraction)).toEqual([1, 1, 1, 1, 0.1]);
    expect(of('b').at(-1)?.fraction).toBe(0.5);
    expect(of('c').every((u) => u.fraction === 1)).toBe(true);
    expect(layout.groups.map((g) => [g.key, g.units, g.perUnit])).toEqual([
      ['a', 5, 10],
      ['b', 180, 10],
      ['c', 100, 10],
    ]);
  });

  it('lets a group count in its own unit (buses by one, e-bikes by ten)', () => {
    const layout = layoutUnits(
      [
        { key: 'buses', figureId: 'alar-buses', count: 16, perUnit: 1 },
        { key: 'bikes', figureId: 'alar-shared-ebikes', count: 500, perUnit: 10 },
      ],
      PHONE,
    );
    expect(layout.groups.map((g) => g.units)).toEqual([16, 50]);
  });

  it('keys units by series and index, unique, in the same set however they are grouped', () => {
    const ten = layoutUnits(storeBlocks(regroupUnits(1000, 10)), PHONE);
    const hundred = layoutUnits(storeBlocks(regroupUnits(1000, 100)), PHONE);
    const keys = (l: UnitLayout) => l.units.map((u) => u.key);
    expect(new Set(keys(ten)).size).toBe(1000);
    expect(new Set(keys(ten))).toEqual(new Set(keys(hundred)));
    expect(keys(ten)).toContain('stores:999');
    expect(ten.groups).toHaveLength(10);
    expect(hundred.groups).toHaveLength(100);
    // Regrouping keeps order: block i of the hundred holds the tenth part of block ⌊i/10⌋.
    const groupOf = (l: UnitLayout, key: string) => l.units.find((u) => u.key === key)?.groupKey;
    expect(groupOf(ten, 'stores:57')).toBe('stores/0');
    expect(groupOf(hundred, 'stores:57')).toBe('stores/5');
  });

  it('keeps every earlier key when a step adds units', () => {
    const before = layoutUnits(storeBlocks(regroupUnits(100, 10)), PHONE).units;
    const after = layoutUnits(storeBlocks([...regroupUnits(100, 10), 900]), PHONE).units;
    const keys = new Set(after.map((u) => u.key));
    expect(before.every((u) => keys.has(u.key))).toBe(true);
    expect(keys.size).toBe(1000);
  });

  it('keys a group without a series by its own key', () => {
    const { units } = layoutUnits([{ key: 'online-shops', figureId: 'x', count: 3 }], PHONE);
    expect(units.map((u) => u.key)).toEqual(['online-shops:0', 'online-shops:1', 'online-shops:2']);
  });

  it('marks plans on every unit and a lower bound on the last block of its series', () => {
    const layout = layoutUnits(
      [
        { key: 'p', figureId: 'plan', count: 20, qualifier: 'planned', label: 'planned' },
        { key: 's/0', figureId: 'shops', series: 's', count: 50, qualifier: 'at-least' },
        { key: 's/1', figureId: 'shops', series: 's', count: 50, qualifier: 'at-least' },
        { key: 'x', figureId: 'exact', count: 7 },
      ],
      PHONE,
    );
    const block = (key: string) => layout.groups.find((g) => g.key === key)!;
    expect(layout.units.filter((u) => u.planned).map((u) => u.figureId)).toEqual(
      Array(20).fill('plan'),
    );
    expect(block('p').openEnd).toBe(false);
    expect(block('s/0').openEnd).toBe(false);
    expect(block('s/1').openEnd).toBe(true);
    expect(block('s/1').lowerBound).toBe(true);
    expect(block('x')).toMatchObject({ openEnd: false, planned: false, lowerBound: false });
  });

  it('chooses the largest cell that fits, between 3 px and the given maximum', () => {
    expect(layoutUnits([{ key: 'a', figureId: 'a', count: 1 }], PHONE).cell).toBe(
      UNIT_METRICS.maxCell,
    );
    expect(layoutUnits([{ key: 'a', figureId: 'a', count: 1 }], PHONE, { maxCell: 14 }).cell).toBe(
      14,
    );
    const groups = storeBlocks(regroupUnits(2000, 200));
    for (const size of [PHONE, DESKTOP]) {
      const layout = layoutUnits(groups, size);
      expect(layout.fits).toBe(true);
      expect(layout.cell).toBeGreaterThanOrEqual(3);
      expect(layout.cell).toBeLessThanOrEqual(UNIT_METRICS.maxCell);
      expect(layout.gap).toBe(layout.cell >= 7 ? 2 : 1);
      // Half a pixel more and it would no longer fit.
      const bigger = layout.cell + 0.5;
      expect(layoutUnits(groups, size, { minCell: bigger, maxCell: bigger }).fits).toBe(false);
      expectClean(layout, size, `${size.width}`);
    }
    expect(layoutUnits(groups, DESKTOP).cell).toBeGreaterThan(layoutUnits(groups, PHONE).cell);
  });

  it('lays out 2,000 units quickly', () => {
    const started = performance.now();
    layoutUnits([{ key: 'a', figureId: 'a', count: 2000, label: 'two thousand' }], PHONE);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('says when even the smallest units overflow, and still lays them out', () => {
    const layout = layoutUnits([{ key: 'a', figureId: 'a', count: 5000 }], {
      width: 100,
      height: 100,
    });
    expect(layout.fits).toBe(false);
    expect(layout.cell).toBe(3);
    expect(layout.units).toHaveLength(5000);
  });

  it('wraps a long label above its block and keeps it clear of the others', () => {
    const layout = layoutUnits(
      [
        {
          key: 'v',
          figureId: 'vocational-teachers',
          count: 41,
          label: 'vocational teachers in the 10th group sent from Zhejiang',
        },
        { key: 't', figureId: 'teachers-paired', count: 1795, label: '与援疆教师结对的本地教师' },
      ],
      PHONE,
      { perUnit: 10 },
    );
    expect(layout.groups[0]?.label?.lines.length).toBeGreaterThan(1);
    expectClean(layout, PHONE);
  });
  it('leaves a lower bound’s “+” room under its label, and the amount room over its text', () => {
    const groups = (qualifier: 'exact' | 'at-least'): UnitGroupInput[] => [
      {
        key: 'a',
        figureId: 'a',
        count: 3000,
        amount: '3,000 people',
        label: 'teachers',
        qualifier,
      },
      { key: 'b', figureId: 'b', count: 9000, amount: '9,000 people', label: 'doctors' },
    ];
    const gapUnder = (layout: UnitLayout) => {
      const block = layout.groups[0]!;
      const label = block.label!;
      return block.y - (label.y + labelTextHeight(true, label.lines.length));
    };
    // Units a few pixels high: the "+" centred on the last one reaches up about 9 px.
    const exact = layoutUnits(groups('exact'), PHONE);
    const open = layoutUnits(groups('at-least'), PHONE);
    expect(open.cell).toBe(exact.cell);
    expect(open.cell).toBeLessThan(5);
    expect(gapUnder(exact)).toBeCloseTo(UNIT_METRICS.labelGap, 5);
    expect(gapUnder(open)).toBeGreaterThanOrEqual(
      0.75 * UNIT_METRICS.fontSize - open.cell / 2 - 0.5,
    );
    // The text under a bold amount starts lower than the lines under one another.
    expect(whatBaseline(true) - whatBaseline(false)).toBeGreaterThan(LABEL_TEXT.lineHeight);
  });
});

describe('regroupUnits', () => {
  it('spreads items over groups as evenly as possible', () => {
    expect(regroupUnits(100, 10)).toEqual(Array(10).fill(10));
    expect(regroupUnits(1000, 100)).toEqual(Array(100).fill(10));
    const sizes = regroupUnits(1288, 100);
    expect(sizes).toHaveLength(100);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(1288);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBe(1);
    expect(sizes.filter((s) => s === 13)).toHaveLength(88);
    expect(regroupUnits(7, 0)).toEqual([]);
    expect(regroupUnits(3, 5)).toEqual([1, 1, 1, 0, 0]);
  });
});

describe('UnitTween', () => {
  const tenCities = layoutUnits(storeBlocks(Array(10).fill(10) as number[]), PHONE);
  const hundredCities = layoutUnits(storeBlocks(Array(100).fill(10) as number[]), PHONE);
  const all = () => true;
  const before = unitSprites(tenCities, { x: 0, y: 0 }, all);
  const after = unitSprites(hundredCities, { x: 0, y: 0 }, all);

  it('moves every kept unit from where it was to where it goes', () => {
    const tween = new UnitTween(before, after);
    const kept = after.findIndex((s) => s.key === 'stores:99');
    const from = before.find((s) => s.key === 'stores:99')!;
    const to = after[kept]!;
    expect(tween.at(0)[kept]).toMatchObject({ x: from.x, y: from.y, opacity: 1 });
    expect(tween.at(0.5)[kept]!.x).toBeCloseTo((from.x + to.x) / 2, 6);
    expect(tween.at(1)).toBe(tween.final);
    expect(tween.final).toEqual(after);
  });

  it('grows new units from nothing at their place, and fades out units no longer shown', () => {
    const grow = new UnitTween(before, after);
    const fresh = after.findIndex((s) => s.key === 'stores:500');
    expect(grow.at(0)[fresh]).toMatchObject({ x: after[fresh]!.x, width: 0, opacity: 0 });
    expect(grow.at(0.5)[fresh]!.opacity).toBeCloseTo(0.5, 6);

    const shrink = new UnitTween(after, before);
    const frame = shrink.at(0.25);
    expect(frame).toHaveLength(after.length); // the 900 leaving are still painted, fading
    const leaving = frame.find((s) => s.key === 'stores:500')!;
    expect(leaving.opacity).toBeCloseTo(0.75, 6);
    expect(shrink.final).toHaveLength(100);
  });

  it('takes the new look at once: a plan that is met is filled from the first frame', () => {
    const planned = unitSprites(
      layoutUnits([{ key: 'a', figureId: 'plan', count: 5, qualifier: 'planned' }], PHONE),
      { x: 0, y: 0 },
      all,
    );
    const done = unitSprites(
      layoutUnits([{ key: 'a', figureId: 'done', count: 5 }], PHONE),
      { x: 0, y: 0 },
      (id) => id !== 'done',
    );
    const first = new UnitTween(planned, done).at(0)[0]!;
    expect(first).toMatchObject({ planned: false, muted: true, figureId: 'done' });
  });

  it('places a panel at its offset and keeps a sliver of a nearly empty unit', () => {
    const tiny = layoutUnits([{ key: 'a', figureId: 'a', count: 1, perUnit: 100 }], PHONE);
    const [sprite] = unitSprites(tiny, { x: 40, y: 30 }, all);
    expect(sprite!.x).toBe(40 + tiny.units[0]!.x);
    expect(sprite!.y).toBe(30 + tiny.units[0]!.y);
    expect(sprite!.width).toBe(0.5);
  });

  it('allocates no sprites per frame', () => {
    const tween = new UnitTween(before, after);
    expect(tween.at(0.3)).toBe(tween.at(0.6));
  });
});
