// When the graphic is what a reader sees once a step has come to rest: its frame shows the step,
// its drawing (chart, map or notes) has drawn that step (its data-drawn), nothing in it is moving (no D3 transition
// such as the map's camera or a chart's morph, unit squares still, no CSS transition or
// animation), and the fonts are in. The tests wait on this instead of pausing for a guessed time.
// Shared by the end-to-end tests and the contact-sheet script (run by tsx: see __name below).
import type { Page } from 'playwright';

/** Frames in a row that must find the graphic still. */
const STILL_FRAMES = 2;

/**
 * Waits until the page's graphic shows `step` (if given) and every graphic in the page (the web
 * components' too) has been still for two painted frames. Fails after `timeout` ms, saying what
 * still moved.
 */
export async function waitForGraphicRest(
  page: Page,
  step?: string,
  { timeout = 15_000 } = {},
): Promise<void> {
  // tsx (the scripts' runner) names inner functions with a helper the page does not have.
  await page.evaluate('window.__name = window.__name || ((f) => f)');
  await page.evaluate(
    ({ step, need, timeout }) =>
      new Promise<void>((resolve, reject) => {
        const started = performance.now();
        let still = 0;
        let lastUnits = '';
        let why = '';
        // Every element of the page, shadow trees included (the web components hold a graphic
        // each, in their own shadow root).
        const everything = (root: Document | ShadowRoot, out: Element[] = []): Element[] => {
          for (const el of root.querySelectorAll('*')) {
            out.push(el);
            if (el.shadowRoot) everything(el.shadowRoot, out);
          }
          return out;
        };
        const busy = (): string => {
          const all = everything(document);
          const graphic = all.find((el) => el.localName === 'aksu-graphic');
          const frame = graphic?.shadowRoot?.querySelector('.frame');
          if (step !== null) {
            const scene = frame?.getAttribute('data-scene') ?? null;
            if (scene !== step) return `the graphic shows ${scene}`;
            // Charts, the map and the notes each say which step they show once they show it (a
            // map once its boundaries are in and its camera rests there).
            const drawing = frame?.querySelector('.drawing');
            const says =
              drawing?.localName.endsWith('-plot') ||
              drawing?.localName === 'aksu-geo-map' ||
              drawing?.localName === 'aksu-notes';
            if (drawing && says && drawing.getAttribute('data-drawn') !== step)
              return `the ${drawing.localName} shows ${drawing.getAttribute('data-drawn')}`;
          }
          // D3 keeps a __transition on every node with a transition scheduled or running.
          const moving = all.find((el) => (el as { __transition?: unknown }).__transition);
          if (moving) return `a transition on <${moving.localName}>`;
          const units = all
            .flatMap((el) =>
              el.classList.contains('drawing')
                ? ((el as { drawnUnits?: readonly { x: number; y: number; opacity: number }[] })
                    .drawnUnits ?? [])
                : [],
            )
            .map((u) => `${u.x},${u.y},${u.opacity}`)
            .join(';');
          const unitsMoved = units !== lastUnits;
          lastUnits = units;
          if (unitsMoved) return 'unit squares moving';
          const running = document
            .getAnimations()
            .filter(
              (a) =>
                a.playState === 'running' && a.effect?.getComputedTiming().endTime !== Infinity,
            );
          if (running.length > 0) return `${running.length} CSS animation(s) running`;
          return '';
        };
        const tick = () => {
          why = busy();
          still = why === '' ? still + 1 : 0;
          if (still >= need) {
            void document.fonts.ready.then(() => resolve());
          } else if (performance.now() - started > timeout) {
            reject(new Error(`the graphic never came to rest${step ? ` on ${step}` : ''}: ${why}`));
          } else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    { step: step ?? null, need: STILL_FRAMES, timeout },
  );
}
