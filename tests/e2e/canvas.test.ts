// The unit squares are as sharp as the screen: on a phone at device pixel ratios 1, 2 and 3, in
// both languages, a row (and a column) of device pixels across a square holds only the square's
// colour and the background behind it, with no half-coloured pixels at its edges. (A canvas
// whose backing store is smaller than the pixels it covers, stretched by the screen, fails.)
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { PNG } from 'pngjs';
import { LANGS, nextFrames, useBuiltSite } from './pageHelpers.ts';

const site = useBuiltSite();
const { pages } = site;
const PHONE = { width: 390, height: 844 };
// Squares of 14 px at whole-pixel places, and 4.5 px squares at half-pixel places.
const STEPS = ['outlets-online-shops', 'outlets-1288-stores'];

type Rgb = [number, number, number];
interface Square {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface Painted {
  left: number;
  top: number;
  backing: [number, number];
  css: [number, number];
  /** The page's paper, seen between squares. */
  paper: Rgb;
  squares: Square[];
}

/** Where the canvas is (CSS px), its backing store, and some filled, unmuted squares on it. */
async function paintedSquares(page: Page, stepId: string): Promise<Painted> {
  await page.waitForFunction((id) => {
    const graphic = document.querySelector('aksu-graphic')?.shadowRoot;
    if (!graphic?.querySelector(`.frame[data-scene="${id}"]`)) return false;
    const chart = [...graphic.querySelectorAll('*')].find((el) =>
      el.shadowRoot?.querySelector('canvas.units'),
    );
    const canvas = chart?.shadowRoot?.querySelector<HTMLCanvasElement>('canvas.units');
    return Boolean(canvas && 'painted' in canvas.dataset && canvas.width > 0);
  }, stepId);
  await nextFrames(page, 3);
  return page.evaluate(() => {
    const graphic = document.querySelector('aksu-graphic')!.shadowRoot!;
    const chart = [...graphic.querySelectorAll('*')].find((el) =>
      el.shadowRoot?.querySelector('canvas.units'),
    ) as Element & { drawnUnits: (Square & { muted: boolean; planned: boolean })[] };
    const canvas = chart.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.units')!;
    const rect = canvas.getBoundingClientRect();
    const squares = chart.drawnUnits
      .filter((u) => !u.muted && !u.planned && u.width >= 2)
      .slice(0, 12)
      .map(({ x, y, width, height }) => ({ x, y, width, height }));
    const paper = getComputedStyle(document.body)
      .backgroundColor.match(/\d+/g)!
      .slice(0, 3)
      .map(Number) as Rgb;
    return {
      paper,
      left: rect.left,
      top: rect.top,
      backing: [canvas.width, canvas.height] as [number, number],
      css: [rect.width, rect.height] as [number, number],
      squares,
    };
  });
}

const far = (a: Rgb, b: Rgb) => Math.max(...a.map((v, i) => Math.abs(v - (b[i] as number))));

/**
 * Device pixels across each square, from 1 CSS px before it to 1 CSS px after it (the gap to its
 * neighbour): every one must be the square's colour or the gap's, none a blend of the two.
 */
function blendedPixels(png: PNG, dpr: number, painted: Painted): string[] {
  const at = (x: number, y: number): Rgb => {
    const i = (png.width * y + x) * 4;
    return [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
  };
  const problems: string[] = [];
  for (const sq of painted.squares) {
    const x0 = (painted.left + sq.x) * dpr;
    const x1 = (painted.left + sq.x + sq.width) * dpr;
    const y0 = (painted.top + sq.y) * dpr;
    const y1 = (painted.top + sq.y + sq.height) * dpr;
    const cx = Math.floor((x0 + x1) / 2);
    const cy = Math.floor((y0 + y1) / 2);
    const inside = at(cx, cy);
    const scan = (coords: [number, number][], outside: Rgb, what: string) => {
      for (const [x, y] of coords) {
        const seen = at(x, y);
        const blend = [inside, outside, painted.paper].every((c) => far(seen, c) > 24);
        if (blend) {
          problems.push(`${what} square at ${sq.x},${sq.y}: pixel ${x},${y} is ${seen}`);
        }
      }
    };
    const row: [number, number][] = [];
    for (let x = Math.floor(x0 - dpr); x < Math.ceil(x1 + dpr); x++) row.push([x, cy]);
    scan(row, at(Math.floor(x0 - dpr), cy), 'across the');
    const column: [number, number][] = [];
    for (let y = Math.floor(y0 - dpr); y < Math.ceil(y1 + dpr); y++) column.push([cx, y]);
    scan(column, at(cx, Math.floor(y0 - dpr)), 'down the');
  }
  return problems;
}

describe('unit squares are crisp', () => {
  for (const lang of LANGS) {
    for (const dpr of [1, 2, 3]) {
      it(`on a phone at a device pixel ratio of ${dpr} (${lang})`, async () => {
        const { page } = await pages.open(`${site.url}?lang=${lang}#${STEPS[0]}`, {
          viewport: PHONE,
          deviceScaleFactor: dpr,
          reducedMotion: 'reduce',
        });
        for (const stepId of STEPS) {
          if (stepId !== STEPS[0]) {
            await page.evaluate((id) => (location.hash = id), stepId);
          }
          const painted = await paintedSquares(page, stepId);
          expect(painted.squares.length, `${stepId}: squares to look at`).toBeGreaterThan(4);
          // The backing store has a pixel for every device pixel the canvas covers.
          expect(painted.backing[0], `${stepId}: backing store width`).toBeCloseTo(
            painted.css[0] * dpr,
            -0.5,
          );
          expect(painted.backing[1], `${stepId}: backing store height`).toBeCloseTo(
            painted.css[1] * dpr,
            -0.5,
          );
          const png = PNG.sync.read(await page.screenshot({ scale: 'device' }));
          expect(png.width).toBe(PHONE.width * dpr);
          expect(blendedPixels(png, dpr, painted), `${stepId}: blended edge pixels`).toEqual([]);
        }
      });
    }
  }
});
