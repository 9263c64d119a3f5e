// The story's two languages and their BCP 47 tags; shared by build and browser code (no zod here).
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const LANG_TAG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };
export const isLang = (value: unknown): value is Lang => value === 'zh' || value === 'en';
