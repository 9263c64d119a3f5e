// Interim locator: Zhejiang in the east, Aksu in the west, the route between them (the D3 map of
// China in issue 3 replaces it and computes the distance).
import { svg, type SVGTemplateResult } from 'lit';
import type { Lang } from '../../content/schema.ts';
import type { ScenePlace } from '../../story/scene.ts';
import { placeColor } from './placeColor.ts';

export function locatorSketch(
  places: readonly ScenePlace[],
  width: number,
  height: number,
  lang: Lang,
): SVGTemplateResult {
  const aksu = places.find((p) => p.id === 'aksu-prefecture');
  const zhejiang = places.find((p) => p.id === 'zhejiang');
  const y = height * 0.55;
  const x0 = width * 0.18;
  const x1 = width * 0.82;
  const r = Math.max(10, Math.min(28, width / 24));
  return svg`<path class="route" d="M${x0},${y}Q${width / 2},${y - height * 0.35} ${x1},${y}" fill="none"
      stroke="var(--color-ink-soft)" stroke-width="2" stroke-dasharray="6 6"></path>
    <circle cx=${x0} cy=${y} r=${r} fill=${placeColor('aksu-prefecture')}></circle>
    <circle cx=${x1} cy=${y} r=${r} fill=${placeColor('zhejiang')}></circle>
    <text class="place-label" x=${x0} y=${y + r + 24} text-anchor="middle">${aksu?.name[lang] ?? ''}</text>
    <text class="place-label" x=${x1} y=${y + r + 24} text-anchor="middle">${zhejiang?.name[lang] ?? ''}</text>`;
}
