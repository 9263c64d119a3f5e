// The pairing map arrives in a file of its own. A map opened on a pairing step says it is loading
// (with the scene's description as its name) rather than showing nothing, says when the file
// could not be loaded, and tries again on the next pairing step. (A file of its own: the map
// files are fetched once per page.)
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/aksu-geo-map.ts';
import type { AksuGeoMap } from '../../src/components/aksu-geo-map.ts';
import { content } from './browserContent.ts';
import type { MapStrings } from '../../src/maps/mapDescription.ts';
import { placeNotes, sceneForStep, type MapScene } from '../../src/story/scene.ts';

const scene = (id: string) => sceneForStep(content, id) as MapScene;
const realFetch = window.fetch;

afterEach(() => {
  window.fetch = realFetch;
  document.body.replaceChildren();
});

describe('<aksu-geo-map> waiting for the pairing map', () => {
  it('shows a named placeholder, says when loading failed, and retries on the next step', async () => {
    // The pairing file cannot be had (a dropped connection) until the test says so.
    let pairingReachable = false;
    let pairingRequests = 0;
    window.fetch = async (input, init) => {
      if (decodeURIComponent(String(input)).includes('"zhejiang":{"paths"')) {
        pairingRequests += 1;
        if (!pairingReachable) throw new TypeError('Failed to fetch');
      }
      return realFetch(input, init);
    };
    const el = document.createElement('aksu-geo-map') as AksuGeoMap;
    Object.assign(el.style, { width: '390px', height: '460px', display: 'block' });
    el.units = content.units;
    el.strings = content.ui as unknown as MapStrings;
    el.notes = placeNotes(content);
    el.scene = scene('frame-pairing-counties');
    document.body.append(el);

    const placeholder = () => el.shadowRoot?.querySelector('.loading');
    await expect.poll(() => placeholder()?.getAttribute('aria-busy')).toBe('false');
    expect(placeholder()?.getAttribute('aria-label')).toContain('杭州');
    expect(placeholder()?.textContent).toContain('地图未能加载');
    expect(el.shadowRoot!.querySelector('svg.pairing')).toBeNull();
    const failedRequests = pairingRequests;

    pairingReachable = true;
    el.scene = scene('frame-pairing-alar');
    await expect
      .poll(() => el.shadowRoot!.querySelectorAll('svg.pairing .link').length)
      .toBeGreaterThan(0);
    expect(placeholder()).toBeNull();
    expect(pairingRequests).toBe(failedRequests + 1);
  });
});
