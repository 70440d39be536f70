import { describe, expect, it } from 'vitest';
import { extractDates } from '../extractors/dates';
import { docFromText } from '../extractors/input';

function dates(text: string) {
  const r = extractDates(docFromText(text));
  return { effective: r.effective?.value ?? null, updated: r.updated?.value ?? null };
}

describe('extractDates', () => {
  it('reads a day-month-year effective date and leaves updated null', () => {
    const doc = docFromText('# Acme SLA\n\nEffective Date: 1 February 2025\n\nAcme will make the Service available.');
    const r = extractDates(doc);
    expect(r.effective?.value).toBe('2025-02-01');
    expect(r.effective?.quote).toBe('Effective Date: 1 February 2025');
    expect(doc.text.slice(r.effective?.start, r.effective?.end)).toBe(r.effective?.quote);
    expect(r.updated).toBeNull();
  });

  it('reads a US month-day date after "Last Updated" and leaves effective null', () => {
    expect(dates('SERVICE LEVEL AGREEMENT\n\nLast Updated: March 20, 2025 | Archive\n\nText.')).toEqual({
      effective: null,
      updated: '2025-03-20',
    });
  });

  it('reads numeric dates whose order is certain', () => {
    expect(dates('Terms\n\nLast modified 23/07/2024\n\nText.').updated).toBe('2024-07-23');
    expect(dates('Terms\n\nLast modified 07/23/2024\n\nText.').updated).toBe('2024-07-23');
    expect(dates('Terms\n\nLatest update: 2025-04-05\n\nText.').updated).toBe('2025-04-05');
    expect(dates('Terms\n\nLast modified: 26.02.2020\n\nText.').updated).toBe('2020-02-26');
  });

  it('reads a date whose day and month could swap in the order the page uses', () => {
    // Day-first cues: another numeric date that can only be day-first, a "5 April 2025" date.
    expect(dates('Terms\n\nLast modified 05/04/2025\n\nInvoices dated 28/02/2025 are due.').updated).toBe('2025-04-05');
    expect(dates('Terms\n\nLast modified 05/04/2025\n\nThe offer ended on 1 March 2025.').updated).toBe('2025-04-05');
    // US cues: "03/28/2025", "March 1, 2025".
    expect(dates('Terms\n\nLast modified 05/04/2025\n\nInvoices dated 03/28/2025 are due.').updated).toBe('2025-05-04');
    expect(dates('Terms\n\nLast modified 05/04/2025\n\nThe offer ended on March 1, 2025.').updated).toBe('2025-05-04');
    // Dots are day-first writing: read so without a cue, month-first only when the page's other dates are.
    expect(dates('Terms\n\nVersion 4.2, effective 01.09.2025\n\nText.').effective).toBe('2025-09-01');
    expect(dates('Terms\n\nLast modified 05.04.2025\n\nThe offer ended on March 1, 2025.').updated).toBe('2025-05-04');
    // No cue, or a two-digit year: left out rather than guessed.
    expect(dates('Terms\n\nLast modified 05/04/2025\n\nText.').updated).toBeNull();
    expect(dates('Terms\n\nEffective Date: 01-12-31\n\nText.').effective).toBeNull();
  });

  it('reads the real label variants', () => {
    expect(dates('Terms\n\nLast modified: 2 June 2024\n\nText.').updated).toBe('2024-06-02');
    expect(dates('Terms\n\nVersion date: 2 June 2024\n\nText.').updated).toBe('2024-06-02');
    expect(dates('Terms\n\nVersion dated 2 June 2024\n\nText.').updated).toBe('2024-06-02');
    expect(dates('# Terms\n\n## Last updated: *June 2, 2024*\n\nText.').updated).toBe('2024-06-02');
    // The label is a heading of its own and the date is the next line.
    const doc = docFromText('# Terms of Service\n\n## Effective date\n\n2 June 2024\n\nThese terms apply.');
    const r = extractDates(doc);
    expect(r.effective?.value).toBe('2024-06-02');
    expect(r.effective?.rule).toBe('dates/labelHeading');
    expect(doc.text.slice(r.effective?.start, r.effective?.end)).toBe(r.effective?.quote);
  });

  it('reads a date line standing alone at the top as the updated date', () => {
    const doc = docFromText(
      '# Terms & Conditions\n\nJuly 1st, 2019\n\n## 1. General\n\nKestrel offers a storage service.',
    );
    const r = extractDates(doc);
    expect(r.updated?.value).toBe('2019-07-01');
    expect(r.updated?.quote).toBe('July 1st, 2019');
    expect(r.effective).toBeNull();
    // The same date already labelled as effective is not also the updated date.
    expect(dates('# Terms\n\nEffective Date: 1 July 2019\n\n1 July 2019\n\nText.')).toEqual({
      effective: '2019-07-01',
      updated: null,
    });
  });

  it('reads a label in Markdown emphasis', () => {
    expect(dates('# Terms\n\n_Last Updated: June 2, 2024_\n\nText.').updated).toBe('2024-06-02');
  });

  it('does not take a list of earlier versions as the date', () => {
    expect(dates('# Terms\n\nPrevious versions:\n\n- March 3, 2024\n- January 9, 2023\n\nText.').updated).toBeNull();
  });

  it('does not take a date inside a sentence or a line that says more than a date', () => {
    expect(dates('# Terms\n\nPublished on 1 July 2019 by the legal team\n\nText.').updated).toBeNull();
    expect(dates('# Terms\n\nThe offer ends July 1st, 2019.\n\nText.').updated).toBeNull();
    expect(dates('# Release notes\n\nVersion 2.1\n\nText.').updated).toBeNull();
  });

  it('reads ordinals and "effective as of" inside a sentence', () => {
    expect(dates('Policy\n\nEffective Date: 5th April 2025\nLast Updated: 5th April 2025')).toEqual({
      effective: '2025-04-05',
      updated: '2025-04-05',
    });
    const doc = docFromText('Terms\n\nThis Agreement is effective as of January 1, 2024. It replaces earlier terms.');
    const r = extractDates(doc);
    expect(r.effective?.value).toBe('2024-01-01');
    expect(r.effective?.quote).toBe('This Agreement is effective as of January 1, 2024.');
    expect(r.updated).toBeNull();
  });

  it('gives both dates for a combined label', () => {
    expect(dates('Privacy Notice\n\nEffective and last updated: 9 June 2023\n\nWe collect data.')).toEqual({
      effective: '2023-06-09',
      updated: '2023-06-09',
    });
  });

  it('reads a date the preamble defines as the Effective Date', () => {
    const doc = docFromText(
      'Master Services Agreement\n\nThis Agreement is entered into as of 15 September 2024 (the “Effective Date”) between Acme Limited and the Client.',
    );
    const r = extractDates(doc);
    expect(r.effective?.value).toBe('2024-09-15');
    expect(doc.text.slice(r.effective?.start, r.effective?.end)).toBe(r.effective?.quote);
    expect(dates('Agreement\n\nMade on March 3, 2025, (the "Effective Date") by the parties.').effective).toBe(
      '2025-03-03',
    );
    // A date that is not right before the definition, or another defined date, is not it.
    expect(
      dates(
        'Agreement\n\nSigned on 1 May 2025 and effective on the date of last signature below (the "Effective Date").',
      ).effective,
    ).toBeNull();
    expect(dates('Order\n\nThe term starts on 1 June 2025 (the "Start Date").').effective).toBeNull();
  });

  it('ignores unlabelled dates, defined terms, partial and relative dates', () => {
    expect(dates('Terms\n\nCredits issued after 1 March 2025 expire on 31 December 2025.')).toEqual({
      effective: null,
      updated: null,
    });
    expect(dates('Terms\n\nThese Terms apply from the date you accept them (the "Effective Date").')).toEqual({
      effective: null,
      updated: null,
    });
    expect(dates('Terms\n\nLast updated: March 2025\n\nText.').updated).toBeNull();
    expect(dates('News\n\nUpdated 2 hours ago\n\nText.').updated).toBeNull();
    expect(dates('')).toEqual({ effective: null, updated: null });
  });

  it('reads only near the top (and the last few blocks)', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `Clause ${i} applies to the parties.`).join('\n\n');
    expect(dates(`Terms\n\n${filler}\n\nEffective Date: 1 May 2020\n\n${filler}`).effective).toBeNull();
    expect(dates(`Terms\n\n${filler}\n\nLast updated: 2 May 2021`).updated).toBe('2021-05-02');
  });
});

