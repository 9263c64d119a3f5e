// Both themes' colours, read from the tokens file the pages and the elements use: text and the
// three sides' colours keep WCAG AA contrast (4.5:1) against the paper and the cards.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('src/styles/tokens.css', 'utf8');

/** The custom properties declared in the first rule whose selector list contains `selector`. */
function tokens(selector: string): Record<string, string> {
  const rule = new RegExp(`${selector.replace(/[[\]()'.]/g, '\\$&')}[^{]*\\{([^}]*)\\}`).exec(css);
  if (!rule?.[1]) throw new Error(`no rule for ${selector} in tokens.css`);
  return Object.fromEntries(
    [...rule[1].matchAll(/(--color-[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]),
  );
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const light = tokens(':root,');
const dark = { ...light, ...tokens(":root[data-theme='dark']") };
const TEXT = [
  '--color-ink',
  '--color-ink-soft',
  '--color-zhejiang',
  '--color-aksu',
  '--color-alar',
];

describe.each([
  ['light', light],
  ['dark', dark],
])('%s theme', (_, theme) => {
  it.each(TEXT)('%s reads at 4.5:1 or more on the paper and on cards', (token) => {
    for (const ground of ['--color-paper', '--color-card']) {
      const ratio = contrast(theme[token] as string, theme[ground] as string);
      expect(ratio, `${token} on ${ground}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe.each([
  ['light', light],
  ['dark', dark],
])('%s theme', (_, theme) => {
  // A plan's square is drawn only as hatching in a dashed outline: the hatching must show.
  it('hatches a plan’s square at 3:1 or more on the paper, paler than text', () => {
    const ratio = contrast(theme['--color-hatch'] as string, theme['--color-paper'] as string);
    expect(ratio).toBeGreaterThanOrEqual(3);
    expect(ratio).toBeLessThan(4.5);
  });
});

it('the dark theme changes every colour of the light one', () => {
  const own = tokens(":root[data-theme='dark']");
  expect(Object.keys(own).sort()).toEqual(Object.keys(light).sort());
});
