import { describe, expect, it } from 'vitest';
import { docFromText } from '../extractors/input';
import { extractLiabilityCap } from '../extractors/liabilityCap';

/* The Arabic cap rules (liabilityCap/arabic*): composed clauses and look-alikes. */
const cap = (text: string) => {
  const f = extractLiabilityCap(docFromText(text));
  return f ? { ...f.value, rule: f.rule } : null;
};

describe('Arabic liability caps', () => {
  it('fees paid, no window (arabicFeesCap)', () => {
    expect(
      cap('لا تتجاوز مسؤولية الشركة الإجمالية تجاه العميل قيمة المبالغ التي دفعها العميل بموجب هذه الاتفاقية.'),
    ).toEqual({
      basis: 'fees',
      feesMonths: null,
      multiple: null,
      fixed: null,
      combine: null,
      rule: 'liabilityCap/arabicFeesCap',
    });
  });

  it('the value or price of the contract is its fees, as "contract value" is in English (arabicFeesCap)', () => {
    expect(cap('تنحصر مسؤولية المقاول في حدود قيمة هذه الاتفاقية.')).toMatchObject({
      basis: 'fees',
      feesMonths: null,
      multiple: null,
      rule: 'liabilityCap/arabicFeesCap',
    });
    expect(cap('تقتصر مسؤولية المورد على الأضرار المباشرة وبحد أقصى عشرين (20%) من ثمن العقد.')).toBeNull();
    expect(cap('تقتصر مسؤولية المورد على الأضرار المباشرة وبحد أقصى 20% من ثمن العقد.')).toMatchObject({
      basis: 'fees',
      multiple: 0.2,
    });
    expect(cap('لا تتجاوز مسؤولية المزود قيمة العقد السنوية.')).toMatchObject({ basis: 'fees', feesMonths: 12 });
    // Look-alikes: the value of the damages, and the contract value where no liability is limited.
    expect(cap('لا تتجاوز مسؤولية الشركة قيمة الأضرار المباشرة التي يثبتها العميل.')).toBeNull();
    expect(cap('يلتزم المورد بتوريد البضائع وفق قيمة العقد المتفق عليها، ويكون مسؤولاً عن جودتها.')).toBeNull();
  });

  it('fees paid with a look-back in words (twelve months)', () => {
    expect(
      cap(
        'تكون مسؤولية المزود في جميع الأحوال محدودة بقيمة الرسوم المدفوعة خلال الاثني عشر شهراً السابقة لنشوء المطالبة.',
      ),
    ).toMatchObject({ basis: 'fees', feesMonths: 12 });
  });

  it('"تقتصر … على" with the claim described between them (up to eight words)', () => {
    expect(
      cap(
        'يقتصر إجمالي مسؤولية المنصة عن أي مطالبة تتعلق بالخدمة على الرسوم المدفوعة خلال الأشهر الثلاثة السابقة للمطالبة.',
      ),
    ).toMatchObject({ basis: 'fees', feesMonths: 3 });
    // Look-alike: the user's use limited to lawful purposes is no cap.
    expect(cap('تقتصر مسؤولية المستخدم عن استخدام حسابه وكلمة المرور الخاصة به على الأغراض المشروعة.')).toBeNull();
  });

  it('annual fees read as a twelve-month window', () => {
    expect(cap('تقتصر مسؤوليتنا على قيمة رسوم الاشتراك السنوية المدفوعة.')).toMatchObject({
      basis: 'fees',
      feesMonths: 12,
    });
  });

  it('a fixed amount in Saudi riyals (arabicFixedCap)', () => {
    expect(cap('لن تزيد مسؤوليتنا الإجمالية عن مبلغ خمسة آلاف (5,000) ريال سعودي.')).toMatchObject({
      basis: 'fixed',
      fixed: { value: 5000, currency: 'SAR' },
      rule: 'liabilityCap/arabicFixedCap',
    });
  });

  it('a fixed amount after "لا تتعدى" (does not go beyond), the other verb for exceed', () => {
    expect(
      cap('وفي كل الأحوال لا تتعدى مسؤولية المزود تجاه المشترك مبلغ خمسة آلاف (5,000) درهم إماراتي.'),
    ).toMatchObject({
      basis: 'fixed',
      fixed: { value: 5000, currency: 'AED' },
      rule: 'liabilityCap/arabicFixedCap',
    });
    // Look-alike: the same verb bounding a period, no liability in the sentence.
    expect(cap('لا تتعدى مدة الفترة التجريبية ثلاثين يوماً من تاريخ التسجيل.')).toBeNull();
  });

  it('a fixed amount with Arabic-Indic digits in dinars', () => {
    expect(cap('لا تتجاوز مسؤولية الطرفين مبلغ ١٬٠٠٠ دينار كويتي.')).toMatchObject({
      basis: 'fixed',
      fixed: { value: 1000, currency: 'KWD' },
    });
  });

  it('the lesser of fees and an amount (arabicComparedCap)', () => {
    expect(
      cap('لا تتجاوز مسؤولية الشركة الرسوم المدفوعة خلال ستة أشهر أو مبلغ 10,000 دولار أمريكي، أيهما أقل.'),
    ).toMatchObject({
      basis: 'fees-or-fixed',
      feesMonths: 6,
      fixed: { value: 10000, currency: 'USD' },
      combine: 'lesser',
      rule: 'liabilityCap/arabicComparedCap',
    });
  });

  it.each([
    // Double, dual, N times (words or figures), one and a half, a percentage of the fees.
    ['لا تتجاوز مسؤولية المزود الإجمالية ضعف الرسوم المدفوعة خلال الاثني عشر شهراً السابقة.', 2],
    ['لا تتجاوز مسؤولية المزود الإجمالية ضعفي الرسوم المدفوعة خلال الاثني عشر شهراً السابقة.', 2],
    ['لا تتجاوز مسؤولية المزود الإجمالية ثلاثة أضعاف الرسوم المدفوعة خلال الاثني عشر شهراً السابقة.', 3],
    ['لا تتجاوز مسؤولية المزود الإجمالية ٣ أضعاف الرسوم المدفوعة خلال الاثني عشر شهراً السابقة.', 3],
    ['لا تتجاوز مسؤولية المزود الإجمالية مرة ونصف الرسوم المدفوعة خلال الاثني عشر شهراً السابقة.', 1.5],
    ['لا تتجاوز مسؤولية المزود الإجمالية ١٥٠٪ من الرسوم المدفوعة خلال الاثني عشر شهراً السابقة.', 1.5],
  ])('a multiple of the fees: %s', (text, multiple) => {
    expect(cap(text)).toMatchObject({ basis: 'fees', feesMonths: 12, multiple });
  });

  it('a multiple that cannot be read leaves the cap out; none written leaves it null', () => {
    // "several times the fees": a multiple written but not a number: no value rather than a smaller cap.
    expect(cap('لا تتجاوز مسؤولية المزود الإجمالية عدة أضعاف الرسوم المدفوعة خلال السنة السابقة.')).toBeNull();
    expect(cap('لا تتجاوز مسؤولية المزود الإجمالية الرسوم المدفوعة خلال السنة السابقة.')).toMatchObject({
      multiple: null,
    });
    // Look-alike: "ضعيف" (weak) is no double.
    expect(cap('لا تتجاوز مسؤولية المزود عن الأداء الضعيف الرسوم المدفوعة خلال السنة السابقة.')).toMatchObject({
      multiple: null,
    });
  });

  it('"not liable for any amounts exceeding the fees paid" in a list of exclusions', () => {
    expect(
      cap(
        'لن يكون المزود مسؤولاً بأي حال عن: (أ) الأضرار غير المباشرة، أو (ب) فقدان البيانات، أو (ج) أي مبالغ تتجاوز الرسوم التي سددها العميل خلال الأشهر الثلاثة السابقة.',
      ),
    ).toMatchObject({ basis: 'fees', feesMonths: 3 });
  });

  it('amounts exceeding something, with no disclaimer of liability, are no cap', () => {
    expect(cap('تخضع المسؤولية لأحكام النظام، ويُرد للعميل أي مبالغ تتجاوز الرسوم المستحقة.')).toBeNull();
  });

  it.each([
    ['a price is not a cap', 'تبلغ رسوم الاشتراك الشهري 500 ريال سعودي تُدفع مقدماً.'],
    ['a retention period is not a cap', 'لا تتجاوز مدة الاحتفاظ بالبيانات ثلاثين يوماً.'],
    ['an exclusion without a cap', 'لا تتحمل الشركة أي مسؤولية عن الأضرار غير المباشرة.'],
    ["the customer's liability only", 'لا تتجاوز مسؤولية العميل تجاه الشركة مبلغ 1,000 ريال سعودي.'],
    ['a refund amount with no liability words', 'يحق للعميل استرداد المبلغ الذي دفعه خلال سبعة أيام.'],
  ])('no cap: %s', (_label, text) => {
    expect(cap(text)).toBeNull();
  });
});

