// The story page as HTML, rendered at build time from data/: head (title, description, share
// card) per language, and a body that holds the whole text in both languages so that it reads
// without JavaScript; scripts only enhance it.
import type { ChapterId, Content, Lang, UiKey } from '../content/schema.ts';
import { bilingualHtml, bilingualText, escapeHtml, LANG_TAG } from './html.ts';
import { storyTextHtml } from './storyText.ts';
import { STATIC_SIZE, staticScenePath } from '../static/staticScene.ts';
import { describeScene } from '../story/sceneDescription.ts';
import type { Scene } from '../story/scene.ts';
import type { MapStrings } from '../maps/mapDescription.ts';
import { storyBundle } from './storyBundle.ts';
import { renderSources } from './renderSources.ts';

export interface PageOptions {
  /** Absolute URL the site will live at (for og:image and canonical links); '' keeps them relative. */
  siteUrl: string;
}

/** The HTML files the build writes, one per default language. */
export const PAGE_FOR_LANG: Record<Lang, string> = { zh: 'index.html', en: 'en.html' };
const OG_LOCALE: Record<Lang, string> = { zh: 'zh_CN', en: 'en_GB' };

function absolute(siteUrl: string, path: string): string {
  return siteUrl ? new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href : path;
}

export function renderHead(content: Content, lang: Lang, options: PageOptions): string {
  const { meta } = content.story;
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const title = escapeHtml(meta.title[lang]);
  const description = escapeHtml(meta.description[lang]);
  const url = (page: string) => escapeHtml(absolute(options.siteUrl, page));
  const tags = [
    `<title>${title}</title>`,
    `<meta name="description" content="${description}">`,
    `<meta property="og:type" content="article">`,
    `<meta property="og:title" content="${title}">`,
    `<meta property="og:description" content="${description}">`,
    `<meta property="og:image" content="${url(`share-${lang}.png`)}">`,
    `<meta property="og:image:width" content="1200">`,
    `<meta property="og:image:height" content="630">`,
    `<meta property="og:image:alt" content="${escapeHtml(meta.dek[lang])}">`,
    `<meta property="og:locale" content="${OG_LOCALE[lang]}">`,
    `<meta property="og:locale:alternate" content="${OG_LOCALE[other]}">`,
    `<meta name="twitter:card" content="summary_large_image">`,
  ];
  // Alternates and canonical links must be absolute to count, so they come with a site URL.
  if (options.siteUrl) {
    tags.push(
      `<link rel="alternate" hreflang="${LANG_TAG.zh}" href="${url('./')}">`,
      `<link rel="alternate" hreflang="${LANG_TAG.en}" href="${url(PAGE_FOR_LANG.en)}">`,
    );
    tags.push(`<meta property="og:url" content="${url(lang === 'zh' ? './' : PAGE_FOR_LANG.en)}">`);
    tags.push(`<link rel="canonical" href="${url(lang === 'zh' ? './' : PAGE_FOR_LANG.en)}">`);
  }
  return tags.join('\n    ');
}

function ui(content: Content, key: UiKey, className = '', tag = 'span'): string {
  return bilingualText(tag, content.ui[key], className);
}

/** What the step pictures need, worked out once for the page. */
interface Pictures {
  scenes: Record<string, Scene>;
  mapStrings: MapStrings;
}

/**
 * The step's graphic as a picture, in both languages: shown when JavaScript is off (noscript.css)
 * and when printing; otherwise not displayed, and (lazy) not even downloaded.
 */
function renderStatic(content: Content, pictures: Pictures, stepId: string): string {
  const scene = pictures.scenes[stepId];
  if (!scene) return '';
  const { mapStrings } = pictures;
  const { width, height } = STATIC_SIZE;
  const img = (lang: 'zh' | 'en') =>
    `<img class="l-${lang}" lang="${LANG_TAG[lang]}" src="${staticScenePath(scene.stepId, lang)}" width="${width}" height="${height}" loading="lazy" decoding="async" alt="${escapeHtml(describeScene(scene, lang, content.units, mapStrings))}">`;
  return `<figure class="step__static">${img('zh')}${img('en')}</figure>`;
}

