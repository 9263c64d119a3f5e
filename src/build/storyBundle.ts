// What the browser receives of the content: step order, each step's resolved scene, and the few
// strings scripts need (titles for the language switch, unit words for the graphic). The prose
// itself is already in the HTML, so it is not shipped twice.
import type { Bilingual, Content, UnitWords } from '../content/schema.ts';
import type { MapStrings } from '../maps/mapDescription.ts';
import type { ChartStrings } from '../components/charts/chart-strings.ts';
import {
  allScenes,
  placeNotes,
  storySteps,
  type PlaceNote,
  type Scene,
  type SceneFigure,
  type StepRef,
} from '../story/scene.ts';

export interface StoryBundle {
  steps: StepRef[];
  scenes: Record<string, Scene>;
  placeNotes: Record<string, PlaceNote>;
  units: UnitWords;
  meta: { title: Bilingual; description: Bilingual };
  ui: { graphicLabel: Bilingual; graphicNow: Bilingual };
  mapStrings: MapStrings;
  chartStrings: ChartStrings;
  /** The story's public address (SITE_URL at build time), or '' when not set. */
  publicUrl: string;
}

/**
 * A figure's quotation is read only by a chart's data table: the map's scenes and notes and the
 * places' tooltips travel without it (it is most of the bytes of the page's and embeds' data).
 */
function withoutQuotes<T extends { figures: SceneFigure[] }>(holder: T): T {
  return {
    ...holder,
    figures: holder.figures.map(({ source: _s, sourceEn: _e, ...rest }) => rest as SceneFigure),
  };
}

export function storyBundle(content: Content, publicUrl = ''): StoryBundle {
  const { meta } = content.story;
  const ui = content.ui;
  const scenes = Object.fromEntries(
    Object.entries(allScenes(content)).map(([id, scene]) => [
      id,
      scene.graphic === 'chart' ? scene : withoutQuotes(scene),
    ]),
  );
  const notes = Object.fromEntries(
    Object.entries(placeNotes(content)).map(([id, note]) => [id, withoutQuotes(note)]),
  );
  return {
    publicUrl,
    steps: storySteps(content),
    scenes,
    placeNotes: notes,
    units: content.units,
    meta: { title: meta.title, description: meta.description },
    ui: { graphicLabel: ui.graphicLabel, graphicNow: ui.graphicNow },
    mapStrings: {
      mapLoading: ui.mapLoading,
      mapFailed: ui.mapFailed,
      mapLocator: ui.mapLocator,
      mapPrefecture: ui.mapPrefecture,
      mapAlar: ui.mapAlar,
      mapPairing: ui.mapPairing,
      mapHighlighted: ui.mapHighlighted,
      supportedBy: ui.supportedBy,
      distance: ui.distance,
      derivedMark: ui.derivedMark,
      pairingNotFound: ui.pairingNotFound,
      pairingFootnote: ui.pairingFootnote,
      mapLocatorAksu: ui.mapLocatorAksu,
      mapXinjiang: ui.mapXinjiang,
      mapVillageNote: ui.mapVillageNote,
    },
    chartStrings: {
      chartTable: ui.chartTable,
      chartCsv: ui.chartCsv,
      unitKeyEach: ui.unitKeyEach,
      blockKeyTens: ui.blockKeyTens,
      legendPlanned: ui.legendPlanned,
      legendPending: ui.legendPending,
      legendLowerBound: ui.legendLowerBound,
      squaresNote: ui.squaresNote,
      newScale: ui.newScale,
      unitsDiffer: ui.unitsDiffer,
      figureColumn: ui.figureColumn,
      valueColumn: ui.valueColumn,
      periodColumn: ui.periodColumn,
      sourceColumn: ui.sourceColumn,
      translationNote: ui.translationNote,
    },
  };
}
