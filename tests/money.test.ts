import { describe, expect, it } from 'vitest';
import { findMoney, parseMoneyFigure } from '../extractors/common/money';

const one = (text: string) => {
  const found = findMoney(text);
  expect(found).toHaveLength(1);
  const m = found[0]!;
  expect(text.slice(m.start, m.end)).toBe(m.text);
  return [m.value, m.currency];
};

describe('findMoney', () => {
  it.each([
    ['shall not exceed $10,000 in total', 10000, 'USD'],
    ['a fee of US$10,000 applies', 10000, 'USD'],
    ['capped at USD 10,000.', 10000, 'USD'],
    ['up to 10,000 USD per claim', 10000, 'USD'],
    ['a maximum of €5.000 per year', 5000, 'EUR'],
    ['a maximum of 5.000 € per year', 5000, 'EUR'],
    ['the sum of €5,000.50', 5000.5, 'EUR'],
    ['EUR 5.000,50 net', 5000.5, 'EUR'],
    ['no more than £1,000', 1000, 'GBP'],
    ['CHF 500 per incident', 500, 'CHF'],
    ["CHF 10'000 per incident", 10000, 'CHF'],
    ['Fr. 200 in total', 200, 'CHF'],
    ['a fee of SAR 150', 150, 'SAR'],
    ['AED 1,000 per month', 1000, 'AED'],
    ['PKR 25,000 per month', 25000, 'PKR'],
    ['INR 10,000 per month', 10000, 'INR'],
    ['₹2,500 per seat', 2500, 'INR'],
    ['¥1000 per call', 1000, 'JPY'],
    ['$1 million in aggregate', 1000000, 'USD'],
    ['$1.5 million in aggregate', 1500000, 'USD'],
    ['$1M in aggregate', 1000000, 'USD'],
    ['$250k in aggregate', 250000, 'USD'],
    ['C$100 per month', 100, 'CAD'],
    ['CA$100 per month', 100, 'CAD'],
    ['CAD 100 per month', 100, 'CAD'],
    ['A$50 per user', 50, 'AUD'],
    ['S$20 per user', 20, 'SGD'],
    ['HK$800 per user', 800, 'HKD'],
    ['twenty euros per seat', 20, 'EUR'],
    ['1,000 pounds sterling', 1000, 'GBP'],
    ['300 Saudi riyals', 300, 'SAR'],
    ['40 dirhams', 40, 'AED'],
    ['five million euros', 5000000, 'EUR'],
    ['one hundred U.S. dollars', 100, 'USD'],
    ['ONE HUNDRED DOLLARS', 100, 'USD'],
    ['one hundred (100) dollars', 100, 'USD'],
    ['USD $500 per claim', 500, 'USD'],
    ['$500 USD per claim', 500, 'USD'],
    ['$500 CAD per claim', 500, 'CAD'],
    ['10 000 EUR per year', 10000, 'EUR'],
    ['INR 3,50,000 + 18% GST', 350000, 'INR'],
    ['₹1,00,00,000 in total', 10000000, 'INR'],
    ['$10.00 (CDN), whichever is greater', 10, 'CAD'],
    ['$100 (USD) per claim', 100, 'USD'],
    ['limited to SGD100.', 100, 'SGD'],
    ['ONE HUNDRED US DOLLARS (USD 100)', 100, 'USD'],
  ])('%s', (text, value, currency) => {
    expect(one(text)).toEqual([value, currency]);
  });

  it('reads lakhs and crores, the South Asian scales (a lakh is 100,000, a crore 10,000,000)', () => {
    expect(one('not exceed INR 2 crore in total')).toEqual([20_000_000, 'INR']);
    expect(one('capped at PKR 1.5 crores')).toEqual([15_000_000, 'PKR']);
    expect(one('a maximum of 75 lakh PKR')).toEqual([7_500_000, 'PKR']);
    expect(one('INR 10 lacs per claim')).toEqual([1_000_000, 'INR']);
    // Look-alikes: the word after the figure is another ("50 lakeside units"); a scale with no currency is no money.
    expect(findMoney('INR 50 lakeside units')).toHaveLength(1);
    expect(findMoney('INR 50 lakeside units')[0]?.value).toBe(50);
    expect(findMoney('a population of 2 crore people')).toEqual([]);
  });

  it('reads rupees named before the figure, as South Asian contracts write them ("Indian Rupees 25,000", "1000/-")', () => {
    expect(one('for an amount greater than indian rupees 1000/-')).toEqual([1000, 'INR']);
    expect(one('shall not exceed Indian Rupees 25,000 in aggregate')).toEqual([25_000, 'INR']);
    expect(one('capped at Pakistani Rupees 5,00,000')).toEqual([500_000, 'PKR']);
    // Look-alike: the word with no figure after it is no amount.
    expect(findMoney('payable in Indian rupees at the exchange rate of the day')).toEqual([]);
  });

  it('counts an amount written in words and figures once, with the figure', () => {
    const text = 'not to exceed ten thousand dollars ($10,000) in total';
    const found = findMoney(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ value: 10000, currency: 'USD', text: 'ten thousand dollars ($10,000)' });
    expect(findMoney('fifty dollars ($50.00)')).toMatchObject([{ value: 50, currency: 'USD' }]);
    expect(findMoney('ONE HUNDRED DOLLARS (US $100)')).toMatchObject([{ value: 100, currency: 'USD' }]);
    expect(findMoney('$10,000 (ten thousand dollars)')).toMatchObject([{ value: 10000, currency: 'USD' }]);
    // The figure wins when the words disagree.
    expect(findMoney('one thousand dollars ($10,000)')).toMatchObject([{ value: 10000 }]);
    // A named currency is more specific than a bare "$".
    expect(findMoney('ten Canadian dollars ($10)')).toMatchObject([{ value: 10, currency: 'CAD' }]);
  });

  it('finds several amounts in order', () => {
    const text = 'the greater of $100,000 or €50.000, and in any case CHF 20';
    expect(findMoney(text).map((m) => [m.value, m.currency])).toEqual([
      [100000, 'USD'],
      [50000, 'EUR'],
      [20, 'CHF'],
    ]);
  });

  it('ignores numbers that are not money', () => {
    expect(findMoney('the fees paid in the twelve (12) months preceding the claim')).toEqual([]);
    expect(findMoney('99.95% uptime over 30 days')).toEqual([]);
    expect(findMoney('we try 100 times')).toEqual([]);
    expect(findMoney('PHP 8 and ALL 100 users')).toEqual([]);
    expect(findMoney('Section 10,000 of the Code')).toEqual([]);
    expect(findMoney('USD')).toEqual([]);
  });

  it('stays fast on adversarial input', () => {
    const text = `${'$1,000,000,000,000 '.repeat(2000)}${'one hundred and '.repeat(5000)}${'9'.repeat(50000)}`;
    const t0 = performance.now();
    findMoney(text);
    expect(performance.now() - t0).toBeLessThan(1500);
  });
});

describe('parseMoneyFigure', () => {
  it.each([
    ['10,000', 10000],
    ['10.000', 10000],
    ["10'000", 10000],
    ['5,000.50', 5000.5],
    ['5.000,50', 5000.5],
    ['1.5', 1.5],
    ['1,5', 1.5],
    ['1,000,000', 1000000],
    ['250', 250],
  ])('%s', (figure, value) => {
    expect(parseMoneyFigure(figure)).toBe(value);
  });

  it('rejects malformed figures', () => {
    expect(parseMoneyFigure('1,00,0')).toBeNull();
    expect(parseMoneyFigure('abc')).toBeNull();
  });
});
