// Layout of the pairing diagram: Zhejiang's cities in one column, the places they support in the
// other, a curve per pairing. Cities with no known pairing get no curve.
import type { ScenePairing, ScenePlace } from '../story/scene.ts';

export interface PairingLayout {
  cities: { place: ScenePlace; y: number; paired: boolean }[];
  targets: { place: ScenePlace; y: number }[];
  links: { from: string; to: string; path: string }[];
}

export function layoutPairings(
  pairings: readonly ScenePairing[],
  targets: readonly ScenePlace[],
  width: number,
  height: number,
  columnInset: number,
): PairingLayout {
  const rowY = (i: number, n: number) => (n <= 1 ? height / 2 : (i * height) / (n - 1));
  const cities = pairings.map((p, i) => ({
    place: p.from,
    y: rowY(i, pairings.length),
    paired: p.supports.length > 0,
  }));
  const targetRows = targets.map((place, i) => ({ place, y: rowY(i, targets.length) }));
  const yOf = new Map(targetRows.map((t) => [t.place.id, t.y]));
  const x0 = columnInset;
  const x1 = width - columnInset;
  const mid = (x0 + x1) / 2;
  const links = pairings.flatMap((p, i) =>
    p.supports.flatMap((target) => {
      const y1 = yOf.get(target.id);
      if (y1 === undefined) return [];
      const y0 = cities[i]?.y ?? 0;
      const path = `M${r(x0)},${r(y0)}C${r(mid)},${r(y0)} ${r(mid)},${r(y1)} ${r(x1)},${r(y1)}`;
      return [{ from: p.from.id, to: target.id, path }];
    }),
  );
  return { cities, targets: targetRows, links };
}

const r = (n: number) => Math.round(n * 10) / 10;
