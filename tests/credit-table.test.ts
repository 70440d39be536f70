import { describe, expect, it } from 'vitest';
import { extractFields } from '../extractors/card';
import { findCreditTables, tableTiers } from '../extractors/common/credit-table';
import { withTrace } from '../extractors/common/trace';
import { docFromText } from '../extractors/input';

const doc = (lines: string[]) => docFromText(lines.join('\n'));

describe('findCreditTables', () => {
  it('reads an uptime-band table as written, once per document', () => {
    const d = doc(['| Monthly Availability | Credit |', '| 99.0% to 99.8% | 5% |', '| Below 99.0% | 15% |']);
    const tables = findCreditTables(d);
    expect(tables).toHaveLength(1);
    expect(findCreditTables(d)).toBe(tables);
    expect(tables[0]?.shortfall).toBe(false);
    expect(tableTiers(tables[0]!, null)).toEqual([
      { uptimeBelow: 99.8, uptimeAtLeast: 99, creditPercent: 5 },
      { uptimeBelow: 99, uptimeAtLeast: null, creditPercent: 15 },
    ]);
  });

  it('keeps shortfall bands unconverted until a commitment is given', () => {
    const d = doc(['| Availability shortfall | Fee reduction |', '| 0.1% – 1.5% | 10% |', '| > 1.5% | 20% |']);
    const [table] = findCreditTables(d);
    expect(table?.shortfall).toBe(true);
    expect(tableTiers(table!, null)).toBeNull();
    expect(tableTiers(table!, 99.5)?.[0]).toEqual({ uptimeBelow: 99.5, uptimeAtLeast: 98, creditPercent: 10 });
  });

  it('notes a commitment stated just before a shortfall table', () => {
    const d = doc([
      'Where availability falls below 99.7% in a month, the following reductions apply:',
      '| Availability shortfall | Fee reduction |',
      '| 0.1% – 1.0% | 5% |',
    ]);
    expect(findCreditTables(d)[0]?.statedBase).toBe(99.7);
  });

  it('reads a per-plan matrix whose plans agree, and rejects one whose plans differ', () => {
    const same = doc([
      '| Uptime in the month | Credit (Starter) | Credit (Scale) |',
      '| Below 99.9% | 10% | 10% |',
      '| Below 99.0% | 30% | 30% |',
    ]);
    expect(tableTiers(findCreditTables(same)[0]!, null)?.map((t) => t.creditPercent)).toEqual([10, 30]);
    const differ = doc([
      '| Uptime in the month | Credit (Starter) | Credit (Scale) |',
      '| Below 99.9% | 10% | 15% |',
      '| Below 99.0% | 30% | 40% |',
    ]);
    const { result, events } = withTrace(() => findCreditTables(differ));
    expect(result).toEqual([]);
    expect(events.some((e) => e.rule === 'serviceCredits/planMatrix' && e.outcome === 'rejected')).toBe(true);
  });

  it('does not take a price table for a credit table', () => {
    expect(findCreditTables(doc(['| Plan | Availability add-on | Price |', '| Starter | 99.5% | $10 |']))).toEqual([]);
  });
});

describe('band cells', () => {
  it('reads "Up to 0.5%" as a band bounded from above, and a flattened table of them', () => {
    const d = doc(['Shortfall below the commitment | Fee reduction', 'Up to 0.3% | 4%', 'More than 0.3% | 12%']);
    const [table] = findCreditTables(d);
    expect(tableTiers(table!, 99.9)).toEqual([
      { uptimeBelow: 99.9, uptimeAtLeast: 99.6, creditPercent: 4 },
      { uptimeBelow: 99.6, uptimeAtLeast: null, creditPercent: 12 },
    ]);
    // Look-alike: "up to" a discount in a price list is no band.
    expect(findCreditTables(doc(['Plan | Discount', 'Up to 10 seats | 5%']))).toEqual([]);
  });
});

describe('band cells with the downtime they allow beside them', () => {
  it('reads "Less than 99.0% (~7.5hrs)" as below 99.0%: the hours are no edge', () => {
    const d = docFromText(
      [
        '| Monthly Uptime Percentage | Service Credit |',
        '|---|---|',
        '| Less than 99.0% (~7.5hrs) | 10% of monthly fee |',
        '| Less than 95.0% (~36 hours) | 25% of monthly fee |',
      ].join('\n'),
    );
    const [table] = findCreditTables(d);
    expect(tableTiers(table!, null)).toEqual([
      { uptimeBelow: 99, uptimeAtLeast: 95, creditPercent: 10 },
      { uptimeBelow: 95, uptimeAtLeast: null, creditPercent: 25 },
    ]);
    // Look-alike: two percentages in a cell are the band's two edges.
    const [band] = findCreditTables(doc(['Monthly Uptime | Credit', '99.0% – 99.5% | 10%', 'Below 99.0% | 25%']));
    expect(tableTiers(band!, null)?.[0]).toEqual({ uptimeBelow: 99.5, uptimeAtLeast: 99, creditPercent: 10 });
  });
});

