// Contact sheets of the built story, for reviewing every step at once: for each size (phone to
// 4K, and the exhibition screen) and language, one PNG with every step's screen in a grid, each
// captioned with its step id. Tiles are kept too, full size, for a closer look.
// Usage: npm run build && npm run contact-sheets [size …] [--steps=id,id]
// (sizes: see SIZES; default all. --steps keeps to those steps, for a quick look after a change.)
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { graphicProblems, showStep } from '../tests/e2e/graphicChecks.ts';
import { launchChromium, serveDist } from '../tests/e2e/harness.ts';

interface SheetSize {
  width: number;
  height: number;
  /** The exhibition screen (?mode=exhibit) instead of the reading page. */
  exhibit?: boolean;
}
const SIZES: Record<string, SheetSize> = {
  'phone-320': { width: 320, height: 640 },
  phone: { width: 390, height: 844 },
  tablet: { width: 768, height: 1024 },
  desktop: { width: 1440, height: 900 },
  wide: { width: 1920, height: 1080 },
  '4k': { width: 3840, height: 2160 },
  exhibit: { width: 1920, height: 1080, exhibit: true },
};
const TILE_WIDTH = 360;
const COLUMNS = 8;

const outDir = 'test-results/contact-sheets';
const args = process.argv.slice(2);
const onlySteps = args
  .find((a) => a.startsWith('--steps='))
  ?.slice('--steps='.length)
  .split(',');
const asked = args.filter((a) => !a.startsWith('--'));
for (const name of asked) {
  if (!(name in SIZES))
    throw new Error(`unknown size "${name}"; sizes: ${Object.keys(SIZES).join(', ')}`);
}
const sizes = asked.length ? asked : Object.keys(SIZES);

function sheetHtml(
  title: string,
  tiles: { step: string; file: string }[],
  size: SheetSize,
): string {
  const tileHeight = Math.round((TILE_WIDTH * size.height) / size.width);
  const cells = tiles
    .map(
      ({ step, file }, i) =>
        `<figure><img src="data:image/png;base64,${readFileSync(file).toString('base64')}" width="${TILE_WIDTH}" height="${tileHeight}"><figcaption>${i + 1}. ${step}</figcaption></figure>`,
    )
    .join('');
  return `<!doctype html><meta charset="utf-8"><style>
    body { margin: 12px; font: 13px/1.3 "Noto Sans CJK SC", sans-serif; background: #ddd; }
    h1 { font-size: 16px; margin: 0 0 8px; }
    main { display: grid; grid-template-columns: repeat(${COLUMNS}, ${TILE_WIDTH}px); gap: 10px; }
    figure { margin: 0; background: #fff; }
    img { display: block; border: 1px solid #999; }
    figcaption { padding: 2px 4px; }
  </style><h1>${title}</h1><main>${cells}</main>`;
}

mkdirSync(outDir, { recursive: true });
const site = await serveDist();
const browser = await launchChromium();
try {
  for (const name of sizes) {
    const size = SIZES[name] as SheetSize;
    for (const lang of ['zh', 'en'] as const) {
      const tileDir = `${outDir}/tiles/${name}-${lang}`;
      rmSync(tileDir, { recursive: true, force: true });
      mkdirSync(tileDir, { recursive: true });
      // Reduced motion: each step is cut to, so a screenshot shows the step, not a transition.
      const context = await browser.newContext({
        viewport: { width: size.width, height: size.height },
        reducedMotion: 'reduce',
        locale: lang === 'zh' ? 'zh-CN' : 'en-GB',
      });
      const page = await context.newPage();
      const query = `?lang=${lang}${size.exhibit ? '&mode=exhibit' : ''}`;
      await page.goto(`${site.url}${query}`);
      const steps = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-step]')].map((s) => s.id),
      );
      const tiles: { step: string; file: string }[] = [];
      for (const step of steps.filter((id) => !onlySteps || onlySteps.includes(id))) {
        // The exhibition screen reads the step from the address at load; the reading page
        // follows a changed hash as a reader's link would.
        // (A new document each time: a goto that changes only the hash would not reload it.)
        if (size.exhibit) {
          await page.goto('about:blank');
          await page.goto(`${site.url}${query}#${step}`);
        } else await page.evaluate((id) => (location.hash = id), step);
        await showStep(page, step);
        const file = `${tileDir}/${String(tiles.length + 1).padStart(2, '0')}-${step}.png`;
        await page.screenshot({ path: file });
        tiles.push({ step, file });
        // What the layout test would say of this tile, beside it.
        for (const problem of (await graphicProblems(page)).problems)
          console.log(`  ${name}-${lang} ${step}: ${problem}`);
      }
      await context.close();
      const sheet = await browser.newPage({ viewport: { width: 1200, height: 800 } });
      await sheet.setContent(
        sheetHtml(`${name} ${size.width}×${size.height} · ${lang}`, tiles, size),
      );
      const file = `${outDir}/${name}-${lang}.png`;
      await sheet.screenshot({ path: file, fullPage: true });
      await sheet.close();
      console.log(`${file} (${tiles.length} steps)`);
    }
  }
} finally {
  await browser.close();
  await site.close();
}
