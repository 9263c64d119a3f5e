// Story text cites figures by token ({fig:ID} or {fig:ID:number}) so each number is written once,
// in data/figures.json. This parses text into plain runs and figure citations.
export type TextSegment =
  | { kind: 'text'; text: string }
  | { kind: 'figure'; id: string; mode: 'full' | 'number'; token: string };

const TOKEN = /\{fig:([a-z0-9-]+)(?::(number))?\}/g;

export function parseText(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const at = match.index;
    if (at > last) segments.push({ kind: 'text', text: text.slice(last, at) });
    segments.push({
      kind: 'figure',
      id: match[1] as string,
      mode: match[2] === 'number' ? 'number' : 'full',
      token: match[0],
    });
    last = at + match[0].length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}

/**
 * Digits that a writer typed instead of citing a figure. Years (1900–2099, with 年/月/日 or
 * a range), anything inside quotation marks (programme names such as “76331”) and the name
 * "1st Division" are allowed; so is a leftover brace that looks like a broken token.
 */
export function strayNumbers(plain: string): string[] {
  const unquoted = plain
    .replace(/“[^”]*”|"[^"]*"|《[^》]*》/g, ' ')
    .replace(/\b1st Division\b/g, 'Division');
  const found: string[] = [];
  for (const match of unquoted.matchAll(/\d[\d,.]*/g)) {
    const digits = match[0].replace(/[.,]+$/, '');
    const isYear = /^(19|20)\d\d$/.test(digits);
    const isDay =
      /^\d{1,2}$/.test(digits) && /^[月日]/.test(unquoted.slice(match.index + match[0].length));
    if (!isYear && !isDay) found.push(digits);
  }
  const brokenToken = unquoted.match(/\{[^}]*\}?/g) ?? [];
  return [...found, ...brokenToken];
}
