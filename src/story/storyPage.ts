// Wires the read mode together: the steps in the page, the controller, scrolling, keys, the URL,
// the language switch and the graphic. Returns a teardown that undoes every listener it added.
import type { StoryBundle } from '../build/storyBundle.ts';
import type { Lang } from '../content/langs.ts';
import type { AksuGraphic } from '../components/aksu-graphic.ts';
import { chapterAnchors, startChapterNav } from './chapterNav.ts';
import { cleanups } from './cleanups.ts';
import { StoryController } from './controller.ts';
import { giveGraphicContent } from './graphicContent.ts';
import { graphicStatus } from './graphicStatus.ts';
import { motionReduced, setMotionReduced } from './motion.ts';
import { keepTablesInView } from './openTables.ts';
import { applyLang, switchLang } from './language.ts';
import { stepMoveForKey } from './navigationKeys.ts';
import { followScroll, type ScrollFollower } from './scrollFollower.ts';
import { chooseLang, isLang, stepFromHash, urlFor } from './urlState.ts';

const CONTROL =
  'input, textarea, select, button, a[href], [contenteditable], summary, [role="button"]';

/** Runs `task` in a task of its own once the next frame has been painted. */
function afterFirstFrame(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}

export function startStoryPage(bundle: StoryBundle): () => void {
  const stepEls = [...document.querySelectorAll<HTMLElement>('.scrolly [data-step]')];
  const ids = stepEls.map((el) => el.id);
  const expected = bundle.steps.map((s) => s.id);
  if (ids.join() !== expected.join()) {
    console.error('Story steps in the page do not match the built scenes', { ids, expected });
  }
  const byId = new Map(stepEls.map((el) => [el.id, el]));
  const graphic = document.querySelector<AksuGraphic>('aksu-graphic');
  const controller = new StoryController(ids);
  const status = graphicStatus(document.querySelector('[data-graphic-status]'), bundle);
  const undo = cleanups();
  const listen = undo.listen;
  // A step's id, or a chapter's (the chapter list's links): its first step.
  const anchors = chapterAnchors(stepEls);
  const stepForHash = (hash: string) => {
    const step = stepFromHash(hash, ids);
    if (step) return step;
    const anchor = stepFromHash(hash, [...anchors.keys()]);
    return anchor ? (anchors.get(anchor) ?? null) : null;
  };
  const panel = document.querySelector<HTMLElement>('.scrolly__graphic');
  const tables = graphic && panel ? keepTablesInView(panel, graphic, undo) : null;

  // Language first, so the graphic's first drawing is already in the reader's language.
  const choice = chooseLang(
    location.search,
    document.documentElement.dataset.defaultLang ?? null,
    navigator.languages,
  );
  if (choice.ignored !== null) {
    console.warn(`Unknown ?lang="${choice.ignored}" ignored; using "${choice.lang}".`);
  }
  let lang: Lang = choice.lang;
  applyLang(lang, bundle.meta);
  const drawIn = (next: Lang) => {
    if (!graphic) return;
    graphic.lang = next;
    graphic.setAttribute('aria-label', bundle.ui.graphicLabel[next]);
  };
  if (graphic) giveGraphicContent(graphic, bundle);
  drawIn(lang);

  // The hash follows the current step, but only once the page has loaded: written earlier,
  // Chromium would still apply its own jump to that #id when loading ends.
  const writeHash = () => {
    if (controller.current) {
      history.replaceState(
        history.state,
        '',
        urlFor(location.href, { stepId: controller.current }),
      );
    }
  };
  undo.add(
    controller.onChange(({ stepId, previous }) => {
      if (previous) byId.get(previous)?.removeAttribute('aria-current');
      if (previous) tables?.closeAll();
      byId.get(stepId)?.setAttribute('aria-current', 'step');
      const scene = bundle.scenes[stepId];
      if (graphic && scene) graphic.scene = scene;
      if (scene && previous) status.say(scene, lang); // not on arrival: the page is read first
      if (document.readyState === 'complete') writeHash();
    }),
  );

  if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
  const linked = stepForHash(location.hash);
  const first = linked ?? (ids[0] as string);
  controller.goTo(first, 'url');

  // Watching the steps measures the whole page; done after the first frame, it does not hold up
  // the reader's first sight of the story (nor lengthen the task that draws it).
  let follower: ScrollFollower | null = null;
  let stopped = false;
  afterFirstFrame(() => {
    if (stopped) return;
    follower = followScroll(stepEls, controller);
    if (linked && controller.current === linked) follower.show(linked, 'instant');
  });
  undo.add(() => {
    stopped = true;
    follower?.destroy();
  });
  const afterLoad = () => {
    // The browser's own jump to #id (if any) happens at load: put the reader back on the step.
    if (linked && controller.current === linked) follower?.show(linked, 'instant');
    writeHash();
  };
  if (document.readyState === 'complete') afterLoad();
  else listen(window, 'load', afterLoad);

  const goAndShow = (stepId: string, jump: boolean) => {
    controller.goTo(stepId, 'key');
    const behavior = jump || motionReduced() ? 'instant' : 'smooth';
    // Scrolled at once, so no trigger met on the way takes the step back; and again once the
    // graphic has laid out the step (a frame on): on a phone the card rests below the drawing,
    // whose key may have grown with the new step.
    follower?.show(stepId, behavior);
    requestAnimationFrame(() => {
      if (controller.current === stepId) follower?.show(stepId, behavior);
    });
  };

  listen<KeyboardEvent>(document, 'keydown', (event) => {
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
    // Below the story, in the sources, keys scroll the page as usual; Home and End still go to
    // the story's first and last steps.
    const scrolly = document.querySelector('.scrolly');
    const inSources = scrolly && scrolly.getBoundingClientRect().bottom < window.innerHeight / 2;
    if (inSources && move !== 'first' && move !== 'last') return;
    event.preventDefault();
    const from = controller.current ?? (ids[0] as string);
    const to = controller.move(move);
    goAndShow(to, Math.abs(ids.indexOf(to) - ids.indexOf(from)) > 1);
  });

  // The hash the reader navigated to (not location.hash, which we may have rewritten since).
  listen<HashChangeEvent>(window, 'hashchange', (event) => {
    const stepId = stepForHash(new URL(event.newURL).hash);
    if (stepId) goAndShow(stepId, true);
  });

  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')) {
    listen<MouseEvent>(link, 'click', (event) => {
      const next = link.dataset.langSwitch;
      if (!isLang(next)) return;
      event.preventDefault();
      lang = next;
      switchLang(lang, bundle.meta, byId.get(controller.current ?? '') ?? null);
      drawIn(lang);
      // Focus moves to the switch that is now visible, so keyboard users keep their place.
      document
        .querySelector<HTMLElement>(`[data-lang-switch]:not([data-lang-switch="${lang}"])`)
        ?.focus();
    });
  }

  const nav = document.querySelector<HTMLElement>('.chapter-nav');
  if (nav) {
    startChapterNav({
      nav,
      progress: document.querySelector('.reading-progress'),
      controller,
      steps: stepEls,
      goToStep: (stepId) => goAndShow(stepId, true),
      undo,
    });
  }

  // The reduce-motion switch needs JavaScript, so it is shown by it.
  const motionSwitch = document.querySelector<HTMLButtonElement>('.motion-switch');
  if (motionSwitch) {
    const reflect = () => motionSwitch.setAttribute('aria-pressed', String(motionReduced()));
    motionSwitch.hidden = false;
    reflect();
    listen(motionSwitch, 'click', () => {
      setMotionReduced(motionSwitch.getAttribute('aria-pressed') !== 'true');
      reflect();
    });
  }

  undo.add(() => status.destroy());
  document.documentElement.classList.add('js');
  return () => undo.runAll();
}