describe('extractDates: the ordinal "day of" the month of contract prose', () => {
  it('reads "effective as of the 1st day of March, 2025" with the quote around it', () => {
    const doc = docFromText(
      'SUPPLY AGREEMENT\n\nThis Supply Agreement is effective as of the 9th day of October, 2024 between Harlow Foods Ltd. and the Buyer.',
    );
    const r = extractDates(doc);
    expect(r.effective?.value).toBe('2024-10-09');
    expect(doc.text.slice(r.effective?.start, r.effective?.end)).toBe(r.effective?.quote);
    expect(dates('Terms\n\nEffective Date: the 2nd day of January 2024\n\nText.').effective).toBe('2024-01-02');
    // The ordinal alone before "of": "the 3rd of November 2025".
    expect(dates('Terms\n\nLast revised on the 3rd of November, 2025.\n\nText.').updated).toBe('2025-11-03');
  });

  it('look-alikes: a day the month does not have, and a "day of" that is not after the label', () => {
    expect(dates('Terms\n\nEffective as of the 31st day of April, 2025.\n\nText.').effective).toBeNull();
    expect(dates('Terms\n\nPayment is due on the 5th day of each month.\n\nText.').effective).toBeNull();
    // A number that is no ordinal before "of" is not a day: "3 of November" reads nothing.
    expect(dates('Terms\n\nEffective as of the 3 of November 2025.\n\nText.').effective).toBeNull();
  });
});

