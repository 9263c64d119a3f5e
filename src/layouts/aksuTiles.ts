// A schematic tile map of Aksu Prefecture's nine counties and Alar, placed in the order of their
// real positions (west to east, north to south), used until the geographic map lands.
export const AKSU_TILES: Record<string, { col: number; row: number }> = {
  wushi: { col: 0, row: 0 },
  wensu: { col: 1, row: 0 },
  baicheng: { col: 3, row: 0 },
  kuqa: { col: 4, row: 0 },
  'aksu-city': { col: 1, row: 1 },
  alar: { col: 2, row: 1 },
  xinhe: { col: 3, row: 1 },
  shaya: { col: 4, row: 1 },
  keping: { col: 0, row: 2 },
  awat: { col: 1, row: 2 },
};
export const AKSU_TILE_GRID = { cols: 5, rows: 3 } as const;

export interface Tile {
  id: string;
  x: number;
  y: number;
  size: number;
}

/** Square tiles that fill the width (or height) available, centred. */
export function layoutTiles(
  ids: readonly string[],
  width: number,
  height: number,
  gap = 6,
): Tile[] {
  const size = Math.max(
    0,
    Math.min(
      (width - gap * (AKSU_TILE_GRID.cols - 1)) / AKSU_TILE_GRID.cols,
      (height - gap * (AKSU_TILE_GRID.rows - 1)) / AKSU_TILE_GRID.rows,
    ),
  );
  const gridW = size * AKSU_TILE_GRID.cols + gap * (AKSU_TILE_GRID.cols - 1);
  const gridH = size * AKSU_TILE_GRID.rows + gap * (AKSU_TILE_GRID.rows - 1);
  const left = (width - gridW) / 2;
  const top = (height - gridH) / 2;
  return ids.flatMap((id) => {
    const cell = AKSU_TILES[id];
    if (!cell) return [];
    return [{ id, x: left + cell.col * (size + gap), y: top + cell.row * (size + gap), size }];
  });
}
