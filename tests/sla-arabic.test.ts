import { describe, expect, it } from 'vitest';
import { docFromHtml } from '../extractors/common/parse-html';
import { docFromText } from '../extractors/input';
import { extractServiceCredits } from '../extractors/serviceCredits';
import { extractSoleRemedy } from '../extractors/soleRemedy';
import { extractSupport } from '../extractors/support';
import { extractUptime } from '../extractors/uptime';

/* The Arabic SLA rules: uptime/arabic*, soleRemedy/arabic*, support/arabic*; composed passages and look-alikes. */

describe('Arabic uptime', () => {
  const uptime = (text: string) => {
    const f = extractUptime(docFromText(text));
    return f ? { ...f.value, rule: f.rule } : null;
  };
  it('a commitment with Arabic-Indic digits and a monthly window', () => {
    expect(uptime('نلتزم بأن تكون الخدمة متاحة بنسبة لا تقل عن ٩٩٫٩٪ شهرياً.')).toEqual({
      percent: 99.9,
      period: 'month',
      rule: 'uptime/arabicCommitment',
    });
  });
  it('a stated level with a quarterly window', () => {
    expect(uptime('مستوى الجاهزية الربع سنوي للمنصة بنسبة 99.5% وفق القياس الداخلي.')).toMatchObject({
      percent: 99.5,
      period: 'quarter',
    });
  });
  it('a number word holding the letters of "quarterly" is not the period (وأربعين: and forty)', () => {
    expect(
      uptime('تكون المنصة متاحة بنسبة ٩٩٫٥٪ في كل شهر، ويُخطر العميل بالصيانة قبل ثمانٍ وأربعين ساعة على الأقل.'),
    ).toMatchObject({ percent: 99.5, period: 'month' });
  });
  it('a credit threshold', () => {
    expect(uptime('إذا انخفضت نسبة التوفر خلال الشهر عن 99.0% يحصل العميل على رصيد خدمة.')).toMatchObject({
      percent: 99,
      rule: 'uptime/arabicCreditThreshold',
    });
  });
  it.each([
    ['a refused guarantee', 'لا نضمن أن تكون الخدمة متاحة بنسبة 99.9% من الوقت.'],
    ['a discount', 'احصل على خصم 95% على الباقة السنوية المتاحة الآن.'],
    ['a past statistic', 'بلغت نسبة التوفر 99.99% خلال العام الماضي.'],
    ['satisfaction', 'بلغت نسبة رضا العملاء عن توفر الدعم 97%.'],
  ])('no uptime: %s', (_label, text) => {
    expect(uptime(text)).toBeNull();
  });
});

describe('Arabic sole remedy', () => {
  const sole = (text: string) => {
    const f = extractSoleRemedy(docFromText(text));
    return f ? { value: f.value, rule: f.rule } : null;
  };
  it('credits are the sole and exclusive remedy', () => {
    expect(sole('يُعد رصيد الخدمة هو التعويض الوحيد والحصري للعميل عن عدم تحقيق مستوى الخدمة.')).toEqual({
      value: true,
      rule: 'soleRemedy/arabicCreditsSole',
    });
  });
  it('discounts named beside the availability they make good are credits', () => {
    expect(sole('تمثل الخصومات الواردة في الجدول التعويض الوحيد والحصري للمشترك عن عدم توافر المنصة.')).toEqual({
      value: true,
      rule: 'soleRemedy/arabicCreditsSole',
    });
  });
  it('look-alike: a discount with no service-level word gives no verdict', () => {
    expect(sole('يُعد الخصم على الاشتراك السنوي التعويض الوحيد عن فرق السعر بين الباقات.')).toBeNull();
  });
  it('credits are not the exclusive remedy', () => {
    expect(sole('لا يُعد رصيد الخدمة التعويض الحصري للعميل عن الانقطاع.')).toMatchObject({ value: false });
  });
  it('credits without prejudice to other rights', () => {
    expect(sole('تُمنح أرصدة الخدمة عن الانقطاع دون الإخلال بأي حقوق أخرى للعميل.')).toMatchObject({ value: false });
  });
  it.each([
    ['an exclusive licence', 'تمنحك الشركة ترخيصاً غير حصري لاستخدام التطبيق.'],
    [
      'the sole remedy for a warranty, not credits',
      'يكون التعويض الوحيد للعميل عن عيوب البرنامج هو إعادة تنفيذ الخدمة.',
    ],
  ])('no verdict: %s', (_label, text) => {
    expect(sole(text)).toBeNull();
  });
});

