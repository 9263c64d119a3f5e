// Wires the read mode together: the steps in the page, the controller, scrollama, keys, the URL,
// the language switch and the graphic. Everything reversible is returned by teardown.
import type { StoryBundle } from '../build/storyBundle.ts';
import type { Lang } from '../content/schema.ts';
import type { StoryGraphic } from '../components/story-graphic.ts';
import { StoryController } from './controller.ts';
import { applyLang, switchLang } from './language.ts';
import { stepMoveForKey } from './navigationKeys.ts';
import { scrollStepIntoView, watchSteps } from './scrollAdapter.ts';
import { chooseLang, isLang, stepFromHash, urlFor } from './urlState.ts';

const CONTROL =
  'input, textarea, select, button, a[href], [contenteditable], summary, [role="button"]';

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function startStoryPage(bundle: StoryBundle): () => void {
  const stepEls = [...document.querySelectorAll<HTMLElement>('[data-step]')];
  const ids = stepEls.map((el) => el.id);
  const expected = bundle.steps.map((s) => s.id);
  if (ids.join() !== expected.join()) {
    console.error('Story steps in the page do not match the built scenes', { ids, expected });
  }
  const byId = new Map(stepEls.map((el) => [el.id, el]));
  const graphic = document.querySelector<StoryGraphic>('story-graphic');
  const controller = new StoryController(ids);
  const cleanups: (() => void)[] = [];
  const listen = <K extends keyof WindowEventMap>(
    target: Window | Document,
    type: K,
    handler: (event: WindowEventMap[K]) => void,
  ) => {
    target.addEventListener(type, handler as EventListener);
    cleanups.push(() => target.removeEventListener(type, handler as EventListener));
  };

  // Language first, so the first paint of the graphic is already in the right language.
  const choice = chooseLang(
    location.search,
    document.documentElement.dataset.defaultLang ?? null,
    navigator.languages,
  );
  if (choice.ignored !== null)
    console.warn(`Unknown ?lang="${choice.ignored}" ignored; using "${choice.lang}".`);
  let lang: Lang = choice.lang;
  applyLang(lang, bundle.meta);
  if (graphic) {
    graphic.units = bundle.units;
    graphic.notFound = bundle.ui.pairingNotFound;
    graphic.lang = lang;
    graphic.setAttribute('aria-label', bundle.ui.graphicLabel[lang]);
  }

  cleanups.push(
    controller.onChange(({ stepId, previous }) => {
      if (previous) byId.get(previous)?.removeAttribute('aria-current');
      byId.get(stepId)?.setAttribute('aria-current', 'step');
      const scene = bundle.scenes[stepId];
      if (graphic && scene) graphic.scene = scene;
      history.replaceState(history.state, '', urlFor(location.href, { stepId }));
    }),
  );

  if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
  const linked = stepFromHash(location.hash, ids);
  const first = linked ?? (ids[0] as string);
  controller.goTo(first, 'url');
  const startEl = byId.get(first);
  if (linked && startEl) {
    scrollStepIntoView(startEl, 'instant');
    // The browser may still apply its own jump to #id after load: put the step back on the line.
    listen(window, 'load', () => {
      if (controller.current === first) scrollStepIntoView(startEl, 'instant');
    });
  }

  const scroller = watchSteps(stepEls, (id) => controller.goTo(id, 'scroll'));
  cleanups.push(() => scroller.destroy());

  const goAndShow = (stepId: string, jump: boolean) => {
    controller.goTo(stepId, 'key');
    const el = byId.get(stepId);
    if (el) scrollStepIntoView(el, jump || prefersReducedMotion() ? 'instant' : 'smooth');
  };

  listen(document, 'keydown', (event: KeyboardEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    const move = stepMoveForKey({
      key: event.key,
      shiftKey: event.shiftKey,
      altKey: event.altKey,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      targetIsControl: Boolean(target?.closest(CONTROL)),
    });
    if (!move || event.defaultPrevented) return;
    // Below the story, in the sources, keys scroll the page as usual.
    const scrolly = document.querySelector('.scrolly');
    if (scrolly && scrolly.getBoundingClientRect().bottom < window.innerHeight / 2) return;
    event.preventDefault();
    const from = controller.current;
    const target_ = controller.move(move);
    const distance = Math.abs(ids.indexOf(target_) - ids.indexOf(from ?? target_));
    goAndShow(target_, distance > 1);
  });

  listen(window, 'hashchange', () => {
    const stepId = stepFromHash(location.hash, ids);
    if (stepId) goAndShow(stepId, true);
  });

  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')) {
    const onClick = (event: MouseEvent) => {
      const next = link.dataset.langSwitch;
      if (!isLang(next)) return;
      event.preventDefault();
      lang = next;
      switchLang(lang, bundle.meta, byId.get(controller.current ?? '') ?? null);
      if (graphic) {
        graphic.lang = lang;
        graphic.setAttribute('aria-label', bundle.ui.graphicLabel[lang]);
      }
      // Focus follows to the switch that is now visible, so keyboard users keep their place.
      document
        .querySelector<HTMLElement>(`[data-lang-switch]:not([data-lang-switch="${lang}"])`)
        ?.focus();
    };
    link.addEventListener('click', onClick);
    cleanups.push(() => link.removeEventListener('click', onClick));
  }

  document.documentElement.classList.add('js');
  return () => cleanups.splice(0).forEach((cleanup) => cleanup());
}
