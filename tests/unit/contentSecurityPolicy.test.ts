// The pages' policy: inline blocks run only if the build put them there (by hash), nothing is
// allowed inline by a blanket rule, and the policy comes before everything it governs.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  withContentSecurityPolicy,
} from '../../src/build/contentSecurityPolicy.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const directive = (policy: string, name: string) =>
  policy.split('; ').find((d) => d.startsWith(`${name} `)) ?? '';

describe('contentSecurityPolicy', () => {
  const page = `<head><script>document.documentElement.lang = 'en';</script>
    <style>body{margin:0}</style><script type="module" src="./assets/index.js"></script></head>`;
  const policy = contentSecurityPolicy(page);

  it('allows each inline script and style by its hash, and nothing else inline', () => {
    expect(directive(policy, 'script-src')).toBe(
      `script-src 'self' ${sha("document.documentElement.lang = 'en';")}`,
    );
    expect(directive(policy, 'style-src')).toBe(`style-src 'self' ${sha('body{margin:0}')}`);
    expect(policy).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('gives a changed script a different hash, so an edited page fails closed', () => {
    const edited = contentSecurityPolicy(page.replace("'en'", "'zh-CN'"));
    expect(directive(edited, 'script-src')).not.toBe(directive(policy, 'script-src'));
  });

  it('goes first in the head, right after the charset', () => {
    const html = withContentSecurityPolicy(`<head><meta charset="utf-8">${page.slice(6)}`);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script>'));
    expect(() => withContentSecurityPolicy(page)).toThrow(/charset/);
  });
});
