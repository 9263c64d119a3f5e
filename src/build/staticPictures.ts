// The build's static pictures: every step's graphic in both languages as an SVG file, drawn from
// the same scenes, layouts and map files as the live graphic (see src/static/).
import type { Content } from '../content/schema.ts';
import { LANGS } from '../content/langs.ts';
import type { ProjectedMaps } from './projectedMaps.ts';
import { staticScenePath, staticSceneSvg } from '../static/staticScene.ts';
import { storyBundle } from './storyBundle.ts';

export interface StaticPicture {
  path: string;
  source: string;
}

export function staticPictures(
  content: Content,
  maps: ProjectedMaps,
  tokensCss: string,
): StaticPicture[] {
  const bundle = storyBundle(content);
  const ctx = {
    units: content.units,
    mapStrings: bundle.mapStrings,
    chartStrings: bundle.chartStrings,
    maps,
    tokensCss,
  };
  return Object.values(bundle.scenes).flatMap((scene) =>
    LANGS.map((lang) => ({
      path: staticScenePath(scene.stepId, lang),
      source: staticSceneSvg(scene, lang, ctx),
    })),
  );
}
