// Wires the embed page: reads what to show from its URL, draws that one scene with the story's
// graphic, lets the reader switch language, and reports its height to the host.
import type { StoryBundle } from '../build/storyBundle.ts';
import type { AksuGraphic } from '../components/aksu-graphic.ts';
import { isLang, type Lang } from '../content/langs.ts';
import { applyLang } from '../story/language.ts';
import { giveGraphicContent } from '../story/graphicContent.ts';
import { urlFor } from '../story/urlState.ts';
import { parseEmbedParams } from './embedParams.ts';
import { reportHeight } from './heightReporter.ts';

export function startEmbedPage(bundle: StoryBundle): () => void {
  const params = parseEmbedParams(
    location.search,
    bundle.steps,
    bundle.scenes,
    navigator.languages,
  );
  for (const warning of params.warnings) console.warn(warning);
  if (params.theme !== 'light') document.documentElement.dataset.theme = params.theme;
  const graphic = document.querySelector<AksuGraphic>('aksu-graphic');
  const scene = bundle.scenes[params.stepId];
  const show = (lang: Lang) => {
    applyLang(lang, bundle.meta);
    if (!graphic) return;
    graphic.lang = lang;
    graphic.setAttribute('aria-label', bundle.ui.graphicLabel[lang]);
  };
  if (graphic && scene) {
    giveGraphicContent(graphic, bundle);
    graphic.headlines = true;
    graphic.scene = scene;
  }
  show(params.lang);
  // The "full story" links open the same step in the story.
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.embed__story')) {
    link.href = urlFor(link.href, { stepId: params.stepId });
  }
  const switches = [...document.querySelectorAll<HTMLButtonElement>('[data-lang-switch]')];
  const onSwitch = (event: Event) => {
    const next = (event.currentTarget as HTMLElement).dataset.langSwitch;
    if (!isLang(next)) return;
    show(next);
    history.replaceState(history.state, '', urlFor(location.href, { lang: next }));
    document
      .querySelector<HTMLElement>(`[data-lang-switch]:not([data-lang-switch="${next}"])`)
      ?.focus();
  };
  for (const button of switches) button.addEventListener('click', onSwitch);
  const stopReporting = reportHeight(params.childId);
  return () => {
    stopReporting();
    for (const button of switches) button.removeEventListener('click', onSwitch);
  };
}
