// What an embedded view shows, read from its URL (?view=map|funding|outlets|people|alar,
// &step=<step id>, &lang=zh|en, &theme=light|dark, and pym's &childId=). Unknown or mismatched values fall back to
// a default and are reported, so a host's typo gives a working view and one console warning.
import type { ChartKind, Lang } from '../content/schema.ts';
import type { Scene, StepRef } from '../story/scene.ts';
import { chooseLang } from '../story/urlState.ts';
import { safeChildId } from './pymMessages.ts';
import { resolveTheme, type Theme } from './elements/elementAttributes.ts';

export const EMBED_VIEWS = ['map', 'funding', 'outlets', 'people', 'alar'] as const;
export type EmbedView = (typeof EMBED_VIEWS)[number];

export interface EmbedParams {
  view: EmbedView;
  stepId: string;
  lang: Lang;
  theme: Theme;
  childId: string | null;
  warnings: string[];
}

const isView = (v: string | null): v is EmbedView => EMBED_VIEWS.includes(v as EmbedView);

/** The view a scene belongs to: the map, or the chart of its kind. */
export function viewOfScene(scene: Scene): EmbedView {
  return scene.graphic === 'map' ? 'map' : (scene.chart satisfies ChartKind);
}

export function parseEmbedParams(
  search: string,
  steps: readonly StepRef[],
  scenes: Readonly<Record<string, Scene>>,
  browserLanguages: readonly string[],
): EmbedParams {
  const params = new URLSearchParams(search);
  const warnings: string[] = [];
  const rawView = params.get('view');
  let view: EmbedView = 'map';
  if (isView(rawView)) view = rawView;
  else if (rawView !== null) warnings.push(`Unknown view "${rawView}" ignored; showing "map".`);

  const ofView = steps.filter((s) => {
    const scene = scenes[s.id];
    return scene !== undefined && viewOfScene(scene) === view;
  });
  const rawStep = params.get('step');
  let stepId = ofView[0]?.id ?? (steps[0]?.id as string);
  if (rawStep !== null) {
    if (ofView.some((s) => s.id === rawStep)) stepId = rawStep;
    else warnings.push(`Step "${rawStep}" is not a step of the ${view} view; showing "${stepId}".`);
  }
  const lang = chooseLang(search, null, browserLanguages);
  if (lang.ignored !== null)
    warnings.push(`Unknown lang "${lang.ignored}" ignored; using "${lang.lang}".`);
  const rawTheme = params.get('theme');
  const theme = resolveTheme('embed.html', rawTheme);
  if (theme.warning) warnings.push(`Unknown theme "${rawTheme}" ignored; using "${theme.value}".`);
  return {
    view,
    stepId,
    lang: lang.lang,
    theme: theme.value,
    childId: safeChildId(params.get('childId')),
    warnings,
  };
}
