// Entry of the embed guide: loads the embed bundle the way a host page would (from embed/, beside
// this page), and keeps each element's preview and snippets in step with the chosen language,
// theme and step.
import '../styles/tokens.css';
import '../styles/page.css';
import './guide.css';
import { isLang, LANG_TAG, type Lang } from '../content/langs.ts';
import { THEMES, type Theme } from '../embed/elements/elementAttributes.ts';
import type { EmbedView } from '../embed/embedParams.ts';
import { chooseLang } from '../story/urlState.ts';
import { bundleUrl, elementSnippet, iframeSnippet, type SnippetChoice } from './guideSnippets.ts';

const site = { base: new URL('./', location.href).href };
// Not bundled into the guide: the guide uses the published bundle, as an editor's page would.
void import(/* @vite-ignore */ bundleUrl(site));

const controls = document.querySelector<HTMLElement>('.guide__controls');
const langSelect = document.querySelector<HTMLSelectElement>('[data-guide-lang]');
const themeSelect = document.querySelector<HTMLSelectElement>('[data-guide-theme]');
const copiedWords = JSON.parse(controls?.dataset.copied ?? '{}') as Partial<Record<Lang, string>>;

let pageLang: Lang = chooseLang(location.search, null, navigator.languages).lang;

function choiceFor(section: HTMLElement): SnippetChoice {
  const lang = langSelect?.value;
  const theme = themeSelect?.value;
  return {
    tag: section.dataset.tag ?? '',
    view: (section.dataset.view ?? 'map') as EmbedView | 'story',
    step: section.querySelector<HTMLSelectElement>('[data-guide-step]')?.value ?? '',
    lang: isLang(lang) ? lang : pageLang,
    theme: THEMES.includes(theme as Theme) ? (theme as Theme) : 'light',
  };
}

function refresh(section: HTMLElement): void {
  const choice = choiceFor(section);
  const heading = section.querySelector('h2 .l-' + choice.lang)?.textContent ?? choice.tag;
  const snippets = {
    element: elementSnippet(choice, site),
    iframe: iframeSnippet(choice, site, heading),
  };
  for (const code of section.querySelectorAll<HTMLElement>('[data-snippet]')) {
    code.textContent = snippets[code.dataset.snippet as keyof typeof snippets] ?? '';
  }
  const previews =
    choice.view === 'story'
      ? document.querySelectorAll('#guide-story-preview aksu-story')
      : section.querySelectorAll(choice.tag);
  for (const preview of previews) {
    preview.setAttribute('lang', choice.lang);
    preview.setAttribute('theme', choice.theme);
    if (choice.view !== 'story') preview.setAttribute('step', choice.step);
  }
}

const sections = [...document.querySelectorAll<HTMLElement>('.guide__element')];
const refreshAll = () => sections.forEach(refresh);

async function copy(button: HTMLButtonElement): Promise<void> {
  const code = button.parentElement?.querySelector('code');
  if (!code) return;
  try {
    await navigator.clipboard.writeText(code.textContent ?? '');
  } catch {
    // No clipboard permission (an http page, an old browser): select the text for Ctrl+C.
    getSelection()?.selectAllChildren(code);
    return;
  }
  const words = button.innerHTML;
  button.textContent = copiedWords[pageLang] ?? '✓';
  setTimeout(() => (button.innerHTML = words), 1500);
}

function showPageIn(lang: Lang): void {
  pageLang = lang;
  document.documentElement.lang = LANG_TAG[lang];
}

if (langSelect) langSelect.value = pageLang;
showPageIn(pageLang);
refreshAll();
langSelect?.addEventListener('change', refreshAll);
themeSelect?.addEventListener('change', refreshAll);
for (const section of sections) {
  section.querySelector('[data-guide-step]')?.addEventListener('change', () => refresh(section));
  for (const button of section.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    button.addEventListener('click', () => void copy(button));
  }
}
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang-switch]')) {
  button.addEventListener('click', () => {
    const next = button.dataset.langSwitch;
    if (isLang(next)) showPageIn(next);
  });
}