describe('Arabic support targets', () => {
  const targets = (doc: ReturnType<typeof docFromText>) =>
    extractSupport(doc).map((f) => ({ priority: f.value.priority, ...f.value.firstResponse, rule: f.rule }));
  it('bare figures in the unit the response header states ("(بالساعات)", "(بالدقائق)"), Arabic-Indic digits too', () => {
    const doc = (unit: string) =>
      docFromText(`# الدعم الفني\n\n| الأولوية | زمن الاستجابة (${unit}) |\n|---|---|\n| حرجة | ٢ |\n| عادية | 8 |`);
    expect(targets(doc('بالساعات'))).toEqual([
      { priority: 'حرجة', amount: 2, unit: 'hours', rule: 'support/arabicResponseTable' },
      { priority: 'عادية', amount: 8, unit: 'hours', rule: 'support/arabicResponseTable' },
    ]);
    expect(targets(doc('بالدقائق')).map((t) => t.unit)).toEqual(['minutes', 'minutes']);
    // Look-alike: a header with no unit leaves bare figures unread.
    expect(targets(docFromText('# الدعم الفني\n\n| الأولوية | زمن الاستجابة |\n|---|---|\n| حرجة | 2 |'))).toEqual([]);
  });

  it('a table with a response column and a resolution column', () => {
    const html = `<table>
      <tr><th>مستوى الخطورة</th><th>الاستجابة الأولى</th><th>زمن الحل</th></tr>
      <tr><td>طارئ</td><td>15 دقيقة</td><td>ساعتان</td></tr>
      <tr><td>منخفض</td><td>يومي عمل</td><td>عشرة أيام عمل</td></tr>
    </table>`;
    expect(targets(docFromHtml(`<html><body><main><h1>الدعم الفني</h1>${html}</main></body></html>`, null))).toEqual([
      { priority: 'طارئ', amount: 15, unit: 'minutes', rule: 'support/arabicResponseTable' },
      { priority: 'منخفض', amount: 2, unit: 'business-days', rule: 'support/arabicResponseTable' },
    ]);
  });
  it('lines led by their priority', () => {
    const doc = docFromText(
      'الأولوية 1 - حرجة: نستجيب خلال ساعة واحدة.\n\nالأولوية 2 - عالية: الاستجابة خلال ٤ ساعات عمل.',
    );
    expect(targets(doc)).toEqual([
      { priority: 'الأولوية 1 - حرجة', amount: 1, unit: 'hours', rule: 'support/arabicLabelledLine' },
      { priority: 'الأولوية 2 - عالية', amount: 4, unit: 'business-hours', rule: 'support/arabicLabelledLine' },
    ]);
  });
  it('a priority named inline in prose', () => {
    expect(targets(docFromText('نستجيب للبلاغات الحرجة خلال ثلاثين دقيقة على مدار الساعة.'))).toEqual([
      { priority: 'الحرجة', amount: 30, unit: 'minutes', rule: 'support/arabicInlinePriority' },
    ]);
  });
  it('two priorities in one sentence, each with the response said after it', () => {
    expect(
      targets(docFromText('نلتزم بالرد على البلاغات العاجلة خلال ساعتين، وعلى البلاغات المنخفضة خلال ثلاثة أيام عمل.')),
    ).toEqual([
      { priority: 'العاجلة', amount: 2, unit: 'hours', rule: 'support/arabicInlinePriority' },
      { priority: 'المنخفضة', amount: 3, unit: 'business-days', rule: 'support/arabicInlinePriority' },
    ]);
    // The second clause gives a resolution time, not a response.
    expect(
      targets(docFromText('نستجيب للبلاغات الحرجة خلال ساعة، أما البلاغات العادية فيتم حلها خلال خمسة أيام.')),
    ).toEqual([{ priority: 'الحرجة', amount: 1, unit: 'hours', rule: 'support/arabicInlinePriority' }]);
  });
  it.each([
    ['support hours', 'يتوفر الدعم الفني على مدار الساعة طوال أيام الأسبوع.'],
    ['a resolution target only', 'البلاغات الحرجة: زمن الحل خلال 8 ساعات.'],
    ['no priority', 'نرد على جميع الاستفسارات خلال يومي عمل.'],
  ])('no target: %s', (_label, text) => {
    expect(targets(docFromText(text))).toEqual([]);
  });
});

