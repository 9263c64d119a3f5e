// The scene for a step: what the graphic must show, resolved from the data alone. Pure, so the
// same step always gives the same scene however the reader got there (scroll, key, link, jump).
import type {
  Bilingual,
  ChapterId,
  ChartKind,
  Content,
  Figure,
  MapView,
  Place,
} from '../content/schema.ts';
import { perUnitFor } from '../charts/unitScale.ts';
import { parseText } from '../content/textTokens.ts';
import { greatCircleKm, roundedKm } from '../maps/route.ts';
import { resolveNoteText, type NoteText } from './noteText.ts';

export type SceneFigure = Pick<
  Figure,
  | 'id'
  | 'label'
  | 'value'
  | 'unit'
  | 'qualifier'
  | 'reportWords'
  | 'period'
  | 'place'
  | 'source'
  | 'sourceEn'
  | 'pending'
>;
export type ScenePlace = Pick<Place, 'id' | 'name' | 'kind'>;
export interface ScenePairing {
  from: ScenePlace;
  supports: ScenePlace[];
}
/** What the story says about an Aksu place: who supports it, and the figures placed there. */
export interface PlaceNote {
  supportedBy: ScenePlace[];
  figures: SceneFigure[];
}
export interface SceneRoute {
  from: ScenePlace & { lon: number; lat: number };
  to: ScenePlace & { lon: number; lat: number };
  /** Great-circle distance, rounded to 10 km. */
  km: number;
}

interface SceneBase {
  stepId: string;
  chapterId: ChapterId;
  chapterTitle: Bilingual;
  /** 0-based position of the step in the whole story, and the story's length. */
  index: number;
  total: number;
  figures: SceneFigure[];
  /** The step's headline over its graphic; the step an embed of its view opens on. */
  headline?: NoteText;
}
export interface MapScene extends SceneBase {
  graphic: 'map';
  view: MapView;
  highlight: ScenePlace[];
  /** The places the view draws (Aksu's counties and Alar, or Zhejiang's cities for pairing). */
  places: ScenePlace[];
  pairings: ScenePairing[];
  /** The Hangzhou–Aksu City route, on the locator. */
  route: SceneRoute | null;
}
export interface ChartScene extends SceneBase {
  graphic: 'chart';
  chart: ChartKind;
  /**
   * The figures the step's text cites, when it cites only some of those drawn: the others are
   * earlier steps' figures kept for context, and step back. Null when the text cites them all.
   */
  highlight: string[] | null;
  /**
   * The step before drew money as squares too, at another scale: the key says the scale is new.
   * Absent otherwise.
   */
  newScale?: true;
}
export interface SceneNoteItem {
  heading: NoteText | null;
  text: NoteText;
  place: ScenePlace | null;
}
export interface SceneNoteGroup {
  layout: 'timeline' | 'list';
  title: NoteText | null;
  place: ScenePlace | null;
  items: SceneNoteItem[];
}
/** A step with nothing to draw: what its text says, as a timeline or lists. */
export interface NotesScene extends SceneBase {
  graphic: 'notes';
  title: NoteText;
  arrange: 'stack' | 'columns';
  groups: SceneNoteGroup[];
  /** What stands for the items a small screen has no room for ("… and {n} more notes: see the text"). */
  more: Bilingual;
}
export type Scene = MapScene | ChartScene | NotesScene;

export interface StepRef {
  id: string;
  chapterId: ChapterId;
}

export function storySteps(content: Content): StepRef[] {
  return content.story.chapters.flatMap((c) => c.steps.map((s) => ({ id: s.id, chapterId: c.id })));
}

function pickFigure(f: Figure): SceneFigure {
  return {
    id: f.id,
    label: f.label,
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier,
    reportWords: f.reportWords,
    period: f.period,
    place: f.place,
    source: f.source,
    sourceEn: f.sourceEn,
    ...(f.pending ? { pending: true as const } : {}),
  };
}
function pickPlace(p: Place): ScenePlace {
  return { id: p.id, name: p.name, kind: p.kind };
}

const AKSU_KINDS = new Set(['county', 'corps-city']);
const ROUTE = { from: 'hangzhou', to: 'aksu-city' } as const;

/** What the story says about each of Aksu's places (its partner city, its figures): the map's tooltips. */
export function placeNotes(content: Content): Record<string, PlaceNote> {
  const notes: Record<string, PlaceNote> = {};
  for (const place of content.places.filter((p) => AKSU_KINDS.has(p.kind))) {
    notes[place.id] = {
      supportedBy: content.pairings
        .filter((pairing) => pairing.supports.includes(place.id))
        .flatMap((pairing) => content.places.filter((p) => p.id === pairing.from).map(pickPlace)),
      figures: content.figures.filter((f) => f.place === place.id).map(pickFigure),
    };
  }
  return notes;
}

/** The locator's route between the two seats (the map file is projected with it too). */
export function routeOf(content: Content): SceneRoute | null {
  const end = (id: string) => {
    const place = content.places.find((p) => p.id === id);
    return place?.seat ? { ...pickPlace(place), lon: place.seat.lon, lat: place.seat.lat } : null;
  };
  const from = end(ROUTE.from);
  const to = end(ROUTE.to);
  if (!from || !to) return null;
  return { from, to, km: roundedKm(greatCircleKm([from.lon, from.lat], [to.lon, to.lat])) };
}

/** Money drawn as squares: a chart step with two sums or more (see src/charts/chartPlan.ts). */
function moneyOf(ids: readonly string[], figures: ReadonlyMap<string, Figure>): string[] {
  return ids.filter((id) => figures.get(id)?.unit === 'yuan');
}