describe('Arabic liability caps: the value of the product bought', () => {
  it('"مسؤوليتنا محدودة بقيمة المنتج المشترى" is a cap at the price paid (arabicFeesCap)', () => {
    expect(cap('تحديد المسؤولية: مسؤوليتنا محدودة بقيمة المنتج المشترى من المتجر.')).toMatchObject({
      basis: 'fees',
      rule: 'liabilityCap/arabicFeesCap',
    });
  });
  it('look-alike: a limit at the value of the compensation a court sets names no fees', () => {
    expect(cap('تحديد المسؤولية: مسؤوليتنا محدودة بقيمة التعويض الذي تقرره المحكمة المختصة.')).toBeNull();
  });
});

describe('Arabic caps: the value of the product, the goods or the service', () => {
  it('"الحد الأقصى للمسؤولية المباشرة لا يتجاوز قيمة المنتج محل الشكوى" caps liability at the fees (the product’s price)', () => {
    expect(cap('الحد الأقصى للمسؤولية المباشرة لا يتجاوز قيمة المنتج محل الشكوى.')?.basis).toBe('fees');
    expect(cap('لا تتجاوز مسؤولية الشركة قيمة الخدمة المقدمة.')?.basis).toBe('fees');
  });
  it('look-alike: a fixed amount that excludes the product’s value stays a fixed cap', () => {
    expect(cap('لا تتجاوز مسؤوليتنا مبلغ 500 ريال ولا تشمل قيمة المنتج.')).toMatchObject({ basis: 'fixed' });
  });
});