describe('Arabic credit bands in a list (serviceCredits/listTiers, read in their English form)', () => {
  const credits = (text: string) => extractServiceCredits(docFromText(text))?.value ?? null;

  it('reads bands written "أقل من … وأعلى من أو تساوي …: خصم …"', () => {
    expect(
      credits(
        'تُمنح الخصومات التالية إذا لم يتحقق الالتزام:\n- أقل من 99.5% وأعلى من أو تساوي 98%: خصم 15%\n- أقل من 98%: خصم 40%',
      ),
    ).toEqual({
      tiers: [
        { uptimeBelow: 99.5, uptimeAtLeast: 98, creditPercent: 15 },
        { uptimeBelow: 98, uptimeAtLeast: null, creditPercent: 40 },
      ],
      maxCreditPercent: 40,
    });
  });

  it('reads prose bands: "إذا انخفضت … عن X% ولم تقل عن Y% … رصيد بنسبة …، وإذا قلت عن Y% …"', () => {
    expect(
      credits(
        'إذا انخفضت نسبة الإتاحة الشهرية عن 99.8% ولم تقل عن 98.5% يستحق المشترك رصيداً بنسبة 8% من الرسوم، وإذا قلت عن 98.5% يستحق رصيداً بنسبة 20%.',
      ),
    ).toEqual({
      tiers: [
        { uptimeBelow: 99.8, uptimeAtLeast: 98.5, creditPercent: 8 },
        { uptimeBelow: 98.5, uptimeAtLeast: null, creditPercent: 20 },
      ],
      maxCreditPercent: 20,
    });
  });

  it('look-alike of prose bands: a satisfaction figure with no credit', () => {
    expect(credits('لم تقل نسبة رضا العملاء عن 95% خلال العام، وانخفضت الشكاوى عن 2%.')).toBeNull();
  });

  it('look-alike: a credit per hour of outage is a rate, not bands', () => {
    expect(credits('يحصل العميل على خصم بنسبة 5% عن كل ساعة انقطاع إذا قل التوافر عن 99.5%.')).toBeNull();
  });
});

describe('Arabic uptime: the period "على مدار السنة" (throughout the year)', () => {
  it('reads a year from "بنسبة 99% على مدار السنة"', () => {
    expect(
      extractUptime(docFromText('تضمن الشركة توفر الخدمة بنسبة 99% على مدار السنة، باستثناء الصيانة المجدولة.'))?.value,
    ).toEqual({
      percent: 99,
      period: 'year',
    });
  });
  it('look-alike: "خلال سنة 2025" names a calendar year, not the measure\'s period', () => {
    expect(
      extractUptime(docFromText('تضمن الشركة توفر الخدمة بنسبة 99.9% خلال سنة 2025 وما بعدها.'))?.value.period,
    ).toBeNull();
  });
});
