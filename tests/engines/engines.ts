// One way to drive a page in each engine a reader has: Chromium through Playwright, Firefox
// through WebDriver BiDi (puppeteer-core, Debian's firefox-esr) and WebKit through W3C WebDriver
// (Debian's WebKitWebDriver and MiniBrowser). The tests say what to do; this says how, per engine.
import { chromium } from 'playwright';
import puppeteer from 'puppeteer-core';
import { CHROMIUM } from '../e2e/harness.ts';
import { startWebKit, type WebDriverSession } from './webDriver.ts';

export const ENGINES = ['chromium', 'firefox', 'webkit'] as const;
export type Engine = (typeof ENGINES)[number];

/** Keys a reader or a clicker sends. */
export type Key = 'ArrowDown' | 'ArrowUp' | 'ArrowRight' | 'Home' | 'End' | 'PageDown' | 'Space';

export interface EnginePage {
  readonly engine: Engine;
  goto(url: string): Promise<void>;
  /** Runs a function in the page (its source: no closures) with JSON arguments; awaits it. */
  run<T>(fn: (...args: never[]) => unknown, ...args: unknown[]): Promise<T>;
  /** Makes the page's viewport (innerWidth × innerHeight) this size. */
  setViewport(width: number, height: number): Promise<void>;
  press(key: Key): Promise<void>;
  screenshot(): Promise<Buffer>;
}

export interface EngineBrowser {
  readonly engine: Engine;
  /** A fresh page (a new one for Chromium and Firefox; WebKit's one window, reset). */
  page(): Promise<EnginePage>;
  close(): Promise<void>;
}

const call = (fn: (...args: never[]) => unknown, args: unknown[]) =>
  `(${fn.toString()})(...${JSON.stringify(args)})`;

async function launchChromiumEngine(scale: number): Promise<EngineBrowser> {
  const browser = await chromium.launch({ ...CHROMIUM, headless: true });
  let context: Awaited<ReturnType<typeof browser.newContext>> | null = null;
  return {
    engine: 'chromium',
    async page() {
      await context?.close();
      context = await browser.newContext({ deviceScaleFactor: scale });
      const page = await context.newPage();
      return {
        engine: 'chromium',
        goto: async (url) => void (await page.goto(url)),
        run: (fn, ...args) => page.evaluate(call(fn, args)),
        setViewport: (width, height) => page.setViewportSize({ width, height }),
        press: (key) => page.keyboard.press(key),
        screenshot: () => page.screenshot(),
      };
    },
    close: () => browser.close(),
  };
}

async function launchFirefoxEngine(scale: number): Promise<EngineBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    // No updates, telemetry or remote settings: this machine's network is closed.
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'services.settings.server': 'http://127.0.0.1:1/',
      'browser.safebrowsing.provider.mozilla.updateURL': '',
    },
  });
  let open: Awaited<ReturnType<typeof browser.newPage>> | null = null;
  return {
    engine: 'firefox',
    async page() {
      await open?.close();
      const page = await browser.newPage();
      open = page;
      let size = { width: 1440, height: 900 };
      return {
        engine: 'firefox',
        goto: async (url) => void (await page.goto(url)),
        run: (fn, ...args) => page.evaluate(call(fn, args)) as never,
        async setViewport(width, height) {
          size = { width, height };
          await page.setViewport({ ...size, deviceScaleFactor: scale });
        },
        press: (key) => page.keyboard.press(key === 'Space' ? ' ' : key),
        screenshot: async () =>
          Buffer.from(await page.screenshot({ clip: { x: 0, y: 0, ...size } })),
      };
    },
    close: () => browser.close(),
  };
}

// W3C WebDriver key codes.
const WEBDRIVER_KEYS: Record<Key, string> = {
  ArrowDown: '\uE015',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  Home: '\uE011',
  End: '\uE010',
  PageDown: '\uE00F',
  Space: ' ',
};

async function launchWebKitEngine(scale: number): Promise<EngineBrowser> {
  const session: WebDriverSession = await startWebKit({ scale });
  return {
    engine: 'webkit',
    async page() {
      await session.call('POST', '/url', { url: 'about:blank' });
      const page: EnginePage = {
        engine: 'webkit',
        goto: async (url) => void (await session.call('POST', '/url', { url })),
        async run<T>(fn: (...args: never[]) => unknown, ...args: unknown[]) {
          const script = `const done = arguments[arguments.length - 1];
            Promise.resolve().then(() => ${call(fn, args)}).then(
              (value) => done({ value: value === undefined ? null : value }),
              (error) => done({ error: String((error && error.stack) || error) }));`;
          const answer = await session.call<{ value?: T; error?: string }>(
            'POST',
            '/execute/async',
            { script, args: [] },
          );
          if (answer.error !== undefined) throw new Error(`in WebKit: ${answer.error}`);
          return answer.value as T;
        },
        // The window's outer size is what WebDriver sets: grow it by what its frame takes. A
        // window not yet mapped (a busy machine) may report a rect of 0 or its inner size
        // before its frame: the frame is then taken as nothing, never as a negative size.
        async setViewport(width, height) {
          let last = '';
          const frame = (outer: number, inner: number) =>
            Number.isFinite(outer - inner) ? Math.min(200, Math.max(0, outer - inner)) : 0;
          for (let tries = 0; tries < 20; tries++) {
            const inner = await page.run<[number, number]>(() => [innerWidth, innerHeight]);
            if (inner[0] === width && inner[1] === height) return;
            const rect = await session.call<{ width: number; height: number }>(
              'GET',
              '/window/rect',
            );
            last = `window ${rect.width}×${rect.height}, inner ${inner[0]}×${inner[1]}`;
            await session.call('POST', '/window/rect', {
              width: Math.round(width + frame(rect.width, inner[0])),
              height: Math.round(height + frame(rect.height, inner[1])),
            });
            // The page sees the new size a frame or more later: wait for it before measuring again.
            await until(
              'the window takes its new size',
              () => page.run<[number, number]>(() => [innerWidth, innerHeight]),
              (now) => now[0] !== inner[0] || now[1] !== inner[1],
              2_000,
            ).catch(() => undefined);
          }
          throw new Error(`WebKit: the viewport would not become ${width}×${height} (${last})`);
        },
        press: (key) =>
          session.call('POST', '/actions', {
            actions: [
              {
                type: 'key',
                id: 'keyboard',
                actions: [
                  { type: 'keyDown', value: WEBDRIVER_KEYS[key] },
                  { type: 'keyUp', value: WEBDRIVER_KEYS[key] },
                ],
              },
            ],
          }),
        screenshot: async () =>
          Buffer.from(await session.call<string>('GET', '/screenshot'), 'base64'),
      };
      return page;
    },
    close: () => session.quit(),
  };
}

/** Starts the engine, its pages at this device pixel ratio. */
export function launchEngine(engine: Engine, scale = 1): Promise<EngineBrowser> {
  if (engine === 'chromium') return launchChromiumEngine(scale);
  if (engine === 'firefox') return launchFirefoxEngine(scale);
  return launchWebKitEngine(scale);
}

/** Polls `read` until `ok` holds of its value (each engine at its own pace), or fails naming it. */
export async function until<T>(
  what: string,
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await read();
  while (!ok(last)) {
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 50));
    last = await read();
  }
  return last;
}
