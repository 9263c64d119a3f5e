// Renders the social-share cards (1200×630 PNG, one per language) from data/story.json into
// public/, so a shared link shows the story's title over its locator line. Run after editing the
// title or dek: npm run share-cards (needs Debian's Chromium).
import { readFileSync } from 'node:fs';
import { loadContent } from '../src/content/loadContent.ts';
import { escapeHtml } from '../src/build/html.ts';
import { launchChromium } from '../tests/e2e/harness.ts';

const content = loadContent('data');
const tokens = readFileSync('src/styles/tokens.css', 'utf8');
const { meta } = content.story;

function cardHtml(lang: 'zh' | 'en'): string {
  const aksu = content.places.find((p) => p.id === 'aksu-prefecture')?.name[lang] ?? '';
  const zhejiang = content.places.find((p) => p.id === 'zhejiang')?.name[lang] ?? '';
  return `<!doctype html><html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><style>${tokens}
    body { margin: 0; width: 1200px; height: 630px; background: var(--color-paper); color: var(--color-ink);
      font-family: var(--font-sans); display: grid; grid-template-columns: 620px 1fr; }
    .text { padding: 64px 0 64px 64px; display: flex; flex-direction: column; justify-content: center; }
    h1 { font-family: var(--font-serif); font-size: ${lang === 'zh' ? 58 : 56}px; line-height: 1.15; margin: 0 0 24px; }
    p { font-size: 24px; line-height: 1.45; color: var(--color-ink-soft); margin: 0; }
    .brand { margin-top: 32px; font-size: 20px; font-weight: 700; color: var(--color-zhejiang); }
    svg text { font: 700 26px var(--font-sans); fill: var(--color-ink); }
  </style></head><body>
    <div class="text"><h1>${escapeHtml(meta.title[lang])}</h1>
      <p>${escapeHtml(meta.description[lang])}</p>
      <div class="brand">${escapeHtml(meta.byline[lang])} · ${escapeHtml(meta.dateline[lang])}</div></div>
    <svg viewBox="0 0 580 630" width="580" height="630">
      <path d="M150,360 Q290,150 430,360" fill="none" stroke="var(--color-ink-soft)" stroke-width="4" stroke-dasharray="12 10"/>
      <circle cx="150" cy="370" r="34" fill="var(--color-aksu)"/><circle cx="430" cy="370" r="34" fill="var(--color-zhejiang)"/>
      <text x="150" y="450" text-anchor="middle">${escapeHtml(aksu)}</text>
      <text x="430" y="450" text-anchor="middle">${escapeHtml(zhejiang)}</text>
    </svg></body></html>`;
}

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  for (const lang of ['zh', 'en'] as const) {
    await page.setContent(cardHtml(lang));
    await page.screenshot({ path: `public/share-${lang}.png` });
    console.log(`public/share-${lang}.png`);
  }
} finally {
  await browser.close();
}
