// Fetches the elements' data, once per page however many elements there are. The files sit beside
// the bundle and their URLs are relative to it (import.meta.url), so the elements find their data
// on any host and path, a CDN included. A failed fetch is forgotten, so the next element retries.
import viewDataUrl from 'virtual:embed-view-data';
import storyTextUrl from 'virtual:embed-story-text';
import type { EmbedStoryText, EmbedViewData } from '../../build/embedData.ts';
import { jsonOnce } from '../../story/jsonOnce.ts';

export const loadViewData = jsonOnce<EmbedViewData>(viewDataUrl, 'view data');
export const loadStoryText = jsonOnce<EmbedStoryText>(storyTextUrl, 'story text');
