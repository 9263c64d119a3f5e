// Exhibition mode's rules, in node: reading its URL, the keys clickers send, touch gestures, the
// reading time that sets the loop's pace, the loop itself on a fake clock, and the QR code (drawn
// here and read back with a QR decoder).
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { AutoplayLoop, type LoopClock } from '../../src/exhibit/autoplayLoop.ts';
import { exhibitActionForKey } from '../../src/exhibit/exhibitKeys.ts';
import { fullScreenFor } from '../../src/exhibit/fullScreen.ts';
import { DEFAULT_IDLE_SECONDS, exhibitOptions } from '../../src/exhibit/exhibitOptions.ts';
import { handoffUrl, publicBaseOf, qrSquares } from '../../src/exhibit/handoff.ts';
import {
  MAX_DWELL_SECONDS,
  MIN_DWELL_SECONDS,
  readingSeconds,
} from '../../src/exhibit/readingTime.ts';
import { actionForTouch } from '../../src/exhibit/touchGestures.ts';

describe('exhibitOptions', () => {
  it('reads the exhibition settings', () => {
    expect(exhibitOptions('?mode=exhibit&autoplay=1&dwell=8&idle=30&theme=light')).toEqual({
      exhibit: true,
      autoplay: true,
      dwellSeconds: 8,
      idleSeconds: 30,
      theme: 'light',
      warnings: [],
    });
    expect(exhibitOptions('?mode=exhibit')).toMatchObject({
      autoplay: false,
      dwellSeconds: null,
      idleSeconds: DEFAULT_IDLE_SECONDS,
      theme: 'dark',
    });
  });
  it('falls back from bad values and says which', () => {
    const options = exhibitOptions('?mode=exhibit&dwell=-3&idle=soon&theme=neon&autoplay=yes');
    expect(options).toMatchObject({ dwellSeconds: null, idleSeconds: 60, theme: 'dark' });
    expect(options.warnings).toHaveLength(4);
    expect(options.warnings.join('\n')).toMatch(/dwell="-3"[^]*idle="soon"/);
  });
  it('leaves a reader alone: no exhibition, no checks of its settings', () => {
    expect(exhibitOptions('?dwell=x')).toMatchObject({ exhibit: false, warnings: [] });
    expect(exhibitOptions('?mode=kiosk').warnings).toEqual([
      'Unknown mode="kiosk" ignored; reading.',
    ]);
  });
});

describe('clicker keys and touches', () => {
  const key = (k: string, mods: Partial<Record<'ctrlKey' | 'altKey' | 'metaKey', boolean>> = {}) =>
    exhibitActionForKey({ key: k, ctrlKey: false, altKey: false, metaKey: false, ...mods });
  it('takes what clickers send: page and arrow keys, B and "." to blank', () => {
    expect(['PageDown', 'ArrowRight', 'ArrowDown'].map((k) => key(k))).toEqual([
      'next',
      'next',
      'next',
    ]);
    expect(['PageUp', 'ArrowLeft', 'ArrowUp'].map((k) => key(k))).toEqual([
      'previous',
      'previous',
      'previous',
    ]);
    expect([key('b'), key('B'), key('.')]).toEqual(['blank', 'blank', 'blank']);
    expect([key('Home'), key('End'), key('f'), key('l'), key('p')]).toEqual([
      'first',
      'last',
      'fullscreen',
      'language',
      'play',
    ]);
  });
  it('leaves browser shortcuts and other keys alone', () => {
    expect(key('f', { ctrlKey: true })).toBeNull();
    expect(key('l', { metaKey: true })).toBeNull();
    expect(key('x')).toBeNull();
  });
  it('reads swipes by direction and taps by side', () => {
    const at = (startX: number, startY: number, endX: number, endY: number) =>
      actionForTouch({ startX, startY, endX, endY, width: 900 });
    expect(at(600, 300, 400, 310)).toBe('next'); // swipe left
    expect(at(400, 300, 600, 290)).toBe('previous'); // swipe right
    expect(at(450, 600, 455, 400)).toBe('next'); // swipe up
    expect(at(800, 300, 802, 302)).toBe('next'); // tap, right third
    expect(at(100, 300, 100, 300)).toBe('previous'); // tap, left third
    expect(at(450, 300, 452, 301)).toBeNull(); // tap in the middle: the graphic's
    expect(at(450, 300, 475, 310)).toBeNull(); // neither a tap nor a swipe
  });
});

