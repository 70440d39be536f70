import { describe, expect, it } from 'vitest';
import { findPercents } from '../extractors/common/percent';

const values = (text: string) => findPercents(text).map((p) => p.value);

describe('findPercents', () => {
  it('reads figures with %, percent and decimal commas', () => {
    expect(values('99.95% uptime')).toEqual([99.95]);
    expect(values('99.9 percent of the time')).toEqual([99.9]);
    expect(values('99,9 % Verfügbarkeit')).toEqual([99.9]);
    expect(values('10 per cent')).toEqual([10]);
  });

  it('reads words and counts "ten percent (10%)" once', () => {
    expect(values('ninety-nine percent')).toEqual([99]);
    expect(values('ten percent (10%) of the fees')).toEqual([10]);
  });

  it('drops values above 100 and digits glued to other numbers', () => {
    expect(values('150% growth')).toEqual([]);
    expect(values('v1.2.99%')).toEqual([]);
  });

  it('returns nothing without a percent sign or word', () => {
    expect(values('99.9 availability')).toEqual([]);
  });
});
