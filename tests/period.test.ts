import { describe, expect, it } from 'vitest';
import { HEADING_SCAN, headingHead, PERIOD_RADIUS, periodNear } from '../extractors/common/period';

describe('periodNear', () => {
  it('takes the window nearest the figure', () => {
    const text = 'Reviewed each calendar quarter by both parties: the Service will be available 99.9% monthly.';
    expect(periodNear(text, text.indexOf('99.9%'))).toBe('month');
    expect(periodNear(text, 0)).toBe('quarter');
  });

  it('does not read "twelve (12) month" as a monthly window', () => {
    expect(periodNear('availability over a rolling twelve (12) month period', 0)).toBe('year');
  });

  it('ignores windows farther than its radius', () => {
    const far = `99.9% uptime.${' filler'.repeat(PERIOD_RADIUS)} Fees are billed monthly.`;
    expect(periodNear(far, 0)).toBeNull();
    expect(periodNear('99.9% uptime. Fees are billed monthly.', 0)).toBe('month');
  });
});

describe('headingHead', () => {
  it('cuts a heading to its first characters and maps none to the empty string', () => {
    expect(headingHead(null)).toBe('');
    expect(headingHead('Service Levels')).toBe('Service Levels');
    expect(headingHead('x'.repeat(HEADING_SCAN * 3))).toHaveLength(HEADING_SCAN);
  });
});

describe('periodNear: shares are not windows', () => {
  it('reads "each quarter" but not "one quarter of one month of fees"', () => {
    expect(periodNear('a credit equal to one quarter of the fees, measured each quarter', 0)).toBe('quarter');
    expect(periodNear('below 99.9%, a credit equal to one quarter of the fees', 0)).toBeNull();
  });
});
