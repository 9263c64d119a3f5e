// The reading aids of the story page: the chapter list (renderChapterNav) and the progress bar.
// The list's links are plain anchors; here the reader's chapter gets aria-current="location",
// phones open the list from its button, and following a link goes to the chapter's first step
// the way a key does (the controller, then the scroll), with focus on the chapter's heading.
import type { Cleanups } from './cleanups.ts';
import type { StoryController } from './controller.ts';

export interface ChapterNavOptions {
  nav: HTMLElement;
  /** The progress bar's box: it holds --reading-progress, 0 to 1. */
  progress: HTMLElement | null;
  controller: StoryController;
  steps: readonly HTMLElement[];
  /** Makes the step current and scrolls to it at once. */
  goToStep(stepId: string): void;
  undo: Cleanups;
}

/** The chapter a step belongs to (the cover's step sits in the cover's section). */
export function chapterOfStep(step: Element): string | null {
  return step.closest('[data-chapter]')?.getAttribute('data-chapter') ?? null;
}

/** Each chapter's first step, by the anchor that links to it ("chapter-rural" → "rural-funds"). */
export function chapterAnchors(steps: readonly HTMLElement[]): Map<string, string> {
  const anchors = new Map<string, string>();
  for (const step of steps) {
    const section = step.closest<HTMLElement>('section[data-chapter]');
    if (section?.id && !anchors.has(section.id)) anchors.set(section.id, step.id);
  }
  return anchors;
}

/**
 * A chapter link's name as the phone's button shows it: the short name for the eye (the full
 * one, "从“十城百店”到“百城千店”", was cut off there), the full one for a screen reader.
 */
function buttonName(part: Element): Node {
  const copy = part.cloneNode(true) as Element;
  if (copy.classList.contains('chapter-nav__short')) copy.setAttribute('aria-hidden', 'true');
  if (copy.classList.contains('chapter-nav__full')) copy.classList.add('visually-hidden');
  return copy;
}

export function startChapterNav(options: ChapterNavOptions): void {
  const { nav, progress, controller, steps, undo } = options;
  const listen = undo.listen;
  const links = [...nav.querySelectorAll<HTMLAnchorElement>('a[data-chapter-link]')];
  const toggle = nav.querySelector<HTMLButtonElement>('.chapter-nav__toggle');
  const now = nav.querySelector<HTMLElement>('.chapter-nav__now');
  const count = nav.querySelector<HTMLElement>('.chapter-nav__count');
  const scrolly = document.querySelector<HTMLElement>('.scrolly');
  const sources = document.getElementById('sources');
  const firstStep = new Map<string, string>();
  for (const step of steps) {
    const chapter = chapterOfStep(step);
    if (chapter && !firstStep.has(chapter)) firstStep.set(chapter, step.id);
  }
  const byStep = new Map(steps.map((s) => [s.id, chapterOfStep(s)]));

  let shown: string | null = null;
  const showChapter = (chapter: string | null) => {
    if (!chapter || chapter === shown) return;
    shown = chapter;
    links.forEach((link, i) => {
      if (link.dataset.chapterLink === chapter) {
        link.setAttribute('aria-current', 'location');
        if (now) now.replaceChildren(...[...link.children].map(buttonName));
        if (count) count.textContent = `${i + 1}/${links.length}`;
      } else {
        link.removeAttribute('aria-current');
      }
    });
  };

  // Where the reader is: the current step's chapter, or the sources once they fill the screen.
  let frame = 0;
  const measure = () => {
    frame = 0;
    const inSources = sources
      ? sources.getBoundingClientRect().top < window.innerHeight / 2
      : false;
    showChapter(inSources ? 'sources' : (byStep.get(controller.current ?? '') ?? null));
    if (progress && scrolly) {
      const rect = scrolly.getBoundingClientRect();
      const run = rect.height - window.innerHeight;
      const done = run > 0 ? Math.min(1, Math.max(0, -rect.top / run)) : 1;
      progress.style.setProperty('--reading-progress', done.toFixed(4));
      progress.dataset.progress = done.toFixed(3);
    }
  };
  const soon = () => {
    if (!frame) frame = requestAnimationFrame(measure);
  };
  listen(window, 'scroll', soon, { passive: true });
  listen(window, 'resize', soon);
  undo.add(controller.onChange(soon));
  undo.add(() => cancelAnimationFrame(frame));
  measure();

  // Phones: the button opens and closes the list; Escape, a link or a tap elsewhere closes it.
  const setOpen = (open: boolean) => {
    nav.toggleAttribute('data-open', open);
    toggle?.setAttribute('aria-expanded', String(open));
  };
  if (toggle) {
    toggle.hidden = false;
    listen(toggle, 'click', () => setOpen(!nav.hasAttribute('data-open')));
  }
  listen<KeyboardEvent>(nav, 'keydown', (event) => {
    if (event.key !== 'Escape' || !nav.hasAttribute('data-open')) return;
    setOpen(false);
    toggle?.focus();
  });
  listen<MouseEvent>(document, 'click', (event) => {
    if (nav.hasAttribute('data-open') && !event.composedPath().includes(nav)) setOpen(false);
  });
  listen<FocusEvent>(nav, 'focusout', (event) => {
    const next = event.relatedTarget;
    if (next instanceof Node && !nav.contains(next)) setOpen(false);
  });

  for (const link of links) {
    listen<MouseEvent>(link, 'click', (event) => {
      setOpen(false);
      const chapter = link.dataset.chapterLink ?? '';
      const stepId = firstStep.get(chapter);
      // The sources are no step: the anchor's own jump goes there.
      if (!stepId || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      options.goToStep(stepId);
      // Keyboard and screen-reader users go on reading from the chapter's heading.
      const step = document.getElementById(stepId);
      const heading =
        step?.closest('section')?.querySelector<HTMLElement>('h1, h2') ?? step ?? null;
      if (heading) {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
      }
      soon();
    });
  }
}
