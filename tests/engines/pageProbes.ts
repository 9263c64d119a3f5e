// What the cross-engine suite reads in the page. Each is a function whose source is sent to the
// engine (so: no closures, no imports), run there, and answered as JSON.

export interface StoryState {
  current: string[];
  drawn: string | null;
  lang: string;
  errors: string[];
  scrollY: number;
}

export function storyState(): StoryState {
  const frame = document.querySelector('aksu-graphic')?.shadowRoot?.querySelector('.frame');
  return {
    current: [...document.querySelectorAll('[aria-current="step"]')].map((el) => el.id),
    drawn: frame?.getAttribute('data-scene') ?? null,
    lang: document.documentElement.lang,
    errors: (window as unknown as { __engineErrors?: string[] }).__engineErrors ?? ['no recorder'],
    scrollY: window.scrollY,
  };
}

export function stepIds(): string[] {
  return [...document.querySelectorAll<HTMLElement>('[data-step]')].map((el) => el.id);
}

/**
 * What a reader would miss in the drawing `root` (a shadow root, or the document): a map with no
 * path in view, a chart with no label, units not painted on their canvas, notes without text.
 * Returns the problems, and the drawing's labels (to compare numbers across engines).
 */
export function drawingProblems(hostSelector: string | null): {
  problems: string[];
  labels: string[];
} {
  const problems: string[] = [];
  // The drawing may sit in shadow roots within shadow roots (a web component's own graphic).
  const find = (root: ParentNode): Element | null => {
    const here = root.querySelector('.frame > .drawing');
    if (here) return here;
    for (const el of root.querySelectorAll('*')) {
      const inner = el.shadowRoot ? find(el.shadowRoot) : null;
      if (inner) return inner;
    }
    return null;
  };
  const host = hostSelector ? document.querySelector(hostSelector) : null;
  const drawing = find(host?.shadowRoot ?? document) as
    (HTMLElement & { drawnUnits?: unknown[] }) | null;
  const root = drawing?.shadowRoot;
  if (!drawing || !root) return { problems: ['no drawing'], labels: [] };
  const box = drawing.getBoundingClientRect();
  if (box.width < 50 || box.height < 50) problems.push(`drawing is ${box.width}×${box.height}`);
  const inView = (r: DOMRect) =>
    r.width > 0 &&
    r.height > 0 &&
    r.right > 0 &&
    r.bottom > 0 &&
    r.left < innerWidth &&
    r.top < innerHeight;
  const tag = drawing.tagName.toLowerCase();
  const labels = [...root.querySelectorAll('text, .label, .figure, .number')]
    .map((el) => (el.textContent ?? '').trim())
    .filter(Boolean);
  if (tag === 'aksu-geo-map') {
    const paths = [...root.querySelectorAll('path')].filter((p) =>
      inView(p.getBoundingClientRect()),
    );
    if (paths.length === 0) problems.push('map: no path in view');
  } else if (tag === 'aksu-notes') {
    if ((root.textContent ?? '').trim().length < 10) problems.push('notes: no text');
  } else {
    if (root.querySelectorAll('text').length === 0) problems.push(`${tag}: no label`);
    const scene = drawing.closest('.frame')?.getAttribute('data-scene');
    if (scene && drawing.getAttribute('data-drawn') !== scene) {
      problems.push(`${tag}: marks not yet drawn for ${scene}`);
    }
    const units = drawing.drawnUnits?.length ?? 0;
    const canvas = root.querySelector<HTMLCanvasElement>('canvas.units');
    if (units > 0) {
      if (!canvas || canvas.width === 0) problems.push(`${tag}: ${units} units, no canvas`);
      else {
        const pixels = canvas
          .getContext('2d')
          ?.getImageData(0, 0, canvas.width, canvas.height).data;
        let painted = 0;
        for (let i = 3; pixels && i < pixels.length; i += 4) if (pixels[i]) painted++;
        if (painted === 0) problems.push(`${tag}: ${units} units, canvas not painted`);
        const css = canvas.getBoundingClientRect().width;
        if (Math.abs(canvas.width - css * devicePixelRatio) > 2)
          problems.push(
            `${tag}: canvas ${canvas.width} px for ${css} CSS px at ×${devicePixelRatio}`,
          );
      }
    }
  }
  return { problems, labels };
}

/**
 * Text that runs out of its box, as line breaking differs between engines (Chinese above all:
 * where a line may break, and how wide each engine's fallback fonts set it): a step card or a
 * chapter title wider inside than its box, the page wider than the window, a label of the drawing
 * (`hostSelector` as for drawingProblems) past the drawing's left or right edge.
 */
