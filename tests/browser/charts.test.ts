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
  it('outlines the numbers in the names, then fills the 1,288 stores, labelled on the marks', async () => {
    const el = await mount('aksu-outlets-plot', 'outlets-ten-cities');
    const outlines = () => all(el, 'rect.outline').map((t) => t.getAttribute('data-figure'));
    const amounts = () => all(el, '.mark-label .amount').map((t) => t.textContent);
    await expect.poll(outlines).toEqual(['outlets-original-stores']);
    // A number in a name is no count: no store is drawn for it.
    expect(unitsOf(el)).toHaveLength(0);
    expect(amounts()).toEqual(['“百店”']);
    el.scene = scene('outlets-hundred-cities');
    await el.updateComplete;
    await expect
      .poll(() => outlines().sort())
      .toEqual(['outlets-original-stores', 'outlets-upgraded-stores']);
    expect(unitsOf(el)).toHaveLength(0);
    el.scene = scene('outlets-1288-stores');
    await el.updateComplete;
    await expect.poll(() => unitsOf(el).length).toBe(1288);
    expect(unitsOf(el).filter((u) => u.planned)).toHaveLength(0);
    expect(outlines()).toHaveLength(2);
    await expect.poll(amounts).toContain('1288家');
    // The thousand's outline goes round the first ten blocks of a hundred: all its stores inside.
    const outline = el.shadowRoot!.querySelector<SVGRectElement>(
      'rect.outline[data-figure="outlets-upgraded-stores"]',
    )!;
    const box = {
      x: Number(outline.getAttribute('x')),
      y: Number(outline.getAttribute('y')),
      width: Number(outline.getAttribute('width')),
      height: Number(outline.getAttribute('height')),
    };
    const panel = el.shadowRoot!.querySelector('g.panel')!.getAttribute('transform')!;
    const [, px, py] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(panel)!.map(Number);
    const inside = unitsOf(el).filter(
      (u) =>
        u.x >= box.x + px! &&
        u.x + u.width <= box.x + px! + box.width &&
        u.y >= box.y + py! &&
        u.y + u.height <= box.y + py! + box.height,
    );
    expect(inside).toHaveLength(1000);
    const key = el.shadowRoot!.querySelector('.key')?.textContent;
    expect(key).toContain('每格代表1家');
    expect(key).toContain('每组100家');
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
  const side = (el: StoryChart, id: string) =>
    Number(el.shadowRoot!.querySelector(`rect.square[data-figure="${id}"]`)?.getAttribute('width'));
  it('draws the subsidy beside the park, areas true, none inside another, labelled', async () => {
    const el = await mount('aksu-funding-plot', 'rural-insurance-futures');
    await expect.poll(() => side(el, 'insurance-futures-subsidy')).toBeGreaterThan(0);
    const ratio =
      side(el, 'ecommerce-park-funds') ** 2 / side(el, 'insurance-futures-subsidy') ** 2;
    expect(ratio).toBeCloseTo(60_000_000 / 450_000, 0);
    const x = (id: string) =>
      Number(el.shadowRoot!.querySelector(`rect.square[data-figure="${id}"]`)?.getAttribute('x'));
    expect(x('insurance-futures-subsidy')).toBeGreaterThan(
      x('ecommerce-park-funds') + side(el, 'ecommerce-park-funds'),
    );
    el.lang = 'en';
    await el.updateComplete;
    await expect
      .poll(() =>
        all(el, '.mark-label .amount')
          .map((t) => t.textContent)
          .sort(),
      )
      .toEqual(['¥450,000', '¥60 million+']);
  });

  it('draws the ¥450,000 speck at its true size, the ¥4 billion+ label in paper on its fill', async () => {
    const el = await mount('aksu-funding-plot', 'rural-funds');
    const side = (id: string) =>
      Number(
        el.shadowRoot!.querySelector(`rect.square[data-figure="${id}"]`)?.getAttribute('width'),
      );
    await expect.poll(() => side('insurance-futures-subsidy')).toBeGreaterThan(0);
    await expect.poll(() => el.dataset.drawn).toBe('rural-funds');
    // No enlarged copy: the speck is 1/94 of the ¥4 billion+ square's side, as its amount is.
    expect(el.shadowRoot!.querySelectorAll('rect.inset')).toHaveLength(0);
    const ratio = side('rural-revitalisation-funds') / side('insurance-futures-subsidy');
    expect(ratio).toBeGreaterThan(60);
    // Ink on dark orange cannot be read: the label inside its square takes the paper's colour.
    const inside = el.shadowRoot!.querySelector<SVGTextElement>(
      '.mark-label.is-inside[data-figure="rural-revitalisation-funds"] .amount',
    )!;
    const paper = getComputedStyle(el).getPropertyValue('--color-paper').trim();
    const probe = document.createElement('span');
    probe.style.color = paper;
    document.body.append(probe);
    expect(getComputedStyle(inside).fill).toBe(getComputedStyle(probe).color);
    probe.remove();
    // The share of all aid funds stands against its whole.
    const frame = el.shadowRoot!.querySelector('rect.share-frame')!;
    const fill = el.shadowRoot!.querySelector('rect.share-fill')!;
    expect(Number(fill.getAttribute('width')) / Number(frame.getAttribute('width'))).toBeCloseTo(
      0.9,
      2,
    );
  });

  it('draws as reviewed (numbers rounded)', async () => {
    const el = await mount('aksu-funding-plot', 'rural-insurance-futures');
    await expect.poll(() => el.shadowRoot!.querySelectorAll('.mark-label').length).toBe(2);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const markup = el
      .shadowRoot!.querySelector('svg.marks')!
      .outerHTML.replace(/-?\d+\.\d+(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 100) / 100))
      .replace(/ id="[^"]*"|url\(#[^)]*\)/g, '');
    expect(markup).toMatchSnapshot();
  });
});

