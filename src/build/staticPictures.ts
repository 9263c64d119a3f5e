// The build's static pictures: every step's graphic in both languages as an SVG file, drawn from
// the same scenes, layouts and map files as the live graphic (see src/static/).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import type { Content } from '../content/schema.ts';
import { LANGS } from '../content/langs.ts';
import { mapDataFrom, type MapData } from '../maps/mapFeatures.ts';
import { staticScenePath, staticSceneSvg } from '../static/staticScene.ts';
import { storyBundle } from './storyBundle.ts';

export interface StaticPicture {
  path: string;
  source: string;
}

/** The map files, read and checked: a broken one stops the build, named, before anything is written. */
export function readMapData(dataDir: string): MapData {
  const topology = (name: string): Topology => {
    const file = resolve(dataDir, 'geo', `${name}.topo.json`);
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as Topology;
      if (parsed?.type !== 'Topology') throw new Error('is not a TopoJSON topology');
      return parsed;
    } catch (error) {
      // Named like every other data error: the file, then what is wrong with it.
      throw new Error(`data/geo/${name}.topo.json: ${(error as Error).message}`, { cause: error });
    }
  };
  return mapDataFrom(topology('china'), topology('aksu'), topology('zhejiang'));
}

export function staticPictures(
  content: Content,
  mapData: MapData,
  tokensCss: string,
): StaticPicture[] {
  const bundle = storyBundle(content);
  const ctx = {
    units: content.units,
    mapStrings: bundle.mapStrings,
    chartStrings: bundle.chartStrings,
    mapData,
    tokensCss,
  };
  return Object.values(bundle.scenes).flatMap((scene) =>
    LANGS.map((lang) => ({
      path: staticScenePath(scene.stepId, lang),
      source: staticSceneSvg(scene, lang, ctx),
    })),
  );
}
