// The story's CSS as an engine parses it that lacks small viewport units (svh: Safari before 15.4,
// iOS 15.0–15.3) and container units (cqi: Safari before 16): those units are made unknown in the
// style sheets' text, so their declarations and @supports tests fail here as they do there. The
// sticky graphic must still be a screen tall (it had no height at all: a var() with svh is dropped
// only when computed), the cards a screen apart, the chapter list no taller than the screen, and
// the cover's title a title's size.
import { afterEach, describe, expect, it } from 'vitest';
import pageCss from '../../src/styles/page.css?raw';
import storyCss from '../../src/styles/story.css?raw';

const STORY_TOP = 44; // body's --story-top in page.css: the masthead

const unknownUnits = (css: string) => css.replaceAll('svh', 'zvh').replaceAll('cqi', 'zqi');

function mountStory(css: string): () => void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  const story = document.createElement('main');
  story.className = 'story-root';
  story.innerHTML = `<div class="scrolly">
      <div class="scrolly__graphic"><div class="graphic"></div></div>
      <div class="scrolly__text">
        <section class="step step--cover"><h1 class="cover__title">援疆</h1></section>
        <section class="step"><p class="step__text">文字</p></section>
      </div>
    </div>`;
  const nav = document.createElement('nav');
  nav.className = 'chapter-nav';
  nav.dataset.open = '';
  nav.innerHTML = '<ol class="chapter-nav__list"><li>一</li></ol>';
  document.body.append(nav, story);
  return () => {
    style.remove();
    story.remove();
    nav.remove();
  };
}

function measure() {
  const px = (selector: string, property: string) =>
    parseFloat(getComputedStyle(document.querySelector(selector)!).getPropertyValue(property));
  return {
    graphic: document.querySelector('.scrolly__graphic')!.getBoundingClientRect().height,
    cardGap: px('.step:not(.step--cover)', 'margin-bottom'),
    coverTop: px('.step--cover', 'margin-top'),
    textEnd: px('.scrolly__text', 'padding-bottom'),
    chapterList: px('.chapter-nav__list', 'max-height'),
    title: px('.cover__title', 'font-size'),
  };
}

let unmount: (() => void) | null = null;
afterEach(() => {
  unmount?.();
  unmount = null;
});

describe('the story’s layout in engines without svh and cqi (older iPhones)', () => {
  it('keeps the graphic a screen tall and the cards a screen apart, as with them', () => {
    unmount = mountStory(pageCss + storyCss);
    const modern = measure();
    unmount();
    unmount = mountStory(unknownUnits(pageCss + storyCss));
    const older = measure();
    expect(older.graphic).toBeCloseTo(innerHeight - STORY_TOP, 0);
    expect(older.cardGap).toBeCloseTo(modern.cardGap, 0);
    expect(older.coverTop).toBeCloseTo(modern.coverTop, 0);
    expect(older.textEnd).toBeCloseTo(modern.textEnd, 0);
    // The chapter list's rule is for windows narrower than 1200 px (the test's frame is).
    expect(innerWidth).toBeLessThan(1200);
    expect(older.chapterList).toBeCloseTo(innerHeight - STORY_TOP, 0);
    expect(modern.graphic).toBeCloseTo(innerHeight - STORY_TOP, 0);
    // A phone's title: the smallest the clamp() allows, never the body text's size.
    expect(older.title).toBe(28);
  });
});