describe('extractDates: an ordinal "day of" the month defined as the Effective Date (definedEffective)', () => {
  it('reads "made as of the 1st day of July, 2025 (the "Effective Date")"', () => {
    expect(
      dates(
        'DISTRIBUTION AGREEMENT\n\nThis Distribution Agreement is made as of the 1st day of July, 2025 (the "Effective Date") by and between Harlow Foods Ltd. and Kestrel Retail Inc.',
      ).effective,
    ).toBe('2025-07-01');
    expect(
      dates('LICENSE AGREEMENT\n\nThis Agreement is entered into this 16 day of August, 2012 ("Effective Date").')
        .effective,
    ).toBe('2012-08-16');
  });

  it('look-alikes: the date the agreement is made, with no Effective Date defined; a day the month does not have', () => {
    expect(
      dates(
        'SERVICES AGREEMENT\n\nThis Agreement is made at Karachi on this 10th day of February, 2026 by and between the parties.',
      ).effective,
    ).toBeNull();
    expect(
      dates('SERVICES AGREEMENT\n\nThis Agreement is made as of the 30th day of February, 2026 (the "Effective Date").')
        .effective,
    ).toBeNull();
  });
});

describe('extractDates: "effective" before a date that belongs to something else', () => {
  it('leaves out the date of another agreement named right before the label', () => {
    expect(
      dates(
        'AMENDMENT\n\nThe parties previously entered into a Reseller Agreement, effective as of March 1, 2019, under which Vendor supplies the Products.',
      ).effective,
    ).toBeNull();
    expect(dates('EXHIBIT LIST\n\n1. Halvard Supply Agreement effective June 2, 2015.').effective).toBeNull();
  });

  it('leaves out "Effective <date>," opening a sentence about something else (a fee, a conversion)', () => {
    expect(
      dates(
        'FEE SCHEDULE\n\nEffective January 1, 2025, the fee is $900 per year for clients with fewer than 500 users.',
      ).effective,
    ).toBeNull();
    expect(
      dates('NOTES\n\nThe notes are described below. Effective on May 1, 2024, the notes will convert into shares.')
        .effective,
    ).toBeNull();
  });

  it('leaves out the day the document stopped applying ("deprecated effective 30 November 2021"), keeps its own', () => {
    expect(
      dates(
        '# Corporate Terms\n\nNote: These Corporate Terms were deprecated effective 30 November 2021 and apply only to existing customers.\n\nVersion Effective Date: November 16, 2020',
      ).effective,
    ).toBe('2020-11-16');
    expect(dates('# Corporate Terms\n\nThese Corporate Terms are effective 30 November 2021.').effective).toBe(
      '2021-11-30',
    );
  });

  it('look-alikes: the document itself after "Effective <date>,", a label line, this agreement named before the label', () => {
    expect(dates('TERMS\n\nEffective January 1, 2026, these Terms replace the previous version.').effective).toBe(
      '2026-01-01',
    );
    expect(dates('TERMS\n\nEffective 1 May 2026 | Version 3\n\nThese Terms apply.').effective).toBe('2026-05-01');
    expect(
      dates(
        'SUPPLY AGREEMENT\n\nThis Supply Agreement, effective as of March 3, 2026, is between Acme Ltd and Beta Ltd.',
      ).effective,
    ).toBe('2026-03-03');
  });
});

