// Fetches the elements' data, once per page however many elements there are. The files sit beside
// the bundle and their URLs are relative to it (import.meta.url), so the elements find their data
// on any host and path, a CDN included. A failed fetch is forgotten, so the next element retries.
import viewDataUrl from 'virtual:embed-view-data';
import storyTextUrl from 'virtual:embed-story-text';
import type { EmbedStoryText, EmbedViewData } from '../../build/embedData.ts';

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as T;
}

function once<T>(url: string): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= fetchJson<T>(url);
    pending.catch(() => {
      pending = null;
    });
    return pending;
  };
}

export const loadViewData = once<EmbedViewData>(viewDataUrl);
export const loadStoryText = once<EmbedStoryText>(storyTextUrl);
