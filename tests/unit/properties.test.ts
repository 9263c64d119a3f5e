// Property-based tests (fast-check): whatever a URL, a hash or an embed attribute holds, the
// parsers return one of the allowed values and never throw; and the story's state depends only
// on the step it ends on, not on the way it got there.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/loadContent.ts';
import { chartPlanFor } from '../../src/charts/chartPlan.ts';
import { layoutChart } from '../../src/charts/chartLayout.ts';
import {
  resolveLang,
  resolveStep,
  resolveTheme,
  stepsOfView,
} from '../../src/embed/elements/elementAttributes.ts';
import { EMBED_VIEWS, parseEmbedParams, viewOfScene } from '../../src/embed/embedParams.ts';
import { exhibitOptions } from '../../src/exhibit/exhibitOptions.ts';
import { mapStateFor } from '../../src/maps/mapState.ts';
import { StoryController } from '../../src/story/controller.ts';
import { allScenes, storySteps } from '../../src/story/scene.ts';
import { chooseLang, stepFromHash } from '../../src/story/urlState.ts';

const content = loadContent('data');
const steps = storySteps(content);
const ids = steps.map((s) => s.id);
const scenes = allScenes(content);

/** Text a hostile or careless URL could hold: anything, markup, percent signs, our own words. */
const urlText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    '%E0%A4%A',
    '%',
    'zh',
    'en',
    'map',
    'exhibit',
    '1',
  ),
  fc.constantFrom(...ids),
);
const query = fc
  .array(
    fc.tuple(
      fc.constantFrom(
        'lang',
        'view',
        'step',
        'mode',
        'theme',
        'dwell',
        'idle',
        'autoplay',
        'childId',
        'x',
      ),
      urlText,
    ),
    { maxLength: 8 },
  )
  .map((pairs) => `?${new URLSearchParams(pairs).toString()}`);

describe('URL parsing, for any input', () => {
  it('chooseLang answers zh or en, and reports a bad ?lang only when there is one', () => {
    fc.assert(
      fc.property(
        query,
        fc.option(urlText, { nil: null }),
        fc.array(urlText),
        (search, page, browser) => {
          const choice = chooseLang(search, page, browser);
          expect(['zh', 'en']).toContain(choice.lang);
          const asked = new URLSearchParams(search).get('lang');
          expect(choice.ignored).toBe(
            asked === null || asked === 'zh' || asked === 'en' ? null : asked,
          );
        },
      ),
    );
  });
  it('a hash names one of our steps or nothing', () => {
    fc.assert(
      fc.property(urlText, (text) => {
        const found = stepFromHash(`#${text}`, ids);
        expect(found === null || ids.includes(found)).toBe(true);
      }),
    );
  });
  it('the embed page always shows a real view at one of its own steps', () => {
    fc.assert(
      fc.property(query, (search) => {
        const p = parseEmbedParams(search, steps, scenes, ['en']);
        expect(EMBED_VIEWS).toContain(p.view);
        const scene = scenes[p.stepId];
        expect(scene && viewOfScene(scene)).toBe(p.view);
        expect(['zh', 'en']).toContain(p.lang);
        expect(['light', 'dark']).toContain(p.theme);
        expect(p.childId === null || /^[\w-]{1,64}$/.test(p.childId)).toBe(true);
      }),
    );
  });
  it('exhibition settings stay within their ranges', () => {
    fc.assert(
      fc.property(query, (search) => {
        const o = exhibitOptions(search);
        expect(o.idleSeconds).toBeGreaterThanOrEqual(1);
        expect(o.idleSeconds).toBeLessThanOrEqual(3600);
        expect(o.dwellSeconds === null || (o.dwellSeconds >= 0.1 && o.dwellSeconds <= 600)).toBe(
          true,
        );
        expect(['light', 'dark']).toContain(o.theme);
      }),
    );
  });
});

describe('embed attributes, for any input', () => {
  it('resolve to allowed values, with a warning exactly when the input was not used', () => {
    const views = [...EMBED_VIEWS, 'story'] as const;
    fc.assert(
      fc.property(fc.option(urlText, { nil: null }), fc.constantFrom(...views), (raw, view) => {
        const lang = resolveLang('aksu-map', raw, null);
        expect(['zh', 'en']).toContain(lang.value);
        const theme = resolveTheme('aksu-map', raw);
        expect(['light', 'dark']).toContain(theme.value);
        expect(theme.warning === null).toBe(raw === null || raw === '' || raw === theme.value);
        const own = stepsOfView(view, steps, scenes);
        const step = resolveStep('aksu-map', raw, own);
        expect(own).toContain(step.value);
        expect(step.warning === null).toBe(raw === null || raw === '' || own.includes(raw));
      }),
    );
  });
});

describe('the story state depends only on where it ends', () => {
  const moves = fc.array(
    fc.oneof(
      fc.constantFrom(...ids).map((id) => ({ goTo: id })),
      fc.constantFrom('next', 'previous', 'first', 'last' as const).map((move) => ({ move })),
    ),
    { maxLength: 40 },
  );
  it('any path of jumps and moves then a jump to a step equals jumping there at once', () => {
    fc.assert(
      fc.property(moves, fc.constantFrom(...ids), (path, end) => {
        const wandering = new StoryController(ids);
        for (const m of path) {
          if ('goTo' in m) wandering.goTo(m.goTo);
          else wandering.move(m.move as 'next' | 'previous' | 'first' | 'last');
        }
        wandering.goTo(end);
        const direct = new StoryController(ids);
        direct.goTo(end);
        expect(wandering.current).toBe(direct.current);
      }),
    );
  });
  it('what the graphic draws for a step is the same whatever was drawn before', () => {
    const drawn = (id: string) => {
      const scene = scenes[id];
      if (!scene) return null;
      if (scene.graphic === 'map') return mapStateFor(scene);
      if (scene.graphic === 'notes') return scene;
      const plan = chartPlanFor(scene);
      return layoutChart(scene, plan, 'en', content.units, { width: 358, height: 420 });
    };
    const direct = new Map(ids.map((id) => [id, JSON.stringify(drawn(id))]));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ids), { minLength: 1, maxLength: 12 }), (order) => {
        for (const id of order) expect(JSON.stringify(drawn(id))).toBe(direct.get(id));
      }),
      { numRuns: 40 },
    );
  });
});
