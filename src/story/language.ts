// Switching the page's language in place: <html lang> drives which text CSS shows; the title,
// description and URL follow; the reader stays on the same step at the same height on screen.
import type { Bilingual, Lang } from '../content/schema.ts';
import { LANG_TAG } from '../content/langs.ts';
import { urlFor } from './urlState.ts';

export interface PageMeta {
  title: Bilingual;
  description: Bilingual;
}

export function applyLang(lang: Lang, meta: PageMeta): void {
  const root = document.documentElement;
  root.lang = LANG_TAG[lang];
  document.title = meta.title[lang];
  document
    .querySelector('meta[name="description"]')
    ?.setAttribute('content', meta.description[lang]);
}

/** Applies the language while keeping `anchor` (the current step) where the reader sees it. */
export function switchLang(lang: Lang, meta: PageMeta, anchor: HTMLElement | null): void {
  const before = anchor?.getBoundingClientRect().top ?? 0;
  applyLang(lang, meta);
  if (anchor) {
    const after = anchor.getBoundingClientRect().top;
    window.scrollBy({ top: after - before, behavior: 'instant' });
  }
  history.replaceState(history.state, '', urlFor(location.href, { lang }));
}
