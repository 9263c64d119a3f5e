// Where an element's "full story" link goes: the editor's story-url if given, else the story's
// pages published beside the bundle (index.html in Chinese, en.html in English), at the step shown.
import type { Lang } from '../../content/langs.ts';

let publishedAt = '';

/** Called by the bundle's entry with the address of the site it was published in. */
export function setStoryBase(url: string): void {
  publishedAt = url;
}

export interface StoryLink {
  href: string;
  /** The editor's story-url was not a web address and was not used. */
  rejected: boolean;
}

export function storyLink(
  lang: Lang,
  stepId: string,
  storyUrl: string | null,
  where: { published: string; page: string } = {
    published: publishedAt,
    page: document.baseURI,
  },
): StoryLink {
  const ours = () => new URL(lang === 'en' ? 'en.html' : './?lang=zh', where.published);
  let url = ours();
  let rejected = false;
  if (storyUrl) {
    try {
      // The editor's address is read as they would read it: relative to their own page.
      const theirs = new URL(storyUrl, where.page);
      // Only web addresses: a javascript: or data: "story" would run in the host's page.
      if (theirs.protocol === 'https:' || theirs.protocol === 'http:') url = theirs;
      else rejected = true;
    } catch {
      rejected = true;
    }
  }
  url.hash = stepId;
  return { href: url.href, rejected };
}
