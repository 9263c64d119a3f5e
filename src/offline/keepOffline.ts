// Registers the service worker (dist/sw.js) that keeps the story working with the network cut.
// A reader gets a new version on their next visit; an exhibition screen, which is never closed,
// switches to a new version by reloading when it is back on the cover.
export function keepOffline(mode: { exhibit: boolean }): void {
  if (import.meta.env.DEV) return;
  const container = serviceWorkers(navigator);
  if (!container) return;
  // A refusal (storage blocked, a private mode) rejects: the story reads on without.
  container
    .register(new URL('sw.js', document.baseURI), { scope: './' })
    .then((registration) => {
      if (!mode.exhibit) return;
      const takeOver = (worker: ServiceWorker | null) => {
        // Only a new version waits; the very first one becomes active by itself (and its taking
        // control of this page is no reason to reload it).
        if (!worker || !container.controller) return;
        container.addEventListener('controllerchange', reloadOnCover, { once: true });
        worker.postMessage('skip-waiting');
      };
      takeOver(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed') takeOver(worker);
        });
      });
    })
    .catch((error: unknown) => console.warn('Offline copy not available', error));
}

/**
 * The page's service workers, or null where it may have none: not a secure context, WebKit in
 * apps' web views, and frames. Reading `navigator.serviceWorker` throws a SecurityError in a
 * sandboxed frame without allow-same-origin (Chromium; Firefox where storage is blocked): an
 * article embedding the story that way logged an uncaught error.
 */
export function serviceWorkers(nav: Navigator): ServiceWorkerContainer | null {
  try {
    return ('serviceWorker' in nav && nav.serviceWorker) || null;
  } catch {
    return null;
  }
}

/** Reloads now if the screen shows the cover, else the moment it comes back to it. */
function reloadOnCover(): void {
  const root = document.documentElement;
  const atCover = () => root.hasAttribute('data-exhibit-at-cover');
  if (atCover()) {
    location.reload();
    return;
  }
  const watch = new MutationObserver(() => {
    if (!atCover()) return;
    watch.disconnect();
    location.reload();
  });
  watch.observe(root, { attributes: true, attributeFilter: ['data-exhibit-at-cover'] });
}
