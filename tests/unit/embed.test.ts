// What an embedded view shows for the URL a host gives it, and the pym.js messages it speaks.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/loadContent.ts';
import { parseEmbedParams } from '../../src/embed/embedParams.ts';
import { pymMessage, safeChildId } from '../../src/embed/pymMessages.ts';
import { parsePymMessage } from '../../src/embed/pymParse.ts';
import { allScenes, storySteps } from '../../src/story/scene.ts';

const content = loadContent('data');
const steps = storySteps(content);
const scenes = allScenes(content);
const parse = (search: string, languages = ['zh-CN']) =>
  parseEmbedParams(search, steps, scenes, languages);

describe('parseEmbedParams', () => {
  it('shows the step asked for when it belongs to the view', () => {
    expect(
      parse('?view=outlets&step=outlets-1288-stores&lang=en&theme=dark&childId=aksu-3'),
    ).toEqual({
      view: 'outlets',
      stepId: 'outlets-1288-stores',
      lang: 'en',
      theme: 'dark',
      childId: 'aksu-3',
      warnings: [],
    });
  });
  it("opens a view at its headlined step, in the reader's language", () => {
    expect(parse('?view=funding', ['en-US'])).toMatchObject({
      stepId: 'rural-funds',
      lang: 'en',
      warnings: [],
    });
    // The news of each view, not its first step (the pairings, not the locator; 1,288 stores).
    expect(parse('')).toMatchObject({ view: 'map', stepId: 'frame-pairing-counties', lang: 'zh' });
    expect(parse('?view=outlets').stepId).toBe('outlets-1288-stores');
    for (const view of ['map', 'funding', 'outlets', 'people', 'alar']) {
      const scene = scenes[parse(`?view=${view}`).stepId];
      expect(scene?.headline?.en.length, view).toBeGreaterThan(0);
    }
  });
  it('falls back and says why for an unknown view, a step of another view, a bad language', () => {
    expect(parse('?view=video').warnings).toEqual(['Unknown view "video" ignored; showing "map".']);
    const wrong = parse('?view=people&step=outlets-1288-stores');
    expect(wrong.stepId).toBe('people-teachers-paired'); // the people chart's headlined step
    expect(wrong.warnings[0]).toMatch(/not a step of the people view/);
    expect(parse('?lang=fr').warnings).toEqual(['Unknown lang "fr" ignored; using "zh".']);
    expect(parse('?theme=neon')).toMatchObject({ theme: 'light' });
    expect(parse('?theme=neon').warnings).toEqual(['Unknown theme "neon" ignored; using "light".']);
  });
  it('refuses a child id that is not a plain token', () => {
    expect(parse('?childId=<img src=x>').childId).toBeNull();
    expect(safeChildId('a'.repeat(65))).toBeNull();
  });
});

describe('pym.js messages', () => {
  it('writes and reads the height message as pym.js does', () => {
    const message = pymMessage('aksu-1', 'height', 612);
    expect(message).toBe('pymxPYMxaksu-1xPYMxheightxPYMx612');
    expect(parsePymMessage(message)).toEqual({ id: 'aksu-1', type: 'height', message: '612' });
    expect(parsePymMessage({ height: 1 })).toBeNull();
    expect(parsePymMessage('hello')).toBeNull();
  });
});
