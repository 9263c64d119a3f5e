// Interim map of Aksu: a tile per county and Alar in their geographic order, highlighted tiles in
// their side's colour (the D3 map of issue 3 replaces it).
import { svg, type SVGTemplateResult } from 'lit';
import type { Lang } from '../../content/schema.ts';
import { layoutTiles } from '../../layouts/aksuTiles.ts';
import { estimateTextWidth } from '../../layouts/textMetrics.ts';
import type { ScenePlace } from '../../story/scene.ts';
import { placeColor } from './placeColor.ts';

function shortName(place: ScenePlace, lang: Lang): string {
  // Tiles are small: drop the parenthetical ("阿拉尔市(兵团第一师)" → "阿拉尔市").
  return place.name[lang].replace(/\s*[(（].*[)）]\s*/, '');
}

export function tileMap(
  places: readonly ScenePlace[],
  highlight: readonly ScenePlace[],
  width: number,
  height: number,
  lang: Lang,
): SVGTemplateResult {
  const highlighted = new Set(highlight.map((p) => p.id));
  const byId = new Map(places.map((p) => [p.id, p]));
  const tiles = layoutTiles(
    places.map((p) => p.id),
    width,
    height,
  );
  return svg`${tiles.map((tile) => {
    const place = byId.get(tile.id) as ScenePlace;
    const on = highlighted.has(tile.id);
    const label = shortName(place, lang);
    // As large as fits the tile, up to 18 px; long English names shrink rather than spill.
    const fontSize = Math.max(
      9,
      Math.min(18, (tile.size * 0.88) / estimateTextWidth(label, 1, on)),
    );
    return svg`<g class="tile ${on ? 'is-highlighted' : ''}" data-place=${tile.id}>
      <rect x=${tile.x} y=${tile.y} width=${tile.size} height=${tile.size} rx="6"
        fill=${on ? placeColor(tile.id) : 'var(--color-context)'}
        stroke=${tile.id === 'alar' ? 'var(--color-alar)' : 'none'} stroke-width="2"></rect>
      <text x=${tile.x + tile.size / 2} y=${tile.y + tile.size / 2} text-anchor="middle" dominant-baseline="middle"
        font-size=${fontSize} class=${on ? 'tile__label tile__label--on' : 'tile__label'}>${label}</text>
    </g>`;
  })}`;
}
