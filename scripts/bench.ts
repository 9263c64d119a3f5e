// `npm run bench`: what the built story costs a reader, measured and printed against its targets,
// and written to bench-results/bench.json. Bytes are read from dist/ (see bundleBytes.ts; CI
// checks the same budgets); embeds are loaded in Chromium and every file they request is summed;
// Lighthouse (mobile profile) runs three times on Debian's Chromium and the median is kept;
// scrolling is measured at 4× CPU slowdown through Chrome DevTools Protocol; memory after one
// and two scrolls through the story, after a forced garbage collection. Timings are reported,
// never asserted in tests: they are noisy on shared machines.
import { mkdirSync, writeFileSync } from 'node:fs';
import { arch, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Browser, Page } from 'playwright';
import {
  CHROMIUM,
  launchChromium,
  serveDist,
  serveHostPages,
  VIEWPORTS,
} from '../tests/e2e/harness.ts';
import { BUDGETS_KB, chartEmbedKb, gzipKb, storyPageBytes } from './bundleBytes.ts';

const DIST = process.env.STORY_OUT_DIR ?? 'dist';
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

interface Row {
  figure: string;
  value: number;
  unit: string;
  target: string;
  ok: boolean;
}
const rows: Row[] = [];
const row = (figure: string, value: number, unit: string, target: string, ok: boolean) =>
  rows.push({ figure, value: Math.round(value * 10) / 10, unit, target, ok });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function lighthouseRuns(url: string) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM.executablePath,
    chromeFlags: ['--headless=new', ...(CHROMIUM.args ?? [])],
  });
  const runs: Record<string, number>[] = [];
  try {
    for (let i = 0; i < LIGHTHOUSE_RUNS; i += 1) {
      const result = await lighthouse(url, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error('Lighthouse returned no report');
      const score = (id: string) => (lhr.categories[id]?.score ?? 0) * 100;
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      runs.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: audit('largest-contentful-paint'),
        cls: audit('cumulative-layout-shift'),
        tbtMs: audit('total-blocking-time'),
      });
    }
  } finally {
    await chrome.kill();
  }
  const pick = (key: string) => median(runs.map((r) => r[key] as number));
  return { runs, pick };
}

/**
 * Scrolls through the whole story, step by step, and records frames and long tasks, each with
 * the step it happened on (so a slow transition can be found).
 */
async function scrollThrough(page: Page) {
  return page.evaluate(async () => {
    const frames: number[] = [];
    const tasks: { step: string; ms: number }[] = [];
    // When each step's scroll began: a task belongs to the step during which it started (the
    // observer itself reports later).
    const starts: { step: string; at: number }[] = [];
    const stepAt = (time: number) => [...starts].reverse().find((s) => s.at <= time)?.step ?? '';
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        tasks.push({ step: stepAt(entry.startTime), ms: entry.duration });
      }
    });
    observer.observe({ type: 'longtask' });
    let last = performance.now();
    let running = true;
    const tick = (now: number) => {
      frames.push(now - last);
      last = now;
      if (running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const steps = [...document.querySelectorAll<HTMLElement>('.scrolly [data-step]')];
    for (const el of steps) {
      starts.push({ step: el.id, at: performance.now() });
      const top = el.getBoundingClientRect().top + scrollY - innerHeight * 0.4;
      // A reader's flick: a quick scroll, then the transition plays while the page rests.
      for (let i = 1; i <= 10; i += 1) {
        scrollTo(0, scrollY + (top - scrollY) / (11 - i));
        await new Promise((r) => requestAnimationFrame(r));
      }
      await new Promise((r) => setTimeout(r, 700));
    }
    running = false;
    observer.disconnect();
    return { frames: frames.slice(1), tasks };
  });
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 1024 / 1024;
}

