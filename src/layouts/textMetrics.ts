// Text width estimated without a DOM, so layouts stay pure and testable in node: CJK characters
// are one em wide, Latin ones a little over half. Errs on the wide side, so estimates never
// produce overlaps that real fonts would.
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2018-\u201d]/;

export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const ch of text) ems += WIDE.test(ch) ? 1 : /[A-Z0-9%¥]/.test(ch) ? 0.66 : 0.56;
  return ems * fontSize * (bold ? 1.06 : 1);
}

/** Breaks text into lines no wider than maxWidth: between words for Latin, anywhere for CJK. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const tokens =
    text.match(
      /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+\s*|\s+/g,
    ) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    if (line && estimateTextWidth(candidate.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.length ? lines : [''];
}
