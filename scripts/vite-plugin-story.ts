// Vite plugin that turns data/ into the page: validates the content before anything is built
// (a bad file stops the build with the file, entry and field named, and nothing is written),
// renders the story into index.html and en.html, and serves the scenes as `virtual:story`.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
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

const VIRTUAL_ID = 'virtual:story';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const HEAD_MARK = '<!--story:head-->';
const BODY_MARK = '<!--story:body-->';
const EMBED_MARK = '<!--story:embed-body-->';

export interface StoryPluginOptions {
  dataDir?: string;
  siteUrl?: string;
}

function htmlTag(lang: 'zh' | 'en'): string {
  return lang === 'zh'
    ? '<html lang="zh-CN" data-default-lang="auto">'
    : '<html lang="en" data-default-lang="en">';
}

export function storyPlugin(options: StoryPluginOptions = {}): Plugin {
  const dataDir = resolve(options.dataDir ?? 'data');
  const page: PageOptions = { siteUrl: options.siteUrl ?? '' };
  let content: Content | undefined;

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
    buildStart() {
      for (const file of Object.values(DATA_FILES)) this.addWatchFile(resolve(dataDir, file));
      load();
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      return `export default ${JSON.stringify(storyBundle(content ?? load()))};`;
    },
    handleHotUpdate(ctx) {
      if (!ctx.file.startsWith(dataDir)) return;
      load();
      ctx.server.ws.send({ type: 'full-reload' });
      return [];
    },
    transformIndexHtml(html, ctx) {
      const data = content ?? load();
      const embed = ctx.filename.endsWith('embed.html');
      const body = embed ? EMBED_MARK : BODY_MARK;
      if (!html.includes(HEAD_MARK) || !html.includes(body)) {
        throw new Error(`${ctx.filename} must contain ${HEAD_MARK} and ${body}`);
      }
      return html
        .replace(/<html[^>]*>/, htmlTag('zh'))
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
        const html = String(index.source);
        const zhHead = renderHead(content, 'zh', page);
        if (!html.includes(zhHead))
          this.error('index.html head changed after rendering; cannot derive en.html');
        this.emitFile({
          type: 'asset',
          fileName: PAGE_FOR_LANG.en,
          source: html
            .replace(htmlTag('zh'), htmlTag('en'))
            .replace(zhHead, renderHead(content, 'en', page)),
        });
      },
    },
  };
}