describe('band edges', () => {
  it('ends the first tier where the no-credit band begins', () => {
    const d = doc([
      '| Availability Level | Credit |',
      '| ≥ 99.5% | 0% |',
      '| 98.0% – 99.49% | 10% |',
      '| < 98.0% | 20% |',
    ]);
    expect(tableTiers(findCreditTables(d)[0]!, null)?.[0]).toEqual({
      uptimeBelow: 99.5,
      uptimeAtLeast: 98,
      creditPercent: 10,
    });
    // Look-alike: a no-credit band far above is not a written edge of the first tier.
    const far = doc(['| Availability Level | Credit |', '| ≥ 99.5% | 0% |', '| 98.0% – 99.0% | 10% |']);
    expect(tableTiers(findCreditTables(far)[0]!, null)?.[0]?.uptimeBelow).toBe(99);
  });

  it('reads a no-credit row written as a word ("None", "N/A", "—") as the band that earns nothing', () => {
    for (const none of ['None', 'N/A', '—', 'No credit']) {
      const d = doc([
        '| Availability Level | Credit |',
        `| 99.5% or higher | ${none} |`,
        '| 98.0% to below 99.5% | 10% |',
        '| Below 98.0% | 20% |',
      ]);
      expect(tableTiers(findCreditTables(d)[0]!, null), none).toEqual([
        { uptimeBelow: 99.5, uptimeAtLeast: 98, creditPercent: 10 },
        { uptimeBelow: 98, uptimeAtLeast: null, creditPercent: 20 },
      ]);
    }
    // Flattened into lines of text.
    const flat = doc([
      'Availability Level   Credit',
      '99.5% or higher   None',
      '98.0% to below 99.5%   10%',
      'Below 98.0%   20%',
    ]);
    expect(tableTiers(findCreditTables(flat)[0]!, null)?.[0]).toEqual({
      uptimeBelow: 99.5,
      uptimeAtLeast: 98,
      creditPercent: 10,
    });
    // Look-alikes: a table of no-credit rows only, and a cell that names something else.
    expect(findCreditTables(doc(['| Availability Level | Credit |', '| 99.5% or higher | None |']))).toEqual([]);
    const other = doc([
      '| Availability Level | Credit |',
      '| 99.5% or higher | Nonetheless 5 |',
      '| Below 99.5% | 10% |',
    ]);
    const read = findCreditTables(other)[0];
    expect(read ? tableTiers(read, null) : []).not.toContainEqual(expect.objectContaining({ uptimeBelow: 99.5 }));
  });

  it('reads "99.0% ≤ uptime < 99.9%" rows of a flattened table', () => {
    const d = doc([
      'Monthly Uptime Percentage Service Credit Percentage',
      '99.2% ≤ uptime < 99.8% 10%',
      'uptime < 99.2% 30%',
    ]);
    expect(tableTiers(findCreditTables(d)[0]!, null)).toEqual([
      { uptimeBelow: 99.8, uptimeAtLeast: 99.2, creditPercent: 10 },
      { uptimeBelow: 99.2, uptimeAtLeast: null, creditPercent: 30 },
    ]);
  });
});

describe('findCreditTables: a table laid out across', () => {
  it('reads bands in the first row and credits in the row under it', () => {
    const d = doc([
      '| Monthly Availability | 99.0% – 99.94% | 97.0% – 98.99% | below 97.0% |',
      '|---|---|---|---|',
      '| Service Credit | 5% | 15% | 30% |',
    ]);
    expect(tableTiers(findCreditTables(d)[0]!, null)).toEqual([
      { uptimeBelow: 99.94, uptimeAtLeast: 99, creditPercent: 5 },
      { uptimeBelow: 99, uptimeAtLeast: 97, creditPercent: 15 },
      { uptimeBelow: 97, uptimeAtLeast: null, creditPercent: 30 },
    ]);
  });

  it('look-alikes: a plan table, a row of downtime under the bands, a row with a cell that does not read', () => {
    expect(
      findCreditTables(
        doc(['| Plan | Starter | Pro |', '|---|---|---|', '| Uptime | 99.5% | 99.9% |', '| Credit | 10% | 10% |']),
      ),
    ).toEqual([]);
    expect(
      findCreditTables(
        doc(['| Monthly Uptime | < 99.9% | < 99.0% |', '|---|---|---|', '| Allowed downtime | 43 min | 7 h |']),
      ),
    ).toEqual([]);
    expect(
      findCreditTables(
        doc(['| Monthly Uptime | < 99.9% | < 99.0% |', '|---|---|---|', '| Service Credit | 10% | ask us |']),
      ),
    ).toEqual([]);
  });
});

