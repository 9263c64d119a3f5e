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

/** The view a scene belongs to: the map, or the chart of its kind; notes are the story's alone. */
export function viewOfScene(scene: Scene): EmbedView | null {
  if (scene.graphic === 'notes') return null;
  return scene.graphic === 'map' ? 'map' : (scene.chart satisfies ChartKind);
}

/** The step an embed of a view opens on: the view's headlined (most newsworthy) step. */
export function leadStep(
  view: EmbedView,
  steps: readonly StepRef[],
  scenes: Readonly<Record<string, Scene>>,
): string | undefined {
  const ofView = steps.filter((s) => scenes[s.id] && viewOfScene(scenes[s.id] as Scene) === view);
  return (ofView.find((s) => scenes[s.id]?.headline) ?? ofView[0])?.id;
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
  let stepId = leadStep(view, steps, scenes) ?? (steps[0]?.id as string);
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
