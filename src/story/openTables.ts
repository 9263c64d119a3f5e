// A chart's data table (a <details> in the graphic's shadow root) opens in view: while one is
// open, the graphic's panel rises over the step cards and scrolls within itself (story.css,
// .has-open-table), and the table is scrolled to the top of the panel. A new step closes it.
import type { Cleanups } from './cleanups.ts';

export interface OpenTables {
  /** Closes any open table and gives the panel back to the cards. */
  closeAll(): void;
}

export function keepTablesInView(
  panel: HTMLElement,
  graphic: HTMLElement,
  undo: Cleanups,
): OpenTables {
  const open = new Set<HTMLDetailsElement>();
  const watched = new WeakSet<HTMLDetailsElement>();
  let frame = 0;

  const reflect = () => {
    for (const details of open) if (!details.isConnected || !details.open) open.delete(details);
    panel.classList.toggle('has-open-table', open.size > 0);
    if (open.size === 0) graphic.scrollTop = 0;
  };
  const onToggle = (event: Event) => {
    const details = event.target as HTMLDetailsElement;
    if (details.open) open.add(details);
    else open.delete(details);
    reflect();
    if (!details.open) return;
    // Once the panel has its new size: the table's summary at the top of the panel.
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      const top =
        details.getBoundingClientRect().top -
        graphic.getBoundingClientRect().top +
        graphic.scrollTop;
      graphic.scrollTo({ top: Math.max(0, top - 8), behavior: 'instant' });
    });
  };
  // 'toggle' neither bubbles nor leaves the shadow root: the click (or key) on the summary,
  // which does, says which <details> to listen to.
  undo.listen<Event>(graphic, 'click', (event) => {
    const details = event
      .composedPath()
      .find((node): node is HTMLDetailsElement => node instanceof HTMLDetailsElement);
    if (!details || watched.has(details)) return;
    watched.add(details);
    details.addEventListener('toggle', onToggle);
    undo.add(() => details.removeEventListener('toggle', onToggle));
  });
  undo.add(() => cancelAnimationFrame(frame));

  return {
    closeAll() {
      for (const details of open) details.open = false;
      open.clear();
      reflect();
    },
  };
}
