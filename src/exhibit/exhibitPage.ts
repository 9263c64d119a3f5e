// Wires exhibition mode (?mode=exhibit): the graphic full screen with the step's text in a caption
// band, moved by clicker keys, touches or the kiosk loop; a QR code to take the step away on a
// phone; progress, full screen and a blank screen. Returns a teardown that leaves no listener or
// timer behind (the long-running benchmark checks this).
import type { StoryBundle } from '../build/storyBundle.ts';
import type { AksuGraphic } from '../components/aksu-graphic.ts';
import type { Lang } from '../content/langs.ts';
import { cleanups } from '../story/cleanups.ts';
import { StoryController } from '../story/controller.ts';
import { giveGraphicContent } from '../story/graphicContent.ts';
import { applyLang } from '../story/language.ts';
import { chooseLang, stepFromHash } from '../story/urlState.ts';
import { AutoplayLoop, type LoopState } from './autoplayLoop.ts';
import { exhibitActionForKey, type ExhibitAction } from './exhibitKeys.ts';
import type { ExhibitOptions } from './exhibitOptions.ts';
import { handoffUrl, publicBaseOf, qrSquares } from './handoff.ts';
import { fullScreenFor } from './fullScreen.ts';
import { readingSeconds } from './readingTime.ts';
import { actionForTouch } from './touchGestures.ts';

const CURSOR_HIDE_MS = 2500;
// The layout is designed for a 1200-pixel-wide screen (480 when upright) and scaled from there, so
// type and lines keep their proportions from a laptop to a 4K projector.
const DESIGN_WIDTH = { landscape: 1200, portrait: 480 };
const MIN_CAPTION_SCALE = 0.6;
/**
 * How many points of the screen's height the caption band may take beyond its own share, so
 * that every step's text fits at BAND_SCALE of the caption's type or larger: read from three
 * metres, the words matter more than a little of the graphic's height. The band is fitted once
 * per language and screen, so the graphic keeps its size from step to step.
 */
const MAX_BAND_GROWTH = 8;
const BAND_SCALE = 0.9;

