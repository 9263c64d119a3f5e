// Every way a data/ file can be wrong fails validation with the file, the entry and the field.
import { mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../src/content/loadContent.ts';
import { ContentError, validateContent } from '../../src/content/validate.ts';
import { CHAPTER_IDS } from '../../src/content/schema.ts';

type Raw = ReturnType<typeof readDataFiles>;
// Loose views of the raw JSON, for breaking it on purpose.
type Json = Record<string, unknown> & { [k: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

const fresh = (): Raw => structuredClone(readDataFiles('data'));
const story = (raw: Raw) => raw.story as Json;
const figures = (raw: Raw) => (raw.figures as Json).figures as Json[];

function problemsOf(raw: Raw): string[] {
  try {
    validateContent(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
  throw new Error('expected validation to fail');
}

describe('validateContent', () => {
  it('accepts the committed data', () => {
    const content = validateContent(fresh());
    expect(content.figures.length).toBeGreaterThan(30);
    // Chapters follow the report's order, as the schema lists them.
    expect(content.story.chapters.map((c) => c.id)).toEqual([...CHAPTER_IDS]);
  });

  it('names a missing translation', () => {
    const raw = fresh();
    const step = story(raw).chapters[3].steps[1];
    delete step.text.en;
    expect(problemsOf(raw)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^data/story\\.json › chapters\\[3\\] \\(id "outlets"\\)\\.steps\\[1\\] \\(id "${step.id}"\\)\\.text\\.en: `,
        ),
      ),
    ]);
  });

  it('names an empty translation', () => {
    const raw = fresh();
    figures(raw)[2]!.label.zh = '  ';
    expect(problemsOf(raw).join()).toMatch(
      /data\/figures\.json › figures\[2\] \(id "[a-z-]+"\)\.label\.zh: must not be empty/,
    );
  });

  it('names an unknown figure id cited from text', () => {
    const raw = fresh();
    const step = story(raw).chapters[2].steps[0];
    step.text.zh += '{fig:no-such-figure}';
    expect(problemsOf(raw)).toEqual([
      expect.stringContaining(`(id "${step.id}").text.zh: unknown figure id "no-such-figure"`),
    ]);
  });

  it('names a non-numeric, negative or non-finite value', () => {
    for (const [value, message] of [
      ['1288', 'must be a finite number'],
      [-5, 'must not be negative'],
      [Infinity, 'must be a finite number'],
    ] as const) {
      const raw = fresh();
      const fig = figures(raw)[12]!;
      fig.value = value;
      expect(problemsOf(raw).join()).toContain(`figures[12] (id "${fig.id}").value:`);
      expect(problemsOf(raw).join()).toContain(message);
    }
  });

  it('names a duplicated figure id and a duplicated step id', () => {
    const raw = fresh();
    figures(raw)[1]!.id = figures(raw)[0]!.id;
    const steps = story(raw).chapters[4].steps;
    steps[1].id = steps[0].id;
    const problems = problemsOf(raw).join('\n');
    expect(problems).toContain(
      `data/figures.json › figures[1] (id "${figures(raw)[0]!.id}").id: duplicated id`,
    );
    expect(problems).toContain(
      `chapters[4] (id "rural").steps[1] (id "${steps[0].id}").id: duplicated step id`,
    );
  });

  it('names a step whose scene is missing or not a scene', () => {
    const raw = fresh();
    delete story(raw).chapters[1].steps[0].scene;
    story(raw).chapters[1].steps[1].scene = { graphic: 'video' };
    const problems = problemsOf(raw).join('\n');
    expect(problems).toMatch(
      /chapters\[1\] \(id "frame"\)\.steps\[0\] \(id "[a-z-]+"\)\.scene: is missing: every step needs a scene/,
    );
    expect(problems).toMatch(
      /chapters\[1\] \(id "frame"\)\.steps\[1\] \(id "[a-z-]+"\)\.scene\.graphic: must be a scene/,
    );
  });

  it('names a figure without a source', () => {
    const raw = fresh();
    delete figures(raw)[5]!.source;
    expect(problemsOf(raw)).toEqual([
      `data/figures.json › figures[5] (id "${figures(raw)[5]!.id}").source: is missing`,
    ]);
  });

  it('names a figure placed somewhere unknown', () => {
    const raw = fresh();
    figures(raw)[6]!.place = 'atlantis';
    expect(problemsOf(raw)).toEqual([
      `data/figures.json › figures[6] (id "${figures(raw)[6]!.id}").place: unknown place "atlantis"`,
    ]);
  });

  it('names a number typed into text instead of cited', () => {
    const raw = fresh();
    const step = story(raw).chapters[3].steps[2];
    step.text.en = 'The network had 1288 stores by 2021.';
    expect(problemsOf(raw)).toEqual([
      expect.stringContaining(`(id "${step.id}").text.en: "1288" is typed in the text`),
    ]);
  });

  it('names a figure that no step shows', () => {
    const raw = fresh();
    figures(raw).push({ ...figures(raw)[0], id: 'orphan-figure' });
    expect(problemsOf(raw).join()).toContain('(id "orphan-figure"): figure is never shown');
  });

  it('names an unknown highlight place in a scene', () => {
    const raw = fresh();
    const step = story(raw).chapters[2].steps[0];
    step.scene.highlight = ['atlantis'];
    expect(problemsOf(raw).join()).toContain(
      `(id "${step.id}").scene.highlight[0]: unknown place "atlantis"`,
    );
  });

  it('names report words that are not the quotation’s own', () => {
    const raw = fresh();
    const f = figures(raw).find((x) => x.id === 'ecommerce-park-funds')!;
    f.reportWords = '6000万元以上';
    expect(problemsOf(raw).join()).toContain(
      '(id "ecommerce-park-funds").reportWords: "6000万元以上" is not in the figure\'s source quotation',
    );
  });

  it('refuses a figure cited as a bare number in Chinese', () => {
    const raw = fresh();
    const step = story(raw).chapters[2].steps[0];
    step.text.zh += '{fig:ecommerce-jobs:number}';
    expect(problemsOf(raw).join()).toContain(
      `(id "${step.id}").text.zh: {fig:ecommerce-jobs:number}: Chinese text cites a figure whole`,
    );
  });

  it('refuses a source dated after the story unless it is marked as later confirmation', () => {
    const raw = fresh();
    const pairings = (raw.places as Json).pairings as Json[];
    const i = pairings.findIndex((p) => p.from === 'ningbo');
    const late = pairings[i]!.sources.findIndex((s: Json) => s.later);
    delete pairings[i]!.sources[late].later;
    expect(problemsOf(raw).join()).toContain(
      `data/places.json › pairings[${i}].sources[${late}].date: 2021-11-26 is after the story's date (2021-07): mark the source "later": true`,
    );
  });

  it('refuses a quotation without its translation, and a source with neither words nor subject', () => {
    const raw = fresh();
    const pairings = (raw.places as Json).pairings as Json[];
    delete pairings[0]!.sources[0].quoteEn;
    const zhoushan = pairings.find((p) => p.from === 'zhoushan')!;
    delete zhoushan.sources[0].about;
    const problems = problemsOf(raw).join('\n');
    expect(problems).toContain('pairings[0].sources[0].quoteEn: is missing');
    expect(problems).toContain('a source needs its own words (quote) or what it is about');
  });
});

describe('readDataFiles', () => {
  it('names the file, line and column of malformed JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aksu-data-'));
    cpSync('data', dir, { recursive: true });
    writeFileSync(join(dir, 'figures.json'), '{\n  "figures": [\n    { "id": "x", }\n  ]\n}\n');
    expect(() => readDataFiles(dir)).toThrow(
      /data\/figures\.json: malformed JSON at line 3, column \d+/,
    );
  });

  it('names a missing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aksu-data-'));
    cpSync('data', dir, { recursive: true });
    writeFileSync(join(dir, 'ui.json'), '');
    expect(() => readDataFiles(dir)).toThrow(/data\/ui\.json: malformed JSON/);
  });
});
