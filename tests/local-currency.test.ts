import { describe, expect, it } from 'vitest';
import { extractFields } from '../extractors/card';
import { LOCAL_RUPEE } from '../extractors/common/local-currency';
import { findMoney } from '../extractors/common/money';
import { docFromText } from '../extractors/input';

// common/local-currency.ts through the card: a cap's currency written without its country (a bare "$" read as USD, a
// bare riyal read as SAR, rupees and dinars read as placeholders), which the governing law places (card.ts refiners
// liabilityCap/localCurrency and liabilityCap/placedByLaw).
function capUnder(capSentence: string, lawSentence: string, extra = '') {
  const doc = docFromText(
    `# Subscription Terms\n\nThese Terms are between Tamarind Cloud Limited and the Customer.${extra}\n\n## Liability\n\n${capSentence}\n\n## Law\n\n${lawSentence}\n`,
  );
  const cap = extractFields(doc).liabilityCap;
  if (cap) expect(doc.text.slice(cap.start, cap.end)).toBe(cap.quote);
  return cap;
}

describe('rupees written without their country', () => {
  it('reads "Rs. 500,000" and "250,000 rupees" as rupees of no country yet, without ending the sentence at "Rs."', () => {
    expect(findMoney('not exceed Rs. 500,000 in total').map((m) => [m.value, m.currency])).toEqual([
      [500000, LOCAL_RUPEE],
    ]);
    expect(findMoney('capped at 250,000 rupees').map((m) => [m.value, m.currency])).toEqual([[250000, LOCAL_RUPEE]]);
    // Look-alike: "Mrs." is no currency.
    expect(findMoney('Mrs. Khan signed 2 copies')).toEqual([]);
  });

  it("names Pakistan's or India's rupee from the governing law, as an inferred value", () => {
    const pk = capUnder(
      "Tamarind's total liability shall not exceed Rs. 750,000.",
      'These Terms are governed by the laws of Pakistan.',
    );
    expect(pk?.value.fixed).toEqual({ value: 750000, currency: 'PKR' });
    expect(pk?.implied).toBe(true);
    expect(pk?.rule).toBe('liabilityCap/placedByLaw');
    const india = capUnder(
      "Tamarind's total liability shall not exceed Rs. 750,000.",
      'These Terms are governed by the laws of India.',
    );
    expect(india?.value.fixed?.currency).toBe('INR');
  });

  it('look-alike: under a law of no rupee country, or none, the amount has no currency and the cap is left out', () => {
    expect(
      capUnder(
        "Tamarind's total liability shall not exceed Rs. 750,000.",
        'These Terms are governed by the laws of Singapore.',
      ),
    ).toBeNull();
    expect(capUnder("Tamarind's total liability shall not exceed Rs. 750,000.", 'Questions: write to us.')).toBeNull();
  });
});

describe('a bare dollar sign under the law of a country with its own dollar', () => {
  it('reads "$500,000" under the law of New South Wales as Australian dollars, inferred', () => {
    const cap = capUnder(
      "Each party's total liability is limited to $500,000.",
      'These Terms are governed by the laws of New South Wales, Australia.',
    );
    expect(cap?.value.fixed).toEqual({ value: 500000, currency: 'AUD' });
    expect(cap?.implied).toBe(true);
    const ontario = capUnder(
      "Each party's total liability is limited to $500,000.",
      'These Terms are governed by the laws of the Province of Ontario.',
    );
    expect(ontario?.value.fixed?.currency).toBe('CAD');
  });

  it('look-alikes: the US dollar written anywhere, or a US law, keeps USD as stated', () => {
    const written = capUnder(
      "Each party's total liability is limited to $500,000.",
      'These Terms are governed by the laws of New South Wales, Australia.',
      ' All fees are payable in US dollars.',
    );
    expect(written?.value.fixed?.currency).toBe('USD');
    expect(written?.implied).toBeFalsy();
    const delaware = capUnder(
      "Each party's total liability is limited to $500,000.",
      'These Terms are governed by the laws of the State of Delaware.',
    );
    expect(delaware?.value.fixed?.currency).toBe('USD');
  });
});

describe('a riyal written without its country under the law of Qatar or Oman', () => {
  it('reads "100,000 riyals" under Qatari law as QAR, and "ريال" under Omani law as OMR', () => {
    const qatar = capUnder(
      "Tamarind's aggregate liability shall not exceed 100,000 riyals.",
      'These Terms are governed by the laws of the State of Qatar.',
    );
    expect(qatar?.value.fixed).toEqual({ value: 100000, currency: 'QAR' });
    expect(qatar?.implied).toBe(true);
    const oman = extractFields(
      docFromText(
        '# عقد خدمات\n\nأبرم هذا العقد بين شركة مسقط للبرمجيات والعميل.\n\n## المسؤولية\n\nلا تتجاوز المسؤولية الإجمالية لمقدم الخدمة مبلغ 20,000 ريال.\n\n## القانون\n\nيخضع هذا العقد لقوانين سلطنة عمان.\n',
      ),
    ).liabilityCap;
    expect(oman?.value.fixed).toEqual({ value: 20000, currency: 'OMR' });
  });

  it('look-alikes: Saudi riyals named, or Saudi law, keep SAR', () => {
    const named = capUnder(
      "Tamarind's aggregate liability shall not exceed 100,000 Saudi riyals.",
      'These Terms are governed by the laws of the State of Qatar.',
    );
    expect(named?.value.fixed?.currency).toBe('SAR');
    const saudi = capUnder(
      "Tamarind's aggregate liability shall not exceed 100,000 riyals.",
      'These Terms are governed by the laws of the Kingdom of Saudi Arabia.',
    );
    expect(saudi?.value.fixed?.currency).toBe('SAR');
    expect(saudi?.implied).toBeFalsy();
  });
});

describe('a dinar written without its country (Arabic)', () => {
  const arabicCap = (law: string) =>
    extractFields(
      docFromText(
        `# عقد خدمات\n\nأبرم هذا العقد بين شركة الخليج للبرمجيات والعميل.\n\n## المسؤولية\n\nلا تتجاوز المسؤولية الإجمالية لمقدم الخدمة مبلغ 5,000 دينار.\n\n## القانون\n\n${law}\n`,
      ),
    ).liabilityCap;

  it('reads "5,000 دينار" under Kuwaiti law as KWD and under Bahraini law as BHD, inferred', () => {
    const kw = arabicCap('يخضع هذا العقد لقوانين دولة الكويت.');
    expect(kw?.value.fixed).toEqual({ value: 5000, currency: 'KWD' });
    expect(kw?.implied).toBe(true);
    expect(arabicCap('يخضع هذا العقد لقوانين مملكة البحرين.')?.value.fixed?.currency).toBe('BHD');
  });

  it('look-alike: under Saudi law, which has no dinar, the amount has no currency and the cap is left out', () => {
    expect(arabicCap('يخضع هذا العقد لأنظمة المملكة العربية السعودية.')).toBeNull();
  });
});
