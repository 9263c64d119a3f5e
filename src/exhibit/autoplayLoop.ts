// The kiosk loop: while playing, each step stays for its dwell time and then the story moves on,
// from the last step back to the cover. Any input pauses it; left alone for the idle time, the
// screen goes back to the cover and plays again. Timers come from outside, so the rules are
// tested with a fake clock, and destroy() leaves none behind.
export interface LoopClock {
  setTimeout(run: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface LoopHooks {
  dwellMs(stepId: string): number;
  /** Shows the next step (the cover after the last). */
  advance(): void;
  returnToCover(): void;
  onStateChange?(state: LoopState): void;
}

/** off: the screen is driven by hand; paused: by hand for now, the loop resumes when idle. */
export type LoopState = 'playing' | 'paused' | 'off';

export class AutoplayLoop {
  private state: LoopState;
  private current: string | null = null;
  private dwellTimer: number | null = null;
  private idleTimer: number | null = null;

  constructor(
    private readonly hooks: LoopHooks,
    private readonly clock: LoopClock,
    private readonly options: { autoplay: boolean; idleMs: number },
  ) {
    this.state = options.autoplay ? 'playing' : 'off';
  }

  get playing(): boolean {
    return this.state === 'playing';
  }

  get status(): LoopState {
    return this.state;
  }

  /** The screen now shows this step (whoever moved it there). */
  stepShown(stepId: string): void {
    this.current = stepId;
    if (this.state === 'playing') this.scheduleDwell();
  }

  /** A key, click or touch from a person: they are in charge until they leave it alone. */
  userInput(): void {
    if (this.state === 'off') return;
    this.setState('paused');
    this.clear('dwell');
    this.scheduleIdle();
  }

  /** The play/pause key. */
  toggle(): void {
    if (this.state === 'playing') {
      this.clear('dwell');
      if (this.options.autoplay) {
        this.setState('paused');
        this.scheduleIdle();
      } else this.setState('off');
    } else this.play();
  }

  destroy(): void {
    this.clear('dwell');
    this.clear('idle');
    this.setState('off');
  }

  private play(): void {
    this.clear('idle');
    this.setState('playing');
    this.scheduleDwell();
  }

  private scheduleDwell(): void {
    this.clear('dwell');
    if (this.current === null) return;
    this.dwellTimer = this.clock.setTimeout(() => {
      this.dwellTimer = null;
      this.hooks.advance();
    }, this.hooks.dwellMs(this.current));
  }

  private scheduleIdle(): void {
    this.clear('idle');
    this.idleTimer = this.clock.setTimeout(() => {
      this.idleTimer = null;
      this.hooks.returnToCover();
      this.play();
    }, this.options.idleMs);
  }

  private clear(timer: 'dwell' | 'idle'): void {
    const id = timer === 'dwell' ? this.dwellTimer : this.idleTimer;
    if (id !== null) this.clock.clearTimeout(id);
    if (timer === 'dwell') this.dwellTimer = null;
    else this.idleTimer = null;
  }

  private setState(state: LoopState): void {
    if (state === this.state) return;
    this.state = state;
    this.hooks.onStateChange?.(state);
  }
}
