// Checks every data/ file against its schema, then across files (ids unique, references known,
// every figure shown), and reports each problem with the file, the entry and the field.
import type { z } from 'zod';
import {
  figuresFileSchema,
  placesFileSchema,
  storyFileSchema,
  sourcesFileSchema,
  uiFileSchema,
  unitWordsSchema,
  LANGS,
  type Bilingual,
  type Content,
  type Lang,
} from './schema.ts';
import { parseText, strayNumbers } from './textTokens.ts';

export const DATA_FILES = {
  story: 'story.json',
  figures: 'figures.json',
  places: 'places.json',
  units: 'units.json',
  ui: 'ui.json',
  sources: 'sources.json',
} as const;
export type DataFileKey = keyof typeof DATA_FILES;

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Content in data/ is invalid (${problems.length} problem(s)):\n- ${problems.join('\n- ')}`,
    );
    this.name = 'ContentError';
  }
}

/**
 * What is wrong with a text that may cite figures: unknown ids, typed numbers, and Chinese that
 * cites a bare number (the report's words carry the measure word). Cited ids go into `cited`.
 */
function textProblems(
  text: string,
  lang: Lang,
  figureIds: ReadonlySet<string>,
  cited: Set<string>,
): string[] {
  const found: string[] = [];
  for (const seg of parseText(text)) {
    if (seg.kind === 'text') {
      for (const stray of strayNumbers(seg.text)) {
        found.push(`"${stray}" is typed in the text; cite a figure with {fig:ID}`);
      }
      continue;
    }
    if (lang === 'zh' && seg.mode === 'number') {
      found.push(
        `${seg.token}: Chinese text cites a figure whole, as {fig:${seg.id}} (the report's words carry the measure word)`,
      );
    }
    if (figureIds.has(seg.id)) cited.add(seg.id);
    else found.push(`unknown figure id "${seg.id}" in ${seg.token}`);
  }
  return found;
}

type Path = readonly PropertyKey[];

/** "chapters[2] (id "outlets").steps[0] (id "outlets-intro").text.en" from a path into raw data. */
export function describePath(raw: unknown, path: Path): string {
  let node: unknown = raw;
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
    node =
      node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number' && node && typeof node === 'object' && 'id' in node) {
      out += ` (id "${String((node as { id: unknown }).id)}")`;
    }
  }
  return out || '(top level)';
}

function where(file: DataFileKey, raw: unknown, path: Path): string {
  return `data/${DATA_FILES[file]} › ${describePath(raw, path)}`;
}

function parseFile<S extends z.ZodType>(
  schema: S,
  file: DataFileKey,
  raw: unknown,
  problems: string[],
): z.infer<S> | undefined {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push(`${where(file, raw, issue.path)}: ${issue.message}`);
  }
  return undefined;
}

const squashSpace = (text: string) => text.replace(/\s+/g, '');

function duplicates(ids: string[]): Set<string> {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return dup;
}

