// The story's charts in real Chromium: marks are the figures (one unit per store, ten people per
// square, square areas proportional to money), they persist and morph between steps, plans and
// lower bounds are marked, and every chart has a description, a key, a table and a CSV.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../src/components/charts/funding-plot.ts';
import '../../src/components/charts/outlets-plot.ts';
import '../../src/components/charts/people-plot.ts';
import '../../src/components/charts/alar-plot.ts';
import type { StoryChart } from '../../src/components/charts/story-chart.ts';
import type { ChartStrings } from '../../src/components/charts/chart-strings.ts';
import { content } from './browserContent.ts';
import { sceneForStep, type ChartScene } from '../../src/story/scene.ts';

const scene = (id: string) => sceneForStep(content, id) as ChartScene;
let realMatchMedia: typeof window.matchMedia;

/** Reduced motion: marks land at once, so their final geometry can be read (and snapshotted). */
function preferReducedMotion(on: boolean) {
  window.matchMedia = (query: string) =>
    ({
      ...realMatchMedia.call(window, query),
      matches: on && query.includes('reduced-motion'),
    }) as MediaQueryList;
}

async function mount(tag: string, stepId: string, width = 390, height = 520): Promise<StoryChart> {
  const el = document.createElement(tag) as StoryChart;
  el.style.width = `${width}px`;
  el.style.height = `${height}px`;
  el.style.display = 'flex';
  el.units = content.units;
  el.strings = content.ui as unknown as ChartStrings;
  el.scene = scene(stepId);
  document.body.append(el);
  await expect.poll(() => el.shadowRoot?.querySelector('g.panel')).toBeTruthy();
  return el;
}
const all = (el: StoryChart, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const unitsOf = (el: StoryChart, figureId?: string) =>
  el.drawnUnits.filter((u) => figureId === undefined || u.figureId === figureId);

/** The colour painted on the units' canvas at a point of the plot (CSS pixels). */
function paintedAt(el: StoryChart, x: number, y: number): [number, number, number, number] {
  const canvas = el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.units')!;
  const scale = canvas.width / canvas.getBoundingClientRect().width;
  const [r, g, b, a] = canvas
    .getContext('2d')!
    .getImageData(Math.floor(x * scale), Math.floor(y * scale), 1, 1).data;
  return [r ?? 0, g ?? 0, b ?? 0, a ?? 0];
}
const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.trim().slice(i, i + 2), 16));

beforeEach(() => {
  realMatchMedia = window.matchMedia;
  preferReducedMotion(true);
});
afterEach(() => {
  window.matchMedia = realMatchMedia;
  document.body.replaceChildren();
});

describe('<aksu-outlets-plot>', () => {
  it('draws one unit per store and keeps the same marks as ten cities become a hundred', async () => {
    const el = await mount('aksu-outlets-plot', 'outlets-ten-cities');
    await expect.poll(() => unitsOf(el).length).toBe(100);
    expect(unitsOf(el).filter((u) => u.planned)).toHaveLength(100);
    const firstKey = unitsOf(el)[0]?.key;
    el.scene = scene('outlets-hundred-cities');
    await el.updateComplete;
    await expect.poll(() => unitsOf(el).length).toBe(1000);
    expect(unitsOf(el).map((u) => u.key)).toContain(firstKey); // the same mark, moved
    el.scene = scene('outlets-1288-stores');
    await el.updateComplete;
    await expect.poll(() => unitsOf(el).length).toBe(1288);
    expect(unitsOf(el).filter((u) => u.planned)).toHaveLength(0);
    expect(all(el, 'line.threshold').map((t) => t.getAttribute('data-figure'))).toEqual([
      'outlets-original-stores',
      'outlets-upgraded-stores',
    ]);
    expect(el.shadowRoot!.querySelector('.key')?.textContent).toContain(
      '┃ “百店”：“十城百店”名称中的门店数',
    );
    expect(el.shadowRoot!.querySelector('.key')?.textContent).toContain('每格代表1家');
  });
});

