// What a graphics editor checks on every step, measured in the page: text cut off at the panel's
// edge, labels that overprint each other, a label line that is a lone word (or one or two
// characters), an empty band across the panel, and a place the step highlights that carries no
// label. Used by the layout test and by
// the contact sheets (which print what it finds beside each tile).
import type { Page } from 'playwright';
import { waitForGraphicRest } from './graphicRest.ts';

export interface GraphicProblems {
  step: string;
  problems: string[];
}

/** The largest empty band the graphic may leave, as a share of its panel's height. */
export const MAX_EMPTY_BAND = 0.2;

/** Waits until the graphic's frame is the step's scene. */
export async function waitForScene(page: Page, step: string): Promise<void> {
  await page.waitForFunction(
    (id) =>
      document
        .querySelector('aksu-graphic')
        ?.shadowRoot?.querySelector('.frame')
        ?.getAttribute('data-scene') === id,
    step,
  );
}

/** Waits until the graphic shows the step, drawn and at rest, and two frames are painted. */
export async function showStep(page: Page, step: string): Promise<void> {
  await waitForScene(page, step);
  // Charts draw in a task after the step's text: their data-drawn says when.
  await waitForGraphicRest(page, step);
}

export async function graphicProblems(page: Page): Promise<GraphicProblems> {
  // tsx (the scripts' runner) names inner functions with a helper the page does not have.
  await page.evaluate('window.__name = window.__name || ((f) => f)');
  return page.evaluate((maxBand) => {
    const problems: string[] = [];
    const graphic = document.querySelector('aksu-graphic');
    const frame = graphic?.shadowRoot?.querySelector('.frame');
    const step = frame?.getAttribute('data-scene') ?? '';
    const drawing = frame?.querySelector('.drawing') as
      (HTMLElement & { drawnUnits?: { x: number; y: number; height: number }[] }) | null;
    if (!frame || !drawing?.shadowRoot) return { step, problems: ['no drawing'] };
    const panel = drawing.getBoundingClientRect();

    const visible = (el: Element): boolean => {
      for (
        let e: Element | null = el;
        e;
        e = e.parentElement ?? (e.getRootNode() as ShadowRoot).host ?? null
      ) {
        const style = getComputedStyle(e);
        if (
          style.display === 'none' ||
          style.visibility === 'hidden' ||
          Number(style.opacity) === 0
        )
          return false;
        if (e.closest('details:not([open]) > :not(summary)')) return false;
        if (e === drawing) break;
      }
      return true;
    };
    const skip = (el: Element) =>
      el.closest(
        'title, desc, style, script, .visually-hidden, [aria-hidden="true"] title, table, details',
      ) !== null;

    // Every line of text drawn (SVG tspans and texts, HTML text), with the element it belongs to.
    interface Line {
      text: string;
      box: DOMRect;
      owner: Element;
    }
    const lines: Line[] = [];
    const walk = (root: ShadowRoot | Element) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        const text = node.textContent?.trim() ?? '';
        if (!parent || !text || skip(parent) || !visible(parent)) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const box of range.getClientRects()) {
          if (box.width > 0.5 && box.height > 0.5) lines.push({ text, box, owner: parent });
        }
      }
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
    };
    walk(drawing.shadowRoot);

    // Cut off: a line running past the panel's edge, where the drawing clips it.
    for (const { text, box } of lines) {
      const out =
        box.bottom > panel.bottom + 1 ||
        box.top < panel.top - 1 ||
        box.right > panel.right + 1 ||
        box.left < panel.left - 1;
      if (out) problems.push(`“${text}” is cut off at the panel's edge`);
    }

    // Overprinting: two lines of different labels that overlap by more than a sliver.
    const overlap = (a: DOMRect, b: DOMRect) =>
      Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
      Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
    // A text's kept end, its figures and the names in it are runs of that text, not labels.
    const labelOf = (el: Element) => {
      let run = el;
      while (run.matches('.keep, .fig, .fig-name') && run.parentElement) run = run.parentElement;
      return run.closest('text, p, li, span, div, summary, a') ?? run;
    };
    for (let i = 0; i < lines.length; i++) {
      for (let j = i + 1; j < lines.length; j++) {
        const [a, b] = [lines[i] as Line, lines[j] as Line];
        if (labelOf(a.owner) === labelOf(b.owner)) continue;
        const area = overlap(a.box, b.box);
        const smaller = Math.min(a.box.width * a.box.height, b.box.width * b.box.height);
        if (area > 0.15 * smaller) problems.push(`“${a.text}” overprints “${b.text}”`);
      }
    }

    // Lone words: a label set on several lines where one line is a single word, or a character or two.
    const svgLabels = new Set<Element>();
    for (const line of lines) {
      const text = line.owner.closest('text');
      if (text && text.querySelectorAll('tspan').length > 1) svgLabels.add(text);
    }
    for (const label of svgLabels) {
      const spans = [...label.querySelectorAll('tspan')].map((t) => t.textContent?.trim() ?? '');
      const rows = spans.filter(Boolean);
      if (rows.length < 2) continue;
      for (const row of rows) {
        const cjk = /[\u3400-\u9fff]/.test(row);
        const lone = cjk
          ? [...row.replace(/[\s，。、：；（）“”]/g, '')].length <= 2
          : // As src/charts/markLabels.ts's loneLine: a long compound ("revitalisation") may stand.
            !/\s/.test(row) && row.length < 10;
        const number = /^[+¥$\d,.%]+/.test(row);
        if (lone && !number)
          problems.push(`label line “${row}” stands alone (in “${rows.join(' / ')}”)`);
      }
    }

    // Empty bands: the panel's height not covered by any text, mark, path or painted unit.
    const spans: [number, number][] = lines.map((l) => [l.box.top, l.box.bottom]);
    for (const mark of drawing.shadowRoot.querySelectorAll(
      'path, rect, circle, line, polyline, .share, .item',
    )) {
      if (!visible(mark) || skip(mark)) continue;
      const box = mark.getBoundingClientRect();
      if (box.width > 0 && box.height > 0) spans.push([box.top, box.bottom]);
    }
    const canvas = drawing.shadowRoot.querySelector('canvas');
    if (canvas && drawing.drawnUnits?.length) {
      // Units are in the canvas's CSS pixels; its box on screen includes any zoom (the exhibition's).
      const origin = canvas.getBoundingClientRect();
      const k = canvas.offsetHeight > 0 ? origin.height / canvas.offsetHeight : 1;
      for (const u of drawing.drawnUnits)
        spans.push([origin.top + u.y * k, origin.top + (u.y + u.height) * k]);
    }
    const clipped = spans
      .map(([t, b]) => [Math.max(t, panel.top), Math.min(b, panel.bottom)] as [number, number])
      .filter(([t, b]) => b > t)
      .sort((a, b) => a[0] - b[0]);
    let reach = panel.top;
    let widest = 0;
    for (const [t, b] of clipped) {
      widest = Math.max(widest, t - reach);
      reach = Math.max(reach, b);
    }
    widest = Math.max(widest, panel.bottom - reach);
    if (widest > maxBand * panel.height)
      problems.push(
        `an empty band of ${Math.round((100 * widest) / panel.height)}% of the panel's height`,
      );

    // Every place a map step highlights carries its name (the map's labels, or its callouts).
    const scene = (
      graphic as unknown as {
        scene?: { graphic: string; highlight?: { name: Record<string, string> }[] };
      }
    ).scene;
    const lang = (graphic?.getAttribute('lang') ?? 'zh') as string;
    if (scene?.graphic === 'map') {
      const drawnText = lines.map((l) => l.text).join(' ');
      for (const place of scene.highlight ?? []) {
        // "Alar (1st Division)" is labelled "Alar": the name before its gloss.
        const name = (place.name[lang] ?? '').replace(/\s*[(（].*$/, '');
        if (!drawnText.includes(name))
          problems.push(`the highlighted place “${name}” has no label`);
      }
    }
    return { step, problems };
  }, MAX_EMPTY_BAND);
}
