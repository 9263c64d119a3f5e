// Paints a unit chart's squares on a canvas under the chart's SVG (which keeps the labels, ticks
// and the accessible description), and moves them from step to step in one animation frame loop.
// The canvas is as sharp as the screen: its pixels follow the device pixels it covers, zoom
// included (the exhibition screen zooms the page). Colours come from the page's CSS tokens, and
// are read again whenever the theme changes (a CSS transition on the canvas tells when).
import { easeCubicInOut } from 'd3-ease';
import { UnitTween, type UnitSprite } from '../../charts/unitMotion.ts';

export interface UnitPaint {
  /** The CSS colour of a figure's units (a token's var() too): it is resolved on the canvas. */
  colour: (figureId: string) => string;
}

interface Size {
  width: number;
  height: number;
}

/**
 * The canvas's backing store in device pixels. The device-pixel box is exact (the pixels the
 * canvas covers, snapped), but is not always in device pixels: Chromium with an emulated device
 * scale factor (DevTools' device mode, Playwright's deviceScaleFactor) reports it in CSS pixels,
 * so a canvas at a ratio of 2 got a 1× backing store that the screen stretched, blurring every
 * square. It is used only when it agrees with the CSS size × the ratio × any CSS zoom (the
 * exhibition screen's); otherwise that product, rounded, is.
 */
function backingSize(
  canvas: HTMLCanvasElement,
  rect: DOMRectReadOnly,
  box: ResizeObserverSize | undefined,
): [number, number] {
  const ratio = devicePixelRatio * cssZoom(canvas);
  const pick = (reported: number | undefined, css: number) =>
    reported !== undefined && Math.abs(reported - css * ratio) <= 1
      ? reported
      : Math.round(css * ratio);
  return [pick(box?.inlineSize, rect.width), pick(box?.blockSize, rect.height)];
}

/**
 * The CSS zoom the canvas is drawn at. Engines without `currentCSSZoom` (WebKit 2.50, Safari)
 * report a zoomed box unzoomed, so the exhibition's own zoom, which its page sets as
 * `--exhibit-zoom` and every element inherits, is read instead; elsewhere it is 1.
 */
function cssZoom(canvas: HTMLCanvasElement): number {
  const current = (canvas as { currentCSSZoom?: number }).currentCSSZoom;
  if (current !== undefined) return current;
  const exhibit = Number.parseFloat(getComputedStyle(canvas).getPropertyValue('--exhibit-zoom'));
  return Number.isFinite(exhibit) && exhibit > 0 ? exhibit : 1;
}

/** Muted units step back as far as muted SVG marks do (`.is-muted` in chart.styles.ts). */
const MUTED_OPACITY = 0.35;

export class UnitCanvas {
  readonly canvas: HTMLCanvasElement;
  private drawn: readonly UnitSprite[] = [];
  private tween: UnitTween | null = null;
  private start = 0;
  private duration = 0;
  private frame = 0;
  private paint: UnitPaint | null = null;
  private readonly resolved = new Map<string, string>();
  private readonly observer: ResizeObserver;
  private pixelWidth = 0;
  private pixelHeight = 0;
  /** The plot's size the sprites were laid out for, in CSS pixels. */
  private size: Size = { width: 0, height: 0 };

  constructor() {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'units';
    this.canvas.setAttribute('aria-hidden', 'true');
    this.observer = new ResizeObserver(([entry]) => {
      const rect = entry?.contentRect;
      if (!rect) return;
      const [width, height] = backingSize(this.canvas, rect, entry.devicePixelContentBoxSize?.[0]);
      this.pixelWidth = width;
      this.pixelHeight = height;
      // Shown again after display: none, the theme may have changed unseen.
      this.resolved.clear();
      // During a move the next frame repaints at the new size anyway; painting here as well
      // would paint a thousand units twice in one frame.
      if (!this.tween) this.repaint();
    });
    // The canvas's colour transitions when the theme's tokens change; that is the cue to repaint.
    this.canvas.addEventListener('transitionrun', this.recolour);
  }

  /** The sprites on screen now: the step's, or the frame of a move under way. */
  get sprites(): readonly UnitSprite[] {
    return this.tween ? this.tween.at(this.progress(performance.now())) : this.drawn;
  }

  /** Starts watching the canvas's size (again, after the chart was moved in the page). */
  connect(): void {
    // WebKit (every iPhone browser) has no device-pixel box and throws on it: the squares were
    // never painted there. Without it, the backing store is the CSS size × the ratio.
    try {
      this.observer.observe(this.canvas, { box: 'device-pixel-content-box' });
    } catch {
      this.observer.observe(this.canvas);
    }
  }

