// Vite plugin that turns data/ into the page: validates the content before anything is built
// (a bad file stops the build with the file, entry and field named, and nothing is written),
// renders the story into index.html and en.html, and serves the scenes as `virtual:story`.
// It also writes the data the pages and elements fetch as JSON files and gives their URLs as
// virtual modules: the embeds' `virtual:embed-view-data` and `virtual:embed-story-text`, and the
// map projected from data/geo, `virtual:map-geo` and `virtual:map-pairing`.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Rollup } from 'vite';
import { loadContent } from '../src/content/loadContent.ts';
import type { Content } from '../src/content/schema.ts';
import { ContentError, DATA_FILES } from '../src/content/validate.ts';
import {
  PAGE_FOR_LANG,
  renderBody,
  renderEmbedBody,
  renderHead,
  type PageOptions,
} from '../src/build/renderPage.ts';
import { storyBundle } from '../src/build/storyBundle.ts';
import { embedStoryText, embedViewData } from '../src/build/embedData.ts';
import { manifestElements } from '../src/build/elementManifest.ts';
import { renderServiceWorker, type PrecacheFile } from '../src/build/serviceWorker.ts';
import { staticPictures } from '../src/build/staticPictures.ts';
import { readProjectedMaps, type ProjectedMaps } from '../src/build/projectedMaps.ts';
import { withContentSecurityPolicy } from '../src/build/contentSecurityPolicy.ts';
import { renderGuideBody, renderGuideHead } from '../src/build/renderGuide.ts';

const VIRTUAL_ID = 'virtual:story';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
// Each JSON file the pages and elements fetch, by the virtual module that gives its URL.
const EMITTED_FILES: Record<
  string,
  { name: string; data: (content: Content, maps: ProjectedMaps) => unknown }
> = {
  'virtual:embed-view-data': { name: 'view-data.json', data: embedViewData },
  'virtual:embed-story-text': { name: 'story-text.json', data: embedStoryText },
  'virtual:map-geo': { name: 'map-geo.json', data: (_, maps) => maps.geo },
  'virtual:map-pairing': { name: 'map-pairing.json', data: (_, maps) => maps.pairing },
};
const HEAD_MARK = '<!--story:head-->';
const BODY_MARK = '<!--story:body-->';
const EMBED_MARK = '<!--story:embed-body-->';
const EARLY_MARK = '<!--story:early-->';
const EARLY_SCRIPT = resolve('src/story/early.js');
const GUIDE_HEAD_MARK = '<!--story:guide-head-->';
const GUIDE_BODY_MARK = '<!--story:guide-body-->';

export interface StoryPluginOptions {
  dataDir?: string;
  siteUrl?: string;
  /** The Custom Elements Manifest the embed guide is rendered from. */
  manifest?: string;
  /** False: only the data modules, no pages (the component tests' Vite serves its own page). */
  pages?: boolean;
}

function htmlTag(lang: 'zh' | 'en'): string {
  return lang === 'zh'
    ? '<html lang="zh-CN" data-default-lang="auto">'
    : '<html lang="en" data-default-lang="en">';
}

/** Replaces the page's links to built stylesheets by <style> elements holding them. */
function inlineStylesheets(html: string, bundle: Rollup.OutputBundle): string {
  return html.replace(
    /<link rel="stylesheet"(?: crossorigin)? href="\.\/([^"]+\.css)">/g,
    (link, path: string) => {
      const css = bundle[path];
      return css && css.type === 'asset' ? `<style>${String(css.source)}</style>` : link;
    },
  );
}

function publicFiles(dir: string): PrecacheFile[] {
  if (!dir) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = join(entry.parentPath, entry.name);
      return { path: relative(dir, full).split('\\').join('/'), source: readFileSync(full) };
    });
}

