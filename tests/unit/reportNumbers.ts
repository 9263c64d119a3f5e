// Test helper: reads numbers out of the report's Chinese the way a careful reader would —
// 6000多万 is 60 million and a lower bound, 3.46亿 is 346 million, 千余 is 1,000 and more,
// 两 is 2 — so the figures table can be checked against the report itself.
export interface ReportNumber {
  value: number;
  /** 'at-least' for 多/余/以上, 'about' for 左右, null when the report gives it plainly. */
  qualifier: 'at-least' | 'about' | null;
  text: string;
  index: number;
}

const CN_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  百: 100,
  千: 1000,
};
const SCALE: Record<string, number> = { 万: 1e4, 亿: 1e8 };

function qualifierAfter(rest: string): ReportNumber['qualifier'] {
  if (/^[^\d，,。;；]{0,4}?以上/.test(rest)) return 'at-least';
  if (/^[^\d，,。;；]{0,4}?左右/.test(rest)) return 'about';
  return null;
}

/** Every number in a piece of report text, Arabic or Chinese, scaled and qualified. */
export function numbersIn(text: string): ReportNumber[] {
  const found: ReportNumber[] = [];
  const pattern = /(\d+(?:\.\d+)?)(多|余)?(万|亿)?(多|余)?|([一二两三四五六七八九十百千])(余)?/g;
  for (const m of text.matchAll(pattern)) {
    const rest = text.slice(m.index + m[0].length);
    if (m[1] !== undefined) {
      const value = Number(m[1]) * (m[3] ? (SCALE[m[3]] as number) : 1);
      const rough = Boolean(m[2] || m[4]);
      found.push({
        value: Math.round(value * 100) / 100,
        qualifier: rough ? 'at-least' : qualifierAfter(rest),
        text: m[0],
        index: m.index,
      });
    } else if (m[5] !== undefined) {
      found.push({
        value: CN_DIGITS[m[5]] as number,
        qualifier: m[6] ? 'at-least' : qualifierAfter(rest),
        text: m[0],
        index: m.index,
      });
    }
  }
  return found;
}

export const squash = (text: string) => text.replace(/\s+/g, '');
