// `npm run bench` (second part): an exhibition screen left looping. Runs the kiosk loop of the
// built story N times at a short dwell in Chromium and prints, after each loop and a forced
// garbage collection, the JS heap in use, the DOM nodes and the event listeners. A leak shows as
// a steady climb; the last line gives the growth per loop over the second half of the run.
import { launchChromium, serveDist } from '../tests/e2e/harness.ts';

const LOOPS = Number(process.env.LOOPS ?? 12);
const DWELL_S = Number(process.env.DWELL ?? 0.1);
const MAX_GROWTH_KB_PER_LOOP = 50;

const site = await serveDist({ outDir: process.env.STORY_OUT_DIR ?? 'dist' });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.addInitScript(() => {
    (window as unknown as { loops: number }).loops = 0;
    let last = '';
    new MutationObserver(() => {
      const step = document.documentElement.dataset.exhibitStep ?? '';
      if (step === 'cover' && last && last !== 'cover') {
        (window as unknown as { loops: number }).loops += 1;
      }
      last = step;
    }).observe(document, {
      subtree: true,
      attributes: true,
      attributeFilter: ['data-exhibit-step'],
    });
  });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${site.url}?mode=exhibit&autoplay=1&dwell=${DWELL_S}&lang=en`);
  const rows: { loop: number; heapKb: number; nodes: number; listeners: number }[] = [];
  console.log(`exhibit loop: ${LOOPS} loops at ${DWELL_S} s a step`);
  console.log('loop   heap (KB)   DOM nodes   listeners');
  for (let loop = 1; loop <= LOOPS; loop += 1) {
    await page.waitForFunction((n) => (window as unknown as { loops: number }).loops >= n, loop, {
      timeout: 120_000,
    });
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const dom = (await cdp.send('Memory.getDOMCounters')) as {
      nodes: number;
      jsEventListeners: number;
    };
    const row = {
      loop,
      heapKb: heap.usedSize / 1024,
      nodes: dom.nodes,
      listeners: dom.jsEventListeners,
    };
    rows.push(row);
    console.log(
      `${String(loop).padStart(4)} ${row.heapKb.toFixed(0).padStart(11)} ${String(row.nodes).padStart(11)} ${String(row.listeners).padStart(11)}`,
    );
  }
  const half = rows.slice(Math.floor(rows.length / 2));
  const first = half[0];
  const last = half.at(-1);
  if (first && last && last.loop > first.loop) {
    const perLoop = (last.heapKb - first.heapKb) / (last.loop - first.loop);
    const listeners = last.listeners - first.listeners;
    const ok = perLoop <= MAX_GROWTH_KB_PER_LOOP && listeners <= 0;
    console.log(
      `${ok ? 'ok  ' : 'LEAK'} heap growth ${perLoop.toFixed(1)} KB/loop (limit ${MAX_GROWTH_KB_PER_LOOP}), ` +
        `listeners ${listeners >= 0 ? '+' : ''}${listeners} over loops ${first.loop}–${last.loop}`,
    );
    if (!ok) process.exitCode = 1;
  }
} finally {
  await browser.close();
  await site.close();
}
