import { describe, expect, it } from 'vitest';
import {
  arabicLoose,
  arabicMatchForm,
  compactArabic,
  foldedWordsRegExp,
  hasArabic,
  includesAny,
  indexOfAny,
  NEUTRAL,
  originalSpan,
  withArabicPrefixes,
} from '../extractors/common/arabic';

describe('arabicMatchForm', () => {
  it('keeps the length of the text, so offsets do not move', () => {
    const s = 'إِنَّ الأَحكـــامَ \u200fتُطبَّق ٣٠ يوماً';
    expect(arabicMatchForm(s)).toHaveLength(s.length);
  });

  it('folds alef variants, taa marbuta and alef maqsura', () => {
    expect(arabicMatchForm('أإآٱ')).toBe('اااا');
    expect(arabicMatchForm('الشركة')).toBe('الشركه');
    expect(arabicMatchForm('على')).toBe('علي');
  });

  it('maps Arabic-Indic and Eastern digits to ASCII', () => {
    expect(arabicMatchForm('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(arabicMatchForm('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
  });

  it('replaces tatweel, diacritics and bidi marks by the neutral char', () => {
    expect(arabicMatchForm('قـانُون\u200f')).toBe(`ق${NEUTRAL}ان${NEUTRAL}ون${NEUTRAL}`);
  });

  it('leaves Latin text and plain Arabic letters alone', () => {
    expect(arabicMatchForm('Governing law: قانون')).toBe('Governing law: قانون');
  });
});

describe('compactArabic', () => {
  it('rejoins a word split by marks and maps the match back to the verbatim quote', () => {
    const original = 'تخضع لأنظِمـة المملكة';
    const c = compactArabic(original);
    const i = c.text.indexOf('لانظمه');
    expect(i).toBeGreaterThan(0);
    const span = originalSpan(c, i, i + 'لانظمه'.length);
    expect(original.slice(span.start, span.end)).toBe('لأنظِمـة');
  });

  it('does not match a different word', () => {
    expect(compactArabic('نظام الشركات').text.includes('لانظمه')).toBe(false);
  });

  // Folded forms are kept for the texts folded last (several field readers fold the same sentence): a text folded
  // again, or after the kept forms were let go (more than a megabyte of other text), folds as it did the first time.
  it('folds a text the same way again, before and after other texts push it out', () => {
    const clause = (n: number) => `تخضع أحكـام هذه الاتفاقيّة لأنظِمـة المملكة رقم ${n} \u200fخلال ثلاثين يوماً`;
    const reference = (t: string) => t.replace(/[\u0640\u064b-\u065f\u0670\u200c-\u200f]/g, '');
    const first = compactArabic(clause(0));
    expect(first.text).toBe(reference(clause(0)).replace(/[أإ]/g, 'ا').replace(/ة/g, 'ه').replace(/ى/g, 'ي'));
    expect(compactArabic(clause(0)).text).toBe(first.text);
    expect(arabicMatchForm(clause(0))).toHaveLength(clause(0).length);
    for (let n = 1; n < 30_000; n++) compactArabic(clause(n));
    const again = compactArabic(clause(0));
    expect(again.text).toBe(first.text);
    const i = again.text.indexOf('لانظمه');
    const span = originalSpan(again, i, i + 'لانظمه'.length);
    expect(clause(0).slice(span.start, span.end)).toBe('لأنظِمـة');
    expect(arabicMatchForm(clause(0))).toBe(arabicMatchForm(`${clause(0)}`));
  });
});

describe('hasArabic', () => {
  it('tells Arabic text from Latin text', () => {
    expect(hasArabic('شروط الخدمة')).toBe(true);
    expect(hasArabic('Terms of Service')).toBe(false);
  });
});

describe('arabicMatchForm: the rest of the normalizations', () => {
  it('folds Arabic punctuation to its Latin twin, one char for one char', () => {
    expect(arabicMatchForm('٩٩٫٩٪')).toBe('99.9%');
    expect(arabicMatchForm('١٬٠٠٠ ريال، أو أقل؛ لماذا؟')).toBe('1,000 ريال, او اقل; لماذا?');
  });

  it('treats tanween on the alef or on the letter before it alike', () => {
    const a = compactArabic('يوماً').text;
    const b = compactArabic('يومًا').text;
    expect(a).toBe(b);
  });

  it('drops a bidi mark inside a word for matching', () => {
    expect(compactArabic('المملكة العربية \u200fالسعودية').text).toBe('المملكه العربيه السعوديه');
    expect(compactArabic('السعو\u200fدية').text).toBe('السعوديه');
  });

  it('folds Persian-keyboard yeh and kaf', () => {
    expect(arabicMatchForm('کتاب ی')).toBe('كتاب ي');
  });
});

describe('withArabicPrefixes', () => {
  const re = new RegExp(`${withArabicPrefixes('قانون|انظمه')}(?![\\p{L}])`, 'u');
  it('matches the stem with joined conjunction, prepositions and article', () => {
    for (const w of [
      'قانون',
      'القانون',
      'والقانون',
      'بالقانون',
      'للقانون',
      'لقانون',
      'كالقانون',
      'فالقانون',
      'لانظمه',
      'وبانظمه',
    ])
      expect(re.test(w), w).toBe(true);
  });
  it('does not match inside another word', () => {
    expect(re.test('مقانون')).toBe(false);
    expect(re.test('قانونية')).toBe(false);
  });
});

describe('arabicLoose', () => {
  it('finds a matching-form word in raw text with hamza, taa marbuta, marks and tatweel', () => {
    const re = arabicLoose(['اتفاقيه', 'تحديث']);
    expect(re.test('هذه الاتفاقيّة')).toBe(true);
    expect(re.test('آخر تحـــديث')).toBe(true);
    expect(re.test('أخبار اليوم')).toBe(false);
  });

  it('finds a word whose only letters without variants are split by marks, and misses a text lacking them', () => {
    const re = arabicLoose(['تحديث', 'مراجعه']);
    // The rarest letter of each word (ث, ج) is looked for first: it is there, with tatweel and harakat around it.
    expect(re.test('تاريخ المُراجَـعة')).toBe(true);
    expect(re.test('حُدِّث في')).toBe(false);
    expect(re.test('تـحـديـث')).toBe(true);
    // A text with the letters of neither word.
    expect(re.test('سياسة الخصوصية')).toBe(false);
  });

  it('in text without marks, finds a word by its letters without variants wherever they stand, spaces and variants around them', () => {
    const re = arabicLoose(['مكه المكرمه', 'محاكم']);
    // The run looked for first ("مك", "مح") stands after the match's start or at it; variants and 1–3 spaces follow.
    expect(re.test('في مكة  المكرمة')).toBe(true);
    expect(re.test('أمام المحاكم المختصة')).toBe(true);
    // Look-alikes: the run is there, the word is not ("مكتب", "محامي"), or the spaces are too many.
    expect(re.test('في مكتب المحامي')).toBe(false);
    expect(re.test('مكه     المكرمه')).toBe(false);
  });

  it('still tests a word made only of letters with variants (no letter to look for first)', () => {
    const re = arabicLoose(['اها']);
    expect(re.test('إهأ')).toBe(true);
    expect(re.test('اهل')).toBe(false);
  });
});

describe('indexOfAny', () => {
  // Words grouped by their first two letters: the first position must still be the one a regex alternation finds,
  // with words sharing first letters, a one-letter word, and a word cut by the end of the text.
  it('finds where a regex alternation of the words first matches, from any position', () => {
    const words = ['اسبوع', 'اسابيع', 'ايام', 'اشهر', 'يوم', 'يوما', 'ش', 'سنه', 'سن'];
    const re = new RegExp(words.join('|'), 'g');
    const letters = 'ااايسبوعمشهرنهك ';
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: 1 + (next() % 40) }, () => letters[next() % letters.length]).join('');
      const from = next() % (text.length + 1);
      re.lastIndex = from;
      expect(indexOfAny(text, words, from), `${text} from ${from}`).toBe(re.exec(text)?.index ?? -1);
    }
    expect(indexOfAny('خلال اسبو', ['اسبوع'])).toBe(-1);
  });
});

