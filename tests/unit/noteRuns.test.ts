// Where a note's end is kept together: Chinese keeps its last four characters, English its last
// two words, so no line of a note is one or two characters or a lone word.
import { describe, expect, it } from 'vitest';
import { tailStart } from '../../src/components/noteRuns.ts';

describe('tailStart', () => {
  it('keeps the last four Chinese characters together', () => {
    const text = '2021年阿克苏地区计划培训';
    expect(text.slice(tailStart(text, 'zh'))).toBe('计划培训');
    expect(tailStart('系统提升', 'zh')).toBe(-1);
  });
  it('keeps the last two English words together, unless they are long', () => {
    const text = 'aid funds planned for Alar in 2021';
    expect(text.slice(tailStart(text, 'en'))).toBe('in 2021');
    expect(tailStart('cooperation', 'en')).toBe(-1);
    expect(tailStart('Industrial cooperation', 'en')).toBe(0);
    expect(tailStart('the Zhejiang Conservatory-of-Music-and-Arts', 'en')).toBe(-1);
  });
});
