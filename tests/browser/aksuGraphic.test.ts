// <aksu-graphic> in real Chromium: it hands each scene to the right drawing — one map that
// stays for map scenes, the chart of the scene's kind for chart scenes — in the given language.
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/aksu-graphic.ts';
import type { AksuGraphic } from '../../src/components/aksu-graphic.ts';
import type { ChartStrings } from '../../src/components/charts/chart-strings.ts';
import { content } from './browserContent.ts';
import { sceneForStep } from '../../src/story/scene.ts';

async function mount(stepId: string): Promise<AksuGraphic> {
  const el = document.createElement('aksu-graphic');
  el.style.width = '390px';
  el.style.height = '600px';
  el.units = content.units;
  el.chartStrings = content.ui as unknown as ChartStrings;
  el.scene = sceneForStep(content, stepId);
  document.body.append(el);
  await expect.poll(() => el.shadowRoot?.querySelector('.frame')).toBeTruthy();
  return el;
}
const drawing = (el: AksuGraphic) => el.shadowRoot!.querySelector('.frame > .drawing');

afterEach(() => document.body.replaceChildren());

describe('<aksu-graphic>', () => {
  it('hands a chart scene to the chart of its kind, which stays for the next step of that chart', async () => {
    const el = await mount('outlets-ten-cities');
    const chart = drawing(el);
    expect(chart?.tagName).toBe('AKSU-OUTLETS-PLOT');
    el.scene = sceneForStep(content, 'outlets-1288-stores');
    await el.updateComplete;
    expect(drawing(el)).toBe(chart);
    el.scene = sceneForStep(content, 'rural-funds');
    await el.updateComplete;
    expect(drawing(el)?.tagName).toBe('AKSU-FUNDING-PLOT');
    expect(el.dataset.scene).toBe('rural-funds');
  });

  it('hands map scenes to one map that stays while the scene changes', async () => {
    const el = await mount('cover');
    const map = drawing(el);
    expect(map?.tagName).toBe('AKSU-GEO-MAP');
    el.scene = sceneForStep(content, 'rural-county-projects');
    await el.updateComplete;
    expect(drawing(el)).toBe(map);
    expect((map as HTMLElement & { scene: { stepId: string } }).scene.stepId).toBe(
      'rural-county-projects',
    );
  });

  it('switches its words to English in place', async () => {
    const el = await mount('outlets-1288-stores');
    el.lang = 'en';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.kicker')?.textContent).toBe('Stores and sales');
    expect((drawing(el) as HTMLElement & { lang: string }).lang).toBe('en');
  });

  it('lists the figures of a map step under the map, each once', async () => {
    const listed = async (step: string) => {
      const el = await mount(step);
      const items = [...el.shadowRoot!.querySelectorAll('.figures li strong')];
      el.remove();
      return items.map((n) => n.textContent);
    };
    expect(await listed('ecommerce-jobs')).toEqual(['6000万元+', '3万人+']);
    // Alar's 125 cadres are called out on the map beside Alar: not listed again under it.
    expect(await listed('alar-cadres')).toEqual([]);
  });
});
