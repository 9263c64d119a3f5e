// Where an element's "full story" link goes: the editor's story-url if given, else the story's
// pages published beside the bundle (index.html in Chinese, en.html in English), at the step shown.
import type { Lang } from '../../content/langs.ts';

let publishedAt = '';

/** Called by the bundle's entry with the address of the site it was published in. */
export function setStoryBase(url: string): void {
  publishedAt = url;
}

export function storyLink(
  lang: Lang,
  stepId: string,
  storyUrl: string | null,
  where: { published: string; page: string } = {
    published: publishedAt,
    page: document.baseURI,
  },
): string {
  const ours = () => new URL(lang === 'en' ? 'en.html' : './?lang=zh', where.published);
  let url: URL;
  try {
    // The editor's address is read as they would read it: relative to their own page.
    url = storyUrl ? new URL(storyUrl, where.page) : ours();
  } catch {
    url = ours();
  }
  url.hash = stepId;
  return url.href;
}
