// The scene for a step is a pure function of the data: defined for every step, the same however
// often it is asked, and carrying the figures and places the step names.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/loadContent.ts';
import { allScenes, sceneForStep, storySteps, type ChartScene } from '../../src/story/scene.ts';
import { AKSU_COUNTY_IDS } from './aksuPlaces.ts';

const content = loadContent('data');
const steps = storySteps(content);

describe('sceneForStep', () => {
  it('gives every step a scene, in story order, indexed', () => {
    const scenes = allScenes(content);
    expect(Object.keys(scenes)).toEqual(steps.map((s) => s.id));
    steps.forEach((s, i) => {
      expect(scenes[s.id]?.index).toBe(i);
      expect(scenes[s.id]?.total).toBe(steps.length);
      expect(scenes[s.id]?.chapterId).toBe(s.chapterId);
    });
  });

  it('opens on the locator map', () => {
    const scene = sceneForStep(content, 'cover');
    expect(scene.graphic).toBe('map');
    expect(scene.graphic === 'map' && scene.view).toBe('locator');
  });

  it('resolves a chart step to the figures the data names, with their values', () => {
    const scene = sceneForStep(content, 'outlets-1288-stores');
    expect(scene.graphic).toBe('chart');
    if (scene.graphic !== 'chart') return;
    expect(scene.chart).toBe('outlets');
    expect(scene.highlight).toEqual(['outlets-stores-june-2021']);
    const stores = scene.figures.find((f) => f.id === 'outlets-stores-june-2021');
    expect(stores).toMatchObject({ value: 1288, unit: 'stores', qualifier: 'exact' });
  });

  it('resolves a pairing step to every Zhejiang city, and no line where none is known', () => {
    const scene = sceneForStep(content, 'frame-pairing-alar');
    if (scene.graphic !== 'map') throw new Error('expected a map');
    expect(scene.pairings).toHaveLength(11);
    const zhoushan = scene.pairings.find((p) => p.from.id === 'zhoushan');
    expect(zhoushan?.supports).toEqual([]);
    const hangzhou = scene.pairings.find((p) => p.from.id === 'hangzhou');
    expect(hangzhou?.supports.map((p) => p.id)).toEqual(['aksu-city', 'alar']);
  });

  it('draws Aksu’s nine counties and Alar on prefecture steps, highlighting the step’s places', () => {
    const scene = sceneForStep(content, 'rural-county-projects');
    if (scene.graphic !== 'map') throw new Error('expected a map');
    expect(scene.places.map((p) => p.id).sort()).toEqual([...AKSU_COUNTY_IDS, 'alar'].sort());
    expect(scene.highlight.map((p) => p.id)).toEqual(['keping', 'wushi', 'wensu']);
    expect(scene.places.find((p) => p.id === 'kuqa')?.name.zh).toBe('库车市');
  });

  it('is the same whichever steps were asked for before (no hidden state)', () => {
    const direct = sceneForStep(content, 'alar-plan-2021');
    for (const s of [...steps].reverse()) sceneForStep(content, s.id);
    expect(sceneForStep(content, 'alar-plan-2021')).toEqual(direct);
  });

  it('refuses a step that does not exist', () => {
    expect(() => sceneForStep(content, 'no-such-step')).toThrow(/no step "no-such-step"/);
  });
});

describe('money steps: emphasis and scale', () => {
  const content = loadContent('data');
  const chart = (id: string) => sceneForStep(content, id) as ChartScene;
  it('emphasises every sum the card cites in bold: no highlight steps one back', () => {
    expect(chart('alar-plan-2021').highlight).toBeNull();
    expect(chart('rural-insurance-futures').highlight).toBeNull();
  });
  it('draws in full every figure the text cites, and steps back only earlier steps’ figures', () => {
    // The text cites both teacher counts; the vocational teachers are the step before's.
    expect(chart('people-teachers-paired').highlight).toEqual([
      'teachers-paired',
      'cloud-teachers',
    ]);
    // Every figure drawn is cited: none steps back.
    for (const id of ['people-medical-training', 'alar-projects', 'outlets-online-shops'])
      expect(chart(id).highlight, id).toBeNull();
    for (const scene of Object.values(allScenes(content))) {
      if (scene.graphic !== 'chart' || scene.highlight === null) continue;
      const step = content.story.chapters
        .flatMap((c) => c.steps)
        .find((s) => s.id === scene.stepId)!;
      for (const f of scene.figures)
        expect(
          scene.highlight.includes(f.id),
          `${scene.stepId}: ${f.id} is cited, so drawn in full`,
        ).toBe(step.text.zh.includes(`{fig:${f.id}`) || step.text.en.includes(`{fig:${f.id}`));
    }
  });
  it('says so when the step before drew other sums as squares', () => {
    expect(chart('rural-insurance-futures').newScale).toBe(true);
    expect(chart('rural-funds').newScale).toBe(true);
    expect(chart('alar-plan-2021').newScale).toBeUndefined();
    expect(chart('outlets-sales-since-2020').newScale).toBeUndefined();
  });
  it('says so when the step before counted other things, so its squares were another size', () => {
    // 1,288 stores in small squares, then 100+ shops in big ones: "each square = 1" both times.
    expect(chart('outlets-online-shops').newScale).toBe(true);
    expect(chart('people-medical-training').newScale).toBe(true);
    // The same 41 vocational teachers stay on, but at ten to a square beside 1,795 paired ones:
    // their 41 squares become 5, a new scale.
    expect(chart('people-vocational-teachers').newScale).toBeUndefined();
    expect(chart('people-teachers-paired').newScale).toBe(true);
    // The same stores counted at the same one to a square: no new scale.
    expect(chart('outlets-1288-stores').newScale).toBeUndefined();
  });
});