describe('extractDates: the document saying when it takes effect', () => {
  it.each([
    [
      '# Reseller Terms\n\nThese Reseller Terms take effect on 3 August 2026.\n\nReseller shall not resell outside the Territory.',
      '2026-08-03',
    ],
    ['# Data Processing Addendum\n\nThis Addendum comes into force on 12 January 2027.', '2027-01-12'],
    ['# Cookie Policy\n\nThis policy shall become effective on 9 March 2026.', '2026-03-09'],
    ['# Conditions of Use\n\nThese conditions apply from 20 April 2026.', '2026-04-20'],
    ['# Service Terms\n\nValid from 5 October 2026\n\nThe Service is provided as described.', '2026-10-05'],
    ['# Service Terms\n\n**In force since:** 5 October 2026', '2026-10-05'],
  ])('%s', (text, iso) => {
    expect(dates(text).effective).toBe(iso);
  });

  it.each([
    // Another version's date: the page may still show the one before it.
    '# Terms of Service\n\nThe revised Terms take effect on 3 August 2026. Until then the current Terms apply.',
    // Something other than the document.
    '# Terms of Service\n\nGift cards bought in store are valid from 3 August 2026.',
    '# Terms of Service\n\nSection 7 takes effect on 3 August 2026.',
    '# Terms of Service\n\nPrice changes take effect on 3 August 2026.',
  ])('look-alike: %s', (text) => {
    expect(dates(text).effective).toBeNull();
  });
});

describe('extractDates: "Effective starting" and "Effective beginning" labels', () => {
  it('reads "Effective Starting: March 2, 2024" and "Effective beginning on 4 June 2025"', () => {
    expect(dates('Uptime Policy\n\nEffective Starting: March 2, 2024. Our Service Commitment.').effective).toBe(
      '2024-03-02',
    );
    expect(dates('Support Terms\n\nEffective beginning on 4 June 2025\n\nWe answer tickets.').effective).toBe(
      '2025-06-04',
    );
  });

  it('look-alike: a discount "starting" on a date with no "effective" label is no effective date', () => {
    expect(dates('Pricing Terms\n\nPrices starting March 2, 2024 apply to new plans.').effective).toBeNull();
  });
});