export function overflowProblems(hostSelector: string | null): string[] {
  // A chart's and a map's labels, and the notes' text (titles, names, big numbers).
  const LABELS =
    'text, .label, .title, .group__title, .item__heading, .item__text, .stat__number, .stat__label';
  const problems: string[] = [];
  const shown = (el: Element) => el.getClientRects().length > 0;
  for (const card of document.querySelectorAll<HTMLElement>('.step, .chapter__title')) {
    if (shown(card) && card.scrollWidth > card.clientWidth + 1) {
      problems.push(`#${card.id || card.className}: ${card.scrollWidth} px in ${card.clientWidth}`);
    }
  }
  const page = document.documentElement.scrollWidth;
  if (page > innerWidth + 1) problems.push(`the page is ${page} px wide in ${innerWidth}`);
  const find = (root: ParentNode): Element | null => {
    const here = root.querySelector('.frame > .drawing');
    if (here) return here;
    for (const el of root.querySelectorAll('*')) {
      const inner = el.shadowRoot ? find(el.shadowRoot) : null;
      if (inner) return inner;
    }
    return null;
  };
  const host = hostSelector ? document.querySelector(hostSelector) : null;
  const drawing = find(host?.shadowRoot ?? document);
  const box = drawing?.getBoundingClientRect();
  // An SVG label's glyphs, not its halo (a paper-coloured stroke): Firefox's client rect of a
  // text includes the stroke, Chromium's and WebKit's do not.
  // An HTML label's glyphs, not its block: a note's line box spans its column, and its text can
  // run past it (an unbreakable Chinese name).
  const glyphs = (label: Element) => {
    const range = document.createRange();
    range.selectNodeContents(label);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    if (rects.length === 0) return label.getBoundingClientRect();
    const left = Math.min(...rects.map((r) => r.left));
    const right = Math.max(...rects.map((r) => r.right));
    return { left, right, width: right - left };
  };
  const extent = (label: Element) => {
    if (!(label instanceof SVGGraphicsElement)) return glyphs(label);
    const b = label.getBBox();
    const m = label.getScreenCTM();
    if (!m) return label.getBoundingClientRect();
    const xs = [b.x, b.x + b.width].map((x) => m.a * x + m.e);
    return { left: Math.min(...xs), right: Math.max(...xs), width: b.width * Math.abs(m.a) };
  };
  for (const label of drawing?.shadowRoot?.querySelectorAll(LABELS) ?? []) {
    const r = extent(label);
    if (!box || r.width === 0 || (r.left >= box.left - 1 && r.right <= box.right + 1)) continue;
    const past = Math.round(Math.max(box.left - r.left, r.right - box.right));
    problems.push(`label "${(label.textContent ?? '').trim()}" ${past} px past the drawing`);
  }
  return problems;
}

/** Records every step that becomes current, in order, from now on. */
export function logSteps(): void {
  const log: string[] = [];
  (window as unknown as { __engineStepLog: string[] }).__engineStepLog = log;
  new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target as HTMLElement;
      if (el.getAttribute('aria-current') === 'step' && log.at(-1) !== el.id) log.push(el.id);
    }
  }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['aria-current'] });
}

export function steppedThrough(): string[] {
  return (window as unknown as { __engineStepLog?: string[] }).__engineStepLog ?? [];
}

/**
 * Scrolls down, a share of the screen at a time, two frames drawn after each, for `turns` turns
 * or to the end of the page (answered: true): a slow reader's scrolling, in the page itself (no
 * round trip to the driver each turn), in stretches short enough for any driver's script timeout.
 */
export function scrollThrough(share: number, most: number): Promise<boolean> {
  return new Promise((done) => {
    let turns = 0;
    const turn = () => {
      window.scrollBy(0, Math.round(innerHeight * share));
      turns++;
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          const end = scrollY + innerHeight >= document.documentElement.scrollHeight - 2;
          if (end || turns >= most) done(end);
          else turn();
        }),
      );
    };
    turn();
  });
}

export function clickSelector(selector: string): boolean {
  const el = document.querySelector<HTMLElement>(selector);
  el?.click();
  return el !== null;
}

/** The document's focus is where keys go: on the page's body, not the address bar. */
export function focusPage(): void {
  window.focus();
  (document.activeElement as HTMLElement | null)?.blur();
}

