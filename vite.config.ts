// Build of the static site: relative asset URLs (base './') so dist/ works under any path,
// the story plugin renders data/ into the pages.
import { defineConfig } from 'vite';
import { storyPlugin } from './scripts/vite-plugin-story.ts';

export default defineConfig({
  base: './',
  plugins: [
    storyPlugin({
      dataDir: process.env.STORY_DATA_DIR ?? 'data',
      siteUrl: process.env.SITE_URL ?? '',
    }),
  ],
  build: {
    outDir: process.env.STORY_OUT_DIR ?? 'dist',
    target: 'es2022',
    assetsInlineLimit: 0,
  },
  preview: { host: '127.0.0.1', strictPort: true },
});
