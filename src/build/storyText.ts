// A step's text as HTML: plain runs escaped, figure citations rendered from the figures table as
// <data> elements carrying the raw value, so scripts and machines can read the number too (a
// number that is only part of a programme's name stays plain text in the name).
import type { Content, Lang } from '../content/schema.ts';
import { parseText } from '../content/textTokens.ts';
import { formatFigure } from '../format/figureFormat.ts';
import { escapeHtml } from './html.ts';

export function storyTextHtml(text: string, lang: Lang, content: Content): string {
  const byId = new Map(content.figures.map((f) => [f.id, f]));
  return parseText(text)
    .map((seg) => {
      if (seg.kind === 'text') return escapeHtml(seg.text);
      const fig = byId.get(seg.id);
      if (!fig) throw new Error(`storyTextHtml: unknown figure "${seg.id}"`);
      const shown = escapeHtml(formatFigure(fig, lang, content.units, seg.mode));
      // A number from a programme's name is part of the name, not a figure: no value, no bold.
      if (fig.qualifier === 'named') {
        return `<span class="fig-name" data-figure="${fig.id}">${shown}</span>`;
      }
      return `<data class="fig" value="${fig.value}" data-figure="${fig.id}">${shown}</data>`;
    })
    .join('');
}

/** The same text as plain words (for meta descriptions and accessible names). */
export function storyTextPlain(text: string, lang: Lang, content: Content): string {
  const byId = new Map(content.figures.map((f) => [f.id, f]));
  return parseText(text)
    .map((seg) => {
      if (seg.kind === 'text') return seg.text;
      const fig = byId.get(seg.id);
      return fig ? formatFigure(fig, lang, content.units, seg.mode) : seg.token;
    })
    .join('');
}
