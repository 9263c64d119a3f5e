// src/story/early.js (inlined in the page's head) sets the page's language before the first paint, in plain script (it cannot
// wait for the modules). It must choose as chooseLang does, or the page would switch language
// once the modules run.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANG_TAG } from '../../src/content/langs.ts';
import { chooseLang } from '../../src/story/urlState.ts';

const source = readFileSync('src/story/early.js', 'utf8');

function runEarly(search: string, pageDefault: string | null, languages: string[]) {
  const attributes = new Map<string, string>();
  if (pageDefault !== null) attributes.set('data-default-lang', pageDefault);
  const root = {
    lang: 'zh-CN',
    getAttribute: (name: string) => attributes.get(name) ?? null,
    setAttribute: (name: string, value: string) => attributes.set(name, value),
  };
  new Function('document', 'location', 'navigator', source)(
    { documentElement: root },
    { search },
    { languages, language: languages[0] },
  );
  return { lang: root.lang, mode: attributes.get('data-mode') ?? null };
}

describe('early.js', () => {
  const searches = ['', '?lang=en', '?lang=zh', '?lang=fr', '?mode=exhibit&lang=en', '?x=1'];
  const defaults = [null, 'auto', 'en', 'zh'];
  const browsers = [['en-US', 'en'], ['zh-CN'], ['fr-FR', 'en-GB'], ['de-DE'], ['zh-TW', 'en'], []];
  it('chooses the language chooseLang chooses, for every mix of URL, page and browser', () => {
    for (const search of searches) {
      for (const pageDefault of defaults) {
        for (const languages of browsers) {
          const expected = LANG_TAG[chooseLang(search, pageDefault, languages).lang];
          expect(
            runEarly(search, pageDefault, languages).lang,
            `${search} ${pageDefault} ${languages}`,
          ).toBe(expected);
        }
      }
    }
  });
  it('marks exhibition screens', () => {
    expect(runEarly('?mode=exhibit', 'auto', ['en']).mode).toBe('exhibit');
    expect(runEarly('?mode=read', 'auto', ['en']).mode).toBeNull();
  });
});
