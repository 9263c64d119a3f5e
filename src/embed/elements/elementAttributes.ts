// The embeddable elements' attributes, read leniently: a missing value takes its default, a bad one
// takes its default and says why (the element logs it once), so an editor's typo still gives a
// working element. Pure, so the rules are tested in node.
import { isLang, type Lang } from '../../content/langs.ts';
import type { Scene, StepRef } from '../../story/scene.ts';
import { viewOfScene, type EmbedView } from '../embedParams.ts';

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface Resolved<T> {
  value: T;
  /** Why the given value was not used, for the console; null when it was (or none was given). */
  warning: string | null;
}

/** "zh", "zh-CN", "zh-Hant-TW" → zh; "en", "en-GB" → en; anything else is not ours. */
function langOfTag(tag: string | null | undefined): Lang | null {
  const primary = tag?.trim().toLowerCase().split('-')[0];
  return isLang(primary) ? primary : null;
}

/** The element's language: its own lang attribute, else the host page's, else Chinese. */
export function resolveLang(
  tag: string,
  raw: string | null,
  pageLang: string | null,
): Resolved<Lang> {
  const fallback = langOfTag(pageLang) ?? 'zh';
  if (raw === null || raw.trim() === '') return { value: fallback, warning: null };
  const lang = langOfTag(raw);
  if (lang) return { value: lang, warning: null };
  return {
    value: fallback,
    warning: `<${tag}>: lang="${raw}" is not one of zh, en; using "${fallback}".`,
  };
}

export function resolveTheme(tag: string, raw: string | null): Resolved<Theme> {
  if (raw === null || raw === '') return { value: 'light', warning: null };
  if ((THEMES as readonly string[]).includes(raw)) return { value: raw as Theme, warning: null };
  return {
    value: 'light',
    warning: `<${tag}>: theme="${raw}" is not one of ${THEMES.join(', ')}; using "light".`,
  };
}

/** The steps an element can show: those of its view, or every step for the whole story. */
export function stepsOfView(
  view: EmbedView | 'story',
  steps: readonly StepRef[],
  scenes: Readonly<Record<string, Scene>>,
): string[] {
  return steps
    .filter((s) => {
      const scene = scenes[s.id];
      return scene !== undefined && (view === 'story' || viewOfScene(scene) === view);
    })
    .map((s) => s.id);
}

/** `lead` is the step shown when none is asked for (or a wrong one): the view's first by default. */
export function resolveStep(
  tag: string,
  raw: string | null,
  stepIds: readonly string[],
  lead: string | undefined = stepIds[0],
): Resolved<string> {
  const first = lead ?? '';
  if (raw === null || raw === '') return { value: first, warning: null };
  if (stepIds.includes(raw)) return { value: raw, warning: null };
  const shown = stepIds.length > 6 ? [...stepIds.slice(0, 6), '…'] : stepIds;
  return {
    value: first,
    warning: `<${tag}>: step="${raw}" is not one of its steps (${shown.join(', ')}); using "${first}".`,
  };
}
