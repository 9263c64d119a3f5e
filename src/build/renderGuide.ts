// The embed guide (guide.html), rendered at build time: every embeddable element with a live
// preview, its steps, copy-paste snippets (filled in by src/guide/ for the chosen language, theme
// and step, with this site's own address), and its reference from the Custom Elements Manifest.
import type { Content, UiKey } from '../content/schema.ts';
import { viewOfScene, type EmbedView } from '../embed/embedParams.ts';
import { allScenes, storySteps } from '../story/scene.ts';
import type { ManifestElement, ManifestEntry } from './elementManifest.ts';
import { bilingualText, escapeHtml } from './html.ts';

const VIEW_OF_TAG: Record<string, EmbedView | 'story'> = {
  'aksu-story': 'story',
  'aksu-map': 'map',
  'aksu-funding-chart': 'funding',
  'aksu-outlets-chart': 'outlets',
  'aksu-people-chart': 'people',
  'aksu-alar-chart': 'alar',
};
const TITLE_KEY: Record<EmbedView | 'story', UiKey> = {
  story: 'guideViewStory',
  map: 'guideViewMap',
  funding: 'guideViewFunding',
  outlets: 'guideViewOutlets',
  people: 'guideViewPeople',
  alar: 'guideViewAlar',
};

export function renderGuideHead(content: Content): string {
  return `<title>${escapeHtml(content.ui.guideTitle.zh)} · ${escapeHtml(content.ui.guideTitle.en)}</title>
    <meta name="robots" content="noindex">`;
}

const ui = (content: Content, key: UiKey, tag = 'span', className = '') =>
  bilingualText(tag, content.ui[key], className);

/** Markdown's `code` spans in the manifest's descriptions, as <code>; the rest escaped. */
function describe(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

function referenceTable(content: Content, caption: UiKey, rows: ManifestEntry[]): string {
  if (!rows.length) return '';
  const body = rows
    .map(
      (r) => `<tr><th scope="row"><code>${escapeHtml(r.name)}</code></th>
            <td>${r.default ? `<code>${escapeHtml(r.default)}</code>` : ''}</td>
            <td>${describe(r.description)}</td></tr>`,
    )
    .join('\n          ');
  return `<table class="guide__reference">
          <caption>${ui(content, caption)}</caption>
          <thead><tr><th scope="col">${ui(content, 'guideName')}</th><th scope="col">${ui(content, 'guideDefault')}</th><th scope="col">${ui(content, 'guideDescription')}</th></tr></thead>
          <tbody>
          ${body}
          </tbody>
        </table>`;
}

function stepOptions(content: Content, view: EmbedView | 'story'): string {
  const scenes = allScenes(content);
  return storySteps(content)
    .filter((s) => {
      const scene = scenes[s.id];
      return scene && (view === 'story' || viewOfScene(scene) === view);
    })
    .map((s, i) => {
      const scene = scenes[s.id];
      const chapter = scene ? `${scene.chapterTitle.zh} / ${scene.chapterTitle.en}` : '';
      return `<option value="${escapeHtml(s.id)}"${i === 0 ? ' selected' : ''}>${escapeHtml(s.id)} (${escapeHtml(chapter)})</option>`;
    })
    .join('');
}

function renderElement(content: Content, element: ManifestElement): string {
  const view = VIEW_OF_TAG[element.tag];
  if (!view) return '';
  const tag = escapeHtml(element.tag);
  const id = `guide-${tag}`;
  const preview =
    view === 'story'
      ? `<p class="guide__note">${ui(content, 'guideStoryPreview')} <a href="#guide-story-preview">↓</a></p>`
      : `<div class="guide__preview"><${tag}></${tag}></div>`;
  return `<section class="guide__element" id="${id}" data-tag="${tag}" data-view="${view}" aria-labelledby="${id}-title">
      <h2 id="${id}-title">${ui(content, TITLE_KEY[view])} <code>&lt;${tag}&gt;</code></h2>
      <p class="guide__about" lang="en">${describe(element.description)}</p>
      <label class="guide__control">${ui(content, 'guideStep')}
        <select data-guide-step>${stepOptions(content, view)}</select>
      </label>
      ${preview}
      <div class="guide__snippet">
        <h3>${ui(content, 'guideWebComponent')}</h3>
        ${ui(content, 'guideWebComponentNote', 'p', 'guide__note')}
        <pre><code data-snippet="element"></code></pre>
        <button type="button" class="guide__copy" data-copy="element">${ui(content, 'guideCopy')}</button>
      </div>
      <div class="guide__snippet">
        <h3>${ui(content, 'guideIframe')}</h3>
        ${view === 'story' ? '' : ui(content, 'guideIframeNote', 'p', 'guide__note')}
        <pre><code data-snippet="iframe"></code></pre>
        <button type="button" class="guide__copy" data-copy="iframe">${ui(content, 'guideCopy')}</button>
      </div>
      <details class="guide__details">
        <summary>${ui(content, 'guideReference')}</summary>
        ${referenceTable(content, 'guideAttributes', element.attributes)}
        ${referenceTable(content, 'guideEvents', element.events)}
        ${referenceTable(content, 'guideCssProperties', element.cssProperties)}
        ${referenceTable(content, 'guideParts', element.cssParts)}
      </details>
    </section>`;
}

export function renderGuideBody(content: Content, elements: ManifestElement[]): string {
  const unknown = elements.filter((e) => !(e.tag in VIEW_OF_TAG)).map((e) => e.tag);
  if (unknown.length) throw new Error(`embed guide: no view for <${unknown.join('>, <')}>`);
  const ordered = Object.keys(VIEW_OF_TAG).flatMap(
    (tag) => elements.find((e) => e.tag === tag) ?? [],
  );
  const copied = escapeHtml(JSON.stringify(content.ui.guideCopied));
  return `<header class="guide__header">
    ${ui(content, 'guideTitle', 'h1')}
    ${ui(content, 'guideIntro', 'p')}
    <div class="guide__controls" data-copied="${copied}">
      <label class="guide__control">${ui(content, 'guideEmbedLanguage')}
        <select data-guide-lang><option value="zh">中文</option><option value="en">English</option></select>
      </label>
      <label class="guide__control">${ui(content, 'guideTheme')}
        <select data-guide-theme><option value="light">${escapeHtml(content.ui.guideThemeLight.zh)} / ${escapeHtml(content.ui.guideThemeLight.en)}</option><option value="dark">${escapeHtml(content.ui.guideThemeDark.zh)} / ${escapeHtml(content.ui.guideThemeDark.en)}</option></select>
      </label>
      <button type="button" class="lang-switch l-zh" lang="en" data-lang-switch="en">${escapeHtml(content.ui.languageSwitch.zh)}</button>
      <button type="button" class="lang-switch l-en" lang="zh-CN" data-lang-switch="zh">${escapeHtml(content.ui.languageSwitch.en)}</button>
    </div>
    <p class="guide__note">${ui(content, 'guideManifest')} <a href="embed/custom-elements.json"><code>embed/custom-elements.json</code></a></p>
  </header>
  <main class="guide">
    ${ordered.map((e) => renderElement(content, e)).join('\n    ')}
    <section class="guide__story" id="guide-story-preview">
      <aksu-story></aksu-story>
    </section>
  </main>`;
}