/** Validates the raw (parsed JSON) data files; returns typed content or throws ContentError. */
export function validateContent(raw: Record<DataFileKey, unknown>): Content {
  const problems: string[] = [];
  const story = parseFile(storyFileSchema, 'story', raw.story, problems);
  const figuresFile = parseFile(figuresFileSchema, 'figures', raw.figures, problems);
  const placesFile = parseFile(placesFileSchema, 'places', raw.places, problems);
  const units = parseFile(unitWordsSchema, 'units', raw.units, problems);
  const ui = parseFile(uiFileSchema, 'ui', raw.ui, problems);
  const sources = parseFile(sourcesFileSchema, 'sources', raw.sources, problems);
  if (!story || !figuresFile || !placesFile || !units || !ui || !sources) {
    throw new ContentError(problems);
  }

  const { figures } = figuresFile;
  const { places, pairings } = placesFile;
  const figureIds = new Set(figures.map((f) => f.id));
  const placeIds = new Set(places.map((p) => p.id));
  const cited = new Set<string>();

  const dupFigures = duplicates(figures.map((f) => f.id));
  figures.forEach((f, i) => {
    if (dupFigures.has(f.id))
      problems.push(`${where('figures', raw.figures, ['figures', i, 'id'])}: duplicated id`);
    // The Chinese page shows reportWords as they stand: they must be the quotation's own words.
    if (!squashSpace(f.source).includes(squashSpace(f.reportWords))) {
      problems.push(
        `${where('figures', raw.figures, ['figures', i, 'reportWords'])}: "${f.reportWords}" is not in the figure's source quotation`,
      );
    }
    if (!placeIds.has(f.place)) {
      problems.push(
        `${where('figures', raw.figures, ['figures', i, 'place'])}: unknown place "${f.place}"`,
      );
    }
  });
  const dupPlaces = duplicates(places.map((p) => p.id));
  places.forEach((p, i) => {
    if (dupPlaces.has(p.id))
      problems.push(`${where('places', raw.places, ['places', i, 'id'])}: duplicated id`);
  });
  pairings.forEach((pairing, i) => {
    pairing.sources.forEach((source, j) => {
      const at = (field: string) =>
        where('places', raw.places, ['pairings', i, 'sources', j, field]);
      if (!source.quote && !source.about) {
        problems.push(`${at('quote')}: a source needs its own words (quote) or what it is about`);
      }
      if (source.quote && !source.quoteEn) {
        problems.push(`${at('quoteEn')}: is missing: a quotation needs its translation`);
      }
      // Dates compare as text: a year alone ("2021") sorts before any day of it.
      const date = source.date ?? '';
      if (date.slice(0, story.meta.date.length) > story.meta.date && !source.later) {
        problems.push(
          `${at('date')}: ${date} is after the story's date (${story.meta.date}): mark the source "later": true`,
        );
      }
    });
    [pairing.from, ...pairing.supports].forEach((id, j) => {
      if (!placeIds.has(id)) {
        const field = j === 0 ? ['from'] : ['supports', j - 1];
        problems.push(
          `${where('places', raw.places, ['pairings', i, ...field])}: unknown place "${id}"`,
        );
      }
    });
  });

  const chapterIds = story.chapters.map((c) => c.id);
  const dupChapters = duplicates(chapterIds);
  const stepIds = story.chapters.flatMap((c) => c.steps.map((s) => s.id));
  const dupSteps = duplicates(stepIds);

  const headlined = new Map<string, string>();
  story.chapters.forEach((chapter, ci) => {
    const at = (...path: PropertyKey[]) => where('story', raw.story, ['chapters', ci, ...path]);
    if (dupChapters.has(chapter.id)) problems.push(`${at('id')}: duplicated chapter id`);
    chapter.steps.forEach((step, si) => {
      const stepAt = (...path: PropertyKey[]) => at('steps', si, ...path);
      if (dupSteps.has(step.id)) problems.push(`${stepAt('id')}: duplicated step id`);
      const checkText = (text: Bilingual, ...field: PropertyKey[]) => {
        for (const lang of LANGS) {
          for (const problem of textProblems(text[lang], lang, figureIds, cited)) {
            problems.push(`${stepAt(...field, lang)}: ${problem}`);
          }
        }
      };
      checkText(step.text, 'text');
      if (step.headline) {
        checkText(step.headline, 'headline');
        const view = step.scene.graphic === 'chart' ? step.scene.chart : step.scene.graphic;
        const other = headlined.get(view);
        if (view === 'notes') problems.push(`${stepAt('headline')}: notes carry their own title`);
        else if (other)
          problems.push(
            `${stepAt('headline')}: the ${view} view has a headline already, on step "${other}" (one per view: the step its embed opens on)`,
          );
        else headlined.set(view, step.id);
      }
      const scene = step.scene;
      (scene.figures ?? []).forEach((id, k) => {
        if (figureIds.has(id)) cited.add(id);
        else problems.push(`${stepAt('scene', 'figures', k)}: unknown figure id "${id}"`);
      });
      if (scene.graphic === 'notes') {
        scene.groups.forEach((group, g) => {
          if (group.title) checkText(group.title, 'scene', 'groups', g, 'title');
          if (group.place && !placeIds.has(group.place))
            problems.push(
              `${stepAt('scene', 'groups', g, 'place')}: unknown place "${group.place}"`,
            );
          group.items.forEach((item, k) => {
            const itemAt = ['scene', 'groups', g, 'items', k] as const;
            if (item.heading) checkText(item.heading, ...itemAt, 'heading');
            checkText(item.text, ...itemAt, 'text');
            if (item.place && !placeIds.has(item.place))
              problems.push(`${stepAt(...itemAt, 'place')}: unknown place "${item.place}"`);
          });
        });
        checkText(scene.title, 'scene', 'title');
      } else if (scene.graphic === 'map') {
        (scene.highlight ?? []).forEach((id, k) => {
          if (!placeIds.has(id))
            problems.push(`${stepAt('scene', 'highlight', k)}: unknown place "${id}"`);
        });
      }
    });
  });

  const views = new Set(
    story.chapters.flatMap((c) =>
      c.steps.map((s) => (s.scene.graphic === 'chart' ? s.scene.chart : s.scene.graphic)),
    ),
  );
  for (const view of views) {
    if (view !== 'notes' && !headlined.has(view))
      problems.push(
        `data/${DATA_FILES.story}: no step of the ${view} view has a headline (one per view: the step its embed opens on)`,
      );
  }

  figures.forEach((f, i) => {
    if (!cited.has(f.id)) {
      problems.push(
        `${where('figures', raw.figures, ['figures', i])}: figure is never shown (cite it in a step's text or scene)`,
      );
    }
  });

  if (problems.length) throw new ContentError(problems);
  return { story, figures, places, pairings, units, ui, sources };
}
