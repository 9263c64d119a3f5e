// Layout of unit charts: one small square stands for `perUnit` items (a store, ten people). Each
// group's units fill a block row by row; blocks flow left to right and wrap, each with room for
// its label above. Units are keyed by series and running index, so when a step adds units or
// regroups them the same keys persist and D3 can move each mark rather than redraw it.
import type { Qualifier } from '../content/schema.ts';
import { estimateTextWidth, type WrappedText } from '../layouts/textMetrics.ts';
import { LABEL_TEXT, wrapLabel } from './markLabels.ts';

const NO_LABEL: WrappedText = { lines: [], width: 0 };
import { markFlags, round2, type MarkFlags, type Size } from './marks.ts';

export interface UnitGroupInput {
  key: string;
  figureId: string;
  /** Items in the group (the figure's value, or this block's share of it). */
  count: number;
  /** Text above the block, in the reader's language; none reserves no room. */
  label?: string;
  qualifier?: Qualifier;
  /** Items per unit for this group; defaults to the layout's. */
  perUnit?: number;
  /**
   * Groups of one series share a key space: units are keyed `${series}:${i}`, counting on across
   * the series' groups, so splitting 1,000 stores into 10 or 100 blocks keeps every key.
   * Defaults to the group's own key.
   */
  series?: string;
  /** The number on the mark ("1,795 people"), a bold line above the label. */
  amount?: string;
  /** Units the block has room for (a block of a hundred stores); defaults to its units. */
  capacity?: number;
}

export interface UnitLayoutOptions {
  perUnit?: number;
  fontSize?: number;
  lineHeight?: number;
  minCell?: number;
  maxCell?: number;
  /** Units per row in every block, fixed (ten, for blocks of a hundred); else searched. */
  columns?: number;
  /** Blocks per row that may be chosen (1, 2, 5 or 10, so ten blocks make a rectangle). */
  blocksPerRow?: readonly number[];
}

export interface UnitMark extends MarkFlags {
  key: string;
  figureId: string;
  groupKey: string;
  series: string;
  /** Position in the series, from 0. */
  index: number;
  x: number;
  y: number;
  size: number;
  /** Share of the unit that is filled: below 1 only for the last unit of a partial count. */
  fraction: number;
}

export interface UnitBlock extends MarkFlags {
  key: string;
  figureId: string;
  series: string;
  x: number;
  y: number;
  width: number;
  height: number;
  units: number;
  perUnit: number;
  label: { x: number; y: number; amount: string | null; lines: readonly string[] } | null;
  /** A lower bound: the series' last block is drawn open-ended ("+"). */
  openEnd: boolean;
}

export interface UnitLayout {
  cell: number;
  gap: number;
  /** Units per row inside every block, the same for all so block heights compare like bars. */
  columns: number;
  /** False when even the smallest cell overflows the size (the layout is still returned). */
  fits: boolean;
  units: UnitMark[];
  groups: UnitBlock[];
  width: number;
  height: number;
}

export const UNIT_METRICS = {
  minCell: 3,
  /** Large enough that a few dozen squares fill a desktop panel. */
  maxCell: 40,
  cellStep: 0.5,
  fontSize: 12,
  lineHeight: 16,
  labelGap: 4,
  /** Labels narrower than this wrap at this width rather than at a narrow block's. */
  labelMinWidth: 200,
} as const;

interface Prepared {
  input: UnitGroupInput;
  series: string;
  perUnit: number;
  units: number;
  fraction: number;
  first: number;
  /** Units the block is drawn with room for. */
  room: number;
}

function prepare(groups: readonly UnitGroupInput[], perUnitDefault: number): Prepared[] {
  const next = new Map<string, number>();
  return groups.map((input) => {
    const series = input.series ?? input.key;
    const perUnit = input.perUnit ?? perUnitDefault;
    const exact = Math.max(0, input.count) / perUnit;
    const units = Math.ceil(exact - 1e-9);
    const rest = exact - Math.floor(exact + 1e-9);
    const first = next.get(series) ?? 0;
    next.set(series, first + units);
    const room = Math.max(units, input.capacity ?? 0);
    return { input, series, perUnit, units, fraction: rest > 1e-9 ? rest : 1, first, room };
  });
}

interface Slot {
  group: Prepared;
  x: number;
  row: number;
  blockWidth: number;
  blockHeight: number;
  amount: string | null;
  lines: readonly string[];
}

interface Flow {
  slots: Slot[];
  rowTops: number[];
  rowBands: number[];
  width: number;
  height: number;
}

type TextOpts = Required<Pick<UnitLayoutOptions, 'fontSize' | 'lineHeight'>>;

