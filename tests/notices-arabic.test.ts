import { describe, expect, it } from 'vitest';
import { docFromText } from '../extractors/input';
import { extractNotices } from '../extractors/notices';

/*
 * The Arabic notice rules (notices/arabic*): for each kind a composed passage that must be read
 * with that kind and rule, and look-alikes that must give no scored notice.
 */
const read = (text: string) => extractNotices(docFromText(text)).map((f) => ({ ...f.value, rule: f.rule }));

describe('Arabic notice rules: each kind', () => {
  it.each([
    [
      'يجوز للمشترك إنهاء الاتفاقية في أي وقت ودون إبداء أسباب بموجب إشعار كتابي مدته ستون (60) يوماً.',
      'termination-convenience',
      60,
      'days',
      'arabicConvenienceTermination',
    ],
    [
      'يحق لأي من الطرفين إنهاء هذا العقد بإشعار خطي مسبق بثلاثين يوماً يوجه إلى الطرف الآخر.',
      'termination-convenience',
      30,
      'days',
      'arabicMayTerminateOnNotice',
    ],
    [
      'يتجدد العقد تلقائياً ما لم يُخطر أحد الطرفين الآخر بعدم رغبته في التجديد قبل شهرين على الأقل من انتهاء مدته.',
      'non-renewal',
      2,
      'months',
      'arabicNonRenewalBeforeEnd',
    ],
    [
      'تتجدد الباقة السنوية ما لم تُلغَ قبل ٧ أيام من موعد التجديد.',
      'non-renewal',
      7,
      'days',
      'arabicNonRenewalBeforeEnd',
    ],
    [
      'يحق لكل طرف عدم تجديد العقد بإخطار الطرف الآخر قبل انتهاء مدته الأصلية بستين يوماً على الأقل.',
      'non-renewal',
      60,
      'days',
      'arabicNonRenewalBeforeEnd',
    ],
    [
      'يجوز للمزود مراجعة الأسعار شريطة إبلاغ العميل قبل تطبيقها بخمسة وأربعين يوماً.',
      'price-change',
      45,
      'days',
      'arabicPriceChange',
    ],
    [
      'يمكن للمستخدم إلغاء اشتراكه في أي وقت بشرط إعلامنا قبل ذلك بمدة لا تقل عن 14 يوماً.',
      'termination-convenience',
      14,
      'days',
      'arabicConvenienceTermination',
    ],
    [
      'نحتفظ بحق زيادة رسوم الاشتراك على أن نُعلمك بذلك قبل خمسة وأربعين يوماً على الأقل.',
      'price-change',
      45,
      'days',
      'arabicPriceChange',
    ],
    [
      'إذا أخلّ المورد بأي من التزاماته ولم يقم بتصحيح المخالفة خلال أربعة عشر (14) يوماً من تاريخ إخطاره، جاز للعميل فسخ العقد.',
      'breach-cure',
      14,
      'days',
      'arabicBreachNotCured',
    ],
    [
      'في حال عدم سداد الفواتير المستحقة لمدة تزيد على عشرين يوماً، يحق للمزود إيقاف الخدمة.',
      'payment-default',
      20,
      'days',
      'arabicOverdueBeforeConsequence',
    ],
    [
      'بعد انتهاء الاشتراك يمكن للعميل تنزيل ملفاته خلال ستين (60) يوماً.',
      'data-export',
      60,
      'days',
      'arabicDataWindowAfterEnd',
    ],
    [
      'يجب على العميل تقديم المطالبة برصيد الخدمة خلال عشرة أيام عمل من وقوع الانقطاع.',
      'credit-claim',
      10,
      'business-days',
      'arabicCreditClaimWindow',
    ],
    [
      'ويتعين على المشترك تقديم طلب الخصم خلال عشرين (٢٠) يوماً من انتهاء الشهر الذي حدث فيه التعطل.',
      'credit-claim',
      20,
      'days',
      'arabicCreditClaimWindow',
    ],
    ['سنُعلم العملاء بأعمال الصيانة المخطط لها قبل ٧٢ ساعة.', 'maintenance', 72, 'hours', 'arabicMaintenanceNotice'],
    [
      'تسري التعديلات على سياسة الاستخدام بعد مضي خمسة عشر يوماً من نشرها على الموقع.',
      'terms-change',
      15,
      'days',
      'arabicTermsChange',
    ],
    // A bare singular unit is one unit (arabic/singleUnit in common/arabic-numbers.ts).
    [
      'تتجدد الخطة تلقائياً ما لم يُبلغ المشترك مزود الخدمة برغبته في عدم التجديد قبل شهر من نهاية الفترة.',
      'non-renewal',
      1,
      'months',
      'arabicNonRenewalBeforeEnd',
    ],
    [
      'يحق لأي من الطرفين إنهاء العقد دون إبداء أسباب بإشعار كتابي قبل أسبوع.',
      'termination-convenience',
      1,
      'weeks',
      'arabicConvenienceTermination',
    ],
    // Unpaid within N days of the invoice date (not only past the due date), then a suspension.
    [
      'في حال عدم سداد أي فاتورة خلال خمسة وأربعين يوماً من تاريخ الفاتورة، يحق للمزود إيقاف الخدمة.',
      'payment-default',
      45,
      'days',
      'arabicOverdueBeforeConsequence',
    ],
    // Compensation claimed for an outage is a credit claim.
    [
      'يحق للمشترك المطالبة بالتعويض عن الانقطاع خلال سبعة أيام عمل من تاريخ وقوعه.',
      'credit-claim',
      7,
      'business-days',
      'arabicCreditClaimWindow',
    ],
  ])('%s', (text, kind, amount, unit, rule) => {
    expect(read(text)).toContainEqual({ kind, amount, unit, rule: `notices/${rule}` });
  });
});

