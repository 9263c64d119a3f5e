// Full screen for the exhibition screen, where the engine gives it to a page: the standard API, or
// WebKit's prefixed one (Safari on iPads before 16.4). iPhones give full screen to videos only:
// there `requestFullscreen` is missing, calling it threw a TypeError at every press of the button
// or of F, so the button is hidden and the key does nothing.

/** The parts of the Fullscreen API an engine may have, standard or WebKit's. */
export interface FullScreenDocument {
  fullscreenEnabled?: boolean;
  fullscreenElement?: Element | null;
  exitFullscreen?: () => Promise<void> | void;
  webkitFullscreenEnabled?: boolean;
  webkitFullscreenElement?: Element | null;
  webkitExitFullscreen?: () => void;
}

export interface FullScreenTarget {
  requestFullscreen?: (options?: FullscreenOptions) => Promise<void> | void;
  webkitRequestFullscreen?: () => void;
}

export interface FullScreen {
  /** Whether this engine can show the page full screen (false on iPhones, in some frames). */
  readonly available: boolean;
  /** Enters full screen, or leaves it; refusals (no user gesture, a frame) reject, never throw. */
  toggle(): Promise<void>;
}

export function fullScreenFor(doc: FullScreenDocument, target: FullScreenTarget): FullScreen {
  const standard = typeof target.requestFullscreen === 'function';
  const prefixed = !standard && typeof target.webkitRequestFullscreen === 'function';
  // fullscreenEnabled is false in a frame without allow="fullscreen"; engines without it at all
  // (older WebKit) say nothing, and then the method's presence decides.
  const enabled = standard
    ? doc.fullscreenEnabled !== false
    : prefixed && doc.webkitFullscreenEnabled !== false;
  const current = () => (standard ? doc.fullscreenElement : doc.webkitFullscreenElement) ?? null;
  return {
    available: enabled,
    toggle: () =>
      // Older engines return nothing, or throw, rather than a promise: the same promise for all.
      new Promise<void>((resolve) => {
        if (!enabled) return resolve();
        if (current()) {
          resolve(standard ? doc.exitFullscreen?.() : doc.webkitExitFullscreen?.());
        } else {
          resolve(
            standard
              ? target.requestFullscreen?.({ navigationUI: 'hide' })
              : target.webkitRequestFullscreen?.(),
          );
        }
      }),
  };
}
