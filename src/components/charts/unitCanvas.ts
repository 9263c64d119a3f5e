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
      const box = entry?.devicePixelContentBoxSize?.[0];
      const rect = entry?.contentRect;
      if (!rect) return;
      // Browsers without device-pixel boxes get the ratio instead (no zoom then).
      this.pixelWidth = Math.round(box?.inlineSize ?? rect.width * devicePixelRatio);
      this.pixelHeight = Math.round(box?.blockSize ?? rect.height * devicePixelRatio);
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
    this.observer.observe(this.canvas, { box: 'device-pixel-content-box' });
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
    if (!ctx || pixelWidth === 0 || this.size.width === 0) return;
    canvas.dataset.painted = '';
    const scale = pixelWidth / this.size.width;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, pixelWidth, pixelHeight);
    ctx.setTransform(scale, 0, 0, scale, 0, 0);
    // Outlines are one device-independent pixel wide, as the SVG's non-scaling strokes were.
    ctx.lineWidth = 1;
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
      if (s.planned) {
        ctx.rect(s.x + 0.5, s.y + 0.5, Math.max(0, s.width - 1), Math.max(0, s.height - 1));
      } else {
        ctx.rect(s.x, s.y, s.width, s.height);
      }
    }
    flush();
    ctx.globalAlpha = 1;
  }
}
