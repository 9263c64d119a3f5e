// How long the loop stays on a step when no dwell is set: the time to read its text at a calm
// pace (300 Chinese characters or 200 English words a minute), plus a moment for the graphic,
// within bounds so a short step is not skipped past and a long one does not stall the loop.
import type { Lang } from '../content/langs.ts';

export const MIN_DWELL_SECONDS = 7;
export const MAX_DWELL_SECONDS = 30;
const LOOK_AT_GRAPHIC_SECONDS = 4;

export function readingSeconds(text: string, lang: Lang): number {
  const units =
    lang === 'zh'
      ? (text.match(/[\p{Script=Han}\p{N}]/gu)?.length ?? 0) / 5
      : (text.match(/[\p{L}\p{N}’'-]+/gu)?.length ?? 0) / (200 / 60);
  const total = units + LOOK_AT_GRAPHIC_SECONDS;
  return Math.min(MAX_DWELL_SECONDS, Math.max(MIN_DWELL_SECONDS, Math.round(total * 10) / 10));
}
