// The offline service worker the build writes: it precaches every file it is given (and the
// folder address itself), and any change to any file gives it a new version, which is what makes
// browsers install the new build and drop the old cache; and the page finding its service workers
// where it may have none (a sandboxed frame threw).
import { describe, expect, it } from 'vitest';
import { precacheVersion, renderServiceWorker } from '../../src/build/serviceWorker.ts';
import { serviceWorkers } from '../../src/offline/keepOffline.ts';

const files = [
  { path: 'index.html', source: '<html>zh</html>' },
  { path: 'en.html', source: '<html>en</html>' },
  { path: 'assets/china.topo-abc.json', source: new Uint8Array([1, 2, 3]) },
];

/** The FILES list and CACHE name the worker will use. */
function workerConstants(source: string) {
  const cache = /const CACHE = (".*?");/.exec(source)?.[1];
  const list = /const FILES = (\[.*?\]);/.exec(source)?.[1];
  return {
    cache: JSON.parse(cache ?? 'null') as string,
    files: JSON.parse(list ?? '[]') as string[],
  };
}

describe('renderServiceWorker', () => {
  it('precaches the folder address and every file', () => {
    const { files: listed, cache } = workerConstants(renderServiceWorker(files));
    expect(listed).toEqual(['./', 'assets/china.topo-abc.json', 'en.html', 'index.html']);
    expect(cache).toBe(`aksu-story-${precacheVersion(files)}`);
  });
  it('changes version when any file changes, not when the order does', () => {
    const before = precacheVersion(files);
    expect(precacheVersion([...files].reverse())).toBe(before);
    const changed = files.map((f) =>
      f.path === 'en.html' ? { ...f, source: '<html>EN</html>' } : f,
    );
    expect(precacheVersion(changed)).not.toBe(before);
  });
  it('is a script a browser can parse', () => {
    expect(() => new Function(renderServiceWorker(files))).not.toThrow();
  });
});

describe('serviceWorkers (the page’s side)', () => {
  const container = {} as ServiceWorkerContainer;
  it('is the container where the page may have service workers', () => {
    expect(serviceWorkers({ serviceWorker: container } as Navigator)).toBe(container);
  });

  it('is null where there are none: an insecure page, a web view, a sandboxed frame', () => {
    expect(serviceWorkers({} as Navigator)).toBeNull();
    expect(serviceWorkers({ serviceWorker: undefined } as unknown as Navigator)).toBeNull();
    // Chromium in a frame sandboxed without allow-same-origin; Firefox with storage blocked.
    const sandboxed = Object.defineProperty({}, 'serviceWorker', {
      get() {
        throw new DOMException('Service worker is disabled', 'SecurityError');
      },
    }) as Navigator;
    expect(serviceWorkers(sandboxed)).toBeNull();
  });
});