export function startExhibit(bundle: StoryBundle, options: ExhibitOptions): () => void {
  const root = document.documentElement;
  const chrome = document.querySelector<HTMLElement>('.exhibit');
  const caption = chrome?.querySelector<HTMLElement>('.exhibit__caption');
  const qr = chrome?.querySelector<SVGSVGElement>('.exhibit__qr');
  const status = chrome?.querySelector<HTMLElement>('.exhibit__status');
  const blank = chrome?.querySelector<HTMLElement>('.exhibit__blank');
  const progress = [...(chrome?.querySelectorAll<HTMLElement>('.exhibit__progress li') ?? [])];
  const graphic = document.querySelector<AksuGraphic>('aksu-graphic');
  const stepEls = new Map(
    [...document.querySelectorAll<HTMLElement>('.scrolly [data-step]')].map((el) => [el.id, el]),
  );
  const ids = bundle.steps.map((s) => s.id);
  const controller = new StoryController(ids);
  const undo = cleanups();
  const listen = undo.listen;
  const timers = new Set<number>();
  const clock = {
    setTimeout(run: () => void, ms: number) {
      const id = window.setTimeout(() => {
        timers.delete(id);
        run();
      }, ms);
      timers.add(id);
      return id;
    },
    clearTimeout(id: number) {
      timers.delete(id);
      window.clearTimeout(id);
    },
  };

  for (const warning of options.warnings) console.warn(warning);
  root.dataset.mode = 'exhibit';
  if (options.theme === 'dark') root.dataset.theme = 'dark';
  if (chrome) chrome.hidden = false;

  let lang: Lang = chooseLang(
    location.search,
    root.dataset.defaultLang ?? null,
    navigator.languages,
  ).lang;
  const publicBase = publicBaseOf(bundle.publicUrl, location.href);

  const fitToScreen = () => {
    const upright = window.innerHeight > window.innerWidth;
    const design = upright ? DESIGN_WIDTH.portrait : DESIGN_WIDTH.landscape;
    root.style.setProperty('--exhibit-zoom', String(window.innerWidth / design));
    fitBand();
    fitCaption();
  };
  const overflows = (el: HTMLElement) => el.scrollHeight > el.clientHeight + 1;
  let bandFor = '';
  /** The band's share: the CSS's own, or up to MAX_BAND_GROWTH more where long steps need it. */
  function fitBand(): void {
    const key = `${root.lang} ${window.innerWidth}×${window.innerHeight}`;
    if (!caption || key === bandFor) return;
    bandFor = key;
    const shown = [...caption.childNodes];
    root.style.removeProperty('--exhibit-caption');
    const base = parseFloat(getComputedStyle(root).getPropertyValue('--exhibit-caption'));
    if (!Number.isFinite(base)) return;
    caption.style.setProperty('--caption-scale', String(BAND_SCALE));
    let band = base;
    // The band only grows: each step is laid out once, and again only while it still overflows.
    for (const id of ids) {
      caption.replaceChildren(...captionParts(id));
      while (overflows(caption) && band < base + MAX_BAND_GROWTH) {
        band += 2;
        root.style.setProperty('--exhibit-caption', `${band}%`);
      }
    }
    caption.replaceChildren(...shown);
  }
  /** Long steps get smaller type, so the whole text is always in the band. */
  function fitCaption(): void {
    if (!caption) return;
    let scale = 1;
    caption.style.setProperty('--caption-scale', '1');
    while (overflows(caption) && scale > MIN_CAPTION_SCALE) {
      scale = Math.round((scale - 0.05) * 100) / 100;
      caption.style.setProperty('--caption-scale', String(scale));
    }
  }
  fitToScreen();
  listen(window, 'resize', fitToScreen);

  /** The words of a step in one language: what the reader would read, for the dwell time. */
  const textOf = (stepId: string, inLang: Lang) =>
    [...(stepEls.get(stepId)?.querySelectorAll(`.l-${inLang}`) ?? [])]
      .map((el) => el.textContent ?? '')
      .join(' ');

  /** What the caption shows of a step: its chapter's title and its text (copies, without ids). */
  function captionParts(stepId: string): Node[] {
    const step = stepEls.get(stepId);
    if (!step) return [];
    const parts: Element[] = [];
    const chapterTitle = step.closest('.chapter')?.querySelector('.chapter__title');
    if (chapterTitle && !step.classList.contains('step--cover')) {
      parts.push(chapterTitle.cloneNode(true) as Element);
    }
    const body = step.classList.contains('step--cover')
      ? step.querySelectorAll('.cover__title, .cover__dek')
      : step.querySelectorAll('.step__text');
    for (const node of body) parts.push(node.cloneNode(true) as Element);
    for (const part of parts) {
      part.removeAttribute('id');
      for (const el of part.querySelectorAll('[id]')) el.removeAttribute('id');
    }
    return parts;
  }

  const showCaption = (stepId: string) => {
    if (!caption || !stepEls.has(stepId)) return;
    caption.replaceChildren(...captionParts(stepId));
    fitCaption();
  };

  const showQr = (stepId: string) => {
    if (!qr) return;
    const url = handoffUrl(publicBase, lang, stepId);
    const { size, path } = qrSquares(url);
    // A quiet zone of four modules, as scanners expect.
    qr.setAttribute('viewBox', `-4 -4 ${size + 8} ${size + 8}`);
    qr.innerHTML = `<rect x="-4" y="-4" width="${size + 8}" height="${size + 8}" fill="#fff"/><path d="${path}" fill="#000"/>`;
    qr.dataset.url = url;
    qr.setAttribute('aria-label', qr.dataset[lang === 'en' ? 'labelEn' : 'labelZh'] ?? '');
  };

  const drawIn = (next: Lang) => {
    lang = next;
    applyLang(lang, bundle.meta);
    // Another language's texts are longer or shorter: the band and the type are fitted again.
    fitBand();
    fitCaption();
    if (graphic) {
      graphic.lang = lang;
      graphic.setAttribute('aria-label', bundle.ui.graphicLabel[lang]);
    }
    if (controller.current) showQr(controller.current);
  };

  const loop = new AutoplayLoop(
    {
      dwellMs: (stepId) =>
        (options.dwellSeconds ?? readingSeconds(textOf(stepId, lang), lang)) * 1000,
      advance: () => {
        const index = ids.indexOf(controller.current ?? '');
        controller.goTo(ids[(index + 1) % ids.length] as string, 'api');
      },
      returnToCover: () => controller.goTo(ids[0] as string, 'api'),
      onStateChange: (state: LoopState) => {
        if (status) status.dataset.state = state;
      },
    },
    clock,
    { autoplay: options.autoplay, idleMs: options.idleSeconds * 1000 },
  );
  if (status) status.dataset.state = loop.status;
  undo.add(() => loop.destroy());

  if (graphic) giveGraphicContent(graphic, bundle);
  undo.add(
    controller.onChange(({ stepId }) => {
      const scene = bundle.scenes[stepId];
      if (graphic && scene) graphic.scene = scene;
      root.dataset.exhibitStep = stepId;
      root.toggleAttribute('data-exhibit-at-cover', stepId === ids[0]);
      showCaption(stepId);
      showQr(stepId);
      const at = ids.indexOf(stepId);
      progress.forEach((li, i) => {
        li.classList.toggle('is-done', i < at);
        li.classList.toggle('is-current', i === at);
      });
      loop.stepShown(stepId);
    }),
  );
  drawIn(lang);
  controller.goTo(stepFromHash(location.hash, ids) ?? (ids[0] as string), 'url');

  const fullScreen = fullScreenFor(document, root);
  const toggleFullscreen = () => {
    fullScreen.toggle().catch((error: unknown) => console.warn('Full screen was refused', error));
  };

  const act = (action: ExhibitAction) => {
    if (action === 'play') {
      loop.toggle();
      return;
    }
    loop.userInput();
    if (action === 'blank') {
      if (blank) blank.hidden = !blank.hidden;
      return;
    }
    if (blank) blank.hidden = true;
    if (action === 'fullscreen') toggleFullscreen();
    else if (action === 'language') {
      drawIn(lang === 'zh' ? 'en' : 'zh');
      fitCaption();
    } else if (action === 'first') controller.goTo(ids[0] as string, 'key');
    else if (action === 'last') controller.goTo(ids[ids.length - 1] as string, 'key');
    else controller.move(action === 'next' ? 'next' : 'previous', 'key');
  };

  listen<KeyboardEvent>(document, 'keydown', (event) => {
    const action = exhibitActionForKey(event);
    if (!action || event.defaultPrevented) return;
    // A focused button or link keeps Enter and Space for itself.
    const target = event.target instanceof Element ? event.target : null;
    if ((event.key === 'Enter' || event.key === ' ') && target?.closest('button, a, summary')) {
      return;
    }
    event.preventDefault();
    act(action);
  });

  // Touch: swipes and the side zones move the story; every touch counts as a person present.
  let touchStart: { x: number; y: number } | null = null;
  listen<PointerEvent>(document, 'pointerdown', (event) => {
    loop.userInput();
    if (event.pointerType === 'touch') touchStart = { x: event.clientX, y: event.clientY };
  });
  listen<PointerEvent>(document, 'pointerup', (event) => {
    if (event.pointerType !== 'touch' || !touchStart) return;
    const target = event.target instanceof Element ? event.target : null;
    const action = actionForTouch({
      startX: touchStart.x,
      startY: touchStart.y,
      endX: event.clientX,
      endY: event.clientY,
      width: window.innerWidth,
    });
    touchStart = null;
    if (action && !target?.closest('button, a, summary, details')) act(action);
  });

  const fullscreenButton = chrome?.querySelector<HTMLButtonElement>('.exhibit__fullscreen');
  // Where the engine has no full screen for a page (iPhones), there is no button to press.
  if (fullscreenButton) {
    fullscreenButton.hidden = !fullScreen.available;
    listen(fullscreenButton, 'click', toggleFullscreen);
  }

  // The cursor hides when the mouse rests, and comes back when it moves.
  let cursorTimer: number | null = null;
  const hideCursorLater = () => {
    root.classList.remove('exhibit-cursor-hidden');
    if (cursorTimer !== null) clock.clearTimeout(cursorTimer);
    cursorTimer = clock.setTimeout(() => {
      cursorTimer = null;
      root.classList.add('exhibit-cursor-hidden');
    }, CURSOR_HIDE_MS);
  };
  listen(document, 'mousemove', hideCursorLater, { passive: true });
  hideCursorLater();

  root.classList.add('js');
  return () => {
    undo.runAll();
    for (const id of timers) window.clearTimeout(id);
    timers.clear();
  };
}