describe('readingSeconds', () => {
  it('gives longer texts longer, within bounds', () => {
    const zhShort = readingSeconds('浙江。', 'zh');
    const zhLong = readingSeconds('援'.repeat(100), 'zh');
    expect(zhShort).toBe(MIN_DWELL_SECONDS);
    expect(zhLong).toBeCloseTo(100 / 5 + 4, 5);
    expect(readingSeconds('援'.repeat(1000), 'zh')).toBe(MAX_DWELL_SECONDS);
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    expect(readingSeconds(words(50), 'en')).toBeCloseTo(50 / (200 / 60) + 4, 0);
  });
});

/** A clock whose time moves only when the test says. */
function fakeClock() {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const clock: LoopClock = {
    setTimeout(run, ms) {
      timers.set(next, { at: now + ms, run });
      return next++;
    },
    clearTimeout(id) {
      timers.delete(id);
    },
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = [...timers.entries()]
        .filter(([, t]) => t.at <= end)
        .sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].run();
    }
    now = end;
  };
  return { clock, advance, pending: () => timers.size };
}

function loopOver(steps: string[], autoplay: boolean) {
  const { clock, advance, pending } = fakeClock();
  let current = steps[0] as string;
  const seen: string[] = [];
  const show = (id: string) => {
    current = id;
    seen.push(id);
    loop.stepShown(id);
  };
  const loop = new AutoplayLoop(
    {
      dwellMs: (id) => (id === 'b' ? 2000 : 1000),
      advance: () => show(steps[(steps.indexOf(current) + 1) % steps.length] as string),
      returnToCover: () => show(steps[0] as string),
    },
    clock,
    { autoplay, idleMs: 5000 },
  );
  show(current);
  return { loop, advance, seen, pending, show, current: () => current };
}

describe('AutoplayLoop', () => {
  it('stays each step its dwell time and loops from the last step to the cover', () => {
    const { advance, seen } = loopOver(['a', 'b', 'c'], true);
    advance(999);
    expect(seen).toEqual(['a']);
    advance(1); // a: 1 s
    advance(2000); // b: 2 s
    advance(1000); // c: 1 s, then the cover again
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
  });
  it('pauses on input, and after the idle time goes back to the cover and plays', () => {
    const { loop, advance, seen, show } = loopOver(['a', 'b', 'c'], true);
    advance(1000);
    loop.userInput();
    show('c'); // the visitor moves by hand
    expect(loop.status).toBe('paused');
    advance(4999);
    expect(seen).toEqual(['a', 'b', 'c']);
    advance(1);
    expect(seen.at(-1)).toBe('a');
    expect(loop.status).toBe('playing');
    advance(1000);
    expect(seen.at(-1)).toBe('b');
  });
  it('each input restarts the idle time', () => {
    const { loop, advance, seen } = loopOver(['a', 'b'], true);
    loop.userInput();
    advance(4000);
    loop.userInput();
    advance(4000);
    expect(seen).toEqual(['a']);
    advance(1000);
    expect(loop.playing).toBe(true);
  });
  it('without autoplay, only the play key starts it; input does not schedule anything', () => {
    const { loop, advance, seen, pending } = loopOver(['a', 'b'], false);
    loop.userInput();
    advance(60_000);
    expect(seen).toEqual(['a']);
    expect(pending()).toBe(0);
    loop.toggle();
    advance(1000);
    expect(seen).toEqual(['a', 'b']);
    loop.toggle();
    expect(loop.status).toBe('off');
  });
  it('leaves no timer behind when destroyed', () => {
    const { loop, pending } = loopOver(['a', 'b'], true);
    loop.userInput();
    loop.destroy();
    expect(pending()).toBe(0);
  });
});

