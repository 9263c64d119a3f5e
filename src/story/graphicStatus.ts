// The polite live region beside the graphic: when the step changes, it tells screen-reader users
// what the graphic now shows. It waits until the step has settled, so a quick scroll or a jump
// across several steps is announced once, not step by step.
import type { StoryBundle } from '../build/storyBundle.ts';
import type { Lang } from '../content/langs.ts';
import type { Scene } from './scene.ts';
import { describeScene } from './sceneDescription.ts';

const SETTLE_MS = 600;

export interface GraphicStatus {
  say(scene: Scene, lang: Lang): void;
  destroy(): void;
}

export function graphicStatus(el: HTMLElement | null, bundle: StoryBundle): GraphicStatus {
  let timer = 0;
  return {
    say(scene, lang) {
      window.clearTimeout(timer);
      if (!el) return;
      timer = window.setTimeout(() => {
        const lead = bundle.ui.graphicNow[lang] + (lang === 'en' ? ' ' : '');
        el.textContent = lead + describeScene(scene, lang, bundle.units, bundle.mapStrings);
      }, SETTLE_MS);
    },
    destroy() {
      window.clearTimeout(timer);
    },
  };
}