describe('<aksu-people-plot>', () => {
  it('counts ten people to a square, with a "+" on lower bounds', async () => {
    const el = await mount('aksu-people-plot', 'people-teachers-paired');
    await expect.poll(() => unitsOf(el).length).toBeGreaterThan(0);
    // 41 people: 4 full squares and a tenth of one.
    expect(
      unitsOf(el, 'vocational-teachers').map((u) => Math.round((u.width / u.height) * 10) / 10),
    ).toEqual([1, 1, 1, 1, 0.1]);
    expect(unitsOf(el, 'teachers-paired')).toHaveLength(180);
    expect(unitsOf(el, 'cloud-teachers')).toHaveLength(40);
    expect(all(el, 'text.open-end').map((t) => t.textContent)).toEqual(['+']);
    expect(el.shadowRoot!.querySelector('.key')?.textContent).toContain('每格代表10人');
  });
});

describe('<aksu-funding-plot>', () => {
  it('makes square areas proportional to the amounts and says how far it zooms', async () => {
    const el = await mount('aksu-funding-plot', 'rural-insurance-futures');
    const side = (id: string) =>
      Number(
        el.shadowRoot!.querySelector(`rect.square[data-figure="${id}"]`)?.getAttribute('width'),
      );
    const ratio = side('rural-revitalisation-funds') ** 2 / side('insurance-futures-subsidy') ** 2;
    expect(ratio).toBeCloseTo(4_000_000_000 / 450_000, 3);
    expect(el.shadowRoot!.querySelector('.key')?.textContent).toContain('已放大94倍');
    el.lang = 'en';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.key')?.textContent).toContain('zoomed ×94');
    // The labels that fit are in English now (the ¥4 billion square runs off the zoomed view).
    await expect
      .poll(() => all(el, '.square-label .amount').map((t) => t.textContent))
      .toEqual(['over ¥60 million', '¥450,000']);
  });

  it('draws as reviewed (numbers rounded)', async () => {
    const el = await mount('aksu-funding-plot', 'rural-insurance-futures');
    await expect.poll(() => el.shadowRoot!.querySelectorAll('.square-label').length).toBe(2);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const markup = el
      .shadowRoot!.querySelector('svg.marks')!
      .outerHTML.replace(/-?\d+\.\d+(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 100) / 100))
      .replace(/ id="[^"]*"|url\(#[^)]*\)/g, '');
    expect(markup).toMatchSnapshot();
  });
});

describe('<aksu-alar-plot>', () => {
  it('shows the plan outlined beside what was done, with an accessible description', async () => {
    const el = await mount('aksu-alar-plot', 'alar-projects');
    await expect.poll(() => unitsOf(el).filter((u) => u.planned).length).toBe(75);
    const label = el.shadowRoot!.querySelector('svg.marks')?.getAttribute('aria-label') ?? '';
    expect(label).toContain('35个');
    expect(label).toContain('75个');
  });
});

describe('data table and CSV', () => {
  it('lists every figure of the step with its source, and downloads them as CSV', async () => {
    const el = await mount('aksu-alar-plot', 'alar-buses-bikes');
    const rows = all(el, '.data tbody tr').map((r) => r.getAttribute('data-figure'));
    expect(rows).toEqual(['alar-buses', 'alar-shared-ebikes']);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a.csv')!;
    expect(link.download).toBe('alar-alar-buses-bikes.csv');
    const csv = decodeURIComponent(link.href.replace(/^data:text\/csv;charset=utf-8,/, ''));
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFid,label,value,unit,qualifier,period,source,source_en',
    );
    expect(csv).toContain(
      'alar-buses,杭州援疆帮助的新能源公交车,16,vehicles,exact,截至报告发布（2021年年中）,浙江杭州援疆帮助的16辆新能源公交车,the 16 new-energy buses provided with the help of Zhejiang’s Hangzhou aid team',
    );
  });
});

describe('motion', () => {
  it('moves the same marks over time when motion is allowed, and lands them exactly', async () => {
    preferReducedMotion(false);
    const el = await mount('aksu-outlets-plot', 'outlets-ten-cities');
    const mark = () => el.drawnUnits.find((u) => u.key === 'stores:99');
    await expect.poll(() => mark()?.opacity, { timeout: 3000 }).toBe(1);
    const x0 = mark()!.x;
    el.scene = scene('outlets-1288-stores');
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 1200));
    const x1 = mark()!.x;
    expect(x1).not.toBe(x0);
    // Back again: caught mid-way, the mark is between where it was and where it goes.
    el.scene = scene('outlets-ten-cities');
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 250));
    const mid = mark()!.x;
    expect(mid).toBeGreaterThan(Math.min(x0, x1));
    expect(mid).toBeLessThan(Math.max(x0, x1));
    await expect.poll(() => mark()!.x, { timeout: 3000 }).toBeCloseTo(x0, 1);
  });
});