function renderGuide(html: string, data: Content, manifestPath: string): string {
  if (!html.includes(GUIDE_HEAD_MARK) || !html.includes(GUIDE_BODY_MARK)) {
    throw new Error(`guide.html must contain ${GUIDE_HEAD_MARK} and ${GUIDE_BODY_MARK}`);
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch (error) {
    throw new Error(`${manifestPath}: ${(error as Error).message} (run \`npm run manifest\`)`, {
      cause: error,
    });
  }
  return html
    .replace(/<html[^>]*>/, htmlTag('zh'))
    .replace(GUIDE_HEAD_MARK, renderGuideHead(data))
    .replace(GUIDE_BODY_MARK, renderGuideBody(data, manifestElements(manifest)));
}

export function storyPlugin(options: StoryPluginOptions = {}): Plugin {
  const dataDir = resolve(options.dataDir ?? 'data');
  const page: PageOptions = { siteUrl: options.siteUrl ?? '' };
  let content: Content | undefined;
  let maps: ProjectedMaps | undefined;
  let serving = false;
  let publicDir = '';
  const manifestPath = resolve(options.manifest ?? 'custom-elements.json');

  const load = (): Content => {
    try {
      content = loadContent(dataDir);
      return content;
    } catch (error) {
      content = undefined;
      throw error instanceof ContentError ? new Error(error.message) : error;
    }
  };

  return {
    name: 'aksu-story',
    configResolved(config) {
      serving = config.command === 'serve';
      publicDir = config.publicDir;
    },
    buildStart() {
      for (const file of Object.values(DATA_FILES)) this.addWatchFile(resolve(dataDir, file));
      load();
      maps = readProjectedMaps(dataDir, content ?? load());
    },
    resolveId(id) {
      if (id === VIRTUAL_ID || id in EMITTED_FILES) return `\0${id}`;
      return undefined;
    },
    load(id) {
      if (id === RESOLVED_ID) {
        return `export default ${JSON.stringify(storyBundle(content ?? load(), page.siteUrl))};`;
      }
      const file = id.startsWith('\0') ? EMITTED_FILES[id.slice(1)] : undefined;
      if (!file) return undefined;
      maps ??= readProjectedMaps(dataDir, content ?? load());
      const json = JSON.stringify(file.data(content ?? load(), maps));
      // The dev server has no files to emit; it hands the data over inline.
      if (serving) {
        const url = `data:application/json,${encodeURIComponent(json)}`;
        return `export default ${JSON.stringify(url)};`;
      }
      const ref = this.emitFile({ type: 'asset', name: file.name, source: json });
      // Rollup writes this as a URL relative to the importing chunk (import.meta.url), so the
      // data is found wherever the files are hosted.
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
    configureServer(server) {
      if (options.pages === false) return;
      // The build writes en.html from index.html (generateBundle); the dev server makes it the
      // same way on request, so the English page can be worked on too.
      server.middlewares.use(async (req, res, next) => {
        if (req.url?.split('?')[0] !== `/${PAGE_FOR_LANG.en}`) return next();
        try {
          const data = content ?? load();
          const source = readFileSync(resolve(server.config.root, PAGE_FOR_LANG.zh), 'utf8');
          const zh = await server.transformIndexHtml(req.url, source);
          const en = zh
            .replace(htmlTag('zh'), htmlTag('en'))
            .replace(renderHead(data, 'zh', page), renderHead(data, 'en', page));
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(en);
        } catch (error) {
          next(error);
        }
      });
    },
    handleHotUpdate(ctx) {
      if (!ctx.file.startsWith(dataDir)) return;
      load();
      ctx.server.ws.send({ type: 'full-reload' });
      return [];
    },
    transformIndexHtml(html, ctx) {
      if (options.pages === false) return html;
      const data = content ?? load();
      if (ctx.filename.endsWith('guide.html')) return renderGuide(html, data, manifestPath);
      const embed = ctx.filename.endsWith('embed.html');
      const body = embed ? EMBED_MARK : BODY_MARK;
      if (!html.includes(HEAD_MARK) || !html.includes(body)) {
        throw new Error(`${ctx.filename} must contain ${HEAD_MARK} and ${body}`);
      }
      // The early script goes in whole: a blocking request for it would delay the first paint
      // by a round trip on a slow network. The page's policy allows it by its hash.
      const source = readFileSync(EARLY_SCRIPT, 'utf8').replace(/^\s*\/\/.*\n/gm, '');
      const early = `<script>${source.trim()}</script>`;
      return html
        .replace(/<html[^>]*>/, htmlTag('zh'))
        .replace(EARLY_MARK, () => early)
        .replace(HEAD_MARK, renderHead(data, 'zh', page))
        .replace(body, embed ? renderEmbedBody(data) : renderBody(data));
    },
    generateBundle: {
      // After Vite's own HTML plugin has put index.html into the bundle.
      order: 'post',
      handler(_, bundle) {
        // en.html is index.html with the English head: same body, same assets, English by default.
        const index = bundle[PAGE_FOR_LANG.zh];
        if (!index || index.type !== 'asset' || !content) return;
        // The story's few kilobytes of CSS go into the page itself: a stylesheet request would
        // hold up the first paint by a round trip on a slow network.
        const html = withContentSecurityPolicy(inlineStylesheets(String(index.source), bundle));
        index.source = html;
        // Every other page gets its policy too.
        for (const page of ['embed.html', 'guide.html']) {
          const other = bundle[page];
          if (other?.type === 'asset') {
            other.source = withContentSecurityPolicy(String(other.source));
          }
        }
        const zhHead = renderHead(content, 'zh', page);
        if (!html.includes(zhHead))
          this.error('index.html head changed after rendering; cannot derive en.html');
        const enHtml = html
          .replace(htmlTag('zh'), htmlTag('en'))
          .replace(zhHead, renderHead(content, 'en', page));
        this.emitFile({ type: 'asset', fileName: PAGE_FOR_LANG.en, source: enHtml });
        // Each step's graphic as a picture, for readers without JavaScript and for print.
        const tokensCss = readFileSync(resolve('src/styles/tokens.css'), 'utf8');
        for (const picture of staticPictures(
          content,
          maps ?? readProjectedMaps(dataDir, content),
          tokensCss,
        )) {
          this.emitFile({ type: 'asset', fileName: picture.path, source: picture.source });
        }
        // Last, so that it lists every file the story needs, en.html included. (The pictures are
        // left out: a screen that runs the story never shows them.)
        const files: PrecacheFile[] = Object.values(bundle).map((file) => ({
          path: file.fileName,
          source: file.type === 'asset' ? file.source : file.code,
        }));
        files.push({ path: PAGE_FOR_LANG.en, source: enHtml }, ...publicFiles(publicDir));
        this.emitFile({ type: 'asset', fileName: 'sw.js', source: renderServiceWorker(files) });
      },
    },
  };
}
