import { describe, expect, it } from 'vitest';
import { compactArabic } from '../extractors/common/arabic';
import { hijriToGregorian, readArabicDate } from '../extractors/common/arabic-dates';
import { extractDates } from '../extractors/dates';
import { docFromText } from '../extractors/input';

// Composed passages (not from any corpus document).
function dates(text: string) {
  const r = extractDates(docFromText(text));
  return { effective: r.effective?.value ?? null, updated: r.updated?.value ?? null, rule: r.updated?.rule };
}

const read = (s: string) => readArabicDate(compactArabic(s).text)?.iso ?? null;

describe('readArabicDate', () => {
  it('reads Gulf and Levant month names, in either digit set', () => {
    expect(read('٣ مارس ٢٠٢٤')).toBe('2024-03-03');
    expect(read('15 إبريل 2023')).toBe('2023-04-15');
    expect(read('۱۲ أغسطس ۲۰۲۲')).toBe('2022-08-12');
    expect(read('3 كانون الثاني 2024')).toBe('2024-01-03');
    expect(read('20 تشرين الأول، 2021')).toBe('2021-10-20');
    expect(read('7 آب 2020م')).toBe('2020-08-07');
  });

  it('reads numeric dates day first, or year first when the year leads', () => {
    expect(read('05/03/2024')).toBe('2024-03-05');
    expect(read('٠٥/٠٣/٢٠٢٤')).toBe('2024-03-05');
    expect(read('2024/03/05')).toBe('2024-03-05');
    expect(read('31/02/2024')).toBeNull();
  });

  it('takes the Gregorian equivalent written beside a Hijri date', () => {
    expect(read('14/6/1445هـ الموافق 27/12/2023م')).toBe('2023-12-27');
    expect(read('١٤ جمادى الآخرة ١٤٤٥ هـ الموافق ٢٧ ديسمبر ٢٠٢٣ م')).toBe('2023-12-27');
  });

  it('converts a Hijri-only date with the Umm al-Qura calendar', () => {
    expect(read('1 رمضان 1446 هـ')).toBe('2025-03-01');
    expect(read('1/1/1445هـ')).toBe('2023-07-19');
    // Year first, as Saudi official dates are written; with its Gregorian equivalent, that one.
    expect(read('1445/01/01هـ')).toBe('2023-07-19');
    expect(read('١٤٤٦/٠٧/١٥هـ الموافق ٢٠٢٥/٠١/١٥م')).toBe('2025-01-15');
    // Look-alike: a year-first Hijri figure without its mark is no date (a reference number, a range).
    expect(read('1445/01/01')).toBeNull();
  });
});

describe('hijriToGregorian (Intl islamic-umalqura)', () => {
  it('converts known dates and rejects impossible ones', () => {
    expect(hijriToGregorian(1445, 1, 1)).toBe('2023-07-19');
    expect(hijriToGregorian(1446, 9, 1)).toBe('2025-03-01');
    expect(hijriToGregorian(1444, 10, 1)).toBe('2023-04-21');
    expect(hijriToGregorian(1445, 13, 1)).toBeNull();
    expect(hijriToGregorian(1200, 1, 1)).toBeNull();
  });
});

describe('Arabic date labels', () => {
  it('reads "last updated" with a colon, "في" or "بتاريخ"', () => {
    expect(dates('# سياسة الخصوصية\n\nآخر تحديث: ١٠ فبراير ٢٠٢٤\n\nنص السياسة.').updated).toBe('2024-02-10');
    expect(dates('# الشروط والأحكام\n\nتاريخ آخر تعديل في 2023/11/30\n\nنص.').updated).toBe('2023-11-30');
    expect(dates('# الشروط\n\nوآخر تعديل لها بتاريخ: 9 أيار 2022\n\nنص.').updated).toBe('2022-05-09');
  });

  it('reads an effective date label', () => {
    const r = dates('# اتفاقية مستوى الخدمة\n\nتاريخ السريان: 01/04/2025\n\nنص.');
    expect(r.effective).toBe('2025-04-01');
    expect(r.updated).toBeNull();
    expect(dates('# الشروط\n\nتسري هذه الشروط اعتباراً من 1 يوليو 2025.\n\nنص.').effective).toBe('2025-07-01');
  });

  it('reads "applies from" only when what applies is the document', () => {
    expect(dates('# الشروط\n\nتسري هذه الاتفاقية اعتباراً من 1 يوليو 2025.\n\nنص.').effective).toBe('2025-07-01');
    expect(dates('# العروض\n\nيسري هذا الخصم من 1 يوليو 2025 على الباقات السنوية.\n\nنص.').effective).toBeNull();
  });

  it('names the rule that converted a Hijri-only date', () => {
    const r = dates('# الشروط والأحكام\n\nآخر تحديث: 1 رمضان 1446هـ\n\nنص.');
    expect(r.updated).toBe('2025-03-01');
    expect(r.rule).toBe('dates/arabicLabelledHijri');
  });

  it('does not read a founding date or a date in a clause as the update date', () => {
    const r = dates(
      '# من نحن\n\nتأسست الشركة في 12/3/1440هـ الموافق 20/11/2018م في مدينة الرياض.\n\nتنتهي فترة التجربة في 1 يناير 2026.',
    );
    expect(r).toMatchObject({ effective: null, updated: null });
  });

  it('reads a closing "these terms were updated on" sentence deep in a long page, not a bare one', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `البند ${i + 1}: يلتزم العميل بالأحكام.`).join('\n\n');
    const ending = 'تم تحديث هذه الشروط بتاريخ: 4 مارس 2024.';
    expect(
      dates(`# الشروط\n\n${filler}\n\n${ending}\n\nتواصل\n\nعن الشركة\n\nالمدونة\n\nالأسعار\n\nحقوق النشر`).updated,
    ).toBe('2024-03-04');
    const bare = 'آخر تحديث للأسعار بتاريخ: 4 مارس 2024.';
    expect(
      dates(`# الشروط\n\n${filler}\n\n${bare}\n\nتواصل\n\nعن الشركة\n\nالمدونة\n\nالأسعار\n\nحقوق النشر`).updated,
    ).toBeNull();
  });
});