function renderCover(content: Content, pictures: Pictures): string {
  const { meta } = content.story;
  const cover = content.story.chapters.find((c) => c.id === 'cover');
  const step = cover?.steps[0];
  const intro = step
    ? bilingualHtml('p', (lang) => storyTextHtml(step.text[lang], lang, content), 'step__text')
    : '';
  return `<section class="chapter chapter--cover" data-chapter="cover" aria-labelledby="story-title">
        <div class="step step--cover" id="${escapeHtml(step?.id ?? 'cover')}" data-step>
          <h1 id="story-title" class="cover__title">${bilingualText('span', meta.title)}</h1>
          ${bilingualText('p', meta.dek, 'cover__dek')}
          <p class="cover__byline">${bilingualText('span', meta.byline)} · ${bilingualText('span', meta.dateline)}</p>
          ${intro}
          <p class="cover__hint" aria-hidden="true">${ui(content, 'scrollHint')}</p>
          ${step ? renderStatic(content, pictures, step.id) : ''}
        </div>
      </section>`;
}

function renderChapter(content: Content, pictures: Pictures, chapterId: ChapterId): string {
  const chapter = content.story.chapters.find((c) => c.id === chapterId);
  if (!chapter) return '';
  const headingId = `chapter-${chapter.id}-title`;
  const steps = chapter.steps
    .map(
      (
        step,
      ) => `<div class="step" id="${escapeHtml(step.id)}" data-step data-chapter="${chapter.id}">
          ${bilingualHtml('p', (lang) => storyTextHtml(step.text[lang], lang, content), 'step__text')}
          ${renderStatic(content, pictures, step.id)}
        </div>`,
    )
    .join('\n        ');
  return `<section class="chapter" id="chapter-${chapter.id}" data-chapter="${chapter.id}" aria-labelledby="${headingId}">
        <h2 class="chapter__title" id="${headingId}">${bilingualText('span', chapter.title)}</h2>
        ${steps}
      </section>`;
}

/**
 * The story without the page around it: the sticky graphic, cover, chapters and sources. Our
 * pages put it in <main>; the <aksu-story> element puts it in its shadow root.
 */
export function renderStory(content: Content): string {
  const { scenes, mapStrings } = storyBundle(content);
  const pictures = { scenes, mapStrings };
  const chapters = content.story.chapters
    .filter((c) => c.id !== 'cover')
    .map((c) => renderChapter(content, pictures, c.id))
    .join('\n      ');
  return `<div class="scrolly">
      <div class="scrolly__graphic">
        <aksu-graphic class="graphic" part="graphic"></aksu-graphic>
        <p class="visually-hidden" aria-live="polite" data-graphic-status></p>
        <noscript>${ui(content, 'noScriptNote', 'graphic__noscript', 'p')}</noscript>
      </div>
      <div class="scrolly__text">
      ${renderCover(content, pictures)}
      ${chapters}
      </div>
    </div>
    ${renderSources(content)}`;
}

/**
 * What an exhibition screen adds around the graphic (?mode=exhibit): the caption band the step's
 * text is shown in, the QR code, progress, full screen and a blank screen. Hidden when reading.
 */
function renderExhibitChrome(content: Content): string {
  const steps = content.story.chapters.flatMap((c) =>
    c.steps.map((s) => `<li data-step-id="${escapeHtml(s.id)}" data-chapter="${c.id}"></li>`),
  );
  return `<div class="exhibit" hidden>
    <div class="exhibit__caption" aria-live="polite"></div>
    <figure class="exhibit__handoff">
      <svg class="exhibit__qr" role="img" aria-label="${escapeHtml(content.ui.exhibitQrLabel.zh)}" data-label-zh="${escapeHtml(content.ui.exhibitQrLabel.zh)}" data-label-en="${escapeHtml(content.ui.exhibitQrLabel.en)}"></svg>
      ${ui(content, 'exhibitHandoff', '', 'figcaption')}
    </figure>
    <ol class="exhibit__progress" aria-hidden="true">${steps.join('')}</ol>
    <p class="exhibit__status" data-state="off"><span class="exhibit__playing">${ui(content, 'exhibitPlaying')}</span><span class="exhibit__paused">${ui(content, 'exhibitPaused')}</span></p>
    <button type="button" class="exhibit__fullscreen">${ui(content, 'exhibitFullscreen')}</button>
    ${ui(content, 'exhibitHint', 'exhibit__hint', 'p')}
    <div class="exhibit__blank" hidden></div>
  </div>`;
}

