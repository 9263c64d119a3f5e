// How many items one square of a unit chart counts: the plan draws with it, and the story's
// scenes compare it with the step before's to say when the squares are on a new scale.
// No imports, so the story's layer can use it without the charts' code.

/** Past this many squares in one step, every group counts ten (then a hundred) to a square. */
export const MAX_UNITS_PER_CHART = 1500;

/** The step's one items-per-square: 1, or ×10 until the step needs at most 1,500 squares. */
export function perUnitFor(values: readonly number[]): number {
  let perUnit = 1;
  const squares = (p: number) => values.reduce((n, v) => n + Math.ceil(v / p - 1e-9), 0);
  while (squares(perUnit) > MAX_UNITS_PER_CHART) perUnit *= 10;
  return perUnit;
}
