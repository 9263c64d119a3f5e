// How figures read in each language: scale words, unit words, qualifiers, small numbers spelled out.
import { describe, expect, it } from 'vitest';
import { formatFigure, formatNumber } from '../../src/format/figureFormat.ts';
import type { FigureValue } from '../../src/format/figureFormat.ts';
import { readDataFiles } from '../../src/content/loadContent.ts';
import { unitWordsSchema } from '../../src/content/schema.ts';

const units = unitWordsSchema.parse(readDataFiles('data').units);
const fig = (
  value: number,
  unit: FigureValue['unit'],
  qualifier: FigureValue['qualifier'] = 'exact',
) => ({
  value,
  unit,
  qualifier,
});

describe('formatNumber', () => {
  it('uses 万 and 亿 in Chinese, as the report writes them', () => {
    expect(formatNumber(60_000_000, 'yuan', 'zh')).toBe('6000万');
    expect(formatNumber(346_000_000, 'yuan', 'zh')).toBe('3.46亿');
    expect(formatNumber(4_000_000_000, 'yuan', 'zh')).toBe('40亿');
    expect(formatNumber(350_000, 'tonnes', 'zh')).toBe('35万');
    expect(formatNumber(1288, 'stores', 'zh')).toBe('1288');
  });
  it('uses million and billion for money in English, grouped digits otherwise', () => {
    expect(formatNumber(60_000_000, 'yuan', 'en')).toBe('60 million');
    expect(formatNumber(389_000_000, 'yuan', 'en')).toBe('389 million');
    expect(formatNumber(5_000_000_000, 'yuan', 'en')).toBe('5 billion');
    expect(formatNumber(450_000, 'yuan', 'en')).toBe('450,000');
    expect(formatNumber(1288, 'stores', 'en')).toBe('1,288');
  });
  it('spells out small counts but never measures', () => {
    expect(formatNumber(2, 'years', 'zh')).toBe('两');
    expect(formatNumber(9, 'years', 'zh')).toBe('九');
    expect(formatNumber(10, 'years', 'zh')).toBe('10');
    expect(formatNumber(5, 'items', 'en')).toBe('five');
    expect(formatNumber(10, 'years', 'en')).toBe('10');
    expect(formatNumber(5, 'percent', 'en')).toBe('5');
  });
});

describe('formatFigure', () => {
  it('writes a figure in Chinese in the report’s own words, whatever the mode', () => {
    const funds = { ...fig(60_000_000, 'yuan', 'at-least'), reportWords: '6000多万元' };
    expect(formatFigure(funds, 'zh', units)).toBe('6000多万元');
    expect(formatFigure(funds, 'zh', units, 'number')).toBe('6000多万元');
    expect(formatFigure(funds, 'en', units)).toBe('over ¥60 million');
    const named = { ...fig(1000, 'stores', 'named'), reportWords: '千店' };
    expect(formatFigure(named, 'zh', units)).toBe('千店');
    expect(formatFigure(named, 'en', units)).toBe('1,000 stores');
  });
  it('writes lower bounds as 以上/余 and over', () => {
    const funds = fig(60_000_000, 'yuan', 'at-least');
    expect(formatFigure(funds, 'zh', units)).toBe('6000万元以上');
    expect(formatFigure(funds, 'en', units)).toBe('over ¥60 million');
    expect(formatFigure(fig(30_000, 'people', 'at-least'), 'zh', units, 'number')).toBe('3万余');
    expect(formatFigure(fig(30_000, 'people', 'at-least'), 'en', units)).toBe('over 30,000 people');
  });
  it('writes approximations as 左右/约 and about', () => {
    const cut = fig(50, 'percent', 'about');
    expect(formatFigure(cut, 'zh', units)).toBe('50%左右');
    expect(formatFigure(cut, 'zh', units, 'number')).toBe('约50%');
    expect(formatFigure(cut, 'en', units)).toBe('about 50%');
  });
  it('writes exact and planned figures plainly, with singular and plural units', () => {
    expect(formatFigure(fig(1288, 'stores'), 'en', units)).toBe('1,288 stores');
    expect(formatFigure(fig(1, 'parks'), 'en', units)).toBe('one park');
    expect(formatFigure(fig(389_000_000, 'yuan', 'planned'), 'zh', units)).toBe('3.89亿元');
    expect(formatFigure(fig(16, 'vehicles'), 'zh', units)).toBe('16辆');
    expect(formatFigure(fig(2000, 'person-times', 'planned'), 'zh', units)).toBe('2000人次');
  });
});
