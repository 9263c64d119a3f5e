// The build's static pictures: every step's graphic in both languages as an SVG file, drawn from
// the same scenes, layouts and map files as the live graphic (see src/static/).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import type { Content } from '../content/schema.ts';
import { LANGS } from '../content/langs.ts';
import { mapDataFrom } from '../maps/mapFeatures.ts';
import { staticScenePath, staticSceneSvg } from '../static/staticScene.ts';
import { allScenes } from '../story/scene.ts';
import { storyBundle } from './storyBundle.ts';

export interface StaticPicture {
  path: string;
  source: string;
}

export function staticPictures(
  content: Content,
  dataDir: string,
  tokensCss: string,
): StaticPicture[] {
  const topology = (name: string) =>
    JSON.parse(readFileSync(resolve(dataDir, 'geo', `${name}.topo.json`), 'utf8')) as Topology;
  const bundle = storyBundle(content);
  const ctx = {
    units: content.units,
    mapStrings: bundle.mapStrings,
    chartStrings: bundle.chartStrings,
    mapData: mapDataFrom(topology('china'), topology('aksu'), topology('zhejiang')),
    tokensCss,
  };
  return Object.values(allScenes(content)).flatMap((scene) =>
    LANGS.map((lang) => ({
      path: staticScenePath(scene.stepId, lang),
      source: staticSceneSvg(scene, lang, ctx),
    })),
  );
}