describe('Arabic look-alikes give no scored notice', () => {
  const scored = (text: string) => read(text).filter((n) => n.kind !== 'other');
  it.each([
    ['a payment term', 'تُسدَّد الفاتورة خلال ثلاثين (30) يوماً من تاريخ إصدارها.'],
    ['a free trial', 'يقدم التطبيق فترة تجريبية مجانية لمدة أربعة عشر يوماً.'],
    ['a liability look-back', 'لا تتجاوز مسؤوليتنا الرسوم المدفوعة خلال الاثني عشر شهراً السابقة للمطالبة.'],
    ['"less than"', 'قد تستغرق الصيانة أقل من ساعتين.'],
    ['a renewal fee charged before the end', 'يُخصم مبلغ التجديد من بطاقتك خلال ٢٤ ساعة قبل نهاية الفترة الحالية.'],
    ['termination without notice', 'يجوز لنا إنهاء حسابك فوراً ودون إشعار مسبق إذا خالفت هذه الشروط.'],
    ['a grace period to pay, not a notice', 'يُمنح العميل مهلة عشرة أيام لسداد الفاتورة.'],
    ['a support response time', 'نستجيب لطلبات الدعم خلال يومي عمل.'],
    ['a data retention period for law', 'نحتفظ بسجلات المعاملات لمدة عشر سنوات وفقاً للأنظمة.'],
    ['a month named, not a length', 'يجوز إنهاء الاشتراك بإشعار كتابي قبل شهر رمضان من كل عام.'],
    ['a due day, not a length', 'يُرسل إشعار السداد قبل يوم الاستحقاق.'],
    [
      'invoices due within a period of their date',
      'تستحق الفواتير خلال ثلاثين يوماً من تاريخ الفاتورة، ويجوز تعليق الخدمة عند عدم السداد.',
    ],
    ['a claim for damages, no outage', 'يحق للعميل المطالبة بالتعويض عن الأضرار خلال سنة من تاريخ وقوع الضرر.'],
  ])('%s', (_label, text) => {
    expect(scored(text)).toEqual([]);
  });

  it('a termination right on a breach is not a convenience termination', () => {
    const n = read('يجوز للشركة إنهاء الاتفاقية بإشعار مدته ثلاثون يوماً في حال إفلاس العميل.');
    expect(n.map((x) => x.kind)).not.toContain('termination-convenience');
  });
});

