// The figures table against the report itself: every quotation is verbatim, every value and
// qualifier is what the quotation says, and no number in the report is left out.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/loadContent.ts';
import { numbersIn, squash } from './reportNumbers.ts';

const content = loadContent('data');
const report = squash(readFileSync('data/sources/report.zh.txt', 'utf8'));

// Numbers in the report that are not figures of the aid: names, months and a phone number.
const NOT_FIGURES: { pattern: RegExp; why: string }[] = [
  { pattern: /^(19|20)\d\d$/, why: 'a year' },
  { pattern: /^76331$/, why: 'the name of Aksu’s development strategy (“76331”)' },
  { pattern: /^120$/, why: '120 is the emergency phone number in “120急救中心”' },
];
const MONTH = /^\d{1,2}$/;
// Photo captions repeat figures the body already gives; the repeat is covered by that figure.
const REPEATS: { quote: string; figure: string }[] = [
  { quote: '第十批共选派41名职教老师', figure: 'vocational-teachers' },
];

describe('figures table against the report', () => {
  it('has a copy of the report identical to the shared source, when that is present', () => {
    let shared: string;
    try {
      shared = readFileSync('../shared/source/report.zh.txt', 'utf8');
    } catch {
      return; // Outside the workspace the committed copy is the source.
    }
    expect(squash(shared)).toBe(report);
  });

  it.each(content.figures.map((f) => [f.id, f] as const))(
    '%s: quotes the report verbatim',
    (_, figure) => {
      expect(report).toContain(squash(figure.source));
    },
  );

  it.each(content.figures.map((f) => [f.id, f] as const))(
    '%s: value and qualifier match its quotation',
    (_, figure) => {
      const numbers = numbersIn(squash(figure.source)).filter((n) => n.value === figure.value);
      expect(
        numbers.length,
        `${figure.value} does not appear in “${figure.source}”`,
      ).toBeGreaterThan(0);
      const stated = numbers.map((n) => n.qualifier);
      if (figure.qualifier === 'at-least' || figure.qualifier === 'about') {
        expect(stated).toContain(figure.qualifier);
      } else {
        expect(stated).toContain(null);
      }
    },
  );

  it.each(content.figures.map((f) => [f.id, f] as const))(
    '%s: the Chinese page’s words are the report’s, with its value and qualifier',
    (_, figure) => {
      expect(squash(figure.source)).toContain(squash(figure.reportWords));
      const [number] = numbersIn(figure.reportWords);
      expect(number?.value, figure.reportWords).toBe(figure.value);
      const rough = figure.qualifier === 'at-least' || figure.qualifier === 'about';
      expect(number?.qualifier ?? null).toBe(rough ? figure.qualifier : null);
    },
  );

  it('leaves no Arabic number of the report uncovered', () => {
    const covered: [number, number][] = [];
    const repeats = REPEATS.map((r) => {
      const figure = content.figures.find((f) => f.id === r.figure);
      expect(numbersIn(r.quote).some((n) => n.value === figure?.value)).toBe(true);
      return r.quote;
    });
    for (const quote of [...content.figures.map((f) => squash(f.source)), ...repeats]) {
      for (let at = report.indexOf(quote); at >= 0; at = report.indexOf(quote, at + 1)) {
        covered.push([at, at + quote.length]);
      }
    }
    const missing = numbersIn(report)
      .filter((n) => /\d/.test(n.text))
      .filter((n) => !covered.some(([a, b]) => n.index >= a && n.index < b))
      .filter((n) => {
        const digits = n.text.replace(/\D+$/, '');
        if (NOT_FIGURES.some((nf) => nf.pattern.test(digits))) return false;
        const after = report.slice(n.index + n.text.length, n.index + n.text.length + 1);
        return !(MONTH.test(digits) && after === '月');
      })
      .map((n) => `${n.text} in “…${report.slice(Math.max(0, n.index - 12), n.index + 12)}…”`);
    expect(missing).toEqual([]);
  });

  it('cites the Chinese-numeral figures the report gives in words', () => {
    const byId = new Map(content.figures.map((f) => [f.id, f.value]));
    expect(byId.get('golden-cards')).toBe(5);
    expect(byId.get('major-programmes')).toBe(6);
    expect(byId.get('outlets-original-cities')).toBe(10);
    expect(byId.get('outlets-original-stores')).toBe(100);
    expect(byId.get('outlets-upgraded-stores')).toBe(1000);
    expect(byId.get('specialist-alliance-members')).toBe(1000);
    expect(byId.get('cadre-training-batches')).toBe(2);
  });
});