describe('<aksu-alar-plot>', () => {
  it('shows the plan and the reserve outlined beside what was done, with an accessible description', async () => {
    const el = await mount('aksu-alar-plot', 'alar-projects');
    // 75 planned and 72 in reserve, not done: hollow; the 35 done: filled.
    await expect.poll(() => unitsOf(el).filter((u) => u.planned).length).toBe(75 + 72);
    expect(unitsOf(el, 'alar-projects-plan-2021').every((u) => u.planned)).toBe(true);
    expect(unitsOf(el, 'alar-reserve-projects').every((u) => u.planned)).toBe(true);
    expect(unitsOf(el, 'alar-projects-so-far').some((u) => u.planned)).toBe(false);
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

  it('keeps an opened table inside a 320 px phone’s panel: it scrolls sideways in its own box', async () => {
    const el = await mount('aksu-funding-plot', 'rural-funds', 288, 520);
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.data')!;
    details.open = true;
    const box = el.shadowRoot!.querySelector<HTMLElement>('.table-scroll')!;
    await expect.poll(() => box.getBoundingClientRect().height).toBeGreaterThan(0);
    const host = el.getBoundingClientRect();
    expect(box.getBoundingClientRect().right).toBeLessThanOrEqual(host.right + 0.5);
    // Its own box scrolls (and takes keys), so no column is out of the reader's reach.
    expect(box.scrollWidth).toBeGreaterThanOrEqual(box.clientWidth);
    expect(box.tabIndex).toBe(0);
  });
});

/** Two animation frames: what the chart has drawn is on screen. */
const painted = () =>
  new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

/** Waits until a moving mark has stopped (the same place on two frames in a row); where. */
async function stillAt(mark: () => { x: number } | undefined): Promise<number> {
  let last = Number.NaN;
  for (;;) {
    const x = mark()!.x;
    if (x === last) return x;
    last = x;
    await painted();
  }
}

describe('motion', () => {
  it('moves the same marks over time when motion is allowed, and lands them exactly', async () => {
    preferReducedMotion(false);
    const el = await mount('aksu-people-plot', 'people-teachers-paired');
    const mark = () => el.drawnUnits.find((u) => u.key === 'teachers-paired:99');
    await expect.poll(() => mark()?.opacity, { timeout: 3000 }).toBe(1);
    const x0 = mark()!.x;
    el.scene = scene('people-medical-alliance');
    await el.updateComplete;
    await expect.poll(() => el.dataset.drawn).toBe('people-medical-alliance');
    const x1 = await stillAt(mark);
    expect(x1).not.toBe(x0);
    // Back again: caught mid-way, the mark is between where it was and where it goes.
    el.scene = scene('people-teachers-paired');
    await el.updateComplete;
    await expect.poll(() => el.dataset.drawn).toBe('people-teachers-paired');
    await expect
      .poll(() => mark()!.x, { interval: 16 })
      .toSatisfy((mid: number) => mid > Math.min(x0, x1) && mid < Math.max(x0, x1));
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
    const el = await mount('aksu-alar-plot', 'alar-buses-bikes');
    paint(el, '#123456');
    el.scene = scene('alar-projects');
    await el.updateComplete;
    await expect.poll(() => unitsOf(el, 'alar-projects-plan-2021').length).toBe(75);
    const planned = unitsOf(el, 'alar-projects-plan-2021')[0]!;
    expect(planned.planned).toBe(true);
    // A plan is an outline: coloured at its edge, empty inside (painted a frame after the
    // units are laid out, so waited for).
    await expect
      .poll(() => paintedAt(el, planned.x + 0.5, planned.y + planned.height / 2))
      .toEqual([...rgb('#123456'), 255]);
    expect(paintedAt(el, ...centre(planned))[3]).toBe(0);

    el.scene = scene('alar-buses-bikes');
    await el.updateComplete;
    await expect.poll(() => unitsOf(el).length).toBe(516);
    const store = unitsOf(el).at(-1)!;
    await expect.poll(() => paintedAt(el, ...centre(store))).toEqual([...rgb('#123456'), 255]);

    paint(el, '#abcdef'); // what a dark theme or a host page's own tokens do
    await expect.poll(() => paintedAt(el, ...centre(store))).toEqual([...rgb('#abcdef'), 255]);
  });

  it('keeps its squares when the chart is moved to another place in the page', async () => {
    const el = await mount('aksu-alar-plot', 'alar-buses-bikes');
    paint(el, '#123456');
    await expect.poll(() => unitsOf(el).length).toBe(516);
    const store = unitsOf(el).at(-1)!;
    await expect.poll(() => paintedAt(el, ...centre(store))).toEqual([...rgb('#123456'), 255]);
    // A host's framework re-orders its blocks just as the step changes: the chart is taken out
    // and put back while its drawing waits for its task.
    el.scene = scene('alar-projects');
    await el.updateComplete;
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(el);
    await expect.poll(() => unitsOf(el).length).toBe(182);
    const plan = unitsOf(el, 'alar-projects-plan-2021')[0]!;
    const planEdge = () => paintedAt(el, plan.x + 0.5, plan.y + plan.height / 2);
    await expect.poll(planEdge).toEqual([...rgb('#123456'), 255]);
    // Where the 500th e-bike was, the canvas on screen is empty now.
    expect(paintedAt(el, ...centre(store))[3]).toBe(0);
    // Drawn again for any reason (here, new strings), the squares stay.
    el.strings = { ...(el.strings as ChartStrings) };
    await el.updateComplete;
    // The drawing runs in a task of its own after the update; once no draw waits, it has run.
    await expect
      .poll(() => (el as unknown as { drawTimer: unknown }).drawTimer, { interval: 5 })
      .toBeNull();
    await painted();
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

  it('paints, as sharp, where ResizeObserver has no device-pixel box (WebKit, every iPhone)', async () => {
    const observe = ResizeObserver.prototype.observe;
    // WebKit's own answer to the box it lacks.
    ResizeObserver.prototype.observe = function (target, options) {
      if (options?.box === 'device-pixel-content-box') throw new TypeError('Type error');
      observe.call(this, target, options);
    };
    try {
      const el = await mount('aksu-outlets-plot', 'outlets-1288-stores', 390, 520);
      paint(el, '#123456');
      const canvas = el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.units')!;
      await expect.poll(() => unitsOf(el).length).toBe(1288);
      const store = unitsOf(el).at(-1)!;
      await expect.poll(() => paintedAt(el, ...centre(store))).toEqual([...rgb('#123456'), 255]);
      expect(canvas.width).toBe(Math.round(390 * devicePixelRatio));
    } finally {
      ResizeObserver.prototype.observe = observe;
    }
  });

  it('is as sharp as the screen: one canvas pixel for every device pixel', async () => {
    const el = await mount('aksu-outlets-plot', 'outlets-1288-stores', 390, 520);
    const canvas = el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.units')!;
    await expect.poll(() => canvas.width).toBe(Math.round(390 * devicePixelRatio));
    el.style.zoom = '2';
    await expect.poll(() => canvas.width).toBe(Math.round(390 * 2 * devicePixelRatio));
  });

  it('is as sharp on a zoomed exhibition screen in an engine without currentCSSZoom (WebKit)', async () => {
    const own = Object.getOwnPropertyDescriptor(Element.prototype, 'currentCSSZoom');
    // WebKit 2.50 and Safari have no currentCSSZoom: the exhibition's --exhibit-zoom is the zoom.
    Object.defineProperty(Element.prototype, 'currentCSSZoom', {
      configurable: true,
      get: () => undefined,
    });
    try {
      const el = await mount('aksu-outlets-plot', 'outlets-1288-stores', 390, 520);
      const canvas = el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.units')!;
      await expect.poll(() => canvas.width).toBe(Math.round(390 * devicePixelRatio));
      el.style.zoom = '2';
      el.style.setProperty('--exhibit-zoom', '2');
      await expect.poll(() => canvas.width).toBe(Math.round(390 * 2 * devicePixelRatio));
    } finally {
      if (own) Object.defineProperty(Element.prototype, 'currentCSSZoom', own);
      else delete (Element.prototype as { currentCSSZoom?: number }).currentCSSZoom;
    }
  });
});
