import { describe, expect, it } from 'vitest';
import { FIELD_EXTRACTORS } from '../extractors/card';
import { compactArabic } from '../extractors/common/arabic';
import {
  findArabicDurations,
  findArabicMoney,
  findArabicPercents,
  foldArabic,
  foldDigits,
  parseArabicFigure,
  parseArabicNumberWords,
} from '../extractors/common/arabic-numbers';
import { findDurations } from '../extractors/common/durations';
import { LOCAL_DINAR } from '../extractors/common/local-currency';
import { findMoney } from '../extractors/common/money';
import { findPercents } from '../extractors/common/percent';
import { docFromText } from '../extractors/input';
import { doublingRatio, LINEAR_RATIO } from '../scripts/lib/scaling';

const duration = (text: string) => findDurations(text).map((d) => ({ amount: d.amount, unit: d.unit }));

describe('parseArabicNumberWords: gender and case forms', () => {
  it.each([
    ['واحد', 1],
    ['إحدى', 1],
    ['اثنان', 2],
    ['اثنتين', 2],
    ['ثلاثة', 3],
    ['ثلاث', 3],
    ['ثمانية', 8],
    ['ثماني', 8],
    ['عشرة', 10],
    ['عشر', 10],
    ['أحد عشر', 11],
    ['إحدى عشرة', 11],
    ['اثنا عشر', 12],
    ['اثنتي عشرة', 12],
    ['خمسة عشر', 15],
    ['ثلاث عشرة', 13],
    ['عشرون', 20],
    ['عشرين', 20],
    ['واحد وعشرون', 21],
    ['خمس وعشرين', 25],
    ['ثلاثون', 30],
    ['خمسة وأربعين', 45],
    ['تسعين', 90],
    ['تسعة وتسعون', 99],
    ['مائة', 100],
    ['مئة', 100],
    ['مائتين', 200],
    ['خمسمائة', 500],
    ['خمس مائة', 500],
    ['ألف', 1000],
    ['ألفين', 2000],
    ['ثلاثة آلاف', 3000],
    ['ألف وخمسمائة', 1500],
    ['الاثني عشر', 12],
  ])('%s → %i', (words, value) => {
    expect(parseArabicNumberWords(words)).toBe(value);
  });

  it('reads words with diacritics and alef variants the same', () => {
    expect(parseArabicNumberWords('ثَلاثِينَ')).toBe(30);
    expect(parseArabicNumberWords('اربعة')).toBe(4);
  });

  it('refuses words that are not numbers', () => {
    expect(parseArabicNumberWords('الشركة')).toBeNull();
    expect(parseArabicNumberWords('خمسة أيام')).toBeNull();
  });
});

describe('figures in both Arabic-Indic digit sets', () => {
  it('parses Arabic-Indic, Eastern Arabic-Indic and ASCII figures with both separator sets', () => {
    expect(parseArabicFigure('٣٠')).toBe(30);
    expect(parseArabicFigure('۳۰')).toBe(30);
    expect(parseArabicFigure('١٬٠٠٠')).toBe(1000);
    expect(parseArabicFigure('٩٩٫٩')).toBe(99.9);
    expect(parseArabicFigure('1,000')).toBe(1000);
  });

  it('folds digits one char for one char', () => {
    const s = 'بنسبة ٩٩٫٩٥٪ و۷ أيام';
    expect(foldDigits(s)).toHaveLength(s.length);
    expect(foldDigits(s)).toBe('بنسبة 99.95% و7 أيام');
  });
});

