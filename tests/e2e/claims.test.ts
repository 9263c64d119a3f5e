// The standards desk's checks on what the built story says, read from the files in dist/ (both
// pages, every static picture): quotations are the sources' own words, our own calculations say
// so wherever they appear, 人次 is never "times", the map data's licences are on both pages, and
// the story claims no more than it shows.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/loadContent.ts';

const DIST = 'dist';
const content = loadContent(process.env.STORY_DATA_DIR ?? 'data');
const pages = { zh: 'index.html', en: 'en.html' } as const;
const html = (file: string) => readFileSync(join(DIST, file), 'utf8');
const pictures = readdirSync(join(DIST, 'static'))
  .filter((f) => f.endsWith('.svg'))
  .map((f) => ({ file: `static/${f}`, text: html(`static/${f}`) }));

const squash = (text: string) => text.replace(/\s+/g, '');
const unescape = (text: string) =>
  text
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Everything in data/sources/, whitespace removed, as one text to search quotations in. */
const sourceFiles = readdirSync('data/sources').map((f) => ({
  file: f,
  text: squash(readFileSync(join('data/sources', f), 'utf8')),
}));

describe('quotations', () => {
  for (const [lang, file] of Object.entries(pages)) {
    it(`${file}: every <q> is a source's own Chinese words, found verbatim in data/sources/`, () => {
      const quotes = [...html(file).matchAll(/<q( [^>]*)?>([\s\S]*?)<\/q>/g)];
      expect(quotes.length, 'quotations on the page').toBeGreaterThan(content.figures.length);
      const wrong: string[] = [];
      for (const [, attrs = '', inner] of quotes) {
        const words = unescape(inner ?? '');
        if (!/lang="zh-CN"/.test(attrs)) wrong.push(`not marked as Chinese: ${words}`);
        // "……" marks words left out: each part must be there, in order of the source.
        const parts = words.split(/……|…/).map(squash).filter(Boolean);
        const found = sourceFiles.some(({ text }) => {
          let at = 0;
          for (const part of parts) {
            at = text.indexOf(part, at);
            if (at < 0) return false;
            at += part.length;
          }
          return true;
        });
        if (!found) wrong.push(`not in data/sources/: ${words}`);
        if (!/\p{Script=Han}/u.test(words)) wrong.push(`not the source's Chinese words: ${words}`);
      }
      expect(wrong, lang).toEqual([]);
    });
  }
});

describe('our own calculations', () => {
  // The distance is the story's one derived figure; the cover map, its description, the static
  // picture and the sources section all carry it.
  const DISTANCE = /约\d{4}公里|about \d,\d{3} km/g;
  // Marked right after it, or by the sentence it stands in ("…，是本文计算的…").
  const MARKER = /^(（本文计算）| \(our calculation\)|，是本文计算|, is our own calculation)/;
  const files = [
    ...Object.values(pages).map((file) => ({ file, text: html(file) })),
    ...pictures,
    { file: 'story-text.json', text: findAsset('story-text') },
    { file: 'view-data.json', text: findAsset('view-data') },
  ];

  it('say so wherever the distance appears', () => {
    const unmarked: string[] = [];
    let seen = 0;
    for (const { file, text } of files) {
      for (const m of text.matchAll(DISTANCE)) {
        seen++;
        const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 30);
        if (!MARKER.test(after)) unmarked.push(`${file}: “${m[0]}${after}”`);
      }
    }
    expect(seen, 'places the distance appears').toBeGreaterThan(4);
    expect(unmarked).toEqual([]);
  });

  it('the method note says the distance is ours, with its inputs', () => {
    for (const file of Object.values(pages)) {
      const sources = html(file).slice(html(file).indexOf('id="sources"'));
      expect(sources).toContain('本文计算');
      expect(sources).toContain('our own calculation');
      expect(sources).toContain('上城区');
    }
  });
});

function findAsset(prefix: string): string {
  const dir = join(DIST, 'embed', 'assets');
  const file = readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith('.json'));
  if (!file) throw new Error(`no ${prefix}*.json in ${dir}`);
  return readFileSync(join(dir, file), 'utf8');
}

describe('人次 in English', () => {
  const personTimes = content.figures.filter((f) => f.unit === 'person-times');
  const times = content.figures.filter((f) => f.unit === 'times');

  it('a person-times figure is never written as bare "times"', () => {
    expect(personTimes.length).toBeGreaterThan(0);
    const english = [
      html(pages.en),
      ...pictures.filter((p) => p.file.endsWith('.en.svg')).map((p) => p.text),
    ]
      .map(unescape)
      .join('\n');
    // 次 figures (operations taught) are "times"; a 人次 figure never is.
    const personTimesValues = new Set(personTimes.map((f) => f.value.toLocaleString('en-GB')));
    const bare = [...english.matchAll(/(\d[\d,]*) times\b/g)]
      .filter((m) => personTimesValues.has(m[1] ?? ''))
      .map((m) => m[0]);
    expect(times.length, 'the 次 figures the story has').toBeGreaterThan(0);
    expect(bare).toEqual([]);
    for (const f of personTimes) {
      expect(english).toContain(`${f.value.toLocaleString('en-GB')} person-times`);
    }
  });
});

describe('descriptions', () => {
  it('alt text and picture titles keep the spaces between their words', () => {
    const texts = [
      ...[...html(pages.en).matchAll(/ alt="([^"]*)"/g)].map((m) => m[1] ?? ''),
      ...pictures
        .filter((p) => p.file.endsWith('.en.svg'))
        .flatMap((p) => [...p.text.matchAll(/<title>([^<]*)<\/title>|aria-label="([^"]*)"/g)])
        .map((m) => m[1] ?? m[2] ?? ''),
    ].map(unescape);
    expect(texts.length).toBeGreaterThan(30);
    // "which place:Hangzhou", "Highlighted:Keping" and "by Huzhou,Keping" are words run together.
    const runTogether = texts.filter((t) => /[A-Za-z][:;,][A-Za-z]/.test(t));
    expect(runTogether).toEqual([]);
  });
});

describe('map data', () => {
  it('names every source package, file and licence on both pages, in both languages', () => {
    for (const file of Object.values(pages)) {
      const page = html(file);
      const section = page.slice(page.indexOf('id="sources-map-data"'));
      for (const m of content.sources.mapData) {
        expect(section).toContain(`${m.package}@${m.version}`);
        expect(section).toContain(m.licence);
        expect(section).toContain(m.what.zh);
        expect(section).toContain(m.what.en.replace(/’/g, '’'));
      }
    }
  });
});

describe('claims about the story itself', () => {
  it('the dek and description do not claim every figure of the report', () => {
    for (const file of Object.values(pages)) {
      const head = html(file).slice(0, html(file).indexOf('<body'));
      expect(head).not.toMatch(/every figure|all the figures|全部数字|每一个数字|所有数字/);
    }
    for (const lang of ['zh', 'en'] as const) {
      expect(content.story.meta.dek[lang]).not.toMatch(/every figure|全部数字|每一个数字|所有数字/);
    }
  });
});
