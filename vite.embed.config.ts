// Build of the embed bundle: the custom elements as one ES module at a stable, unhashed path
// (dist/embed/aksu-elements.js, so snippets copied today keep working after a rebuild), with hashed
// chunks and data beside it. Run after the site's build (`npm run build` does both).
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { storyPlugin } from './scripts/vite-plugin-story.ts';

const outDir = `${process.env.STORY_OUT_DIR ?? 'dist'}/embed`;

// The manifest ships beside the bundle, for editors' tools and the guide's reference link.
const manifestBesideBundle: Plugin = {
  name: 'aksu-elements-manifest',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'custom-elements.json',
      source: readFileSync('custom-elements.json', 'utf8'),
    });
  },
};

// Each chunk's static imports, read before Vite writes the preload lists of its dynamic imports.
const staticImports = new Map<string, Set<string>>();
const readStaticImports: Plugin = {
  name: 'aksu-static-imports',
  enforce: 'pre',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type === 'chunk') staticImports.set(chunk.fileName, new Set(chunk.imports));
    }
  },
};

export default defineConfig({
  base: './',
  publicDir: false,
  plugins: [
    storyPlugin({
      dataDir: process.env.STORY_DATA_DIR ?? 'data',
      siteUrl: process.env.SITE_URL ?? '',
    }),
    manifestBesideBundle,
    readStaticImports,
  ],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    // The elements are used on other sites: no polyfill injected into the host page, and no
    // preload of a chunk its importer already imports itself (`core`): Firefox reports such a
    // preload as a failed resource, an error in the host's monitoring.
    modulePreload: {
      polyfill: false,
      resolveDependencies: (_file, deps, { hostId }) =>
        deps.filter((dep) => !staticImports.get(hostId)?.has(dep)),
    },
    rollupOptions: {
      input: { 'aksu-elements': 'src/embed/elements/aksu-elements.ts' },
      preserveEntrySignatures: 'strict',
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
        // What every view needs (Lit, the graphic's helpers, the descriptions) travels as one
        // chunk: a chunk each would cost a request and its compression overhead, per embed.
        manualChunks(id) {
          if (
            /node_modules\/(lit|lit-html|lit-element|@lit)\//.test(id) ||
            /src\/components\/(cssomStyle|elementSize|noteRuns|defineElement)\.ts$/.test(id) ||
            /src\/story\/(sceneDescription|noteText|jsonOnce)\.ts$/.test(id) ||
            /src\/(maps\/mapDescription|format\/figureFormat)\.ts$/.test(id)
          ) {
            return 'core';
          }
          return undefined;
        },
      },
    },
  },
});
