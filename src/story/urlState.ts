// Reading and writing the story's place in the URL: ?lang=zh|en and #step-id. Pure functions of
// strings, so a hostile or stale URL can only ever select a known language or step.
import { isLang, type Lang } from '../content/langs.ts';

export { isLang };

export interface LangChoice {
  lang: Lang;
  /** Set when ?lang= held something we do not know: the caller warns once. */
  ignored: string | null;
}

/**
 * The language to open in: ?lang= if valid; else the page's own default (en.html is English);
 * else the first of the browser's languages that is Chinese or English; else Chinese.
 */
export function chooseLang(
  search: string,
  pageDefault: string | null,
  browserLanguages: readonly string[],
): LangChoice {
  const requested = new URLSearchParams(search).get('lang');
  if (isLang(requested)) return { lang: requested, ignored: null };
  const ignored = requested === null ? null : requested;
  if (isLang(pageDefault)) return { lang: pageDefault, ignored };
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'zh') return { lang: 'zh', ignored };
    if (primary === 'en') return { lang: 'en', ignored };
  }
  return { lang: 'zh', ignored };
}

/** The step a hash names, if it is one of ours ("#outlets-1288" → "outlets-1288"). */
export function stepFromHash(hash: string, stepIds: readonly string[]): string | null {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return null;
  }
  return stepIds.includes(id) ? id : null;
}

/** The URL for a place in the story, keeping everything else of the current URL. */
export function urlFor(href: string, place: { stepId?: string | null; lang?: Lang }): string {
  const url = new URL(href);
  if (place.lang) url.searchParams.set('lang', place.lang);
  if (place.stepId !== undefined) url.hash = place.stepId ? `#${place.stepId}` : '';
  return url.href;
}