/**
 * True when the step before drew money squares too, for other sums, or counted other things:
 * each step's squares fill its panel, so another scale, and a square that changes size.
 */
function squaresScaleChanges(
  prev: Content['story']['chapters'][number]['steps'][number]['scene'] | undefined,
  ids: readonly string[],
  figures: ReadonlyMap<string, Figure>,
): boolean {
  if (prev?.graphic !== 'chart') return false;
  const before = moneyOf(prev.figures ?? [], figures);
  const now = moneyOf(ids, figures);
  if (before.length > 1 && now.length > 1 && before.join() !== now.join()) return true;
  // Counted squares are sized to fill the panel too: the step before counted other things (1,288
  // stores, then 100+ shops), so a square here is drawn at another size than the last step's.
  const countedBefore = countedOf(prev.figures ?? [], figures);
  const countedNow = countedOf(ids, figures);
  // (Two sums or more make this a chart of money squares, told above.)
  if (now.length >= 2 || !countedBefore.length || !countedNow.length) return false;
  if (!countedNow.some((id) => countedBefore.includes(id))) return true;
  // The same things counted, but ten to a square now (41 vocational teachers, then 1,795
  // paired teachers beside them): a square is worth another number than the last step's.
  const scale = (counted: readonly string[]) =>
    perUnitFor(
      counted.flatMap((id) => {
        const f = figures.get(id);
        return f && f.qualifier !== 'named' ? [f.value] : [];
      }),
    );
  return scale(countedBefore) !== scale(countedNow);
}

function countedOf(ids: readonly string[], figures: ReadonlyMap<string, Figure>): string[] {
  return ids.filter((id) => {
    const unit = figures.get(id)?.unit;
    return unit !== undefined && unit !== 'yuan' && unit !== 'percent';
  });
}

export function sceneForStep(content: Content, stepId: string): Scene {
  const steps = storySteps(content);
  const index = steps.findIndex((s) => s.id === stepId);
  const chapter = content.story.chapters.find((c) => c.steps.some((s) => s.id === stepId));
  const step = chapter?.steps.find((s) => s.id === stepId);
  if (!chapter || !step) throw new Error(`sceneForStep: no step "${stepId}" in the story`);

  const figureById = new Map(content.figures.map((f) => [f.id, f]));
  const placeById = new Map(content.places.map((p) => [p.id, p]));
  const figure = (id: string) => {
    const f = figureById.get(id);
    if (!f) throw new Error(`sceneForStep: step "${stepId}" shows unknown figure "${id}"`);
    return pickFigure(f);
  };
  const place = (id: string) => {
    const p = placeById.get(id);
    if (!p) throw new Error(`sceneForStep: step "${stepId}" names unknown place "${id}"`);
    return pickPlace(p);
  };

  const base: SceneBase = {
    stepId,
    chapterId: chapter.id,
    chapterTitle: chapter.title,
    index,
    total: steps.length,
    figures: (step.scene.figures ?? []).map(figure),
    // Absent rather than null: the embeds' data carries every scene, and bytes count there.
    ...(step.headline ? { headline: resolveNoteText(step.headline, content) } : {}),
  };
  const spec = step.scene;
  if (spec.graphic === 'chart') {
    const prev = index > 0 ? content.story.chapters.flatMap((c) => c.steps)[index - 1] : undefined;
    return {
      ...base,
      graphic: 'chart',
      chart: spec.chart,
      highlight: citedAmong(step.text, spec.figures),
      ...(squaresScaleChanges(prev?.scene, spec.figures ?? [], figureById)
        ? { newScale: true }
        : {}),
    };
  }
  if (spec.graphic === 'notes') {
    const text = (t: Bilingual) => resolveNoteText(t, content);
    return {
      ...base,
      graphic: 'notes',
      title: text(spec.title),
      more: content.ui.notesMore,
      arrange: spec.arrange ?? 'stack',
      groups: spec.groups.map((g) => ({
        layout: g.layout,
        title: g.title ? text(g.title) : null,
        place: g.place ? place(g.place) : null,
        items: g.items.map((item) => ({
          heading: item.heading ? text(item.heading) : null,
          text: text(item.text),
          place: item.place ? place(item.place) : null,
        })),
      })),
    };
  }
  const drawn =
    spec.view === 'pairing'
      ? content.places.filter((p) => p.kind === 'zhejiang-city' || AKSU_KINDS.has(p.kind))
      : spec.view === 'locator'
        ? content.places.filter((p) => p.id === 'zhejiang' || p.id === 'aksu-prefecture')
        : content.places.filter((p) => AKSU_KINDS.has(p.kind));
  return {
    ...base,
    graphic: 'map',
    view: spec.view,
    highlight: (spec.highlight ?? []).map(place),
    places: drawn.map(pickPlace),
    pairings:
      spec.view === 'pairing'
        ? content.pairings.map((p) => ({ from: place(p.from), supports: p.supports.map(place) }))
        : [],
    route: spec.view === 'locator' ? routeOf(content) : null,
  };
}

/** The figures of `drawn` that the text cites in either language; null if it cites them all. */
function citedAmong(text: Bilingual, drawn: readonly string[]): string[] | null {
  const cited = new Set(
    [text.zh, text.en].flatMap((t) =>
      parseText(t).flatMap((s) => (s.kind === 'figure' ? [s.id] : [])),
    ),
  );
  const lit = drawn.filter((id) => cited.has(id));
  return lit.length === drawn.length ? null : lit;
}

/** Every step's scene, keyed by step id: what the build hands to the browser. */
export function allScenes(content: Content): Record<string, Scene> {
  return Object.fromEntries(storySteps(content).map((s) => [s.id, sceneForStep(content, s.id)]));
}