/** Jumps (as a fling ends) to a share of the story and answers the step on the trigger line. */
export function flingTo(share: number): string | undefined {
  const steps = [...document.querySelectorAll<HTMLElement>('[data-step]')];
  const first = steps[0]?.getBoundingClientRect().top ?? 0;
  const last = steps.at(-1)?.getBoundingClientRect().top ?? 0;
  window.scrollTo({ top: scrollY + first + (last - first) * share, behavior: 'instant' });
  // The trigger line of the story's contract: 80% of the height on phones, 50% from 900 px.
  const line = innerHeight * (innerWidth <= 899 ? 0.8 : 0.5);
  let onLine: string | undefined;
  for (const step of steps) if (step.getBoundingClientRect().top <= line) onLine = step.id;
  return onLine;
}

/**
 * Sets the page's own "Less motion" switch (remembered on the device, so a test that turns it on
 * turns it off again) and answers whether motion is now reduced.
 */
export function setLessMotion(on: boolean): boolean {
  const button = document.querySelector<HTMLButtonElement>('.motion-switch');
  if (button && (button.getAttribute('aria-pressed') === 'true') !== on) button.click();
  return document.documentElement.dataset.motion === 'reduce';
}

/**
 * The colours on a drawing's unit canvas (`hostSelector` as for drawingProblems) against its
 * host's colour tokens, which a page may give in any CSS colour (oklch(), color-mix()): the
 * canvas gets each token's computed value, and an engine's canvas that cannot parse it keeps its
 * previous colour, silently. Answers the tokens the canvas refused, and the colours of opaque
 * units that are no token's.
 */
export function canvasColourProblems(hostSelector: string, tokens: string[]): string[] {
  const host = document.querySelector(hostSelector);
  const find = (root: ParentNode): Element | null => {
    const here = root.querySelector('.frame > .drawing');
    if (here) return here;
    for (const el of root.querySelectorAll('*')) {
      const inner = el.shadowRoot ? find(el.shadowRoot) : null;
      if (inner) return inner;
    }
    return null;
  };
  const drawing = host?.shadowRoot ? find(host.shadowRoot) : null;
  const canvas = drawing?.shadowRoot?.querySelector<HTMLCanvasElement>('canvas.units');
  const ctx = canvas?.getContext('2d');
  if (!canvas || !ctx) return ['no unit canvas'];
  const problems: string[] = [];
  const scratch = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  const expected = new Set<string>();
  for (const token of tokens) {
    // The token as the chart's canvas resolves it: computed on an element inside the chart.
    canvas.style.setProperty('border-top-color', `var(${token})`);
    const computed = getComputedStyle(canvas).borderTopColor;
    canvas.style.removeProperty('border-top-color');
    if (!scratch) break;
    scratch.fillStyle = '#010203';
    scratch.fillStyle = computed;
    if (String(scratch.fillStyle) === '#010203') {
      problems.push(`${token}: the canvas refused ${computed}`);
      continue;
    }
    scratch.clearRect(0, 0, 1, 1);
    scratch.fillRect(0, 0, 1, 1);
    expected.add([...scratch.getImageData(0, 0, 1, 1).data.slice(0, 3)].join());
  }
  const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  const foreign = new Map<string, number>();
  for (let i = 0; i < pixels.length; i += 4) {
    if (pixels[i + 3] !== 255) continue;
    const rgb = `${pixels[i]},${pixels[i + 1]},${pixels[i + 2]}`;
    if (!expected.has(rgb)) foreign.set(rgb, (foreign.get(rgb) ?? 0) + 1);
  }
  for (const [rgb, count] of foreign) problems.push(`${count} px of rgb(${rgb}), no token's`);
  return problems;
}

/**
 * Presses exhibition mode's full-screen button as a script does (no user gesture: an engine may
 * refuse) and answers what came of it: 'hidden' (no full screen here), 'refused', or 'entered'
 * (then left again, so the window keeps its size for the tests after).
 */
export function pressFullScreen(): Promise<string> {
  const button = document.querySelector<HTMLButtonElement>('.exhibit__fullscreen');
  if (!button || button.hidden) return Promise.resolve('hidden');
  const next = () =>
    new Promise<string>((done) => {
      const guard = setTimeout(() => done('no fullscreenchange or fullscreenerror'), 3000);
      const on = (type: string, answer: string) =>
        document.addEventListener(
          type,
          () => {
            clearTimeout(guard);
            done(answer);
          },
          { once: true },
        );
      on('fullscreenchange', 'entered');
      on('webkitfullscreenchange', 'entered');
      on('fullscreenerror', 'refused');
      on('webkitfullscreenerror', 'refused');
    });
  const came = next();
  button.click();
  return came.then((answer) =>
    answer === 'entered' ? document.exitFullscreen().then(() => answer) : answer,
  );
}
