// House style of the copy: Chinese set with full-width punctuation, English without it, and both
// languages of a step citing the same figures.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/loadContent.ts';
import { parseText } from '../../src/content/textTokens.ts';
import type { Bilingual } from '../../src/content/schema.ts';

const content = loadContent('data');

function bilinguals(
  node: unknown,
  path: string,
  out: [string, Bilingual][] = [],
): [string, Bilingual][] {
  if (Array.isArray(node)) node.forEach((v, i) => bilinguals(v, `${path}[${i}]`, out));
  else if (node && typeof node === 'object') {
    const obj = node as Record<string, unknown>;
    if (typeof obj.zh === 'string' && typeof obj.en === 'string')
      out.push([path, obj as unknown as Bilingual]);
    else for (const [k, v] of Object.entries(obj)) bilinguals(v, `${path}.${k}`, out);
  }
  return out;
}
const withoutTokens = (text: string) => text.replace(/\{fig:[^}]*\}/g, '');
const all = [
  ...bilinguals(content.story, 'story'),
  ...bilinguals(content.figures, 'figures'),
  ...bilinguals(content.places, 'places'),
  ...bilinguals(content.ui, 'ui'),
];

describe('copy style', () => {
  it.each(all)('%s: Chinese uses full-width punctuation', (_, text) => {
    expect(withoutTokens(text.zh)).not.toMatch(/[,:;()]/);
  });
  it.each(all)('%s: English has no full-width punctuation', (_, text) => {
    expect(text.en).not.toMatch(/[，。：；（）、]/);
  });
  it('cites the same figures in both languages of every step', () => {
    for (const chapter of content.story.chapters) {
      for (const step of chapter.steps) {
        const ids = (text: string) =>
          parseText(text)
            .flatMap((s) => (s.kind === 'figure' ? [s.id] : []))
            .sort();
        expect(ids(step.text.en), step.id).toEqual(ids(step.text.zh));
      }
    }
  });
});
