import { describe, expect, it } from 'vitest';
import { docFromText } from '../extractors/input';
import { extractRenewal } from '../extractors/renewal';

/* The Arabic renewal rules (renewal/arabic*): composed clauses and look-alikes. */
const renewal = (text: string) => {
  const f = extractRenewal(docFromText(text));
  return f ? { ...f.value, rule: f.rule } : null;
};

describe('Arabic renewal', () => {
  it('renews automatically for a year (arabicAutomaticRenewal)', () => {
    expect(renewal('يتجدد هذا العقد تلقائياً لمدة سنة ميلادية واحدة ما لم يُخطر أحد الطرفين الآخر بخلاف ذلك.')).toEqual({
      automatic: true,
      termMonths: 12,
      rule: 'renewal/arabicAutomaticRenewal',
    });
  });

  it('renews for an equal period: no fixed term', () => {
    expect(renewal('تتجدد الاتفاقية تلقائياً لمدد مماثلة ما لم يتم إلغاؤها.')).toMatchObject({
      automatic: true,
      termMonths: null,
    });
  });

  it('automatic renewal as a noun phrase, monthly', () => {
    expect(renewal('تخضع الباقات الشهرية للتجديد التلقائي في بداية كل شهر إلى أن تقوم بإلغاء الاشتراك.')).toMatchObject(
      {
        automatic: true,
        termMonths: 1,
      },
    );
  });

  it('states it does not renew by itself (arabicNotAutomatic)', () => {
    expect(renewal('لا يتجدد الاشتراك تلقائياً، ويتطلب التجديد طلباً جديداً من العميل.')).toMatchObject({
      automatic: false,
      rule: 'renewal/arabicNotAutomatic',
    });
  });

  it('"does not renew" of a one-time pack is not the subscription\'s renewal', () => {
    // The negated verb without "automatically" and without the contract or subscription as its subject.
    expect(
      renewal(
        'حزمة التقارير شراء لمرة واحدة وليست اشتراكاً، ولا تتجدد، ولا يلزم إلغاؤها. تتجدد الاشتراكات الشهرية تلقائياً حتى تلغيها من الإعدادات.',
      ),
    ).toMatchObject({ automatic: true, rule: 'renewal/arabicAutomaticRenewal' });
    expect(renewal('الرصيد غير المستخدم لا يتجدد.')).toBeNull();
  });

  it('the contract or the plan as the subject of the negated verb still says it does not renew', () => {
    expect(renewal('لا يتجدد العقد إلا باتفاق مكتوب بين الطرفين.')).toMatchObject({ automatic: false });
    expect(renewal('لن تتجدد الباقة بشكل تلقائي.')).toMatchObject({ automatic: false });
    // Renewed only by the parties' agreement, the contract named earlier in the sentence.
    expect(renewal('مدة هذا الترخيص سنتان من تاريخ التوقيع، ولا يتجدد إلا بموافقة خطية من الطرفين.')).toMatchObject({
      automatic: false,
    });
  });

  it.each([
    ['a renewal fee', 'تُستحق رسوم التجديد وفقاً للأسعار المعلنة في حينه.'],
    ['a password reminder', 'سنرسل لك تذكيراً لتجديد كلمة المرور كل تسعين يوماً.'],
    ['automatic updates, not renewal', 'يتم تحديث التطبيق تلقائياً عند توفر إصدار جديد.'],
  ])('no renewal: %s', (_label, text) => {
    expect(renewal(text)).toBeNull();
  });
});

describe("a work's legal protection renewing is no contract's renewal", () => {
  it('reads nothing from the protection, nor from the caption over it', () => {
    const text = [
      '## المادة 3: الحماية الدائمة والتجديد التلقائي',
      '3.1 — التجديد التلقائي:',
      'تتجدد الحماية تلقائياً في جميع الدول دون أي إجراء شكلي وفقاً لاتفاقية برن.',
    ].join('\n\n');
    expect(renewal(text)).toBeNull();
  });

  it('look-alike: a caption over a subscription renewing keeps it, and so does a subscription beside data protection', () => {
    expect(renewal('3.1 — التجديد التلقائي:\n\nيتجدد الاشتراك تلقائياً كل شهر ما لم تقم بإلغائه.')).toMatchObject({
      automatic: true,
    });
    expect(renewal('تشمل الباقة حماية البيانات، ويتجدد الاشتراك تلقائياً كل سنة.')).toMatchObject({ automatic: true });
  });
});

describe('Arabic renewal unless a party stops it (arabicRenewsUnlessStopped)', () => {
  it.each([
    ['يتجدد الاشتراك عند نهاية كل دورة فوترة ما لم تقم بإلغائه من صفحة الحساب.', null],
    ['تتجدد الاتفاقية سنوياً ما لم يُشعر أحد الطرفين الطرف الآخر كتابياً برغبته في عدم التجديد.', 12],
    ['يتجدد الترخيص لمدة سنتين ما لم يتم إنهاؤه وفقاً لأحكام هذا العقد.', 24],
  ])('%s', (text, months) => {
    expect(renewal(text)).toEqual({ automatic: true, termMonths: months, rule: 'renewal/arabicRenewsUnlessStopped' });
  });

  it.each([
    ['no escape: renewal by agreement', 'يمكن تجديد العقد باتفاق الطرفين كتابياً.'],
    ['not the contract: a password', 'تتجدد كلمة المرور كل تسعين يوماً ما لم تقم بإلغاء الخاصية.'],
  ])('no renewal: %s', (_label, text) => {
    expect(renewal(text)).toBeNull();
  });
});

describe('Arabic renewal term written out beside "مماثلة" (a similar period)', () => {
  it('reads the stated length: "لمدة سنة مماثلة", "لمدد مماثلة مدة كل منها سنتان"', () => {
    expect(renewal('يتجدد الترخيص تلقائياً لمدة سنة مماثلة ما لم يعترض أحد الطرفين كتابياً.')).toMatchObject({
      automatic: true,
      termMonths: 12,
    });
    expect(renewal('يتجدد العقد تلقائياً لمدد مماثلة مدة كل منها سنتان.')).toMatchObject({
      automatic: true,
      termMonths: 24,
    });
  });
  it('look-alikes: a similar period with no length says none', () => {
    expect(renewal('يتجدد الترخيص تلقائياً لمدد مماثلة ما لم يعترض أحد الطرفين كتابياً.')).toMatchObject({
      automatic: true,
      termMonths: null,
    });
    expect(renewal('يتجدد العقد تلقائياً لمدة مماثلة للمدة الأصلية.')).toMatchObject({ termMonths: null });
  });
});
