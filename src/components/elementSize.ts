// A Lit controller that knows an element's size and re-renders its host when the size changes.
// Shared by the map and the charts. The update waits for the next frame: a host whose layout
// depends on its size would otherwise resize itself inside the observer (an observer loop).
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ElementSize implements ReactiveController {
  width = 0;
  height = 0;
  private observer: ResizeObserver | null = null;
  private frame = 0;
  private target: Element | null = null;

  /** `target` gives the element to measure (the host itself unless said otherwise). */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly target$: () => Element | null = () => host,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const width = Math.round(entry.contentRect.width);
      const height = Math.round(entry.contentRect.height);
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        if (width === this.width && height === this.height) return;
        this.width = width;
        this.height = height;
        this.host.requestUpdate();
      });
    });
    this.target = null;
    this.observeTarget();
  }

  /** The target may exist only after the host's first render: observe it once it does. */
  hostUpdated(): void {
    this.observeTarget();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
    cancelAnimationFrame(this.frame);
  }

  private observeTarget(): void {
    const target = this.target$();
    if (!this.observer || !target || target === this.target) return;
    if (this.target) this.observer.unobserve(this.target);
    this.target = target;
    this.observer.observe(target);
  }
}
