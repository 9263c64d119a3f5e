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
    rollupOptions: {
      input: {
        index: 'index.html',
        embed: 'embed.html',
        guide: 'guide.html',
        'embed-loader': 'src/embed/loader.ts',
      },
      output: {
        // The loader keeps one unhashed name, so snippets copied today still work after a rebuild.
        entryFileNames: (chunk) =>
          chunk.name === 'embed-loader' ? 'embed-loader.js' : 'assets/[name]-[hash].js',
      },
    },
  },
  preview: { host: '127.0.0.1', strictPort: true },
});