describe('Arabic data kept while the account is open, deleted within N days after it closes', () => {
  it('is a deletion deadline, not an export window', () => {
    const found = read('نحتفظ ببياناتك طوال مدة نشاط حسابك، ونحذفها خلال ستين يوماً من إغلاق الحساب.');
    expect(found).toContainEqual({ kind: 'other', amount: 60, unit: 'days', rule: 'notices/arabicDeletionDeadline' });
    expect(found.filter((n) => n.kind === 'data-export')).toEqual([]);
  });

  it('look-alike: kept for N days after the closure, then deleted, is the export window', () => {
    const found = read('نحتفظ ببياناتك لمدة ستين يوماً بعد إغلاق الحساب ليتمكن العميل من تنزيلها، ثم نحذفها.');
    expect(found.map((n) => n.kind)).toContain('data-export');
  });
});

describe('Arabic credit claim named a discount (arabicCreditClaimWindow)', () => {
  it('look-alike: an early-payment discount has a window but makes good no outage', () => {
    const found = read('يحق للعميل طلب خصم السداد المبكر إذا سدد الفاتورة خلال عشرة (١٠) أيام من تاريخ إصدارها.');
    expect(found.filter((n) => n.kind === 'credit-claim')).toEqual([]);
  });
});

describe('Arabic credit claim: the discount granted for an outage in the sentence before', () => {
  it('reads the window to claim a discount that the sentence before grants for low availability', () => {
    const text =
      'شروط الخدمة\n\nإذا قلت نسبة الإتاحة الشهرية عن ٩٩٫٥٪ يستحق العميل خصماً بنسبة ١٥٪ من الرسوم. يجب تقديم طلب الخصم خلال عشرين يوماً من نهاية الشهر.';
    expect(read(text)).toContainEqual({
      kind: 'credit-claim',
      amount: 20,
      unit: 'days',
      rule: 'notices/arabicCreditClaimWindow',
    });
    // "المطالبة بالخصم": the discount joined to its preposition.
    expect(read('شروط الخدمة\n\nيجب على العميل المطالبة بالخصم خلال عشرين يوماً من تاريخ الانقطاع.')).toContainEqual(
      expect.objectContaining({ kind: 'credit-claim', amount: 20 }),
    );
  });

  it('look-alike: an early-payment discount before the window', () => {
    const text =
      'شروط الخدمة\n\nيحصل العميل على خصم بنسبة ٥٪ عند السداد المبكر. يجب تقديم طلب الخصم خلال عشرة أيام من تاريخ الفاتورة.';
    expect(read(text).filter((n) => n.kind === 'credit-claim')).toEqual([]);
  });
});

describe('Arabic notice before suspending for late payment; a prepaid balance is no service credit', () => {
  it('reads the notice given before suspension for an unpaid invoice as payment default (arabicOverdueBeforeConsequence)', () => {
    const found = read(
      'إذا تأخر المشترك عن سداد فاتورة مستحقة، يحق للمزوّد تعليق الخدمة بعد إشعار المشترك كتابياً بمهلة 72 ساعة على الأقل.',
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        kind: 'payment-default',
        amount: 72,
        unit: 'hours',
        rule: 'notices/arabicOverdueBeforeConsequence',
      }),
    );
  });

  it('look-alikes: a prepaid balance running out is no credit claim; informing within days of a refusal is no payment default', () => {
    const balance = read('إذا نفد رصيد المشترك المسبق، يحق للمزوّد إيقاف الخدمة بعد إشعاره بمهلة 72 ساعة.');
    expect(balance.filter((n) => n.kind === 'credit-claim')).toEqual([]);
    // A wallet topped up after an order: "the balance will be added to your balance within 48 hours".
    const topUp = read('بعد تقديم الطلب وتحويل المبلغ، وخلال 48 ساعة، سيتم إضافة الرصيد إلى رصيدك في الموقع.');
    expect(topUp.filter((n) => n.kind === 'credit-claim')).toEqual([]);
    const refusal = read(
      'يحق للمنصة رفض الطلب سواء تم الدفع أم لم يتم الدفع، مع التزامها بإبلاغ التاجر خلال خمسة أيام من الرفض.',
    );
    expect(refusal.filter((n) => n.kind === 'payment-default')).toEqual([]);
    // A service credit claimed within a window is still one.
    expect(read('يجب على العميل تقديم طلب الرصيد خلال 30 يوماً من انقطاع الخدمة.')).toContainEqual(
      expect.objectContaining({ kind: 'credit-claim', amount: 30 }),
    );
  });
});

