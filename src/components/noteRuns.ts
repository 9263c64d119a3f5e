// Text resolved at build time (a headline, a note) as Lit content: figures set as <data> with
// their value, numbers that belong to a name kept plain inside the name. The text's end is kept
// together (class "keep", white-space: nowrap in the styles of each element that uses it), so no
// line is a lone word or one or two characters: "计划培/训" and a name broken as "浙江音乐学/院"
// cannot happen, and a short name in Chinese moves to the next line whole.
import { html } from 'lit';
import type { Lang } from '../content/langs.ts';
import type { NoteRun, NoteText } from '../story/noteText.ts';

/** Chinese this short (a troupe's name) is never broken; longer, its last four characters stay together. */
const ZH_WHOLE = 8;
const ZH_TAIL = 4;
/** English keeps its last two words together, unless they are this long (then they may part). */
const EN_TAIL_MAX = 24;

function runContent(run: NoteRun) {
  return !run.figure
    ? run.text
    : run.figure.named
      ? html`<span class="fig-name">${run.text}</span>`
      : html`<data class="fig" value=${run.figure.value}>${run.text}</data>`;
}

/** Where the text's unbreakable tail starts in its last run (plain text only), or -1. */
export function tailStart(text: string, lang: Lang): number {
  if (lang === 'zh') {
    const chars = Array.from(text);
    if (chars.length <= ZH_TAIL) return -1;
    return text.length - chars.slice(-ZH_TAIL).join('').length;
  }
  const trimmed = text.trimEnd();
  const last = trimmed.lastIndexOf(' ');
  const before = last > 0 ? trimmed.lastIndexOf(' ', last - 1) : -1;
  if (last <= 0 || trimmed.length - before - 1 > EN_TAIL_MAX) return -1;
  return before + 1;
}

/** Plain words (a figure's label under its big number) with their end kept together. */
export function keptEnd(text: string, lang: Lang) {
  return noteRuns({ zh: [{ text }], en: [{ text }] }, lang);
}

export function noteRuns(text: NoteText, lang: Lang) {
  const runs = text[lang];
  const plain = runs.map((r) => r.text).join('');
  if (lang === 'zh' && Array.from(plain).length <= ZH_WHOLE)
    return html`<span class="keep">${runs.map(runContent)}</span>`;
  const last = runs.at(-1);
  const at = last && !last.figure ? tailStart(last.text, lang) : -1;
  if (!last || at < 0) return runs.map(runContent);
  return [
    ...runs.slice(0, -1).map(runContent),
    last.text.slice(0, at),
    html`<span class="keep">${last.text.slice(at)}</span>`,
  ];
}
