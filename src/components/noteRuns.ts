// Text resolved at build time (a headline, a note) as Lit content: figures set as <data> with
// their value, numbers that belong to a name kept plain inside the name.
import { html } from 'lit';
import type { Lang } from '../content/langs.ts';
import type { NoteText } from '../story/noteText.ts';

export function noteRuns(text: NoteText, lang: Lang) {
  return text[lang].map((run) =>
    !run.figure
      ? run.text
      : run.figure.named
        ? html`<span class="fig-name">${run.text}</span>`
        : html`<data class="fig" value=${run.figure.value}>${run.text}</data>`,
  );
}
