// The embeddable elements' rules, in node: how attributes are read (a bad value falls back and
// says why, once), which steps each element can show, where the full-story link goes, and the
// snippets the guide hands editors.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/loadContent.ts';
import {
  resolveLang,
  resolveStep,
  resolveTheme,
  stepsOfView,
} from '../../src/embed/elements/elementAttributes.ts';
import { storyLink } from '../../src/embed/elements/storyLink.ts';
import { elementSnippet, iframeSnippet, iframeUrl } from '../../src/guide/guideSnippets.ts';
import { allScenes, storySteps } from '../../src/story/scene.ts';

const content = loadContent('data');
const steps = storySteps(content);
const scenes = allScenes(content);

describe('element attributes', () => {
  it('reads lang as a BCP 47 tag, else takes the page language, else Chinese', () => {
    expect(resolveLang('aksu-map', 'en-GB', null)).toEqual({ value: 'en', warning: null });
    expect(resolveLang('aksu-map', 'zh-Hant-TW', 'en')).toEqual({ value: 'zh', warning: null });
    expect(resolveLang('aksu-map', null, 'en-US')).toEqual({ value: 'en', warning: null });
    expect(resolveLang('aksu-map', '', 'de')).toEqual({ value: 'zh', warning: null });
  });
  it('falls back from a bad lang or theme and names the element, the value and the choice', () => {
    expect(resolveLang('aksu-map', 'fr', 'en')).toEqual({
      value: 'en',
      warning: '<aksu-map>: lang="fr" is not one of zh, en; using "en".',
    });
    expect(resolveTheme('aksu-map', 'dark')).toEqual({ value: 'dark', warning: null });
    expect(resolveTheme('aksu-map', 'Dark').value).toBe('light');
    expect(resolveTheme('aksu-map', 'Dark').warning).toContain('theme="Dark"');
  });
  it('lets each view show exactly the steps drawn by it, and the story every step', () => {
    const views = ['map', 'funding', 'outlets', 'people', 'alar'] as const;
    const byView = views.map((v) => stepsOfView(v, steps, scenes));
    for (const ids of byView) expect(ids.length).toBeGreaterThan(0);
    // Every step but the notes (a timeline, lists), which only the whole story shows.
    const drawn = steps.filter((s) => scenes[s.id]?.graphic !== 'notes').map((s) => s.id);
    expect(byView.flat().sort()).toEqual(drawn.sort());
    expect(stepsOfView('story', steps, scenes)).toEqual(steps.map((s) => s.id));
    expect(stepsOfView('outlets', steps, scenes)).toContain('outlets-1288-stores');
  });
  it("falls back to the view's first step from a step of another view", () => {
    const ids = stepsOfView('people', steps, scenes);
    expect(resolveStep('aksu-people-chart', null, ids)).toEqual({ value: ids[0], warning: null });
    const wrong = resolveStep('aksu-people-chart', 'outlets-1288-stores', ids);
    expect(wrong.value).toBe(ids[0]);
    expect(wrong.warning).toMatch(/^<aksu-people-chart>: step="outlets-1288-stores" is not one/);
  });
});

describe('full-story link', () => {
  const where = { published: 'https://cdn.example/aksu/', page: 'https://news.example/a/b.html' };
  it('goes to the story published beside the bundle, in the language shown, at the step', () => {
    expect(storyLink('en', 'rural-funds', null, where).href).toBe(
      'https://cdn.example/aksu/en.html#rural-funds',
    );
    expect(storyLink('zh', 'cover', null, where).href).toBe(
      'https://cdn.example/aksu/?lang=zh#cover',
    );
  });
  it("uses the editor's story-url, read relative to their page", () => {
    expect(storyLink('en', 'cover', '/aksu-story', where)).toEqual({
      href: 'https://news.example/aksu-story#cover',
      rejected: false,
    });
  });
  it('refuses an address that is not a web address, which could run code in the host page', () => {
    for (const bad of ['javascript:alert(1)', 'data:text/html,<script>x</script>', 'http://[bad']) {
      expect(storyLink('en', 'cover', bad, where)).toEqual({
        href: 'https://cdn.example/aksu/en.html#cover',
        rejected: true,
      });
    }
  });
});

describe('guide snippets', () => {
  const site = { base: 'https://cdn.example/aksu/' };
  const choice = {
    tag: 'aksu-outlets-chart',
    view: 'outlets' as const,
    step: 'outlets-1288-stores',
    lang: 'en' as const,
    theme: 'dark' as const,
  };
  it('loads the bundle from its stable address and sets the chosen attributes', () => {
    expect(elementSnippet(choice, site)).toBe(
      '<script type="module" src="https://cdn.example/aksu/embed/aksu-elements.js"></script>\n' +
        '<aksu-outlets-chart lang="en" step="outlets-1288-stores" theme="dark"></aksu-outlets-chart>',
    );
    expect(elementSnippet({ ...choice, theme: 'light' }, site)).not.toContain('theme=');
  });
  it('points the iframe at embed.html with the same choice, and brings the loader', () => {
    const url = new URL(iframeUrl(choice, site));
    expect(url.pathname).toBe('/aksu/embed.html');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      view: 'outlets',
      step: 'outlets-1288-stores',
      lang: 'en',
      theme: 'dark',
    });
    const snippet = iframeSnippet(choice, site, 'Stores "and" sales');
    expect(snippet).toContain('data-aksu-embed');
    expect(snippet).toContain('title="Stores &quot;and&quot; sales"');
    expect(snippet).toContain('<script src="https://cdn.example/aksu/embed-loader.js" async>');
  });
  it('frames the story page itself for the whole story', () => {
    expect(
      iframeUrl({ ...choice, tag: 'aksu-story', view: 'story', step: 'alar-buses' }, site),
    ).toBe('https://cdn.example/aksu/en.html#alar-buses');
  });
});