describe('hand-off QR code', () => {
  it('opens the step in the screen language at the public address', () => {
    expect(handoffUrl('https://news.example/aksu/', 'en', 'alar-buses-bikes')).toBe(
      'https://news.example/aksu/en.html#alar-buses-bikes',
    );
    expect(handoffUrl('https://news.example/aksu/', 'zh', 'cover')).toBe(
      'https://news.example/aksu/?lang=zh#cover',
    );
    expect(publicBaseOf('https://news.example/aksu', 'http://10.0.0.5/x/?mode=exhibit')).toBe(
      'https://news.example/aksu/',
    );
    expect(publicBaseOf('', 'http://10.0.0.5/x/en.html?mode=exhibit&autoplay=1#cover')).toBe(
      'http://10.0.0.5/x/',
    );
  });
  it('draws a code that a QR reader decodes to that address', () => {
    const url = handoffUrl('https://news.example/2021/aksu/', 'zh', 'outlets-1288-stores');
    const { size, path } = qrSquares(url);
    // Paint the path's squares (module units, 4-module quiet zone, 4 px a module) as RGBA.
    const scale = 4;
    const side = (size + 8) * scale;
    const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
    for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
      for (let dx = 0; dx < Number(w) * scale; dx += 1) {
        for (let dy = 0; dy < scale; dy += 1) {
          const px = (Number(x) + 4) * scale + dx;
          const py = (Number(y) + 4) * scale + dy;
          pixels.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3);
        }
      }
    }
    expect(jsQR(pixels, side, side)?.data).toBe(url);
  });
});

describe('fullScreenFor', () => {
  const calls: string[] = [];
  const element = (api: 'standard' | 'webkit' | 'none', refuse = false) => ({
    ...(api === 'standard' && {
      requestFullscreen: () => {
        calls.push('request');
        return refuse ? Promise.reject(new TypeError('not allowed')) : Promise.resolve();
      },
    }),
    // WebKit's prefixed method returns nothing, and may throw.
    ...(api === 'webkit' && {
      webkitRequestFullscreen: () => {
        calls.push('webkit request');
        if (refuse) throw new Error('refused');
      },
    }),
  });

  it('is unavailable on iPhones (no method for a page) and in frames that forbid it', async () => {
    calls.length = 0;
    const iPhone = fullScreenFor({}, element('none'));
    expect(iPhone.available).toBe(false);
    await expect(iPhone.toggle()).resolves.toBeUndefined();
    const frame = fullScreenFor({ fullscreenEnabled: false }, element('standard'));
    expect(frame.available).toBe(false);
    await frame.toggle();
    expect(calls).toEqual([]);
  });

  it('uses the standard API, or WebKit’s prefixed one (older iPads), to enter and leave', async () => {
    calls.length = 0;
    await fullScreenFor({ fullscreenEnabled: true }, element('standard')).toggle();
    const exitFullscreen = () => void calls.push('exit');
    await fullScreenFor(
      { fullscreenElement: {} as Element, exitFullscreen },
      element('standard'),
    ).toggle();
    const iPad = fullScreenFor({ webkitFullscreenEnabled: true }, element('webkit'));
    expect(iPad.available).toBe(true);
    await iPad.toggle();
    const webkitExitFullscreen = () => void calls.push('webkit exit');
    await fullScreenFor(
      { webkitFullscreenElement: {} as Element, webkitExitFullscreen },
      element('webkit'),
    ).toggle();
    expect(calls).toEqual(['request', 'exit', 'webkit request', 'webkit exit']);
  });

  it('turns a refusal, thrown or rejected, into a rejected promise', async () => {
    await expect(fullScreenFor({}, element('standard', true)).toggle()).rejects.toThrow(
      'not allowed',
    );
    await expect(fullScreenFor({}, element('webkit', true)).toggle()).rejects.toThrow('refused');
  });
});