async function scrollingAndMemory(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number } = VIEWPORTS.phone,
) {
  const page = await browser.newPage({ viewport });
  // tsx names the functions it compiles with a helper the page does not have.
  await page.addInitScript('globalThis.__name = (f) => f;');
  await page.goto(`${url}?lang=en`);
  await page.waitForTimeout(1500);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const first = await scrollThrough(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.evaluate(() => scrollTo(0, 0));
  await page.waitForTimeout(1000);
  const afterOnce = await heapMb(page);
  await scrollThrough(page);
  await page.evaluate(() => scrollTo(0, 0));
  await page.waitForTimeout(1000);
  const afterTwice = await heapMb(page);
  await page.close();
  const within = first.frames.filter((d) => d <= 16.7 + 0.5).length / first.frames.length;
  return {
    longestTaskMs: Math.max(0, ...first.tasks.map((t) => t.ms)),
    longTasks: first.tasks,
    framesWithinBudget: within * 100,
    heapOnceMb: afterOnce,
    heapTwiceMb: afterTwice,
  };
}

async function embedBytes(browser: Browser, siteUrl: string, tag: string, ready: string) {
  const host = await serveHostPages(
    () => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head>
    <body><${tag}></${tag}><script type="module" src="${siteUrl}embed/aksu-elements.js"></script></body></html>`,
  );
  const page = await browser.newPage();
  const files = new Set<string>();
  page.on('requestfinished', (r) => {
    if (r.url().startsWith(siteUrl)) files.add(decodeURIComponent(new URL(r.url()).pathname));
  });
  await page.goto(host.url);
  await page.waitForFunction(ready, undefined, { timeout: 20_000 });
  await page.waitForLoadState('networkidle');
  await page.close();
  await host.close();
  return [...files].reduce((s, f) => s + gzipKb(join(DIST, f)), 0);
}

async function main(): Promise<void> {
  const bytes = storyPageBytes(DIST);
  // Byte figures against their budgets (the same budgets CI checks).
  const bytesRow = (figure: string, kb: number, budget: number) =>
    row(figure, kb, 'KB gz', `≤ ${budget}`, kb <= budget);
  bytesRow('initial JavaScript', bytes.initialJsKb, BUDGETS_KB.initialJs);
  bytesRow('all map data', bytes.mapDataKb, BUDGETS_KB.mapData);
  bytesRow('first view (HTML, CSS, JS, data)', bytes.firstViewKb, BUDGETS_KB.firstView);
  for (const chart of ['funding', 'outlets', 'people', 'alar'] as const) {
    bytesRow(
      `embed <aksu-${chart}-chart> + data`,
      chartEmbedKb(DIST, chart),
      BUDGETS_KB.chartEmbed,
    );
  }

  const site = await serveDist({ outDir: DIST });
  const browser = await launchChromium();
  try {
    const drawn = (tag: string) =>
      `document.querySelector('${tag}')?.shadowRoot?.querySelector('aksu-graphic')?.shadowRoot?.querySelector('.frame > .drawing')?.shadowRoot?.querySelector('svg path')`;
    const mapKb = await embedBytes(browser, site.url, 'aksu-map', drawn('aksu-map'));
    bytesRow('embed <aksu-map> + map data (loaded)', mapKb, 100);

    const lh = await lighthouseRuns(site.url);
    row(
      'Lighthouse performance (mobile, median)',
      lh.pick('performance'),
      '',
      '≥ 98',
      lh.pick('performance') >= 98,
    );
    row(
      'Lighthouse accessibility',
      lh.pick('accessibility'),
      '',
      '= 100',
      lh.pick('accessibility') === 100,
    );
    row(
      'Lighthouse best practices',
      lh.pick('bestPractices'),
      '',
      '= 100',
      lh.pick('bestPractices') === 100,
    );
    row('Lighthouse SEO', lh.pick('seo'), '', '= 100', lh.pick('seo') === 100);
    row('largest contentful paint', lh.pick('lcpMs'), 'ms', '< 1500', lh.pick('lcpMs') < 1500);
    row('cumulative layout shift', lh.pick('cls'), '', '< 0.01', lh.pick('cls') < 0.01);
    row('total blocking time (for reference)', lh.pick('tbtMs'), 'ms', '—', true);

    const scroll = await scrollingAndMemory(browser, site.url);
    row(
      'longest task while scrolling, 4× CPU',
      scroll.longestTaskMs,
      'ms',
      '≤ 50',
      scroll.longestTaskMs <= 50,
    );
    row(
      'frames within 16.7 ms, 4× CPU',
      scroll.framesWithinBudget,
      '%',
      '≥ 95',
      scroll.framesWithinBudget >= 95,
    );
    // The same scroll on a desktop-sized page (bigger drawings), reported for reference.
    const desktop = await scrollingAndMemory(browser, site.url, VIEWPORTS.desktop);
    row('  on a desktop (1440×900): longest task', desktop.longestTaskMs, 'ms', '—', true);
    row('  on a desktop (1440×900): frames within', desktop.framesWithinBudget, '%', '—', true);
    row('JS heap after one scroll through', scroll.heapOnceMb, 'MB', '—', true);
    row(
      'JS heap after two',
      scroll.heapTwiceMb,
      'MB',
      '≤ once + 5%',
      scroll.heapTwiceMb <= scroll.heapOnceMb * 1.05,
    );

    const width = Math.max(...rows.map((r) => r.figure.length));
    console.log(
      `\nbench ${new Date().toISOString().slice(0, 10)} · ${cpus().length}× ${cpus()[0]?.model ?? arch()} · ${Math.round(totalmem() / 2 ** 30)} GB`,
    );
    for (const r of rows) {
      console.log(
        `${r.ok ? 'ok  ' : 'MISS'} ${r.figure.padEnd(width)} ${String(r.value).padStart(8)} ${r.unit.padEnd(5)} target ${r.target}`,
      );
    }
    const longTasks = [
      ...scroll.longTasks.map((t) => ({ ...t, on: 'phone' })),
      ...desktop.longTasks.map((t) => ({ ...t, on: 'desktop' })),
    ];
    if (longTasks.length > 0) {
      console.log('\nlong tasks while scrolling (4× CPU), by step:');
      for (const t of longTasks) console.log(`  ${Math.round(t.ms)} ms  ${t.step} (${t.on})`);
    }
    console.log('\nchunks (gzipped KB):');
    for (const c of bytes.chunks) console.log(`  ${c.kb.toFixed(1).padStart(6)}  ${c.path}`);
    mkdirSync('bench-results', { recursive: true });
    writeFileSync(
      'bench-results/bench.json',
      JSON.stringify(
        {
          date: new Date().toISOString(),
          machine: { cpus: cpus().length, model: cpus()[0]?.model, memGb: totalmem() / 2 ** 30 },
          rows,
          chunks: bytes.chunks,
          lighthouseRuns: lh.runs,
          longTasksWhileScrolling: { phone: scroll.longTasks, desktop: desktop.longTasks },
        },
        null,
        2,
      ),
    );
    console.log('\nwritten: bench-results/bench.json');
    // Bytes are deterministic: over budget is a failure. Timings are reported, not enforced.
    if (rows.some((r) => !r.ok && r.unit === 'KB gz')) process.exitCode = 1;
  } finally {
    await browser.close();
    await site.close();
  }
}

await main();