describe('Arabic durations', () => {
  it.each([
    ['خلال ثلاثين (30) يوماً', 30, 'days'],
    ['قبل (30) يومًا على الأقل', 30, 'days'],
    ['خلال ٣٠ يوماً', 30, 'days'],
    ['خلال ۳۰ يوماً', 30, 'days'],
    ['خلال 30 (ثلاثين) يوماً', 30, 'days'],
    ['خمسة عشر يوم عمل', 15, 'business-days'],
    ['سبعة أيام عمل', 7, 'business-days'],
    ['يوم عمل واحد', 1, 'business-days'],
    ['يومي عمل', 2, 'business-days'],
    ['ثلاثة أشهر', 3, 'months'],
    ['ستة شهور', 6, 'months'],
    ['الاثني عشر شهرًا', 12, 'months'],
    ['الأشهر الستة السابقة', 6, 'months'],
    ['سنة واحدة', 1, 'years'],
    ['ثلاث سنوات', 3, 'years'],
    ['ثلاثة أعوام', 3, 'years'],
    ['ثلاثة أسابيع', 3, 'weeks'],
    ['عامين', 2, 'years'],
    ['خلال يومين', 2, 'days'],
    ['بعد شهرين', 2, 'months'],
    ['لمدة سنتين', 2, 'years'],
    ['أسبوعين', 2, 'weeks'],
    ['ثلاث ساعات', 3, 'hours'],
    ['٢٤ ساعة', 24, 'hours'],
    ['أربع ساعات عمل', 4, 'business-hours'],
    ['ساعة واحدة', 1, 'hours'],
    ['إحدى عشرة ساعة', 11, 'hours'],
    ['ثمانٍ وأربعين (48) ساعة', 48, 'hours'],
    ['30 دقيقة', 30, 'minutes'],
    ['**14 يوماً**', 14, 'days'],
    ['عشرة أيام تقويمية', 10, 'days'],
  ])('%s', (text, amount, unit) => {
    expect(duration(text)).toEqual([{ amount, unit }]);
  });

  it('quotes the verbatim text with offsets into it', () => {
    const text = 'يلتزم العميل بالسداد خلال ثلاثين (30) يوماً من تاريخ الفاتورة';
    const [d] = findDurations(text);
    expect(d && text.slice(d.start, d.end)).toBe(d?.text);
    expect(d?.text.startsWith('ثلاثين (30) يوم')).toBe(true);
  });

  it.each([
    ['على مدار الساعة', 'around the clock is no duration'],
    ['من الأحد إلى الخميس يوم الأحد', 'a weekday is no duration'],
    ['خلال ساعات العمل الرسمية', 'business hours with no number'],
    ['تقرير يومي', '"daily" is not the dual of day'],
    ['أحد الطرفين', '"one of the parties"'],
    ['في عام 2025', 'a year named is no duration'],
  ])('no duration in %s (%s)', (text) => {
    expect(findArabicDurations(text)).toEqual([]);
  });

  // Rule arabic/singleUnit: Arabic says "one" by the bare singular, where the unit ends its phrase.
  it.each([
    ['يجب إخطار المشترك قبل شهر من موعد التجديد', 1, 'months'],
    ['نرد على البلاغات خلال أسبوع.', 1, 'weeks'],
    ['يتجدد الاشتراك لمدة سنة أخرى', 1, 'years'],
    ['يُعالج الطلب خلال يوم عمل من استلامه', 1, 'business-days'],
    ['وخلال ساعة، يُبلّغ العميل', 1, 'hours'],
    ['يتم الاحتفاظ بالبيانات طوال عام ميلادي', 1, 'years'],
    ['يجوز إنهاء الاتفاقية بإشعار كتابي مدته شهر.', 1, 'months'],
    ['بموجب إشعار مسبق مدتها أسبوع', 1, 'weeks'],
  ])('a bare singular unit after a word of time: %s', (text, amount, unit) => {
    expect(duration(text)).toEqual([{ amount, unit }]);
  });

  it.each([
    ['تتوقف الخدمة قبل شهر رمضان', 'a month named after it'],
    ['خلال شهر يناير من كل عام', 'a calendar month named'],
    ['تُستحق الرسوم قبل يوم الاستحقاق', 'a construct: the due day'],
    ['تسري الأسعار خلال سنة 2025', 'a year named by its figure'],
    ['يتوفر الدعم خلال يوم العمل', 'during the working day, no length'],
    ['يُرسل تقرير كل شهر', 'no word of time before the unit'],
    ['تمتد مدته شهر رمضان كاملاً', '"its duration" before a month named'],
  ])('no single unit in %s (%s)', (text) => {
    expect(findArabicDurations(text)).toEqual([]);
  });

  it('quotes a single unit verbatim (the tatweel inside it, not the tanween after), and keeps a number reading', () => {
    const text = 'يجب الإشعار قبل شـهرٍ من التجديد، أو خلال سنة واحدة';
    const found = findArabicDurations(text);
    expect(found.map((d) => [d.amount, d.unit, d.text])).toEqual([
      [1, 'months', 'شـهر'],
      [1, 'years', 'سنة واحدة'],
    ]);
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  });

  // A unit's letters inside a longer word ("العامة" general, "اليومية" daily, "السنوية" annual) start no reading:
  // the period after them is still found, with or without marks (tanween, tatweel) in the sentence.
  it.each([
    ['وفقاً للأحكام العامة والتقارير اليومية، يلتزم المزوّد بالإشعار قبل ستين يوماً', 60, 'days'],
    ['تُجدَّد الرسوم السنوية تلقائياً ما لم يُخطر العميل قبل 45 يوم عمل', 45, 'business-days'],
    ['الشروط العامة للاستخدام: مدة الإشعار ثلاثة أشهر', 3, 'months'],
  ])('a period after a unit inside a word: %s', (text, amount, unit) => {
    expect(duration(text)).toEqual([{ amount, unit }]);
  });

  it.each([
    ['تخضع هذه الأحكام العامة للتحديث الدوري', 'general, no period'],
    ['تُرسَل تقارير يوميةٌ وأسبوعيةٌ إلى العميل', 'daily and weekly reports, marks in the sentence'],
    ['يحق للمستخدم الحصول على نسخة سنوية من الفاتورة', 'an annual copy'],
  ])('no duration in %s (%s)', (text) => {
    expect(findArabicDurations(text)).toEqual([]);
  });

  it('reads English and Arabic durations of a bilingual sentence, once each', () => {
    expect(duration('within 30 days (خلال 30 يوماً)')).toEqual([
      { amount: 30, unit: 'days' },
      { amount: 30, unit: 'days' },
    ]);
  });
});

