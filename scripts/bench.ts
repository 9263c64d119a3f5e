// `npm run bench`: what the built site costs a reader, in gzipped bytes, measured by loading it in
// Chromium and adding up every file it requested (so lazy chunks count only when they are used).
// Prints each figure against its budget and exits non-zero when one is over.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, serveDist } from '../tests/e2e/harness.ts';

const DIST = process.env.STORY_OUT_DIR ?? 'dist';
const KB = 1024;

interface Measure {
  name: string;
  /** What the page loads: a host page with one element, or one of our pages. */
  html?: (bundle: string) => string;
  path?: string;
  ready: string;
  budgetKb: number;
}

const oneElement =
  (tag: string, attrs = '') =>
  (bundle: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head>
  <body><${tag} ${attrs}></${tag}><script type="module" src="${bundle}"></script></body></html>`;

const drawnIn = (tag: string) =>
  `document.querySelector('${tag}')?.shadowRoot?.querySelector('aksu-graphic')?.shadowRoot?.querySelector('.frame > :not(.kicker)')?.shadowRoot?.querySelector('svg')`;

const CHART_BUDGET_KB = 50;
const MEASURES: Measure[] = [
  ...['funding', 'outlets', 'people', 'alar'].map((kind) => ({
    name: `embed: <aksu-${kind}-chart>`,
    html: oneElement(`aksu-${kind}-chart`),
    ready: drawnIn(`aksu-${kind}-chart`),
    budgetKb: CHART_BUDGET_KB,
  })),
  {
    name: 'embed: <aksu-map> (with its map data)',
    html: oneElement('aksu-map'),
    ready: `${drawnIn('aksu-map')}?.querySelector('path')`,
    budgetKb: 100,
  },
];

function gzipKb(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length / KB;
}

async function main(): Promise<void> {
  const site = await serveDist({ outDir: DIST });
  let hostHtml = '';
  const host = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(hostHtml);
  });
  await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
  const hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
  const browser = await launchChromium();
  let over = 0;
  try {
    for (const measure of MEASURES) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      const files = new Set<string>();
      page.on('requestfinished', (request) => {
        const url = request.url();
        if (url.startsWith(site.url)) files.add(decodeURIComponent(new URL(url).pathname));
      });
      if (measure.html) hostHtml = measure.html(`${site.url}embed/aksu-elements.js`);
      await page.goto(measure.html ? hostUrl : `${site.url}${measure.path ?? ''}`);
      await page.waitForFunction(measure.ready, undefined, { timeout: 20_000 });
      await page.waitForLoadState('networkidle');
      await context.close();
      const rows = [...files].map((path) => ({ path, kb: gzipKb(join(DIST, path)) }));
      const total = rows.reduce((sum, r) => sum + r.kb, 0);
      const js = rows.filter((r) => r.path.endsWith('.js')).reduce((s, r) => s + r.kb, 0);
      const ok = total <= measure.budgetKb;
      if (!ok) over += 1;
      console.log(
        `${ok ? 'ok  ' : 'OVER'} ${measure.name.padEnd(40)} ${total.toFixed(1).padStart(6)} KB gzip` +
          ` (JS ${js.toFixed(1)} KB, data ${(total - js).toFixed(1)} KB, ${rows.length} files)` +
          `  budget ${measure.budgetKb} KB`,
      );
    }
  } finally {
    await browser.close();
    host.close();
    await site.close();
  }
  if (over) {
    console.log(`${over} over budget`);
    process.exitCode = 1;
  }
}

await main();