describe('findCreditTables: Arabic tables (serviceCredits/arabicTable)', () => {
  it('reads Arabic headers and bands written with Arabic-Indic digits and Arabic comparators', () => {
    const d = doc([
      '| نسبة التوفر الشهرية | رصيد الخدمة |',
      '| ٩٩٫٩٪ أو أكثر | ٠٪ |',
      '| من ٩٩٫٠٪ إلى أقل من ٩٩٫٩٪ | ١٠٪ |',
      '| أقل من ٩٩٫٠٪ | ٣٠٪ |',
    ]);
    const [table] = findCreditTables(d);
    expect(tableTiers(table!, null)).toEqual([
      { uptimeBelow: 99.9, uptimeAtLeast: 99, creditPercent: 10 },
      { uptimeBelow: 99, uptimeAtLeast: null, creditPercent: 30 },
    ]);
    // "الجاهزية" (availability) and "الخصم" (discount) with bare numbers under a "نسبة" (rate) header.
    const bare = doc(['| الجاهزية | نسبة الخصم |', '| 99 - 99.5 % | 5 |', '| أقل من 99 % | 15 |']);
    expect(tableTiers(findCreditTables(bare)[0]!, null)?.map((t) => t.creditPercent)).toEqual([5, 15]);
  });

  it('reads the Gulf\'s "الحسم" (a deduction from the invoice) as the credit, bands written "أقل من X وحتى Y"', () => {
    const d = doc([
      '| نسبة الإتاحة الشهرية | نسبة الحسم من الفاتورة |',
      '| أقل من 99.7% وحتى 98.5% | 7% |',
      '| أقل من 98.5% | 20% |',
    ]);
    expect(tableTiers(findCreditTables(d)[0]!, null)).toEqual([
      { uptimeBelow: 99.7, uptimeAtLeast: 98.5, creditPercent: 7 },
      { uptimeBelow: 98.5, uptimeAtLeast: null, creditPercent: 20 },
    ]);
  });

  it('reads "الغرامة" (the penalty public-sector SLAs deduct) as the credit, as "penalty" in English', () => {
    const d = doc([
      '| نسبة الجاهزية الشهرية | الغرامة من قيمة الفاتورة |',
      '| أقل من 99.5% وحتى 98% | 5% |',
      '| أقل من 98% | 15% |',
    ]);
    expect(tableTiers(findCreditTables(d)[0]!, null)).toEqual([
      { uptimeBelow: 99.5, uptimeAtLeast: 98, creditPercent: 5 },
      { uptimeBelow: 98, uptimeAtLeast: null, creditPercent: 15 },
    ]);
    const en = doc(['| Availability | Penalty |', '| Below 99.5% | 5% |', '| Below 98% | 15% |']);
    expect(tableTiers(findCreditTables(en)[0]!, null)?.map((t) => t.creditPercent)).toEqual([5, 15]);
    // Look-alikes: a late-delivery penalty by days late, in Arabic and in English.
    expect(
      findCreditTables(doc(['| مدة التأخير | الغرامة |', '| من 1 إلى 10 أيام | 2% |', '| أكثر من 10 أيام | 5% |'])),
    ).toEqual([]);
    expect(findCreditTables(doc(['| Days late | Penalty |', '| 1 to 10 | 2% |', '| Over 10 | 5% |']))).toEqual([]);
  });

  it('look-alikes of "الحسم": settling a dispute by stage, a discount on a plan', () => {
    const stages = doc(['| مرحلة حسم النزاع | المدة |', '| التفاوض الودي | 30 يوماً |', '| التحكيم | 90 يوماً |']);
    expect(findCreditTables(stages)).toEqual([]);
    const plans = doc(['| الباقة | السعر | نسبة الحسم |', '| سنوية | ١٢٠٠ ريال | ١٥٪ |', '| شهرية | ١٢٠ ريال | ٠٪ |']);
    expect(findCreditTables(plans)).toEqual([]);
  });

  it('look-alikes: a price list with an annual discount, a plan level called "مستوى الخدمة"', () => {
    const pricing = doc([
      '| الباقة | السعر الشهري | نسبة الخصم السنوي |',
      '| أساسية | ٩٩ ريال | ١٠٪ |',
      '| متقدمة | ١٩٩ ريال | ٢٠٪ |',
    ]);
    expect(findCreditTables(pricing)).toEqual([]);
    const plans = doc(['| مستوى الخدمة | السعر | الخصم |', '| ذهبي | ٥٠٠ ريال | ١٠٪ |', '| فضي | ٣٠٠ ريال | ٥٪ |']);
    expect(findCreditTables(plans)).toEqual([]);
  });
});

