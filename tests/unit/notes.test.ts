// Steps with nothing to chart show their text's points as notes: resolved from the data at build
// time (figures in each language's words), described in full for screen readers and alt text,
// drawn to fit the static picture, and checked by validation like any step text.
import { describe, expect, it } from 'vitest';
import { readDataFiles, loadContent } from '../../src/content/loadContent.ts';
import { ContentError, validateContent } from '../../src/content/validate.ts';
import { STATIC_SIZE } from '../../src/static/staticScene.ts';
import { staticNotesBody } from '../../src/static/staticNotes.ts';
import { notePlain } from '../../src/story/noteText.ts';
import { allScenes, type NotesScene, type Scene } from '../../src/story/scene.ts';
import { describeNotes } from '../../src/story/sceneDescription.ts';
import { LANGS } from '../../src/content/langs.ts';

const content = loadContent('data');
const scenes = Object.values(allScenes(content));
const notes = scenes.filter((s): s is NotesScene => s.graphic === 'notes');

// A loose view of the raw JSON, for breaking it on purpose.
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function problemsOf(edit: (story: Json) => void): string[] {
  const raw = structuredClone(readDataFiles('data'));
  edit(raw.story as Json);
  try {
    validateContent(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
  throw new Error('expected validation to fail');
}
const notesStep = (story: Json) =>
  story.chapters.flatMap((c: Json) => c.steps).find((s: Json) => s.scene.graphic === 'notes');

describe('notes scenes', () => {
  it('are what the steps without a chart or a place of their own show, ending with the plans', () => {
    expect(notes.map((s) => s.stepId)).toEqual(
      expect.arrayContaining([
        'frame-work-years',
        'frame-golden-cards',
        'ecommerce-logistics-training',
        'culture-opera-workshop',
        'culture-anniversary-gala',
        'people-platforms',
        'alar-tourism-firms',
        'outlook-2021-plans',
      ]),
    );
    expect(scenes.at(-1)?.stepId).toBe('outlook-2021-plans');
  });

  it('carry figures in each language as the story writes them: the report’s words in Chinese', () => {
    const plans = notes.find((s) => s.stepId === 'frame-golden-cards') as NotesScene;
    expect(notePlain(plans.title, 'zh')).toContain('五张');
    expect(notePlain(plans.title, 'en')).toMatch(/^The aid’s five “golden cards” and six major/);
    const figureRun = plans.title.zh.find((r) => r.figure);
    expect(figureRun?.figure).toEqual({ id: 'golden-cards', value: 5, named: false });
    // A number inside a name is marked as such, so it is never set as a count.
    const tourism = notes.find((s) => s.stepId === 'alar-tourism-firms') as NotesScene;
    const named = tourism.groups
      .flatMap((g) => g.items)
      .flatMap((i) => i.text.zh)
      .find((r) => r.figure);
    expect(named?.figure).toMatchObject({ id: 'taizhou-tourists', named: true });
  });

  it('are described in full: every title and note is in the description, in its language', () => {
    for (const scene of notes) {
      for (const lang of LANGS) {
        const text = describeNotes(scene, lang, content.units);
        expect(text).toContain(notePlain(scene.title, lang));
        for (const item of scene.groups.flatMap((g) => g.items)) {
          expect(text).toContain(notePlain(item.text, lang));
        }
      }
    }
  });

  it('fit their static picture in both languages: nothing drawn outside it', () => {
    const box = { width: STATIC_SIZE.width - 24, height: STATIC_SIZE.height - 54 };
    for (const scene of notes) {
      for (const lang of LANGS) {
        const svg = staticNotesBody(scene, lang, content.units, box);
        const ys = [...svg.matchAll(/ y="([\d.]+)"/g)].map((m) => Number(m[1]));
        const xs = [...svg.matchAll(/ x="([\d.]+)"/g)].map((m) => Number(m[1]));
        expect(Math.max(...ys), `${scene.stepId} ${lang}`).toBeLessThanOrEqual(box.height);
        expect(Math.max(...xs), `${scene.stepId} ${lang}`).toBeLessThanOrEqual(box.width);
        for (const item of scene.groups.flatMap((g) => g.items)) {
          // Each note is there (its first word at least: lines wrap).
          const first = notePlain(item.text, lang).split(/\s/)[0] as string;
          expect(svg).toContain(first.slice(0, 4).replace(/&/g, '&amp;'));
        }
      }
    }
  });

  it('draw a share against its whole, as the 0–100% bar of the static picture shows', () => {
    const scene = notes.find((s) => s.stepId === 'ecommerce-logistics-training') as NotesScene;
    const box = { width: 600, height: 400 };
    const svg = staticNotesBody(scene, 'en', content.units, box);
    const rects = [
      ...svg.matchAll(
        /<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)" height="[\d.]+" fill="(var\([^)]+\))"( stroke)?/g,
      ),
    ];
    const whole = rects.find((r) => r[4]);
    const part = rects.find(
      (r) => !r[4] && r[1] === whole?.[1] && Number(r[2]) < Number(whole?.[2]),
    );
    expect(whole && part).toBeTruthy();
    expect(Number(part?.[2]) / Number(whole?.[2])).toBeCloseTo(0.5, 2);
    expect(svg).toContain('100%');
  });
});