describe('includesAny', () => {
  it('answers as a regex alternation of the words does, wherever they stand', () => {
    const words = ['يوم', 'شهر', 'سن', 'ساعات'];
    const re = /يوم|شهر|سن|ساعات/;
    for (const text of ['خلال ثلاثين يوماً', 'بعد ساعات العمل', 'الحسنة', 'مدة الاشتراك', 'ساع', '', 'day month'])
      expect(includesAny(text, words)).toBe(re.test(text));
    expect(includesAny('x', [''])).toBe(true);
  });
});

describe('includesAny with many words (the one-pass scan) and with few (a native search per word)', () => {
  it('gives the same answers either way', () => {
    const few = ['عقد', 'شرط', 'مدة'];
    // Padded past the native search's limit with words found in none of the texts.
    const many = [...few, ...Array.from({ length: 20 }, (_, i) => `zq${i}x`)];
    for (const text of ['مدة العقد سنة', 'الشروط والأحكام', 'شرطان', 'بلا كلمة', '', 'zq3 only', 'zq3x'])
      expect(includesAny(text, many)).toBe(includesAny(text, few) || text.includes('zq3x'));
  });
});

describe('foldedWordsRegExp', () => {
  const re = foldedWordsRegExp(['اضرار', 'خساره']);

  it('finds a word in raw text whatever its spelling: hamza forms, taa marbuta, marks and tatweel inside', () => {
    expect(re.test('لا يتحمل المزود أيَّ أضـرار غير مباشرة')).toBe(true);
    expect(re.test('عن أي خسارة في الأرباح')).toBe(true);
    expect(re.test('خسا\u200fرة')).toBe(true);
  });

  it('agrees with the compact form on every text it is given', () => {
    for (const s of ['أضرار', 'اضرار', 'ضرر', 'خسائر', 'خساره', 'خسارة', 'خسار', 'إضرارٌ', 'Damages']) {
      expect(re.test(s)).toBe(['اضرار', 'خساره'].some((w) => compactArabic(s).text.includes(w)));
    }
  });

  it('does not match a different word or a word cut by a letter', () => {
    expect(re.test('الأسعار والخدمات')).toBe(false);
    expect(re.test('خسااره')).toBe(false);
  });
});
