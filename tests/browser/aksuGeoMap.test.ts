// <aksu-geo-map> in real Chromium with the real map files: it draws each scene with the right places
// highlighted, its camera ends exactly in the current scene's view even after a fast jump, it
// cuts instead of moving under reduced motion, and Aksu's places tell their notes on focus.
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../src/components/aksu-geo-map.ts';
import type { AksuGeoMap } from '../../src/components/aksu-geo-map.ts';
import { content } from './browserContent.ts';
import { layoutGeo } from '../../src/maps/geoLayout.ts';
import { loadGeoMap } from '../../src/maps/mapData.ts';
import type { MapStrings } from '../../src/maps/mapDescription.ts';
import { transformAttr, transformOfView } from '../../src/maps/camera.ts';
import { placeNotes, sceneForStep, type MapScene } from '../../src/story/scene.ts';

const scene = (id: string) => sceneForStep(content, id) as MapScene;
const SIZE = { width: 390, height: 460 };

async function mount(stepId: string): Promise<AksuGeoMap> {
  const el = document.createElement('aksu-geo-map');
  el.style.width = `${SIZE.width}px`;
  el.style.height = `${SIZE.height}px`;
  el.units = content.units;
  el.strings = content.ui as unknown as MapStrings;
  el.notes = placeNotes(content);
  el.scene = scene(stepId);
  document.body.append(el);
  await expect
    .poll(() => el.shadowRoot?.querySelector('.camera')?.getAttribute('transform'), {
      timeout: 5000,
    })
    .toBeTruthy();
  return el;
}
const camera = (el: AksuGeoMap) =>
  el.shadowRoot!.querySelector('.camera')!.getAttribute('transform');
async function expectedTransform(target: 'china' | 'aksu' | 'alar'): Promise<string> {
  const geo = layoutGeo(await loadGeoMap(), SIZE);
  return transformAttr(transformOfView(geo.views[target], SIZE));
}

afterEach(async () => {
  document.body.replaceChildren();
  await page.viewport(414, 896);
});

describe('<aksu-geo-map>', () => {
  it('opens on China with Zhejiang and Aksu highlighted, the route and its computed distance', async () => {
    const el = await mount('cover');
    expect(camera(el)).toBe(await expectedTransform('china'));
    const lit = [...el.shadowRoot!.querySelectorAll('.geo .is-highlighted')].map((p) =>
      p.getAttribute('class'),
    );
    expect(lit).toEqual(['province is-highlighted', 'aksu-outline is-highlighted']);
    expect(el.shadowRoot!.querySelector('.route')?.getAttribute('d')).toMatch(/^M/);
    const km = scene('cover').route?.km;
    expect(el.shadowRoot!.querySelector('[data-label="distance"]')?.textContent).toBe(
      `约${km}公里（本文计算）`,
    );
    expect(el.shadowRoot!.querySelector('svg.geo')?.getAttribute('aria-label')).toContain(
      `约${km}公里（本文计算）`,
    );
  });

  it('ends exactly in the Alar view after a fast jump from the locator, even when interrupted', async () => {
    const el = await mount('cover');
    const china = camera(el);
    el.scene = scene('rural-county-projects');
    await el.updateComplete;
    await expect.poll(() => camera(el), { interval: 16 }).not.toBe(china); // mid-move…
    el.scene = scene('alar-cadres'); // …the reader jumps on
    await el.updateComplete;
    const alar = await expectedTransform('alar');
    expect(camera(el)).not.toBe(alar); // it travels rather than snapping
    await expect.poll(() => camera(el), { timeout: 3000 }).toBe(alar);
    const lit = [...el.shadowRoot!.querySelectorAll('.geo .is-highlighted')].map((p) =>
      p.getAttribute('data-place'),
    );
    expect(lit).toEqual(['alar']);
    expect(el.shadowRoot!.querySelector('[data-label="alar"]')?.textContent).toBe('阿拉尔市');
  });

  it('highlights the counties a step is about, labelled in the current language', async () => {
    const el = await mount('rural-county-projects');
    await expect.poll(() => camera(el), { timeout: 3000 }).toBe(await expectedTransform('aksu'));
    const lit = [...el.shadowRoot!.querySelectorAll('.county.is-highlighted')].map((p) =>
      p.getAttribute('data-place'),
    );
    expect(lit.sort()).toEqual(['keping', 'wensu', 'wushi']);
    el.lang = 'en';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-label="kuqa"]')?.textContent).toBe('Kuqa City');
  });

  it('tells what the story says about a county when it is focused', async () => {
    const el = await mount('rural-county-projects');
    const keping = el.shadowRoot!.querySelector<SVGPathElement>('[data-place="keping"]')!;
    expect(keping.getAttribute('tabindex')).toBe('0');
    expect(keping.getAttribute('aria-label')).toContain('湖州');
    keping.focus();
    await el.updateComplete;
    const tip = el.shadowRoot!.querySelector('.tip')?.textContent ?? '';
    expect(tip).toContain('柯坪县');
    expect(tip).toContain('对口支援：湖州');
    expect(tip).toContain('三级');
  });

  it('shows the pairing map with one link per pairing and none for Zhoushan', async () => {
    const el = await mount('frame-pairing-counties');
    await expect.poll(() => el.shadowRoot!.querySelectorAll('.link').length).toBe(11);
    expect(el.shadowRoot!.querySelector('svg.pairing')?.classList.contains('is-shown')).toBe(true);
    expect(el.shadowRoot!.querySelector('[data-link^="zhoushan"]')).toBeNull();
    expect(el.shadowRoot!.querySelector('[data-label="zhoushan"]')?.textContent).toBe('舟山');
    expect(el.shadowRoot!.querySelector('.footnote')?.textContent).toBe(
      '舟山：结对团场不详，未画连线',
    );
  });

  it('cuts straight to the new view when the reader prefers reduced motion', async () => {
    const real = window.matchMedia;
    window.matchMedia = (query: string) =>
      ({
        ...real.call(window, query),
        matches: query.includes('prefers-reduced-motion'),
      }) as MediaQueryList;
    try {
      const el = await mount('cover');
      el.scene = scene('alar-cadres');
      await el.updateComplete;
      expect(camera(el)).toBe(await expectedTransform('alar'));
    } finally {
      window.matchMedia = real;
    }
  });

  it('fits a new size at once, without a camera move', async () => {
    const el = await mount('alar-cadres');
    el.style.width = '900px';
    el.style.height = '700px';
    const geo = layoutGeo(await loadGeoMap(), { width: 900, height: 700 });
    await expect
      .poll(() => camera(el), { timeout: 2000 })
      .toBe(transformAttr(transformOfView(geo.views.alar, { width: 900, height: 700 })));
  });
});
