// Small helpers for writing HTML strings at build time: escaping, and text in both languages.
import type { Bilingual } from '../content/schema.ts';
import { LANG_TAG } from '../content/langs.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

export { LANG_TAG } from '../content/langs.ts';

/**
 * Both languages side by side; CSS shows the one matching <html lang>. `render` returns HTML
 * for one language (already escaped).
 */
export function bilingualHtml(
  tag: string,
  render: (lang: 'zh' | 'en') => string,
  className = '',
): string {
  const cls = className ? ` ${className}` : '';
  return (['zh', 'en'] as const)
    .map(
      (lang) => `<${tag} class="l-${lang}${cls}" lang="${LANG_TAG[lang]}">${render(lang)}</${tag}>`,
    )
    .join('');
}

export function bilingualText(tag: string, text: Bilingual, className = ''): string {
  return bilingualHtml(tag, (lang) => escapeHtml(text[lang]), className);
}