describe('Arabic percentages', () => {
  it.each([
    ['بنسبة 99.9%', 99.9],
    ['بنسبة ٩٩٫٩٪', 99.9],
    ['بنسبة ٪٩٩٫٩', 99.9],
    ['بنسبة %99.9', 99.9],
    ['99.5 في المائة', 99.5],
    ['عشرة بالمائة', 10],
    ['خمسة وعشرين في المئة', 25],
  ])('%s → %d', (text, value) => {
    expect(findPercents(text).map((p) => p.value)).toEqual([value]);
  });

  it('keeps verbatim quotes for Arabic-Indic figures', () => {
    const text = 'جاهزية ٩٩٫٩٥٪ شهرياً';
    const [p] = findPercents(text);
    expect(p?.text).toBe('٩٩٫٩٥٪');
    expect(text.slice(p?.start, p?.end)).toBe('٩٩٫٩٥٪');
  });

  it('reads no percentage in a section number or a price', () => {
    expect(findArabicPercents('البند ١٣.٢ من الاتفاقية')).toEqual([]);
    expect(findPercents('السعر 99 ريالاً')).toEqual([]);
  });
});

describe('Arabic money', () => {
  const money = (text: string) => findMoney(text).map((m) => ({ value: m.value, currency: m.currency }));
  it.each([
    ['مبلغ 1,000 ريال سعودي', 1000, 'SAR'],
    ['مبلغ ١٬٠٠٠ ريال سعودي', 1000, 'SAR'],
    ['2500 ر.س', 2500, 'SAR'],
    ['SAR ٥٠٠', 500, 'SAR'],
    ['500 دولار أمريكي (خمسمائة دولار)', 500, 'USD'],
    ['خمسمائة دولار', 500, 'USD'],
    ['ألف درهم إماراتي', 1000, 'AED'],
    ['250 د.إ', 250, 'AED'],
    ['100 دينار كويتي', 100, 'KWD'],
    ['٣٠٠ دينار أردني', 300, 'JOD'],
    ['50 جنيه مصري', 50, 'EGP'],
    ['750 ريالاً سعودياً', 750, 'SAR'],
    ['مليون ريال قطري', 1e6, 'QAR'],
    ['5 ملايين ريال', 5e6, 'SAR'],
    ['1000 روبية باكستانية', 1000, 'PKR'],
  ])('%s', (text, value, currency) => {
    expect(money(text)).toEqual([{ value, currency }]);
  });

  it('leaves a bare pound alone, and reads a bare dinar as dinars of no country yet (the governing law places it)', () => {
    expect(findArabicMoney('100 دينار').map((m) => [m.value, m.currency])).toEqual([[100, LOCAL_DINAR]]);
    expect(findArabicMoney('50 جنيه')).toEqual([]);
  });

  it('reads no money in durations or percentages', () => {
    expect(findArabicMoney('خلال ثلاثين يوماً بنسبة 10%')).toEqual([]);
  });
});

