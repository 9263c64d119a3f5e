// Listeners and other undo steps a page wiring collects, so that its teardown removes every one
// (the long-running exhibition and the embeds are checked for leaks).
export interface Cleanups {
  listen<E extends Event>(
    target: EventTarget,
    type: string,
    handler: (event: E) => void,
    options?: AddEventListenerOptions,
  ): void;
  add(undo: () => void): void;
  runAll(): void;
}

export function cleanups(): Cleanups {
  const undos: (() => void)[] = [];
  return {
    listen(target, type, handler, options) {
      target.addEventListener(type, handler as EventListener, options);
      undos.push(() => target.removeEventListener(type, handler as EventListener, options));
    },
    add(undo) {
      undos.push(undo);
    },
    runAll() {
      undos.splice(0).forEach((undo) => undo());
    },
  };
}