describe('a credit chart written as HTML inside Markdown', () => {
  it('reads its bands as tiers, the page showing a table and not its tags', () => {
    const text = [
      '# Quillby Service Level Agreement',
      'Quillby will use commercially reasonable efforts to make the Service available at or above the Target Availability.',
      '<table>',
      '<tr><td></td><td>Monthly Availability</td><td>Service Credit</td></tr>',
      '<tr><td>Target Availability</td><td>99.5% or higher</td><td>None</td></tr>',
      '<tr><td>Band 1</td><td>98% - 99.49%</td><td>10% of monthly fees</td></tr>',
      '<tr><td>Band 2</td><td>&lt; 98%</td><td>25% of monthly fees</td></tr>',
      '</table>',
    ].join('\n');
    const credits = extractFields(docFromText(text)).serviceCredits;
    expect(credits?.value.tiers.map((t) => [t.uptimeBelow, t.creditPercent])).toEqual([
      [99.5, 10],
      [98, 25],
    ]);
  });
});

describe('a "Downtime" column holding availability levels', () => {
  it('reads figures of 50% and more as uptime bands, not shortfalls', () => {
    const t = findCreditTables(
      doc(['| Downtime | Credit |', '|---|---|', '| 99.5-99.0% | 10% |', '| 99.0-98.0% | 25% |', '| <98.0% | 50% |']),
    );
    expect(t[0]?.shortfall).toBe(false);
    expect(t[0] && tableTiers(t[0], null)?.map((x) => [x.uptimeBelow, x.uptimeAtLeast, x.creditPercent])).toEqual([
      [99.5, 99, 10],
      [99, 98, 25],
      [98, null, 50],
    ]);
  });

  it('look-alike: downtime shares below the commitment stay shortfalls', () => {
    const t = findCreditTables(doc(['| Downtime | Credit |', '|---|---|', '| 0.1% - 1% | 10% |', '| > 1% | 25% |']));
    expect(t[0]?.shortfall).toBe(true);
  });
});

describe('credit tables: a band written figure first, then the comparator and the measure ("95% > Av")', () => {
  it('reads "99.95% > Av ≥ 99%", "99% > Av ≥ 95%" and "95% > Av" as three bands, the last below 95%', () => {
    const fields = extractFields(
      doc([
        '# Corvane VPN Service Level Agreement',
        '## 3. Compensation',
        '| Service Availability (Av) for a Service Month | Value of Compensation Voucher |',
        '|---|---|',
        '| 99.95% > Av ≥ 99% | 10% of the Monthly Service Fee |',
        '| 99% > Av ≥ 95% | 25% of the Monthly Service Fee |',
        '| 95% > Av | 100% of the Monthly Service Fee |',
      ]),
    );
    expect(fields.serviceCredits?.value).toEqual({
      tiers: [
        { uptimeBelow: 99.95, uptimeAtLeast: 99, creditPercent: 10 },
        { uptimeBelow: 99, uptimeAtLeast: 95, creditPercent: 25 },
        { uptimeBelow: 95, uptimeAtLeast: null, creditPercent: 100 },
      ],
      maxCreditPercent: 100,
    });
  });
  it('look-alike: "99% < Av" is a band from 99% up', () => {
    const fields = extractFields(
      doc([
        '# Corvane VPN Service Level Agreement',
        '| Monthly Availability (Av) | Service Credit |',
        '|---|---|',
        '| 99% < Av | 0% |',
        '| 95% < Av ≤ 99% | 10% |',
        '| Av ≤ 95% | 25% |',
      ]),
    );
    expect(fields.serviceCredits?.value.tiers[0]).toMatchObject({
      uptimeBelow: 99,
      uptimeAtLeast: 95,
      creditPercent: 10,
    });
  });
});

describe('credit tables: a no-credit row that says so among other words', () => {
  const table = (noCredit: string) =>
    extractFields(
      doc([
        '# Brackwater Hosting Service Level Agreement',
        '| Monthly Uptime | Credit Issued |',
        '|---|---|',
        `| 99.5% to 100% | ${noCredit} |`,
        '| 99.0% to 99.49% | 10% of the monthly fee |',
        '| Less than 99.0% | 30% of the monthly fee |',
      ]),
    ).serviceCredits?.value;
  it('"Target met (No Credit)" is the band that earns nothing: the table is read', () => {
    expect(table('Target met (No Credit)')).toEqual({
      tiers: [
        { uptimeBelow: 99.5, uptimeAtLeast: 99, creditPercent: 10 },
        { uptimeBelow: 99, uptimeAtLeast: null, creditPercent: 30 },
      ],
      maxCreditPercent: 30,
    });
  });
  it('look-alike: a cell that only conditions a credit ("no credit if planned") or names a figure is not read as none', () => {
    expect(table('No credit if the downtime was planned')).toBeUndefined();
    expect(table('Standard target (no credit above 2 hours)')).toBeUndefined();
  });
});
