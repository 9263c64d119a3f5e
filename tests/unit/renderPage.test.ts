// The page rendered at build time: the whole story in both languages, figures from the table,
// steps in order with their ids, a head per language, and nothing from data treated as HTML.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/loadContent.ts';
import {
  renderBody,
  renderEmbedBody,
  renderHead,
  renderStory,
} from '../../src/build/renderPage.ts';
import { storyTextHtml } from '../../src/build/storyText.ts';
import { storySteps } from '../../src/story/scene.ts';

const content = loadContent('data');
const body = renderBody(content);

describe('renderBody', () => {
  it('links every chapter of story.json, and the sources, from one labelled <nav>', () => {
    const nav = /<nav class="chapter-nav" aria-labelledby="chapter-nav-label">[\s\S]*?<\/nav>/.exec(
      body,
    )?.[0];
    expect(nav).toBeTruthy();
    expect(body.match(/<nav\b/g)).toHaveLength(1);
    const hrefs = [...(nav as string).matchAll(/<a href="#([^"]+)" data-chapter-link="([^"]+)"/g)];
    const chapters = content.story.chapters;
    expect(hrefs.map((m) => m[2])).toEqual([...chapters.map((c) => c.id), 'sources']);
    for (const [, target] of hrefs) expect(body).toContain(`id="${target}"`);
    for (const chapter of chapters) expect(nav).toContain(chapter.title.en);
    // The web component's story and the embed page have no reading chrome.
    expect(renderStory(content)).not.toContain('chapter-nav');
    expect(renderStory(content)).not.toContain('reading-progress');
    expect(renderEmbedBody(content)).not.toContain('chapter-nav');
  });

  it('has every step, with its id and data-step, in story order', () => {
    const ids = [...body.matchAll(/<div class="step[^"]*" id="([^"]+)" data-step/g)].map(
      (m) => m[1],
    );
    expect(ids).toEqual(storySteps(content).map((s) => s.id));
  });

  it('has every chapter heading and every step text in both languages', () => {
    for (const chapter of content.story.chapters.filter((c) => c.id !== 'cover')) {
      expect(body).toContain(`<span class="l-zh" lang="zh-CN">${chapter.title.zh}</span>`);
    }
    expect(body.match(/<p class="l-zh step__text" lang="zh-CN">/g)).toHaveLength(
      storySteps(content).length,
    );
    expect(body.match(/<p class="l-en step__text" lang="en">/g)).toHaveLength(
      storySteps(content).length,
    );
  });

  it('writes cited figures from the table, in each language', () => {
    expect(body).toContain(
      '<data class="fig" value="1288" data-figure="outlets-stores-june-2021">1288家</data>',
    );
    expect(body).toContain(
      '<data class="fig" value="1288" data-figure="outlets-stores-june-2021">1,288 stores</data>',
    );
    expect(body).toContain('>over ¥4 billion</data>');
    // Chinese keeps the report's own words (40多亿元, not the looser 40亿元以上).
    expect(body).toContain('>40多亿元</data>');
    expect(body).toContain('>3万余人</data>');
    expect(body).not.toContain('>40亿元以上</data>');
    // A number inside a programme's name stays part of the name: not bold, no value.
    expect(body).toContain('“<span class="fig-name" data-figure="model-villages">十村</span>示范');
    expect(body).not.toMatch(/<data[^>]+data-figure="(model-villages|taizhou-tourists)"/);
  });

  it('lists every figure in the sources with its quotation', () => {
    for (const f of content.figures) {
      expect(body).toContain(`<tr id="figure-${f.id}">`);
    }
    expect(body).toContain('截至2021年6月底,累计设立门店1288家');
  });

  it('escapes text from data instead of treating it as HTML', () => {
    expect(
      storyTextHtml(
        'a <img src=x onerror=alert(1)> & {fig:outlets-stores-june-2021}',
        'en',
        content,
      ),
    ).toBe(
      'a &lt;img src=x onerror=alert(1)&gt; &amp; <data class="fig" value="1288" data-figure="outlets-stores-june-2021">1,288 stores</data>',
    );
  });
});

describe('renderHead', () => {
  it('gives each language its own title, description and share card', () => {
    const zh = renderHead(content, 'zh', { siteUrl: '' });
    const en = renderHead(content, 'en', { siteUrl: '' });
    expect(zh).toContain(`<title>${content.story.meta.title.zh}</title>`);
    expect(en).toContain('<title>Zhejiang’s aid to Aksu, in figures</title>');
    expect(zh).toContain('<meta property="og:image" content="share-zh.png">');
    expect(en).toContain('<meta property="og:locale" content="en_GB">');
  });
  it('makes share URLs absolute when the site URL is known', () => {
    const en = renderHead(content, 'en', { siteUrl: 'https://news.example/2021/aksu' });
    expect(en).toContain(
      '<meta property="og:image" content="https://news.example/2021/aksu/share-en.png">',
    );
    expect(en).toContain('<link rel="canonical" href="https://news.example/2021/aksu/en.html">');
  });
});
