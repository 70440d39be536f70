import { describe, expect, it } from 'vitest';
import { doublingRatio, LINEAR_RATIO } from '../scripts/lib/scaling';

// The measure every linear-time test uses: it must pass linear work and catch quadratic work, noise or not.
describe('doublingRatio', () => {
  const linear = (xs: number[]) => {
    let s = 0;
    for (const x of xs) s += x;
    return s;
  };
  const quadratic = (xs: number[]) => {
    let s = 0;
    for (let i = 0; i < xs.length; i++) for (let j = i; j < xs.length; j++) s += (xs[i] as number) ^ (xs[j] as number);
    return s;
  };
  const make = (n: number) => Array.from({ length: n }, (_, i) => i);

  it('gives about 2 for linear work', () => {
    expect(doublingRatio(make, linear, 400_000)).toBeLessThanOrEqual(LINEAR_RATIO);
  });

  it('gives about 4 for quadratic work, whichever of the medians and the fastest runs it keeps', () => {
    expect(doublingRatio(make, quadratic, 1_500)).toBeGreaterThan(3);
  });
});
