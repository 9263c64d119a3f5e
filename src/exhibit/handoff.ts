// The QR code on an exhibition screen: it opens the step on show in the visitor's phone, in the
// screen's language, at the story's public address (SITE_URL at build time; without one, the
// address the screen itself was loaded from). Drawn here, from the URL, with no online service.
import qrcode from 'qrcode-generator';
import type { Lang } from '../content/langs.ts';

/** The public page for a step: en.html for English, the index with ?lang=zh for Chinese. */
export function handoffUrl(publicBase: string, lang: Lang, stepId: string): string {
  const url = new URL(lang === 'en' ? 'en.html' : './', publicBase);
  if (lang === 'zh') url.searchParams.set('lang', 'zh');
  url.hash = stepId;
  return url.href;
}

/** Where the story is published, as seen from this screen when no public address is set. */
export function publicBaseOf(configured: string, pageUrl: string): string {
  if (configured) return configured.endsWith('/') ? configured : `${configured}/`;
  return new URL('./', pageUrl).href;
}

export interface QrSquares {
  /** Modules per side, quiet zone excluded. */
  size: number;
  /** One SVG path of every dark module, in module units. */
  path: string;
}

export function qrSquares(text: string): QrSquares {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  const runs: string[] = [];
  for (let row = 0; row < size; row += 1) {
    let col = 0;
    while (col < size) {
      if (!qr.isDark(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < size && qr.isDark(row, col)) col += 1;
      runs.push(`M${start} ${row}h${col - start}v1h${start - col}z`);
    }
  }
  return { size, path: runs.join('') };
}
