// Saves screenshots of the built story for people to look at: each named step, on a phone and a
// desktop viewport, in both languages. Usage: npm run build && npm run screenshots [step …]
import { mkdirSync } from 'node:fs';
import { waitForGraphicRest } from '../tests/e2e/graphicRest.ts';
import { launchChromium, serveDist, VIEWPORTS, type ViewportName } from '../tests/e2e/harness.ts';

const outDir = 'test-results/screenshots';
const steps = process.argv.slice(2);
const wanted = steps.length
  ? steps
  : ['cover', 'frame-pairing-counties', 'outlets-1288-stores', 'alar-plan-2021'];

mkdirSync(outDir, { recursive: true });
const site = await serveDist();
const browser = await launchChromium();
try {
  for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
    for (const lang of ['zh', 'en'] as const) {
      const page = await browser.newPage({ viewport: VIEWPORTS[viewport] });
      for (const step of wanted) {
        await page.goto(`${site.url}?lang=${lang}#${step}`);
        await page.waitForSelector(`aksu-graphic[data-scene="${step}"]`);
        // Once the drawing shows the step and nothing moves (a fixed pause caught labels mid-fade).
        await waitForGraphicRest(page, step);
        const file = `${outDir}/${step}-${viewport}-${lang}.png`;
        await page.screenshot({ path: file });
        console.log(file);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await site.close();
}
