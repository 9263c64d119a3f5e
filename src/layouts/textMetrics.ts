// Text width estimated without a DOM, so layouts stay pure and testable in node: CJK characters
// are one em wide, Latin ones a little over half. Errs on the wide side, so estimates never
// produce overlaps that real fonts would.
/** Ems of one character: CJK (and curly quotes) one em, capitals and figures 0.66, the rest 0.56. */
function charEms(code: number): number {
  if (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x2018 && code <= 0x201d)
  ) {
    return 1;
  }
  const upperOrFigure =
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x25 ||
    code === 0xa5;
  return upperOrFigure ? 0.66 : 0.56;
}

function ems(text: string): number {
  let sum = 0;
  for (const ch of text) sum += charEms(ch.codePointAt(0) ?? 0);
  return sum;
}

export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  return ems(text) * fontSize * (bold ? 1.06 : 1);
}

const TOKENS =
  /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+\s*|\s+/g;

/**
 * Layouts try many widths for the same labels (unit charts search cell sizes and columns), so
 * wrapped lines are remembered; the cache is dropped when it grows past what one story needs.
 */
const wrapped = new Map<string, WrappedText>();

export interface WrappedText {
  lines: readonly string[];
  /** The widest line's estimated width. */
  width: number;
}

/** Breaks text into lines no wider than maxWidth: between words for Latin, anywhere for CJK. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  return [...wrapTextMeasured(text, maxWidth, fontSize).lines];
}

/** wrapText, with the width of the widest line; the result is shared, so never change it. */
export function wrapTextMeasured(text: string, maxWidth: number, fontSize: number): WrappedText {
  const cacheKey = `${maxWidth}|${fontSize}|${text}`;
  let known = wrapped.get(cacheKey);
  if (!known) {
    const lines = wrapFresh(text, maxWidth, fontSize);
    const width = Math.max(0, ...lines.map((l) => estimateTextWidth(l, fontSize)));
    known = Object.freeze({ lines: Object.freeze(lines), width });
    if (wrapped.size > 5000) wrapped.clear();
    wrapped.set(cacheKey, known);
  }
  return known;
}

function wrapFresh(text: string, maxWidth: number, fontSize: number): string[] {
  const maxEms = maxWidth / fontSize;
  const tokens = text.match(TOKENS) ?? [];
  const lines: string[] = [];
  let line = '';
  // The line's width in ems, with and without its trailing spaces, kept as tokens are added.
  let lineEms = 0;
  for (const token of tokens) {
    const visible = token.trimEnd();
    const tokenEms = ems(token);
    if (line && lineEms + ems(visible) > maxEms + 1e-9) {
      lines.push(line.trimEnd());
      line = token.trimStart();
      lineEms = ems(line);
    } else {
      line += token;
      lineEms += tokenEms;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.length ? lines : [''];
}
