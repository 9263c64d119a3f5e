// The shape of every file in data/: one zod schema per file, and the content types inferred from them.
// Client code imports only the types (`import type`), so zod never reaches the browser bundle.
import { z } from 'zod';

export { LANGS, type Lang } from './langs.ts';

// A field that is absent is reported as such, whatever its type would have been.
z.config({ customError: (issue) => (issue.input === undefined ? 'is missing' : undefined) });

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const stableId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase kebab-case (a-z, 0-9, -)');

/** Text in both languages: a missing or empty translation fails with the language named. */
export const bilingual = z.object({ zh: nonEmpty, en: nonEmpty }).strict();
export type Bilingual = z.infer<typeof bilingual>;

export const UNITS = [
  'yuan',
  'percent',
  'tonnes',
  'people',
  'person-times',
  'stores',
  'shops',
  'cities',
  'projects',
  'vehicles',
  'sessions',
  'times',
  'batches',
  'villages',
  'years',
  'parks',
  'items',
  'tiers',
] as const;
export type Unit = (typeof UNITS)[number];

// 'named': a number in a programme's name (十城百店, 千人游), which is neither a count nor a result.
export const QUALIFIERS = ['exact', 'at-least', 'about', 'planned', 'named'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const CHAPTER_IDS = [
  'cover',
  'frame',
  'ecommerce',
  'outlets',
  'rural',
  'people',
  'culture',
  'alar',
  'outlook',
] as const;
export type ChapterId = (typeof CHAPTER_IDS)[number];

export const figureSchema = z
  .object({
    id: stableId,
    label: bilingual,
    value: z.number({ error: 'must be a finite number' }).nonnegative('must not be negative'),
    unit: z.enum(UNITS),
    qualifier: z.enum(QUALIFIERS),
    /** The figure in the report's own Chinese words (6000多万元, 3万余人): what the Chinese page shows. */
    reportWords: nonEmpty,
    period: bilingual,
    place: stableId,
    chapter: z.enum(CHAPTER_IDS),
    source: nonEmpty,
    /** The quotation translated, shown beside it on the English page. */
    sourceEn: nonEmpty,
    /**
     * Real, but not carried out yet, though not a plan (72 projects "in reserve"): drawn hollow
     * as plans are, so it is not read beside what was done as if it were done.
     */
    pending: z.literal(true).optional(),
  })
  .strict();
export type Figure = z.infer<typeof figureSchema>;

export const figuresFileSchema = z
  .object({ $comment: z.string().optional(), figures: z.array(figureSchema).min(1) })
  .strict();

export const PLACE_KINDS = [
  'province',
  'region',
  'area',
  'prefecture',
  'county',
  'corps-city',
  'zhejiang-city',
] as const;

/** A point for a place (a city's seat), with where the coordinates come from. */
const seatSchema = z
  .object({
    lon: z.number().min(-180).max(180),
    lat: z.number().min(-90).max(90),
    note: bilingual,
  })
  .strict();

export const placeSchema = z
  .object({ id: stableId, kind: z.enum(PLACE_KINDS), name: bilingual, seat: seatSchema.optional() })
  .strict();
export type Place = z.infer<typeof placeSchema>;

/** A calendar date as precise as the source gives it: 2019, 2019-12 or 2019-12-19. */
export const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * A public source of a pairing. `quote` is the source's own Chinese words, verbatim from a file in
 * data/sources/ (`quoteEn` translates it); a source whose words we do not have says what it is
 * `about` instead. A source published after the story's date is marked `later`.
 */
export const pairingSourceSchema = z
  .object({
    outlet: bilingual,
    title: nonEmpty.optional(),
    date: isoDate.optional(),
    url: z
      .string()
      .regex(/^https?:\/\/\S+$/, 'must be an http(s) address')
      .optional(),
    quote: nonEmpty.optional(),
    quoteEn: nonEmpty.optional(),
    about: bilingual.optional(),
    later: z.literal(true).optional(),
  })
  .strict();
export type PairingSource = z.infer<typeof pairingSourceSchema>;

export const pairingSchema = z
  .object({
    from: stableId,
    supports: z.array(stableId),
    sources: z.array(pairingSourceSchema),
    /** What the sources leave open (no source names the 10th batch; which regiment). */
    caveat: bilingual.optional(),
  })
  .strict();
export type Pairing = z.infer<typeof pairingSchema>;

export const placesFileSchema = z
  .object({
    $comment: z.string().optional(),
    places: z.array(placeSchema).min(1),
    pairings: z.array(pairingSchema),
  })
  .strict();

/** The report as a document, and the map data with its licences (data/sources.json). */
const mapDataSourceSchema = z
  .object({
    what: bilingual,
    package: nonEmpty,
    version: nonEmpty,
    file: nonEmpty,
    licence: nonEmpty,
    holder: nonEmpty,
  })
  .strict();
export type MapDataSource = z.infer<typeof mapDataSourceSchema>;

export const sourcesFileSchema = z
  .object({
    $comment: z.string().optional(),
    report: z
      .object({
        publisher: bilingual,
        title: nonEmpty,
        titleEn: nonEmpty,
        publication: bilingual,
        date: bilingual,
        note: bilingual,
      })
      .strict(),
    mapData: z.array(mapDataSourceSchema).min(1),
    mapNote: bilingual,
  })
  .strict();
export type SourcesFile = z.infer<typeof sourcesFileSchema>;

export const MAP_VIEWS = ['locator', 'pairing', 'prefecture', 'alar'] as const;
export type MapView = (typeof MAP_VIEWS)[number];
export const CHARTS = ['funding', 'outlets', 'people', 'alar'] as const;
export type ChartKind = (typeof CHARTS)[number];

const mapSceneSpec = z
  .object({
    graphic: z.literal('map'),
    view: z.enum(MAP_VIEWS),
    highlight: z.array(stableId).optional(),
    figures: z.array(stableId).optional(),
  })
  .strict();
const chartSceneSpec = z
  .object({
    graphic: z.literal('chart'),
    chart: z.enum(CHARTS),
    // No highlight: the figures the step's text names are drawn in full, the rest step back.
    figures: z.array(stableId).min(1, 'a chart needs at least one figure'),
  })
  .strict();
/**
 * A step with nothing to draw shows what its text says as notes: a timeline of years, or lists
 * (who is trained, which bodies staged a gala). Texts may cite figures ({fig:ID}) as step texts do.
 */
const noteItemSpec = z
  .object({ heading: bilingual.optional(), text: bilingual, place: stableId.optional() })
  .strict();
export const NOTE_LAYOUTS = ['timeline', 'list'] as const;
const noteGroupSpec = z
  .object({
    layout: z.enum(NOTE_LAYOUTS),
    title: bilingual.optional(),
    /** Whose the group is (Zhejiang's bodies, Aksu's): its colour. */
    place: stableId.optional(),
    items: z.array(noteItemSpec).min(1, 'a group needs at least one item'),
  })
  .strict();
const notesSceneSpec = z
  .object({
    graphic: z.literal('notes'),
    title: bilingual,
    /** Groups side by side at every width ('columns'), or side by side only where there is room. */
    arrange: z.enum(['stack', 'columns']).optional(),
    groups: z.array(noteGroupSpec).min(1, 'notes need at least one group'),
    figures: z.array(stableId).optional(),
  })
  .strict();
export type NotesSceneSpec = z.infer<typeof notesSceneSpec>;
export const sceneSpecSchema = z.discriminatedUnion(
  'graphic',
  [mapSceneSpec, chartSceneSpec, notesSceneSpec],
  {
    error: (issue) =>
      issue.input === undefined
        ? 'is missing: every step needs a scene'
        : 'must be a scene: {"graphic": "map" | "chart" | "notes", …}',
  },
);
export type SceneSpec = z.infer<typeof sceneSpecSchema>;

export const stepSchema = z
  .object({
    id: stableId,
    text: bilingual,
    /**
     * A headline with its number, set over the graphic. One step of each view (the map, each
     * chart) has one: its most newsworthy, which an embed of that view opens on.
     */
    headline: bilingual.optional(),
    scene: sceneSpecSchema,
  })
  .strict();
export type Step = z.infer<typeof stepSchema>;

export const chapterSchema = z
  .object({
    id: z.enum(CHAPTER_IDS),
    title: bilingual,
    /**
     * A shorter name for the masthead's chapter row, where every chapter must fit on one line
     * (the full title stays the heading, and the phone's list of chapters shows it).
     */
    navTitle: bilingual.optional(),
    steps: z.array(stepSchema).min(1),
  })
  .strict();
export type Chapter = z.infer<typeof chapterSchema>;

export const storyFileSchema = z
  .object({
    meta: z
      .object({
        title: bilingual,
        dek: bilingual,
        description: bilingual,
        byline: bilingual,
        dateline: bilingual,
        /** The story's date, machine-readable: sources after it are later confirmation. */
        date: isoDate,
        sourceNote: bilingual,
      })
      .strict(),
    chapters: z.array(chapterSchema).min(1),
  })
  .strict();
export type StoryFile = z.infer<typeof storyFileSchema>;

export const unitWordsSchema = z.record(
  z.enum(UNITS),
  z
    .object({
      zh: z.string(),
      en: z.object({ one: z.string(), other: z.string() }).strict(),
      /**
       * What a square is called in a chart's key where the unit's own word does not say it:
       * "每格代表1个" says nothing, "每格代表1个项目" does.
       */
      key: z
        .object({ zh: z.string(), en: z.object({ one: z.string(), other: z.string() }).strict() })
        .strict()
        .optional(),
    })
    .strict(),
);
export type UnitWords = z.infer<typeof unitWordsSchema>;

export const UI_KEYS = [
  'skipToStory',
  'skipToSources',
  'languageSwitch',
  'languageSwitchLabel',
  'scrollHint',
  'graphicLabel',
  'sourcesTitle',
  'sourcesNavTitle',
  'sourcesIntro',
  'figureColumn',
  'valueColumn',
  'periodColumn',
  'placeColumn',
  'qualifierColumn',
  'sourceColumn',
  'qualifierExact',
  'qualifierAtLeast',
  'qualifierAbout',
  'qualifierPlanned',
  'qualifierNamed',
  'pairingsTitle',
  'sourcesReportTitle',
  'sourcesFiguresTitle',
  'sourcesDerivedTitle',
  'derivedDistance',
  'sourcesMapTitle',
  'mapDataLicence',
  'translationNote',
  'laterConfirmation',
  'sourceUndated',
  'pairingNotFound',
  'pairingFootnote',
  'credits',
  'chapter',
  'planned',
  'approx',
  'atLeast',
  'noScriptNote',
  'mapLoading',
  'mapFailed',
  'mapLocator',
  'mapPrefecture',
  'mapAlar',
  'mapPairing',
  'mapHighlighted',
  'supportedBy',
  'distance',
  'derivedMark',
  'mapLocatorAksu',
  'mapXinjiang',
  'mapVillageNote',
  'chartTable',
  'chartCsv',
  'unitKeyEach',
  'blockKeyTens',
  'legendPlanned',
  'legendPending',
  'legendLowerBound',
  'squaresNote',
  'newScale',
  'notesMore',
  'unitsDiffer',
  'readFullStory',
  'guideTitle',
  'guideIntro',
  'guideEmbedLanguage',
  'guideTheme',
  'guideThemeLight',
  'guideThemeDark',
  'guideStep',
  'guideWebComponent',
  'guideWebComponentNote',
  'guideIframe',
  'guideIframeNote',
  'guideCopy',
  'guideCopied',
  'guideReference',
  'guideName',
  'guideDescription',
  'guideDefault',
  'guideAttributes',
  'guideEvents',
  'guideCssProperties',
  'guideParts',
  'guideViewMap',
  'guideViewFunding',
  'guideViewOutlets',
  'guideViewPeople',
  'guideViewAlar',
  'guideViewStory',
  'guideStoryPreview',
  'guideManifest',
  'exhibitHandoff',
  'exhibitQrLabel',
  'exhibitFullscreen',
  'exhibitPlaying',
  'exhibitPaused',
  'exhibitHint',
  'motionSwitch',
  'graphicNow',
  'chapterNav',
] as const;
export type UiKey = (typeof UI_KEYS)[number];
export const uiFileSchema = z.object(
  Object.fromEntries(UI_KEYS.map((k) => [k, bilingual])) as Record<UiKey, typeof bilingual>,
);
export type UiStrings = z.infer<typeof uiFileSchema>;

/** Everything in data/, validated and cross-checked. */
export interface Content {
  story: StoryFile;
  figures: Figure[];
  places: Place[];
  pairings: Pairing[];
  units: UnitWords;
  ui: UiStrings;
  sources: SourcesFile;
}