  /**
   * Shows the step's sprites, laid out for a plot of `size`: moved there over `duration` ms, or
   * at once when it is 0.
   */
  show(next: readonly UnitSprite[], paint: UnitPaint, duration: number, size: Size): void {
    this.paint = paint;
    this.resolved.clear();
    // The canvas is exactly the size the units were laid out for, so it never stretches them
    // while the plot is resized and before they are laid out again.
    if (size.width !== this.size.width || size.height !== this.size.height) {
      this.size = size;
      this.canvas.style.width = `${size.width}px`;
      this.canvas.style.height = `${size.height}px`;
    }
    // A move caught half-way starts again from where the marks are now.
    const current = this.sprites.map((s) => ({ ...s }));
    cancelAnimationFrame(this.frame);
    if (duration <= 0 || (current.length === 0 && next.length === 0)) {
      this.tween = null;
      this.drawn = next;
      this.repaint();
      return;
    }
    this.tween = new UnitTween(current, next);
    this.drawn = this.tween.final;
    this.start = performance.now();
    this.duration = duration;
    const step = (now: number) => {
      const t = this.progress(now);
      this.repaint();
      if (t < 1) this.frame = requestAnimationFrame(step);
      else this.tween = null;
    };
    this.frame = requestAnimationFrame(step);
  }

  disconnect(): void {
    cancelAnimationFrame(this.frame);
    this.tween = null;
    this.observer.disconnect();
  }

  private progress(now: number): number {
    return this.tween ? easeCubicInOut(Math.min(1, (now - this.start) / this.duration)) : 1;
  }

  private readonly recolour = () => {
    this.resolved.clear();
    this.repaint();
  };

  /**
   * A figure's colour as the canvas can use it: whatever CSS colour the chart gives (a token,
   * light-dark(), a name) computed on the canvas itself, so it follows the host's tokens.
   */
  private colourOf(figureId: string): string {
    let colour = this.resolved.get(figureId);
    if (colour === undefined) {
      const probe = this.canvas.style;
      probe.setProperty('border-top-color', this.paint?.colour(figureId) ?? 'currentColor');
      colour = getComputedStyle(this.canvas).borderTopColor;
      probe.removeProperty('border-top-color');
      this.resolved.set(figureId, colour);
    }
    return colour;
  }

  private repaint(): void {
    const { canvas, pixelWidth, pixelHeight } = this;
    if (canvas.width !== pixelWidth) canvas.width = pixelWidth;
    if (canvas.height !== pixelHeight) canvas.height = pixelHeight;
    // A chart without units never gets a canvas backing store.
    if (this.drawn.length === 0 && !this.tween && !canvas.dataset.painted) return;
    const ctx = canvas.getContext('2d');
    if (!ctx || pixelWidth === 0 || this.size.width === 0 || this.size.height === 0) return;
    canvas.dataset.painted = '';
    // Painted in device pixels, each square's edges rounded to whole ones: a square edge that
    // falls between two device pixels is drawn as a soft line of half colour.
    const sx = pixelWidth / this.size.width;
    const sy = pixelHeight / this.size.height;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, pixelWidth, pixelHeight);
    // Outlines are one device-independent pixel wide, as the SVG's non-scaling strokes were.
    const line = Math.max(1, Math.round(sx));
    ctx.lineWidth = line;
    // Units of one look (colour, opacity, filled or outlined) come in runs; each run is one path,
    // filled or stroked once: a thousand separate strokes cost a slow phone 30 ms a frame.
    let run: { colour: string; alpha: number; outlined: boolean } | null = null;
    const flush = () => {
      if (run?.outlined) ctx.stroke();
      else if (run) ctx.fill();
    };
    for (const s of this.sprites) {
      if (s.opacity <= 0 || s.width <= 0) continue;
      const alpha = s.opacity * (s.muted ? MUTED_OPACITY : 1);
      const colour = this.colourOf(s.figureId);
      if (!run || run.colour !== colour || run.alpha !== alpha || run.outlined !== s.planned) {
        flush();
        run = { colour, alpha, outlined: s.planned };
        ctx.globalAlpha = alpha;
        ctx.fillStyle = colour;
        ctx.strokeStyle = colour;
        ctx.beginPath();
      }
      const x = Math.round(s.x * sx);
      const y = Math.round(s.y * sy);
      const w = Math.max(1, Math.round((s.x + s.width) * sx) - x);
      const h = Math.max(1, Math.round((s.y + s.height) * sy) - y);
      if (s.planned) {
        ctx.rect(x + line / 2, y + line / 2, Math.max(0, w - line), Math.max(0, h - line));
      } else {
        ctx.rect(x, y, w, h);
      }
    }
    flush();
    ctx.globalAlpha = 1;
  }
}
