import { describe, expect, it } from 'vitest';
import { parseFigure, parseNumber, parseNumberWords } from '../extractors/common/numbers';

describe('parseNumberWords', () => {
  it.each([
    ['one', 1],
    ['twelve', 12],
    ['Thirty', 30],
    ['twenty-four', 24],
    ['ninety nine', 99],
    ['one hundred', 100],
    ['two hundred and fifty', 250],
    ['two thousand five hundred', 2500],
  ])('%s → %d', (words, value) => {
    expect(parseNumberWords(words)).toBe(value);
  });

  it('rejects words that are not numbers', () => {
    expect(parseNumberWords('several')).toBeNull();
  });
});

describe('parseFigure', () => {
  it('reads thousands separators in both conventions and decimals', () => {
    expect(parseFigure('10,000')).toBe(10000);
    expect(parseFigure('10.000.000')).toBe(10000000);
    expect(parseFigure('99.95')).toBe(99.95);
    expect(parseFigure('1,00')).toBeNull();
  });
});

describe('parseNumber', () => {
  it('takes the parenthesized figure, not the sum compromise would give', () => {
    // compromise reads "thirty (30)" as 60 (toolchain-notes); the signed figure wins.
    expect(parseNumber('thirty (30)')).toBe(30);
    expect(parseNumber('ten (10)')).toBe(10);
  });

  it('reads figures and words alone', () => {
    expect(parseNumber('30')).toBe(30);
    expect(parseNumber('sixty')).toBe(60);
  });
});
