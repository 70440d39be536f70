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

  it('reads numeric dates day-first unless the month cannot be', () => {
    expect(dates('Terms\n\nLast modified 23/07/2024\n\nText.').updated).toBe('2024-07-23');
    expect(dates('Terms\n\nLast modified 07/23/2024\n\nText.').updated).toBe('2024-07-23');
    expect(dates('Terms\n\nLast modified 05/04/2025\n\nText.').updated).toBe('2025-04-05');
    expect(dates('Terms\n\nLatest update: 2025-04-05\n\nText.').updated).toBe('2025-04-05');
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
