// Every step's graphic as a graphics editor would check it, at every width the story is read at
// (phone to 4K) and on the exhibition screen, in both languages: no label overprints another, no
// label line is a lone word, no empty band runs across the panel, and each place a map step
// highlights is named on it. (What is measured: tests/e2e/graphicChecks.ts.)
import { describe, expect, it } from 'vitest';
import { graphicProblems, showStep } from './graphicChecks.ts';
import { LANGS, stepIds } from './pageHelpers.ts';
import { useBuiltSite } from './pageHelpers.ts';

const site = useBuiltSite();
const SIZES = [
  { name: '320', width: 320, height: 640 },
  { name: '390', width: 390, height: 844 },
  { name: '768', width: 768, height: 1024 },
  { name: '1440', width: 1440, height: 900 },
  { name: '1920', width: 1920, height: 1080 },
  { name: '3840', width: 3840, height: 2160 },
  { name: 'exhibit', width: 1920, height: 1080, exhibit: true },
];

describe('every step’s graphic', () => {
  for (const size of SIZES) {
    for (const lang of LANGS) {
      it(`at ${size.name} (${size.width}×${size.height}), ${lang}`, async () => {
        const query = `?lang=${lang}${size.exhibit ? '&mode=exhibit' : ''}`;
        const { page } = await site.pages.open(`${site.url}${query}`, {
          viewport: size,
          reducedMotion: 'reduce',
        });
        const found: Record<string, string[]> = {};
        for (const step of await stepIds(page)) {
          if (size.exhibit) {
            await page.goto('about:blank');
            await page.goto(`${site.url}${query}#${step}`);
          } else await page.evaluate((id) => (location.hash = id), step);
          await showStep(page, step);
          const { problems } = await graphicProblems(page);
          if (problems.length) found[step] = problems;
        }
        expect(found).toEqual({});
      });
    }
  }
});
