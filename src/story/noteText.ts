// A note's text (a heading, an item, a group's title) resolved at build time into runs the notes
// drawing sets as they are: plain words, figures as the story writes them, and numbers that are
// only part of a name. The browser formats nothing.
import type { Bilingual, Content, Lang } from '../content/schema.ts';
import { LANGS } from '../content/langs.ts';
import { parseText } from '../content/textTokens.ts';
import { formatFigure } from '../format/figureFormat.ts';

export interface NoteRun {
  text: string;
  /** A figure (set in bold, with its value for machines), or a number inside a name. */
  figure?: { id: string; value: number; named: boolean };
}
export type NoteText = Record<Lang, NoteRun[]>;

export function resolveNoteText(text: Bilingual, content: Content): NoteText {
  const byId = new Map(content.figures.map((f) => [f.id, f]));
  const runs = (lang: Lang): NoteRun[] =>
    parseText(text[lang]).map((seg) => {
      if (seg.kind === 'text') return { text: seg.text };
      const fig = byId.get(seg.id);
      if (!fig) throw new Error(`resolveNoteText: unknown figure "${seg.id}"`);
      return {
        text: formatFigure(fig, lang, content.units, seg.mode),
        figure: { id: fig.id, value: fig.value, named: fig.qualifier === 'named' },
      };
    });
  return Object.fromEntries(LANGS.map((lang) => [lang, runs(lang)])) as NoteText;
}

/** The runs as plain words: descriptions, alt text, the static picture. */
export function notePlain(text: NoteText, lang: Lang): string {
  return text[lang].map((run) => run.text).join('');
}