describe('Arabic end of term written with a pronoun ("من انتهائها", "قبل نهايتها")', () => {
  it('reads the notice that stops a renewal before "its end" as non-renewal', () => {
    expect(read('يتجدد الاشتراك تلقائياً في نهاية كل دورة ما لم تلغه قبل ثلاثة أيام من انتهائها.')).toContainEqual(
      expect.objectContaining({ kind: 'non-renewal', amount: 3, unit: 'days' }),
    );
    expect(read('تتجدد الباقة تلقائياً ما لم تقم بإلغائها قبل 48 ساعة من نهايتها.')).toContainEqual(
      expect.objectContaining({ kind: 'non-renewal', amount: 48, unit: 'hours' }),
    );
  });

  it('look-alike: a period before its end with no renewal is no non-renewal notice', () => {
    const found = read('يمكنك تعديل الحجز قبل ثلاثة أيام من انتهائها دون رسوم إضافية.');
    expect(found.filter((n) => n.kind === 'non-renewal')).toEqual([]);
  });
});

describe('Arabic change notice whose object stands in the sentence before (arabicTermsChange)', () => {
  it('reads "نحتفظ بالحق في تعديل هذه الشروط. سنخطرك بالتغييرات الجوهرية قبل 14 يوماً" as a terms-change notice', () => {
    expect(read('نحتفظ بالحق في تعديل هذه الشروط. سنخطرك بالتغييرات الجوهرية قبل 14 يوماً على الأقل.')).toContainEqual(
      expect.objectContaining({ kind: 'terms-change', amount: 14, unit: 'days', rule: 'notices/arabicTermsChange' }),
    );
  });

  it('look-alike: a service the sentence before changes is no change of the terms', () => {
    const found = read('نقدم خدمة التوصيل داخل المدينة. سنخطرك قبل 7 أيام من تغيير موعد التوصيل.');
    expect(found.filter((n) => n.kind === 'terms-change')).toEqual([]);
  });
});

describe('Arabic data protection wording is no breach of contract, and a time before an event is no notice', () => {
  it('a personal data breach reported by "the processor" (المعالج) is no breach-cure period', () => {
    const n = read(
      'يلتزم المعالج بإخطار المراقب دون تأخير، وفي أي حال خلال ثمانٍ وأربعين (48) ساعة من علمه بأي خرق للبيانات الشخصية.',
    );
    expect(n.map((x) => x.kind)).not.toContain('breach-cure');
  });

  it('look-alike: a breach of the agreement not cured within a period is breach-cure', () => {
    const n = read(
      'يحق لأي طرف إنهاء الاتفاقية في حال إخلال جوهري من الطرف الآخر لم يتم تصحيحه خلال ثلاثين (30) يوماً من إخطاره.',
    );
    expect(n).toContainEqual(expect.objectContaining({ kind: 'breach-cure', amount: 30, unit: 'days' }));
    const m = read('إذا أخل المورد بالتزاماته ولم يقم بمعالجة الإخلال خلال عشرة أيام من إخطاره، يحق للعميل فسخ العقد.');
    expect(m).toContainEqual(expect.objectContaining({ kind: 'breach-cure', amount: 10, unit: 'days' }));
  });

  it('a time to arrive or change a booking before an event is no notice period', () => {
    expect(read('يرجى الحضور قبل موعد جلستك بـ15 دقيقة.')).toEqual([]);
    expect(read('يمكن تعديل الحجز قبل 5 أيام من تاريخ الوصول، حسب التوافر.')).toEqual([]);
  });

  it('look-alikes: notice given, or changes announced in advance, before an event still are', () => {
    expect(read('نُقدّر إشعارنا قبل ساعتين على الأقل من موعد الجلسة.')).toContainEqual(
      expect.objectContaining({ amount: 2, unit: 'hours' }),
    );
    expect(read('يتم التواصل عن التغييرات مسبقاً بـ 30 يوماً.')).toContainEqual(
      expect.objectContaining({ amount: 30, unit: 'days' }),
    );
  });
});

