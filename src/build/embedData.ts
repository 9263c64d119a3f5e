// What the embeddable elements fetch, beside their code: the data every view needs (scenes,
// strings, the footer's words), and, for <aksu-story> alone, the story's text as HTML. They are
// two files, so that a page embedding one chart does not download the whole story's prose.
import type { Bilingual, Content } from '../content/schema.ts';
import { renderStory } from './renderPage.ts';
import { storyBundle, type StoryBundle } from './storyBundle.ts';

export interface EmbedViewData extends StoryBundle {
  footer: { sourceNote: Bilingual; readFullStory: Bilingual };
}

export interface EmbedStoryText {
  /** The story in both languages (the element shows one by its lang). */
  html: string;
}

export function embedViewData(content: Content): EmbedViewData {
  return {
    ...storyBundle(content),
    footer: { sourceNote: content.story.meta.sourceNote, readFullStory: content.ui.readFullStory },
  };
}

export function embedStoryText(content: Content): EmbedStoryText {
  return { html: renderStory(content) };
}
