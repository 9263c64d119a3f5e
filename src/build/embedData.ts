// What the embeddable elements fetch, beside their code: the data every view needs (scenes,
// strings, the footer's words), and, for <aksu-story> alone, the story's text as HTML and its notes. They are
// two files, so that a page embedding one chart does not download the whole story's prose.
import type { Bilingual, Content } from '../content/schema.ts';
import { renderStory } from './renderPage.ts';
import { allScenes, type NotesScene } from '../story/scene.ts';
import { storyBundle, type StoryBundle } from './storyBundle.ts';

export interface EmbedViewData extends StoryBundle {
  footer: { sourceNote: Bilingual; readFullStory: Bilingual };
}

export interface EmbedStoryText {
  /** The story in both languages (the element shows one by its lang). */
  html: string;
  /** The notes scenes (timelines, lists): only the whole story shows them, so a chart never loads them. */
  notesScenes: Record<string, NotesScene>;
}

export function embedViewData(content: Content): EmbedViewData {
  const bundle = storyBundle(content);
  const scenes = Object.fromEntries(
    Object.entries(bundle.scenes).filter(([, scene]) => scene.graphic !== 'notes'),
  );
  return {
    ...bundle,
    scenes,
    footer: { sourceNote: content.story.meta.sourceNote, readFullStory: content.ui.readFullStory },
  };
}

export function embedStoryText(content: Content): EmbedStoryText {
  const notesScenes = Object.fromEntries(
    Object.entries(allScenes(content)).filter(
      (entry): entry is [string, NotesScene] => entry[1].graphic === 'notes',
    ),
  );
  return { html: renderStory(content), notesScenes };
}
