// The pages' Content Security Policy, shipped in each page as <meta http-equiv>: scripts and
// everything else only from the site itself, no inline scripts, no eval, and inline <style> only
// by the hash of each block the build inlined. Hosts that serve the files can send the same
// policy as a header (README).
import { createHash } from 'node:crypto';

const BASE = [
  "default-src 'self'",
  "script-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];

function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] as string);
}

export function contentSecurityPolicy(html: string): string {
  const hashes = inlineStyles(html).map(
    (css) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`,
  );
  return [...BASE, ["style-src 'self'", ...hashes].join(' ')].join('; ');
}

/** The page with its policy as the first thing in <head>, so it governs all that follows. */
export function withContentSecurityPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html)}">`;
  if (!/<meta charset="utf-8"\s*\/?>/i.test(html)) throw new Error('page has no <meta charset>');
  return html.replace(/<meta charset="utf-8"\s*\/?>/i, (charset) => `${charset}\n    ${meta}`);
}