/** Places the blocks for one cell size and column count; null when they cannot fit. */
function flow(
  groups: Prepared[],
  size: Size,
  pitch: number,
  gap: number,
  columns: number,
  opts: TextOpts,
  blocksPerRow = Number.POSITIVE_INFINITY,
): Flow | null {
  const blockGap = Math.max(6, pitch);
  // After a labelled block, wide enough that its label never runs into the next one's.
  const labelGap = Math.max(16, pitch);
  const slots: Slot[] = [];
  let x = 0;
  let row = 0;
  let inRow = 0;
  let width = 0;
  for (const group of groups) {
    const cols = Math.min(columns, group.room);
    const blockWidth = Math.max(0, cols * pitch - gap);
    const blockHeight = Math.max(0, Math.ceil(group.room / columns) * pitch - gap);
    if (blockWidth > size.width) return null;
    const text = group.input.label ?? '';
    const wrapAt = Math.min(size.width, Math.max(blockWidth, UNIT_METRICS.labelMinWidth));
    const { lines, width: textWidth } = text
      ? wrapLabel(text, wrapAt, size.width, opts.fontSize)
      : NO_LABEL;
    const amount = group.input.amount ?? null;
    const amountWidth = amount ? estimateTextWidth(amount, opts.fontSize + 2, true) : 0;
    const labelWidth = Math.max(textWidth, amountWidth);
    const slotWidth = Math.min(size.width, Math.max(blockWidth, labelWidth));
    const full = x > 0 && x + slotWidth > size.width;
    // A fixed number of blocks per row: a row too narrow for them is no layout at all.
    if (full && Number.isFinite(blocksPerRow) && inRow < blocksPerRow) return null;
    if (full || inRow >= blocksPerRow) {
      row += 1;
      x = 0;
      inRow = 0;
    }
    slots.push({ group, x, row, blockWidth, blockHeight, amount, lines });
    width = Math.max(width, x + slotWidth);
    x += slotWidth + (lines.length || amount ? labelGap : blockGap);
    inRow += 1;
  }
  const rowBands: number[] = [];
  const rowHeights: number[] = [];
  for (const s of slots) {
    const count = s.lines.length + (s.amount ? 1 : 0);
    const underAmount = s.amount && s.lines.length ? LABEL_TEXT.amountToWhat - opts.lineHeight : 0;
    const band = count
      ? count * opts.lineHeight + underAmount + labelGapAbove(s.group, pitch - gap, opts.fontSize)
      : 0;
    rowBands[s.row] = Math.max(rowBands[s.row] ?? 0, band);
    rowHeights[s.row] = Math.max(rowHeights[s.row] ?? 0, s.blockHeight);
  }
  const rowTops: number[] = [];
  let y = 0;
  for (let r = 0; r < rowBands.length; r++) {
    rowTops[r] = y;
    y += (rowBands[r] ?? 0) + (rowHeights[r] ?? 0) + blockGap;
  }
  const height = Math.max(0, y - blockGap);
  return height <= size.height ? { slots, rowTops, rowBands, width, height } : null;
}

/** Half the height of a "+" set in the label type, as a share of its size (CJK fonts' boxes). */
const PLUS_HALF_HEIGHT = 0.75;

/**
 * The gap between a label and its block. A lower bound's "+" stands centred on its last unit, and
 * with units a few pixels high its glyph would reach up into the label: the gap grows to clear it.
 */
function labelGapAbove(group: Prepared, cell: number, fontSize: number): number {
  const plusReach = markFlags(group.input.qualifier ?? 'exact').lowerBound
    ? Math.ceil(PLUS_HALF_HEIGHT * fontSize - cell / 2)
    : 0;
  return Math.max(UNIT_METRICS.labelGap, plusReach);
}

/** Rows of ten (or five) can be counted at a glance, so those widths win among equals. */
function columnRank(columns: number): number {
  return columns % 10 === 0 ? 0 : columns % 5 === 0 ? 1 : 2;
}