describe('Arabic scanners are linear', () => {
  const text = (n: number) =>
    'يلتزم المزود بالرد خلال ثلاثين (30) يوماً وبنسبة ٩٩٫٩٪ ومبلغ 1,000 ريال سعودي، خمسة وأربعين يوم عمل. '.repeat(n);
  it('durations', () => {
    expect(doublingRatio(text, findArabicDurations, 200, 7)).toBeLessThanOrEqual(LINEAR_RATIO);
  });
  it('percentages and money', () => {
    expect(doublingRatio(text, (t) => [findArabicPercents(t), findArabicMoney(t)], 200, 7)).toBeLessThanOrEqual(
      LINEAR_RATIO,
    );
  });
  it('a run of number words with no unit', () => {
    const words = (n: number) => 'خمسة وعشرين '.repeat(n);
    expect(doublingRatio(words, findArabicDurations, 2000, 3)).toBeLessThanOrEqual(LINEAR_RATIO);
  });
});

describe('the field extractors on an Arabic document are linear', () => {
  // A composed contract paragraph, repeated: every Arabic rule's pre-check passes on it.
  const paragraph =
    'يجوز للعميل إنهاء الاتفاقية في أي وقت بإشعار كتابي مدته ثلاثون (30) يوماً. لا تتجاوز مسؤوليتنا الإجمالية الرسوم المدفوعة خلال الاثني عشر شهراً السابقة. ' +
    'تتجدد الاتفاقية تلقائياً لمدة سنة ما لم يُخطر أحد الطرفين الآخر قبل ستين يوماً من انتهاء المدة. نلتزم بجاهزية شهرية بنسبة ٩٩٫٩٪. ' +
    'يُعد رصيد الخدمة التعويض الوحيد والحصري. الأولوية 1: استجابة خلال ساعة واحدة.\n\n';
  it('all fields, doubling the document', () => {
    const make = (n: number) => docFromText(paragraph.repeat(n));
    const run = (doc: ReturnType<typeof docFromText>) => {
      for (const extract of Object.values(FIELD_EXTRACTORS)) extract(doc);
    };
    expect(doublingRatio(make, run, 40, 3)).toBeLessThanOrEqual(LINEAR_RATIO);
  });
});

describe('foldArabic', () => {
  it('is the compact matching form without the offset map', () => {
    for (const s of [
      'إِنَّ الأَحكـــامَ \u200fتُطبَّق خلال ٣٠ يوماً و۷ أيام، على الشركة',
      'Governing law: قانون المملكة العربية السعودية (SAR ١٬٠٠٠)',
      'plain English text',
    ]) {
      expect(foldArabic(s)).toBe(compactArabic(s).text);
    }
  });
});

describe('a definite plural followed by a teen ("الأشهر الاثني عشر")', () => {
  it('reads the teen whole: twelve months, fifteen days', () => {
    const d = (t: string) => findArabicDurations(t).map((x) => [x.amount, x.unit]);
    expect(d('خلال الأشهر الاثني عشر السابقة للمطالبة')).toEqual([[12, 'months']]);
    expect(d('خلال الأيام الخمسة عشر التالية')).toEqual([[15, 'days']]);
  });

  it('look-alikes: a plain number after the plural, and a following word that is not عشر, are left as they were', () => {
    const d = (t: string) => findArabicDurations(t).map((x) => [x.amount, x.unit]);
    expect(d('خلال الأشهر الستة الماضية')).toEqual([[6, 'months']]);
    expect(d('خلال الأيام العشرة الأولى')).toEqual([[10, 'days']]);
  });
});