describe('Arabic notices: cancelling one appointment is no termination of the agreement (AR_CANCEL_OCCASION)', () => {
  it('"يمكن للعميل إلغاء أو تأجيل موعد الزيارة قبل 12 ساعة" is no termination for convenience', () => {
    const found = extractNotices(
      docFromText('يمكن للعميل إلغاء أو تأجيل موعد الزيارة بشرط أن يتم ذلك قبل 12 ساعة من الموعد.'),
    );
    expect(found.map((f) => f.value.kind)).not.toContain('termination-convenience');
  });

  it('"يجوز للمتدرب طلب إلغاء التسجيل في دورة تدريبية قبل 7 أيام عمل" (a course) is no termination for convenience', () => {
    const found = extractNotices(
      docFromText(
        'الإلغاء: يجوز للمتدرب طلب إلغاء التسجيل في دورة تدريبية قبل 7 أيام عمل على الأقل من تاريخ بدء الدورة.',
      ),
    );
    expect(found.map((f) => f.value.kind)).not.toContain('termination-convenience');
  });

  it('look-alike: "يحق لأي من الطرفين إلغاء هذه الاتفاقية … قبل 30 يوماً" still is', () => {
    const found = extractNotices(
      docFromText('يحق لأي من الطرفين إلغاء هذه الاتفاقية في أي وقت بموجب إشعار كتابي قبل 30 يوماً.'),
    );
    expect(found.map((f) => `${f.value.kind} ${f.value.amount}`)).toContain('termination-convenience 30');
  });
});

describe('Arabic non-renewal: the renewal in one sentence, the cancelling deadline in the next', () => {
  const kinds = (text: string) =>
    extractNotices(docFromText(text)).map((f) => [f.value.kind, f.value.amount, f.value.unit]);
  it('"تتجدد الاشتراكات تلقائياً. ألغِ قبل 24 ساعة من انتهاء الفترة الحالية"', () => {
    expect(
      kinds(
        'تتجدد الاشتراكات تلقائياً حتى تلغيها. ألغِ قبل ٢٤ ساعة على الأقل من انتهاء الفترة الحالية من إعدادات المتجر.',
      ),
    ).toEqual([['non-renewal', 24, 'hours']]);
  });
  it('look-alike: a deadline before the end of a period after a sentence that renews nothing', () => {
    expect(
      kinds('نرسل لك التقرير الشهري تلقائياً. ألغِ قبل ٢٤ ساعة على الأقل من انتهاء الفترة الحالية.'),
    ).not.toContainEqual(['non-renewal', 24, 'hours']);
  });
});

describe('Arabic notices: a period after the end counts from it, not before it (AR_PRE_AFTER)', () => {
  const kinds = (text: string) => extractNotices(docFromText(text)).map((f) => [f.value.kind, f.value.amount]);
  it('"في حالة عدم التجديد، تُحذف الملفات بعد 30 يوماً من انتهاء الاشتراك" is no non-renewal notice', () => {
    expect(
      kinds('في حالة عدم التجديد، تُحذف ملفات الموقع من الخوادم بعد 30 يوماً من انتهاء الاشتراك.'),
    ).not.toContainEqual(['non-renewal', 30]);
  });
  it('look-alike: "… في عدم التجديد قبل 30 يوماً من انتهاء الاشتراك" is', () => {
    expect(
      kinds('يتجدد الاشتراك تلقائياً ما لم يخطرنا العميل برغبته في عدم التجديد قبل 30 يوماً من انتهاء الاشتراك.'),
    ).toContainEqual(['non-renewal', 30]);
  });
});

describe('Arabic notices: the period in brackets after the notice', () => {
  const kinds = (text: string) => extractNotices(docFromText(text)).map((f) => [f.value.kind, f.value.amount]);
  it('"يحق للعميل إنهاء العقد بإشعار كتابي مسبق (30 يومًا)" is a right at will on 30 days', () => {
    expect(kinds('يحق للعميل إنهاء العقد بإشعار كتابي مسبق (30 يومًا).')).toEqual([['termination-convenience', 30]]);
  });
  it('look-alike: a bracketed period that is not the notice\'s ("(30 يومًا من التوقيع)") is not read so', () => {
    expect(kinds('يحق للعميل إنهاء العقد (30 يومًا من التوقيع) بإشعار.')).not.toContainEqual([
      'termination-convenience',
      30,
    ]);
  });
});