function bestFlow(groups: Prepared[], size: Size, opts: Required<UnitLayoutOptions>) {
  const total = groups.reduce((n, g) => n + g.room, 0);
  const cells: number[] = [];
  for (let c = opts.maxCell; c >= opts.minCell - 1e-9; c -= UNIT_METRICS.cellStep) cells.push(c);
  const perRow = opts.blocksPerRow.length ? opts.blocksPerRow : [Number.POSITIVE_INFINITY];
  for (const cell of cells) {
    const gap = cell >= 7 ? 2 : 1;
    const pitch = cell + gap;
    if (total * pitch * pitch > (size.width + gap) * (size.height + gap)) continue;
    // Columns beyond the largest group's units would all give the same layout.
    const widest = Math.max(1, ...groups.map((g) => g.room));
    const maxColumns = Math.max(1, Math.min(widest, Math.floor((size.width + gap) / pitch)));
    const choices = opts.columns > 0 ? [opts.columns] : range(1, maxColumns);
    let best: { flow: Flow; columns: number } | null = null;
    for (const columns of choices) {
      for (const k of perRow) {
        const f = flow(groups, size, pitch, gap, columns, opts, k);
        if (!f) continue;
        const better =
          !best ||
          columnRank(columns) < columnRank(best.columns) ||
          (columnRank(columns) === columnRank(best.columns) && f.height < best.flow.height);
        if (better) best = { flow: f, columns };
      }
    }
    if (best) return { ...best, cell, gap, pitch, fits: true };
  }
  // Nothing fits: lay out at the smallest cell anyway, flagged, so the chart can still draw.
  const cell = opts.minCell;
  const gap = 1;
  const pitch = cell + gap;
  const columns =
    opts.columns > 0 ? opts.columns : Math.max(1, Math.floor((size.width + gap) / pitch));
  const unbounded = {
    width: Math.max(size.width, pitch * columns),
    height: Number.POSITIVE_INFINITY,
  };
  const f = flow(groups, unbounded, pitch, gap, columns, opts) as Flow;
  return { flow: f, columns, cell, gap, pitch, fits: false };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

export function layoutUnits(
  groups: readonly UnitGroupInput[],
  size: Size,
  options: UnitLayoutOptions = {},
): UnitLayout {
  const opts: Required<UnitLayoutOptions> = {
    perUnit: options.perUnit ?? 1,
    fontSize: options.fontSize ?? UNIT_METRICS.fontSize,
    lineHeight: options.lineHeight ?? UNIT_METRICS.lineHeight,
    minCell: options.minCell ?? UNIT_METRICS.minCell,
    maxCell: options.maxCell ?? UNIT_METRICS.maxCell,
    columns: options.columns ?? 0,
    blocksPerRow: options.blocksPerRow ?? [],
  };
  const prepared = prepare(groups, opts.perUnit);
  // A lower bound's "+" stands after its last unit: where that unit ends a full row, the "+" needs
  // room past the grid, so the grid leaves it (it ran off a phone's panel at 100+ shops).
  const plus = prepared.some((g) => markFlags(g.input.qualifier ?? 'exact').lowerBound)
    ? Math.ceil(opts.fontSize * 0.7 + 3)
    : 0;
  const {
    flow: f,
    columns,
    cell,
    gap,
    pitch,
    fits,
  } = bestFlow(prepared, { width: Math.max(1, size.width - plus), height: size.height }, opts);
  const lastOfSeries = new Map(prepared.filter((g) => g.units > 0).map((g) => [g.series, g]));
  const units: UnitMark[] = [];
  const blocks: UnitBlock[] = f.slots.map((slot) => {
    const { group } = slot;
    const top = f.rowTops[slot.row] ?? 0;
    const blockY = top + (f.rowBands[slot.row] ?? 0);
    const flags = markFlags(group.input.qualifier ?? 'exact');
    for (let i = 0; i < group.units; i++) {
      const index = group.first + i;
      units.push({
        key: `${group.series}:${index}`,
        figureId: group.input.figureId,
        groupKey: group.input.key,
        series: group.series,
        index,
        x: round2(slot.x + (i % columns) * pitch),
        y: round2(blockY + Math.floor(i / columns) * pitch),
        size: cell,
        fraction: i === group.units - 1 ? round2(group.fraction) : 1,
        ...flags,
      });
    }
    const labelled = slot.lines.length > 0 || slot.amount !== null;
    return {
      key: group.input.key,
      figureId: group.input.figureId,
      series: group.series,
      x: round2(slot.x),
      y: round2(blockY),
      width: round2(slot.blockWidth),
      height: round2(slot.blockHeight),
      units: group.units,
      perUnit: group.perUnit,
      label: labelled
        ? { x: round2(slot.x), y: round2(top), amount: slot.amount, lines: slot.lines }
        : null,
      openEnd: flags.lowerBound && lastOfSeries.get(group.series) === group,
      ...flags,
    };
  });
  return {
    cell,
    gap,
    columns,
    fits,
    units,
    groups: blocks,
    width: round2(f.width),
    height: round2(f.height),
  };
}

/**
 * Where a lower bound's "+" stands: just after its block's last unit, centred on that unit's row
 * (the layout leaves the label above room for it).
 */
export function openEndAt(layout: UnitLayout, block: UnitBlock): { x: number; y: number } {
  const last = layout.units.filter((u) => u.groupKey === block.key).at(-1);
  return last
    ? { x: round2(last.x + last.size + 3), y: round2(last.y + last.size / 2) }
    : { x: round2(block.x + block.width + 3), y: round2(block.y + block.height / 2) };
}

/** Blocks that hold no unit: drawn as faint slots, so a name's outline reads in blocks of 100. */
export function emptyBlocks(layout: UnitLayout): UnitBlock[] {
  return layout.groups.filter((b) => b.units === 0);
}
