// <aksu-notes> in real Chromium: a step's notes fill their panel without spilling out of it, at
// phone and desktop sizes and in both languages, and a share is drawn against its whole.
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/aksu-graphic.ts';
import '../../src/components/notes/aksu-notes.ts';
import type { AksuGraphic } from '../../src/components/aksu-graphic.ts';
import type { AksuNotes } from '../../src/components/notes/aksu-notes.ts';
import { allScenes } from '../../src/story/scene.ts';
import { content } from './browserContent.ts';

const notesSteps = Object.values(allScenes(content)).filter((s) => s.graphic === 'notes');

async function mount(stepId: string, lang: 'zh' | 'en', width: number, height: number) {
  const el = document.createElement('aksu-graphic') as AksuGraphic;
  el.style.cssText = `display:block;width:${width}px;height:${height}px`;
  el.units = content.units;
  el.lang = lang;
  el.scene = allScenes(content)[stepId] ?? null;
  document.body.append(el);
  let notes: AksuNotes | null = null;
  await expect
    .poll(() => {
      notes = el.shadowRoot?.querySelector('aksu-notes') ?? null;
      return notes?.fittedSize ?? 0;
    })
    .toBeGreaterThan(0);
  return notes as unknown as AksuNotes;
}

const boxes = (root: ShadowRoot, selector: string) =>
  [...root.querySelectorAll(selector)].map((e) => e.getBoundingClientRect());

afterEach(() => document.body.replaceChildren());

