// A figure kept from an earlier step steps back (its square pale), but its words stay legible on
// the paper in both themes: a reader can still read what the pale square is. In real Chromium,
// with the story's own tokens.
import { afterEach, expect, it } from 'vitest';
import '../../src/styles/tokens.css';
import '../../src/components/charts/funding-plot.ts';
import type { StoryChart } from '../../src/components/charts/story-chart.ts';
import type { ChartStrings } from '../../src/components/charts/chart-strings.ts';
import { sceneForStep, type ChartScene } from '../../src/story/scene.ts';
import { content } from './browserContent.ts';

afterEach(() => {
  document.body.replaceChildren();
  delete document.documentElement.dataset.theme;
});

/** A CSS colour as [r, g, b], resolved by the engine. */
function rgbOf(colour: string): number[] {
  const probe = document.createElement('span');
  probe.style.color = colour;
  document.body.append(probe);
  const [r = 0, g = 0, b = 0] = (getComputedStyle(probe).color.match(/[\d.]+/g) ?? []).map(Number);
  probe.remove();
  return [r, g, b];
}

function contrast(a: number[], b: number[]): number {
  const lum = (c: number[]) => {
    const [r = 0, g = 0, b = 0] = c.map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The element's opacity as painted: its own times its ancestors' within the chart. */
function paintedOpacity(el: Element, host: Element): number {
  let opacity = 1;
  for (let e: Element | null = el; e && e !== host; e = e.parentElement)
    opacity *= Number(getComputedStyle(e).opacity);
  return opacity;
}

for (const theme of ['light', 'dark'] as const) {
  it(`keeps a stepped-back figure's words legible on the ${theme} paper`, async () => {
    if (theme === 'dark') document.documentElement.dataset.theme = 'dark';
    const el = document.createElement('aksu-funding-plot') as StoryChart;
    el.style.cssText = 'display:flex;width:390px;height:520px';
    el.units = content.units;
    el.strings = content.ui as unknown as ChartStrings;
    el.scene = sceneForStep(content, 'rural-funds') as ChartScene;
    document.body.append(el);
    await expect.poll(() => el.dataset.drawn).toBe('rural-funds');
    // ¥60 million+ for the e-commerce park comes from an earlier step: stepped back here.
    const label = el.shadowRoot!.querySelector('.mark-label[data-figure="ecommerce-park-funds"]');
    const square = el.shadowRoot!.querySelector('rect.square[data-figure="ecommerce-park-funds"]');
    expect(label?.classList.contains('is-muted')).toBe(true);
    const paper = rgbOf(getComputedStyle(el).getPropertyValue('--color-paper'));
    for (const text of label!.querySelectorAll('text')) {
      const alpha = paintedOpacity(text, el.shadowRoot!.host);
      const ink = rgbOf(getComputedStyle(text).fill);
      const seen = ink.map((c, i) => alpha * c + (1 - alpha) * (paper[i] ?? 0));
      expect(contrast(seen, paper), text.textContent ?? '').toBeGreaterThanOrEqual(4.2);
    }
    // Its square steps back further than its words.
    expect(paintedOpacity(square!, el)).toBeLessThan(paintedOpacity(label!, el));
  });
}
