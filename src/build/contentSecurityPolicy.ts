// The pages' Content Security Policy, shipped in each page as <meta http-equiv>: scripts and
// everything else only from the site itself, no eval, and inline <script> and <style> only by
// the hash of each block the build inlined (the early script, the story's CSS). Hosts that serve the files can send the same
// policy as a header (README).
import { createHash } from 'node:crypto';

const BASE = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];

/** The hashes of the page's inline blocks of one element (<script> without src, <style>). */
function inlineHashes(html: string, tag: 'script' | 'style'): string[] {
  const blocks = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g');
  return [...html.matchAll(blocks)].map(
    (m) =>
      `'sha256-${createHash('sha256')
        .update(m[1] as string, 'utf8')
        .digest('base64')}'`,
  );
}

export function contentSecurityPolicy(html: string): string {
  return [
    ...BASE,
    ["script-src 'self'", ...inlineHashes(html, 'script')].join(' '),
    ["style-src 'self'", ...inlineHashes(html, 'style')].join(' '),
  ].join('; ');
}

/** The page with its policy as the first thing in <head>, so it governs all that follows. */
export function withContentSecurityPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html)}">`;
  if (!/<meta charset="utf-8"\s*\/?>/i.test(html)) throw new Error('page has no <meta charset>');
  return html.replace(/<meta charset="utf-8"\s*\/?>/i, (charset) => `${charset}\n    ${meta}`);
}