describe('<aksu-notes>', () => {
  for (const [width, height] of [
    [358, 520],
    [860, 760],
  ] as const) {
    it(`keeps every note inside a ${width}×${height} panel, lines apart, in both languages`, async () => {
      for (const scene of notesSteps) {
        for (const lang of ['zh', 'en'] as const) {
          const notes = await mount(scene.stepId, lang, width, height);
          const panel = notes.getBoundingClientRect();
          const root = notes.shadowRoot as ShadowRoot;
          const texts = boxes(root, '.title, .stat, .group__title, .item');
          const where = `${scene.stepId} ${lang}`;
          expect(texts.length, where).toBeGreaterThan(1);
          for (const box of texts) {
            expect(box.bottom, where).toBeLessThanOrEqual(panel.bottom + 0.5);
            expect(box.right, where).toBeLessThanOrEqual(panel.right + 0.5);
          }
          // Items of one list never overlap.
          const items = boxes(root, '.item');
          for (let i = 1; i < items.length; i++) {
            const [a, b] = [items[i - 1] as DOMRect, items[i] as DOMRect];
            const apart =
              b.top >= a.bottom - 0.5 || b.left >= a.right - 0.5 || a.left >= b.right - 0.5;
            expect(apart, `${where} item ${i}`).toBe(true);
          }
          // A text's end is never broken (no lone word or one or two characters on a line), and
          // a short Chinese name, such as 浙江音乐学院, stands on one line.
          for (const keep of root.querySelectorAll('.keep'))
            expect(keep.getClientRects().length, `${where} "${keep.textContent}"`).toBe(1);
          // The notes use their panel: no more than a fifth of it left empty below them.
          const bottom = Math.max(...texts.map((b) => b.bottom));
          const top = Math.min(...texts.map((b) => b.top));
          expect((bottom - top) / panel.height, where).toBeGreaterThan(0.55);
          document.body.replaceChildren();
        }
      }
    });
  }

  it('on a 320 px phone lets the last items give way to a line counting them, none cut off', async () => {
    let gaveWay = 0;
    for (const scene of notesSteps) {
      for (const lang of ['zh', 'en'] as const) {
        const notes = await mount(scene.stepId, lang, 288, 330);
        const root = notes.shadowRoot as ShadowRoot;
        const panel = notes.getBoundingClientRect();
        const where = `${scene.stepId} ${lang}`;
        const items = [...root.querySelectorAll<HTMLElement>('.item')];
        const hidden = items.filter((i) => i.checkVisibility() === false).length;
        const more = root.querySelector<HTMLElement>('.more')!;
        if (hidden) {
          gaveWay++;
          // Only at the smallest type, and from the end: what is shown is the text's first items.
          expect(notes.fittedSize, where).toBe(13);
          expect(items.at(-1)!.checkVisibility(), where).toBe(false);
          const shown = root.querySelectorAll('.stat, .item:not([hidden])').length;
          expect(shown, where).toBeGreaterThan(0);
          expect(more.textContent, where).toBe(scene.more[lang].replace('{n}', String(hidden)));
        } else expect(more.checkVisibility(), where).toBe(false);
        for (const el of root.querySelectorAll('.title, .stat, .group__title, .item, .more')) {
          if (!(el as HTMLElement).checkVisibility()) continue;
          expect(el.getBoundingClientRect().bottom, where).toBeLessThanOrEqual(panel.bottom + 0.5);
        }
        document.body.replaceChildren();
      }
    }
    // The golden cards and the tourism firms, at least, have more than the 328 px graphic of a
    // 320 × 640 phone can hold.
    expect(gaveWay).toBeGreaterThan(2);
  });

  it('sets the title larger where side-by-side names, not height, bound the type (the gala on a phone)', async () => {
    // 358×379: the graphic's panel on a 390×844 phone. Its troupes' names are never broken, so
    // their columns cap the type; left at 1.35 em the title would leave a fifth of the panel empty.
    const phone = await mount('culture-anniversary-gala', 'zh', 358, 379);
    const root = phone.shadowRoot as ShadowRoot;
    const title = root.querySelector('.title') as HTMLElement;
    const item = root.querySelector('.item') as HTMLElement;
    expect(phone.titleGrowth).toBeGreaterThan(1.2);
    const ratio =
      parseFloat(getComputedStyle(title).fontSize) / parseFloat(getComputedStyle(item).fontSize);
    expect(ratio).toBeGreaterThan(1.35 * 1.2);
    const texts = boxes(root, '.title, .item');
    const panel = phone.getBoundingClientRect();
    expect(Math.max(...texts.map((b) => b.bottom))).toBeLessThanOrEqual(panel.bottom);
    document.body.replaceChildren();
    // Where height bounds the type (a desktop's panel), the title keeps its usual size.
    const desktop = await mount('culture-anniversary-gala', 'zh', 860, 760);
    expect(desktop.titleGrowth).toBe(1);
  });

  it('draws a share against its whole (the 50% logistics cut fills half its bar)', async () => {
    const notes = await mount('ecommerce-logistics-training', 'en', 600, 600);
    const root = notes.shadowRoot as ShadowRoot;
    const whole = root.querySelector('.share')?.getBoundingClientRect();
    const part = root.querySelector('.share__part')?.getBoundingClientRect();
    expect(whole && part).toBeTruthy();
    expect((part as DOMRect).width / ((whole as DOMRect).width - 2)).toBeCloseTo(0.5, 1);
    expect(root.querySelector('.share__scale')?.textContent).toContain('100%');
  });

  it('sets figures as data with their value, and a number inside a name as part of the name', async () => {
    const notes = await mount('alar-tourism-firms', 'zh', 600, 600);
    const root = notes.shadowRoot as ShadowRoot;
    expect(root.querySelector('.fig-name')?.textContent).toBe('千人');
    expect(root.querySelector('data.fig')).toBeNull();
    const plans = await mount('outlook-2021-plans', 'en', 600, 600);
    const values = [...(plans.shadowRoot as ShadowRoot).querySelectorAll('.stat__number')].map(
      (e) => e.textContent,
    );
    // Not "planned" twice: each label says so.
    expect(values).toEqual(['2,000 person-times', '¥389 million', '75 projects']);
    const labels = [...(plans.shadowRoot as ShadowRoot).querySelectorAll('.stat__label')];
    for (const label of labels) expect(label.textContent).toContain('planned');
  });
});
