// <story-graphic> in real Chromium: it draws the scene it is given, in the language it is given,
// at the size its container gives, and redraws when either changes.
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/story-graphic.ts';
import type { StoryGraphic } from '../../src/components/story-graphic.ts';
import { validateContent } from '../../src/content/validate.ts';
import { sceneForStep } from '../../src/story/scene.ts';
import story from '../../data/story.json';
import figures from '../../data/figures.json';
import places from '../../data/places.json';
import units from '../../data/units.json';
import ui from '../../data/ui.json';

const content = validateContent({ story, figures, places, units, ui });

async function mountMap(stepId: string): Promise<StoryGraphic> {
  const el = document.createElement('story-graphic');
  el.style.width = '390px';
  el.style.height = '600px';
  el.units = content.units;
  el.scene = sceneForStep(content, stepId);
  document.body.append(el);
  await expect.poll(() => el.shadowRoot?.querySelector('aksu-map')).toBeTruthy();
  return el;
}

async function mount(stepId: string, width = 390, height = 600): Promise<StoryGraphic> {
  const el = document.createElement('story-graphic');
  el.style.width = `${width}px`;
  el.style.height = `${height}px`;
  el.units = content.units;
  el.scene = sceneForStep(content, stepId);
  document.body.append(el);
  await expect.poll(() => el.shadowRoot?.querySelector('svg')).toBeTruthy();
  return el;
}
const texts = (el: StoryGraphic, selector: string) =>
  [...(el.shadowRoot?.querySelectorAll(selector) ?? [])].map((n) => n.textContent?.trim());

afterEach(() => document.body.replaceChildren());

describe('<story-graphic>', () => {
  it('draws one bar per figure of a chart scene, the highlighted one at full strength', async () => {
    const el = await mount('outlets-1288-stores');
    const rows = [...el.shadowRoot!.querySelectorAll('.bar-row')];
    expect(rows.map((r) => r.getAttribute('data-figure'))).toEqual([
      'outlets-original-stores',
      'outlets-upgraded-stores',
      'outlets-stores-june-2021',
    ]);
    expect(rows.map((r) => r.classList.contains('is-highlighted'))).toEqual([false, false, true]);
    expect(texts(el, '.bar__value')).toEqual(['100家', '1000家', '1288家']);
    expect(el.dataset.scene).toBe('outlets-1288-stores');
  });

  it('switches its words and numbers to English in place', async () => {
    const el = await mount('outlets-1288-stores');
    el.lang = 'en';
    await el.updateComplete;
    expect(texts(el, '.bar__value')).toEqual(['100 stores', '1,000 stores', '1,288 stores']);
    expect(el.shadowRoot!.querySelector('.kicker')?.textContent).toBe(
      'From ten cities to a hundred',
    );
  });

  it('gives the graphic an accessible name that says what it shows', async () => {
    const el = await mount('alar-plan-2021');
    const label = el.shadowRoot!.querySelector('svg')?.getAttribute('aria-label') ?? '';
    expect(label).toContain('3.46亿元');
    expect(label).toContain('3.89亿元');
  });

  it('fits the width its container gives, and follows it when it changes', async () => {
    const el = await mount('rural-funds', 390);
    const svgWidth = () => Number(el.shadowRoot!.querySelector('svg')?.getAttribute('width'));
    expect(svgWidth()).toBe(390 - 32);
    el.style.width = '1000px';
    await expect.poll(svgWidth).toBe(1000 - 56);
  });

  it('hands map scenes to one map that stays while the scene changes', async () => {
    const el = await mountMap('cover');
    const map = el.shadowRoot!.querySelector('aksu-map');
    el.scene = sceneForStep(content, 'rural-county-projects');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('aksu-map')).toBe(map);
    expect(map?.scene?.stepId).toBe('rural-county-projects');
    expect(el.dataset.scene).toBe('rural-county-projects');
  });
});
