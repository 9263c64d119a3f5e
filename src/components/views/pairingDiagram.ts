// Interim pairing map: Zhejiang's cities linked to the Aksu counties and Alar they support.
import { svg, type SVGTemplateResult } from 'lit';
import type { Bilingual, Lang } from '../../content/schema.ts';
import { layoutPairings } from '../../layouts/pairingLinks.ts';
import type { ScenePairing, ScenePlace } from '../../story/scene.ts';
import { placeColor } from './placeColor.ts';

export function pairingDiagram(
  pairings: readonly ScenePairing[],
  targets: readonly ScenePlace[],
  highlight: readonly ScenePlace[],
  width: number,
  height: number,
  lang: Lang,
  notFound: Bilingual,
): SVGTemplateResult {
  const inset = Math.min(130, width * 0.32);
  const layout = layoutPairings(pairings, targets, width, height - 20, inset);
  const lit = new Set(highlight.map((p) => p.id));
  const anyLit = lit.size > 0;
  const on = (...ids: string[]) => !anyLit || ids.some((id) => lit.has(id));
  const name = (p: ScenePlace) => p.name[lang].replace(/\s*[(（].*[)）]\s*/, '');
  return svg`<g transform="translate(0,10)">
    ${layout.links.map(
      (
        link,
      ) => svg`<path class="link ${on(link.from, link.to) ? 'is-highlighted' : 'is-muted'}" d=${link.path}
        fill="none" stroke=${placeColor(link.to)} stroke-width="2"></path>`,
    )}
    ${layout.cities.map(
      (c) => svg`<g class="city ${on(c.place.id) ? 'is-highlighted' : 'is-muted'}">
        <circle cx=${inset} cy=${c.y} r="5" fill="var(--color-zhejiang)"></circle>
        <text x=${inset - 10} y=${c.y} text-anchor="end" dominant-baseline="middle">${name(c.place)}</text>
        ${c.paired ? null : svg`<text class="note" x=${inset + 12} y=${c.y} dominant-baseline="middle">${notFound[lang]}</text>`}
      </g>`,
    )}
    ${layout.targets.map(
      (t) => svg`<g class="target ${on(t.place.id) ? 'is-highlighted' : 'is-muted'}">
        <circle cx=${width - inset} cy=${t.y} r="5" fill=${placeColor(t.place.id)}></circle>
        <text x=${width - inset + 10} y=${t.y} dominant-baseline="middle">${name(t.place)}</text>
      </g>`,
    )}
  </g>`;
}
