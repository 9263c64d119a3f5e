// What an exhibition screen is asked to do, read from its URL: ?mode=exhibit, &autoplay=1,
// &dwell=<seconds per step> (default: each step's reading time), &idle=<seconds before an
// untouched screen goes back to the cover and plays again>, &theme=light|dark (dark by default).
// Bad values fall back to their defaults and are reported, as everywhere else.
import type { Theme } from '../embed/elements/elementAttributes.ts';

export interface ExhibitOptions {
  exhibit: boolean;
  autoplay: boolean;
  /** Seconds per step for every step, or null for each step's reading time. */
  dwellSeconds: number | null;
  idleSeconds: number;
  theme: Theme;
  warnings: string[];
}

export const DEFAULT_IDLE_SECONDS = 60;
const DWELL_RANGE = [0.1, 600] as const;
const IDLE_RANGE = [1, 3600] as const;

function seconds(
  params: URLSearchParams,
  name: string,
  [min, max]: readonly [number, number],
  warnings: string[],
): number | null {
  const raw = params.get(name);
  if (raw === null || raw === '') return null;
  const value = Number(raw);
  if (Number.isFinite(value) && value >= min && value <= max) return value;
  warnings.push(`Unknown ${name}="${raw}" ignored (seconds, ${min}–${max}).`);
  return null;
}

export function exhibitOptions(search: string): ExhibitOptions {
  const params = new URLSearchParams(search);
  const warnings: string[] = [];
  const mode = params.get('mode');
  if (mode !== 'exhibit') {
    // A reader's page: the exhibition settings mean nothing here and are not checked.
    if (mode !== null && mode !== 'read') warnings.push(`Unknown mode="${mode}" ignored; reading.`);
    return {
      exhibit: false,
      autoplay: false,
      dwellSeconds: null,
      idleSeconds: DEFAULT_IDLE_SECONDS,
      theme: 'light',
      warnings,
    };
  }
  const autoplay = params.get('autoplay');
  if (autoplay !== null && !['0', '1', 'true', 'false', ''].includes(autoplay)) {
    warnings.push(`Unknown autoplay="${autoplay}" ignored; use 1 or 0.`);
  }
  const theme = params.get('theme');
  if (theme !== null && theme !== 'light' && theme !== 'dark') {
    warnings.push(`Unknown theme="${theme}" ignored; using "dark".`);
  }
  return {
    exhibit: true,
    autoplay: autoplay === '1' || autoplay === 'true' || autoplay === '',
    dwellSeconds: seconds(params, 'dwell', DWELL_RANGE, warnings),
    idleSeconds: seconds(params, 'idle', IDLE_RANGE, warnings) ?? DEFAULT_IDLE_SECONDS,
    theme: theme === 'light' ? 'light' : 'dark',
    warnings,
  };
}