describe('validating notes', () => {
  it('names an unknown figure in a note, with the group and item', () => {
    const problems = problemsOf((story) => {
      notesStep(story).scene.groups[0].items[0].text.en = 'see {fig:no-such-figure}';
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /scene\.groups\[0\]\.items\[0\]\.text\.en: unknown figure id "no-such-figure"/,
      ),
    ]);
  });

  it('refuses a number typed into a note instead of cited', () => {
    const problems = problemsOf((story) => {
      notesStep(story).scene.groups[0].items[0].text.zh = '选派了125名干部';
    });
    expect(problems).toEqual([
      expect.stringMatching(/scene\.groups\[0\]\.items\[0\]\.text\.zh: "125" is typed in the text/),
    ]);
  });

  it('names an unknown place on a note', () => {
    const problems = problemsOf((story) => {
      notesStep(story).scene.groups[0].items[0].place = 'atlantis';
    });
    expect(problems).toEqual([
      expect.stringMatching(/scene\.groups\[0\]\.items\[0\]\.place: unknown place "atlantis"/),
    ]);
  });
});

describe('the story’s pictures', () => {
  /** What a step's graphic shows, as a reader would tell two of them apart. */
  const picture = (s: Scene) =>
    JSON.stringify(
      s.graphic === 'map'
        ? [s.view, s.highlight.map((p) => p.id), s.figures.map((f) => f.id)]
        : s.graphic === 'chart'
          ? [s.chart, s.highlight, s.figures.map((f) => f.id)]
          : [s.title, s.groups],
    );
  it('change from every step to the next', () => {
    for (let i = 1; i < scenes.length; i++) {
      const [before, after] = [scenes[i - 1] as Scene, scenes[i] as Scene];
      expect(picture(after), `${before.stepId} → ${after.stepId}`).not.toBe(picture(before));
    }
  });
});

describe('headlines', () => {
  it('are one per view, the step its embed opens on', () => {
    const problems = problemsOf((story) => {
      const steps = story.chapters.flatMap((c: Json) => c.steps);
      const funding = steps.filter((s: Json) => s.scene.chart === 'funding');
      funding[1].headline = { zh: '又一个标题', en: 'Another headline' };
      steps.find((s: Json) => s.scene.chart === 'alar').headline = undefined;
      for (const s of steps) if (s.scene.chart === 'alar') delete s.headline;
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /headline: the funding view has a headline already, on step "rural-funds"/,
      ),
      expect.stringMatching(/^data\/story\.json: no step of the alar view has a headline/),
    ]);
  });
  it('carry the step’s number, in the report’s words in Chinese', () => {
    const outlets = scenes.find((s) => s.stepId === 'outlets-1288-stores');
    expect(outlets?.headline && notePlain(outlets.headline, 'zh')).toContain('1288家');
    expect(outlets?.headline && notePlain(outlets.headline, 'en')).toMatch(
      /^1,288 stores set up by/,
    );
  });
});
