// Every drawing says which step it shows once it shows it (`data-drawn`), so tests, embeds and
// the exhibition wait on that state rather than on time: a map once its boundaries are in and its
// camera has come to rest on the step's view, notes once fitted to their panel.
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/aksu-graphic.ts';
import type { AksuGraphic } from '../../src/components/aksu-graphic.ts';
import type { ChartStrings } from '../../src/components/charts/chart-strings.ts';
import { transformAttr, transformOfView } from '../../src/maps/camera.ts';
import { layoutGeo } from '../../src/maps/geoLayout.ts';
import { loadGeoMap } from '../../src/maps/mapData.ts';
import '../../src/components/aksu-geo-map.ts';
import type { AksuGeoMap } from '../../src/components/aksu-geo-map.ts';
import type { MapStrings } from '../../src/maps/mapDescription.ts';
import { allScenes, placeNotes, sceneForStep, type MapScene } from '../../src/story/scene.ts';
import { content } from './browserContent.ts';

const SIZE = { width: 600, height: 500 };

function mount(stepId: string): AksuGraphic {
  const el = document.createElement('aksu-graphic') as AksuGraphic;
  el.style.cssText = `display:block;width:${SIZE.width}px;height:${SIZE.height}px`;
  el.units = content.units;
  el.chartStrings = content.ui as unknown as ChartStrings;
  el.lang = 'en';
  el.scene = allScenes(content)[stepId] ?? null;
  document.body.append(el);
  return el;
}
const drawing = (el: AksuGraphic, tag: string) =>
  el.shadowRoot?.querySelector<HTMLElement>(tag) ?? null;

afterEach(() => document.body.replaceChildren());

describe('data-drawn', () => {
  it('is set on a map only when its camera rests on the step’s view, after a move too', async () => {
    const map = document.createElement('aksu-geo-map') as AksuGeoMap;
    map.style.cssText = `display:block;width:${SIZE.width}px;height:${SIZE.height}px`;
    map.units = content.units;
    map.strings = content.ui as unknown as MapStrings;
    map.notes = placeNotes(content);
    map.scene = sceneForStep(content, 'cover') as MapScene;
    document.body.append(map);
    await expect.poll(() => map.getAttribute('data-drawn'), { timeout: 5000 }).toBe('cover');
    const camera = () => map.shadowRoot!.querySelector('.camera')!.getAttribute('transform');
    map.scene = sceneForStep(content, 'alar-cadres') as MapScene;
    // While the camera travels to Alar, the map still says it shows the cover.
    await expect.poll(() => map.shadowRoot!.querySelector('.labels.is-moving')).not.toBeNull();
    expect(map.getAttribute('data-drawn')).toBe('cover');
    await expect.poll(() => map.getAttribute('data-drawn'), { timeout: 5000 }).toBe('alar-cadres');
    const alar = layoutGeo(await loadGeoMap(), SIZE).views.alar;
    expect(camera()).toBe(transformAttr(transformOfView(alar, SIZE)));
  });

  it('is set on notes once they are fitted to the panel', async () => {
    const el = mount('outlook-2021-plans');
    await expect
      .poll(() => drawing(el, 'aksu-notes')?.getAttribute('data-drawn'))
      .toBe('outlook-2021-plans');
    expect(drawing(el, 'aksu-notes')!.shadowRoot!.textContent!.length).toBeGreaterThan(20);
  });
});
