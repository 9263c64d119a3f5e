// The snippets the embed guide offers for copying, with this site's own addresses in them: the web
// component (one script, one element) and the iframe (with the loader that sizes it). Pure, so
// what editors paste is tested in node.
import type { Lang } from '../content/langs.ts';
import type { Theme } from '../embed/elements/elementAttributes.ts';
import type { EmbedView } from '../embed/embedParams.ts';

export interface SnippetChoice {
  tag: string;
  view: EmbedView | 'story';
  step: string;
  lang: Lang;
  theme: Theme;
}

/** Where the site is published: the guide's own directory. */
export interface SiteAddress {
  base: string;
}

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export function bundleUrl(site: SiteAddress): string {
  return new URL('embed/aksu-elements.js', site.base).href;
}

export function elementSnippet(choice: SnippetChoice, site: SiteAddress): string {
  const attrs = [`lang="${choice.lang}"`, `step="${attr(choice.step)}"`];
  if (choice.theme !== 'light') attrs.push(`theme="${choice.theme}"`);
  return [
    `<script type="module" src="${attr(bundleUrl(site))}"></script>`,
    `<${choice.tag} ${attrs.join(' ')}></${choice.tag}>`,
  ].join('\n');
}

/** The iframe: embed.html for one view; the story's own page for the whole story. */
export function iframeUrl(choice: SnippetChoice, site: SiteAddress): string {
  if (choice.view === 'story') {
    const url = new URL(choice.lang === 'en' ? 'en.html' : './', site.base);
    if (choice.lang === 'zh') url.searchParams.set('lang', 'zh');
    url.hash = choice.step;
    return url.href;
  }
  const url = new URL('embed.html', site.base);
  url.searchParams.set('view', choice.view);
  url.searchParams.set('step', choice.step);
  url.searchParams.set('lang', choice.lang);
  if (choice.theme !== 'light') url.searchParams.set('theme', choice.theme);
  return url.href;
}

export function iframeSnippet(choice: SnippetChoice, site: SiteAddress, title: string): string {
  const src = attr(iframeUrl(choice, site));
  if (choice.view === 'story') {
    return `<iframe src="${src}" title="${attr(title)}" style="width:100%;height:90vh;border:0" loading="lazy"></iframe>`;
  }
  return [
    `<iframe data-aksu-embed src="${src}" title="${attr(title)}" style="width:100%;border:0" height="560" loading="lazy"></iframe>`,
    `<script src="${attr(new URL('embed-loader.js', site.base).href)}" async></script>`,
  ].join('\n');
}