/**
 * The reading aids in the masthead: a link to every chapter of story.json (and the sources), as
 * plain anchors that work without JavaScript; with it, the link of the reader's chapter carries
 * aria-current, phones open the list from a button naming that chapter, and a bar under the
 * masthead shows how far through the story the reader is (for the eye only: the list says where).
 */
export function renderChapterNav(content: Content): string {
  const { chapters } = content.story;
  const items = chapters.map((chapter, i) => {
    // The cover has no section id of its own: its link is its one step's.
    const target =
      chapter.id === 'cover' ? (chapter.steps[0]?.id ?? 'cover') : `chapter-${chapter.id}`;
    const current = i === 0 ? ' aria-current="location"' : '';
    // A short name for the desktop's row, beside the full one for the phone's list (CSS picks).
    const name = chapter.navTitle
      ? `${bilingualText('span', chapter.navTitle, 'chapter-nav__short')}${bilingualText('span', chapter.title, 'chapter-nav__full')}`
      : bilingualText('span', chapter.title);
    return `<li><a href="#${escapeHtml(target)}" data-chapter-link="${chapter.id}"${current}>${name}</a></li>`;
  });
  items.push(
    `<li><a href="#sources" data-chapter-link="sources">${ui(content, 'sourcesNavTitle', 'chapter-nav__short')}${ui(content, 'sourcesTitle', 'chapter-nav__full')}</a></li>`,
  );
  const first = chapters[0];
  const now = first ? bilingualText('span', first.title) : '';
  return `<nav class="chapter-nav" aria-labelledby="chapter-nav-label">
      <span id="chapter-nav-label" class="visually-hidden">${ui(content, 'chapterNav')}</span>
      <button type="button" class="chapter-nav__toggle" aria-expanded="false" aria-controls="chapter-nav-list" hidden><span class="visually-hidden">${bilingualHtml('span', (lang) => `${escapeHtml(content.ui.chapterNav[lang])}${lang === 'zh' ? '：' : ': '}`)}</span><span class="chapter-nav__now">${now}</span><span class="chapter-nav__count" aria-hidden="true">1/${items.length}</span></button>
      <ol class="chapter-nav__list" id="chapter-nav-list">${items.join('')}</ol>
    </nav>
    <div class="reading-progress" aria-hidden="true"><span class="reading-progress__bar"></span></div>`;
}

export function renderBody(content: Content): string {
  return `<a class="skip-link" href="#sources">${ui(content, 'skipToSources')}</a>
  <header class="masthead">
    <span class="masthead__title">${bilingualText('span', content.story.meta.title)}</span>
    ${renderChapterNav(content)}
    <button type="button" class="motion-switch" aria-pressed="false" hidden>${ui(content, 'motionSwitch')}</button>
    <a class="lang-switch l-zh" lang="en" hreflang="en" href="${PAGE_FOR_LANG.en}" data-lang-switch="en">${escapeHtml(content.ui.languageSwitch.zh)}</a>
    <a class="lang-switch l-en" lang="zh-CN" hreflang="zh-CN" href="./?lang=zh" data-lang-switch="zh">${escapeHtml(content.ui.languageSwitch.en)}</a>
  </header>
  <main id="story" class="story-root">
    ${renderStory(content)}
  </main>
  ${renderExhibitChrome(content)}`;
}

/** The chrome-free page for one embedded view: the graphic, its source, a link to the story. */
export function renderEmbedBody(content: Content): string {
  const { meta } = content.story;
  return `<main class="embed">
    <aksu-graphic class="embed__graphic"></aksu-graphic>
    <footer class="embed__footer">
      ${bilingualText('span', meta.sourceNote, 'embed__source')}
      <a class="embed__story l-zh" lang="zh-CN" href="./?lang=zh" target="_blank" rel="noopener">${escapeHtml(content.ui.readFullStory.zh)}</a>
      <a class="embed__story l-en" lang="en" href="./en.html" target="_blank" rel="noopener">${escapeHtml(content.ui.readFullStory.en)}</a>
      <button type="button" class="lang-switch l-zh" lang="en" data-lang-switch="en">${escapeHtml(content.ui.languageSwitch.zh)}</button>
      <button type="button" class="lang-switch l-en" lang="zh-CN" data-lang-switch="zh">${escapeHtml(content.ui.languageSwitch.en)}</button>
    </footer>
  </main>`;
}