describe('the units canvas', () => {
  const paint = (el: HTMLElement, hex: string) => {
    for (const token of ['--color-aksu', '--color-zhejiang', '--color-alar']) {
      el.style.setProperty(token, hex);
    }
  };
  const centre = (u: { x: number; y: number; width: number; height: number }) =>
    [u.x + u.width / 2, u.y + u.height / 2] as const;

  it('fills units in their colour, outlines plans, and repaints when the theme changes', async () => {
    const el = await mount('aksu-outlets-plot', 'outlets-1288-stores');
    paint(el, '#123456');
    el.scene = scene('outlets-ten-cities');
    await el.updateComplete;
    await expect.poll(() => unitsOf(el).length).toBe(100);
    const planned = unitsOf(el)[0]!;
    expect(planned.planned).toBe(true);
    // A plan is an outline: coloured at its edge, empty inside.
    expect(paintedAt(el, planned.x + 0.5, planned.y + planned.height / 2)).toEqual([
      ...rgb('#123456'),
      255,
    ]);
    expect(paintedAt(el, ...centre(planned))[3]).toBe(0);

    el.scene = scene('outlets-1288-stores');
    await el.updateComplete;
    await expect.poll(() => unitsOf(el).length).toBe(1288);
    const store = unitsOf(el).at(-1)!;
    await expect.poll(() => paintedAt(el, ...centre(store))).toEqual([...rgb('#123456'), 255]);

    paint(el, '#abcdef'); // what a dark theme or a host page's own tokens do
    await expect.poll(() => paintedAt(el, ...centre(store))).toEqual([...rgb('#abcdef'), 255]);
  });

  it('keeps its squares when the chart is moved to another place in the page', async () => {
    const el = await mount('aksu-outlets-plot', 'outlets-1288-stores');
    paint(el, '#123456');
    await expect.poll(() => unitsOf(el).length).toBe(1288);
    const store = unitsOf(el).at(-1)!;
    await expect.poll(() => paintedAt(el, ...centre(store))).toEqual([...rgb('#123456'), 255]);
    // A host's framework re-orders its blocks just as the step changes: the chart is taken out
    // and put back while its drawing waits for its task.
    el.scene = scene('outlets-ten-cities');
    await el.updateComplete;
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(el);
    await expect.poll(() => unitsOf(el).length).toBe(100);
    const plan = unitsOf(el)[0]!;
    const planEdge = () => paintedAt(el, plan.x + 0.5, plan.y + plan.height / 2);
    await expect.poll(planEdge).toEqual([...rgb('#123456'), 255]);
    // Where the 1,288th store was, the canvas on screen is empty now.
    expect(paintedAt(el, ...centre(store))[3]).toBe(0);
    // Drawn again for any reason (here, new strings), the squares stay.
    el.strings = { ...(el.strings as ChartStrings) };
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(planEdge()).toEqual([...rgb('#123456'), 255]);
    expect(el.shadowRoot!.querySelectorAll('canvas.units')).toHaveLength(1);
  });

  it('resolves any CSS colour a host gives its tokens', async () => {
    const el = await mount('aksu-outlets-plot', 'outlets-1288-stores');
    paint(el, 'light-dark(#123456, #abcdef)');
    el.style.colorScheme = 'dark';
    await expect.poll(() => unitsOf(el).length).toBe(1288);
    const store = unitsOf(el).at(-1)!;
    await expect.poll(() => paintedAt(el, ...centre(store))).toEqual([...rgb('#abcdef'), 255]);
  });

  it('is as sharp as the screen: one canvas pixel for every device pixel', async () => {
    const el = await mount('aksu-outlets-plot', 'outlets-1288-stores', 390, 520);
    const canvas = el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.units')!;
    await expect.poll(() => canvas.width).toBe(Math.round(390 * devicePixelRatio));
    el.style.zoom = '2';
    await expect.poll(() => canvas.width).toBe(Math.round(390 * 2 * devicePixelRatio));
  });
});
