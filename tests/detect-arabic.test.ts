import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../extractors/common/parse-html';
import { detectPage, kindOfPhrase, textFeatures } from '../extractors/detect';
import { deniesLegal } from '../extractors/detect/phrases';
import { ARABIC_LEGAL_MARKERS, ARABIC_OBLIGATIONS } from '../extractors/detect/vocabulary';
import { docFromDocument, docFromText } from '../extractors/input';
import { classifyDoc } from '../extractors/kind';
import { badgeOnPage } from './helpers/badge-page';

// Composed Arabic passages (not from any corpus document).
const AR_TERMS = [
  'مرحباً بكم في منصة نجمة. تحدد هذه الشروط والأحكام العلاقة بين الشركة والمستخدم.',
  'يلتزم المستخدم بعدم استخدام الخدمة لأي غرض مخالف للأنظمة، ويجب على المستخدم الحفاظ على سرية كلمة المرور.',
  'لا يحق للمستخدم نقل حسابه إلى أي طرف آخر دون موافقة كتابية مسبقة من الشركة.',
  'تحتفظ الشركة بحق إنهاء الحساب عند الإخلال بأي بند من بنود هذه الاتفاقية.',
  'لا تتحمل الشركة المسؤولية عن أي أضرار تنشأ عن انقطاع الخدمة، ويكون التعويض بحد أقصى ما دفعه المستخدم.',
  'تخضع هذه الاتفاقية للقانون المعمول به، وتختص المحاكم بالنظر في أي نزاع ينشأ عنها.',
  'تتعهد الشركة بحماية الملكية الفكرية للمستخدم وفقاً لهذه الشروط.',
].join(' ');

// A look-alike: an Arabic news report that mentions an agreement and a court, but binds no one.
const AR_NEWS = [
  'شهدت العاصمة أمس افتتاح معرض الكتاب الدولي بمشاركة أكثر من خمسمئة دار نشر من ثلاثين دولة.',
  'وقال مدير المعرض إن عدد الزوار تجاوز التوقعات في اليوم الأول، وإن البرنامج الثقافي يضم ندوات وأمسيات شعرية.',
  'وتحدث عدد من الكتاب الشباب عن تجاربهم الأولى في النشر، فيما عرضت دور النشر أحدث إصداراتها من الروايات.',
  'ويستمر المعرض عشرة أيام، ويفتح أبوابه يومياً من العاشرة صباحاً حتى العاشرة مساءً.',
].join(' ');

describe('Arabic detection', () => {
  it('names kinds from Arabic titles, the most specific first', () => {
    expect(kindOfPhrase('اتفاقية مستوى الخدمة')).toBe('sla');
    expect(kindOfPhrase('سياسة الخصوصية')).toBe('privacy');
    // A privacy statement (بيان), as English "privacy statement"; a statement of anything else names no kind.
    expect(kindOfPhrase('بيان الخصوصية - تطبيق الطقس')).toBe('privacy');
    expect(kindOfPhrase('بيان صحفي')).toBeNull();
    // A notice (إشعار, إخطار) in the construct state: "إشعار خصوصية Firefox"; a notice of anything else is none.
    expect(kindOfPhrase('إشعار خصوصية مواقع الويب')).toBe('privacy');
    expect(kindOfPhrase('إخطار خصوصية التطبيق')).toBe('privacy');
    expect(kindOfPhrase('إشعار تحديث التطبيق')).toBeNull();
    expect(kindOfPhrase('اتفاقية معالجة البيانات')).toBe('dpa');
    expect(kindOfPhrase('سياسة الاستخدام المقبول')).toBe('aup');
    expect(kindOfPhrase('الشروط والأحكام')).toBe('terms');
    expect(kindOfPhrase('اتفاقية الخدمات الرئيسية')).toBe('msa');
    expect(kindOfPhrase('الاتفاقية الإطارية لتقديم الخدمات السحابية')).toBe('msa');
    // "الرئيسية" alone is a site's home page in a breadcrumb, not a master agreement.
    expect(kindOfPhrase('الرئيسية / الشروط والأحكام')).toBe('terms');
    // Hamza and taa marbuta spelled the other way still name the kind.
    expect(kindOfPhrase('شروط الخدمه')).toBe('terms');
    expect(kindOfPhrase('معرض الكتاب الدولي')).toBeNull();
  });

  it('names the kind in the construct state a title uses before a product ("شروط استخدام تطبيق X")', () => {
    expect(kindOfPhrase('شروط استخدام تطبيق رحلات')).toBe('terms');
    expect(kindOfPhrase('شروط خدمة منصة سحاب')).toBe('terms');
    expect(kindOfPhrase('سياسة خصوصية موقع المتجر')).toBe('privacy');
    expect(kindOfPhrase('اتفاقية مستوى خدمة الاستضافة')).toBe('sla');
    expect(kindOfPhrase('اتفاقية معالجة بيانات العملاء')).toBe('dpa');
    // A guide to using a product names no legal document.
    expect(kindOfPhrase('دليل استخدام التطبيق')).toBeNull();
  });

  it('counts Arabic legal words, obligations and self-references', () => {
    const f = textFeatures(AR_TERMS);
    expect(f.legal).toBeGreaterThan(5);
    expect(f.obligations).toBeGreaterThanOrEqual(3);
    expect(f.selfRefs).toBeGreaterThanOrEqual(2);
    const news = textFeatures(AR_NEWS);
    expect(news.legal + news.obligations + news.selfRefs).toBe(0);
  });

  it('counts reporting as editorial ("وقال المتحدث باسم", "وأضاف"), and no contract word that holds its letters', () => {
    const report = textFeatures(
      'وقعت الهيئة اتفاقية مع ثلاث شركات. وقال المتحدث باسم الهيئة إن الاتفاقية تلتزم فيها الشركات بالتوافر، وأضاف أن النزاعات تحال إلى المحاكم.',
    );
    expect(report.editorial).toBeGreaterThanOrEqual(2);
    // Look-alike: a contract's transfer, permission and correspondence ("انتقال", "تصريح", "مراسلات") report nothing.
    const contract = textFeatures(
      'لا يجوز انتقال الحقوق إلا بتصريح كتابي، وتكون جميع المراسلات بين الطرفين بموجب هذه الاتفاقية كتابية. ' +
        AR_TERMS,
    );
    expect(contract.editorial).toBe(0);
    expect(textFeatures(AR_TERMS).editorial).toBe(0);
  });

  it('fires on Arabic terms and conditions with kind terms', () => {
    const v = detectPage({
      url: 'https://najma.example/ar/page',
      title: 'الشروط والأحكام',
      headings: [],
      sample: AR_TERMS,
    });
    expect(v).toMatchObject({ isLegal: true, kind: 'terms' });
  });

  it('counts a named document followed by its demonstrative ("شروط الخدمة هذه") as the text naming itself', () => {
    const postposed = 'تحكم بنود الخدمة هذه استخدامك للمنصة. ويخضع استخدامك لسياسة الخصوصية هذه أيضاً.';
    const f = textFeatures(postposed);
    expect(f.selfRefs).toBeGreaterThanOrEqual(2);
    expect(f.selfKinds.privacy ?? 0).toBeGreaterThanOrEqual(1);
    // Look-alike: a report that names a company's terms of service without the text being them.
    const report = textFeatures(
      'أعلنت الشركة أمس تحديث بنود الخدمة الخاصة بتطبيقها، وقالت إن التغييرات تبدأ الشهر المقبل.',
    );
    expect(report.selfRefs).toBe(0);
  });

  it('counts the masculine "هذا العقد" / "هذا الاتفاق" (this contract) as the text naming itself', () => {
    const contract = textFeatures('يلتزم الطرف الثاني بأحكام هذا العقد. ويسري هذا الاتفاق لمدة سنة من تاريخ توقيعه.');
    expect(contract.selfRefs).toBe(2);
    // Look-alike: a report about a contract names "العقد" without "this".
    expect(textFeatures('وقعت الوزارة العقد مع الشركة أمس بقيمة مليون ريال.').selfRefs).toBe(0);
  });

  it('reads phrases across the line breaks a word processor leaves inside sentences', () => {
    // An exported page breaks lines mid-sentence in its source; the browser shows one space.
    const sample = AR_TERMS.replace(/ /g, (_, i: number) => (i % 3 === 0 ? '\n' : ' '));
    const broken = textFeatures(sample);
    const whole = textFeatures(AR_TERMS);
    expect(broken.selfRefs).toBe(whole.selfRefs);
    expect(broken.obligations).toBe(whole.obligations);
    expect(detectPage({ url: 'https://najma.example/legal', title: '', headings: [], sample }).isLegal).toBe(true);
  });

  it('counts the Arabic of a bilingual text as the Arabic alone, and no phrase across English words', () => {
    // Only the Arabic stretches are read for Arabic phrases: the English between them adds none and cuts none.
    const arabicOf = (f: ReturnType<typeof textFeatures>) => [f.legal, f.obligations, f.selfRefs];
    const sentences = AR_TERMS.split('. ');
    const bilingual = sentences
      .map((s, i) => `${i}. The Customer shall comply with this Agreement.\n\n${s}.`)
      .join('\n');
    const english = textFeatures(
      sentences.map((_, i) => `${i}. The Customer shall comply with this Agreement.`).join('\n'),
    );
    const arabic = textFeatures(AR_TERMS);
    expect(arabicOf(textFeatures(bilingual))).toEqual([
      arabic.legal + english.legal,
      arabic.obligations + english.obligations,
      arabic.selfRefs + english.selfRefs,
    ]);
    // Look-alike: a phrase cut by a Latin word or a figure is no phrase ("هذه Terms الشروط", "هذه 3 الشروط").
    const cut = (sep: string) => textFeatures(`تحدد هذه ${sep} الشروط العلاقة بين الطرفين.`).selfRefs;
    expect(cut('')).toBe(1);
    expect(cut('Terms')).toBe(0);
    expect(cut('3')).toBe(0);
    // A mark or a joiner control between the words is dropped by the fold: the phrase still counts.
    expect(cut('\u200f')).toBe(1);
  });

  it('does not fire on an Arabic news report', () => {
    const v = detectPage({
      url: 'https://akhbar.example/2026/10/12',
      title: 'افتتاح معرض الكتاب',
      headings: [],
      sample: AR_NEWS,
    });
    expect(v.isLegal).toBe(false);
  });
});

describe('what an Arabic SLA measures counts as SLA content (ARABIC_SLA_CONTENT)', () => {
  const SLA = [
    '# اتفاقية مستوى الخدمة',
    '',
    'تلتزم شركة غيمة الشمال بتوفير الخدمة بنسبة جاهزية لا تقل عن 99.5% شهرياً، ويُحتسب وقت التوقف بالدقائق.',
    '',
    'إذا انخفضت نسبة التوفر عن 99.5% يحق للعميل الحصول على رصيد الخدمة بنسبة 10% من الرسوم الشهرية.',
    '',
    'زمن الاستجابة للبلاغات العاجلة ساعة واحدة، ويتم إشعار العميل بالصيانة المجدولة قبل 48 ساعة.',
  ].join('\n');
  it('counts availability, downtime, credits, response time and scheduled maintenance', () => {
    expect(textFeatures(SLA).slaContent).toBeGreaterThanOrEqual(5);
  });

  it('a short Arabic SLA with no other legal drafting is legal', () => {
    expect(classifyDoc(docFromText(SLA))).toMatchObject({ isLegal: true, kind: 'sla' });
  });

  it('look-alike: everyday words ("توفر", "توقف", "جاهزية" alone) are no SLA content', () => {
    expect(
      textFeatures('توفر الشركة خدمات التوصيل، وقد توقف العمل يوم الجمعة بسبب جاهزية الفريق للمعرض.').slaContent,
    ).toBe(0);
  });
});

describe('a privacy notice calls itself "this notice" with the masculine demonstrative', () => {
  it('counts "إشعار الخصوصية هذا" as a self-reference, as "سياسة الخصوصية هذه"', () => {
    expect(textFeatures('نوضح في إشعار الخصوصية هذا البيانات التي نجمعها.').selfRefs).toBeGreaterThan(0);
    expect(textFeatures('نوضح في سياسة الخصوصية هذه البيانات التي نجمعها.').selfRefs).toBeGreaterThan(0);
    // Look-alike: the wrong-gender form is no Arabic anyone writes, and a notice of something else is none.
    expect(textFeatures('نوضح في إشعار التحديث هذا ما تغير في التطبيق.').selfRefs).toBe(0);
  });
});

describe('composed Arabic non-legal pages (data/detector/arabic-negatives)', () => {
  const dir = join(import.meta.dirname, '../data/detector/arabic-negatives');
  const pages = readdirSync(dir).filter((n) => /\.(?:md|html)$/.test(n));

  it('has pages of several genres to learn from', () => {
    expect(pages.length).toBeGreaterThanOrEqual(6);
  });

  it.each(pages)('%s is not called legal, whole or as its page sample', (name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    const doc = name.endsWith('.html') ? docFromDocument(parseHtmlDocument(text)) : docFromText(text);
    expect(classifyDoc(doc).isLegal).toBe(false);
    const sample = detectPage({ url: '', title: doc.title ?? '', headings: [], sample: doc.text.slice(0, 4000) });
    expect(sample.isLegal).toBe(false);
    // As the badge reads it on a page that repeats the title as its <h1> (a news headline signing an SLA got it).
    if (!name.endsWith('.html')) expect(badgeOnPage(doc, 'rtl')).toBe(false);
  });

  it('a front-matter title names the kind of an Arabic Markdown page', () => {
    const doc = docFromText(`---\ntitle: Terms\narabic_title: شروط الاستخدام\n---\n${AR_TERMS}`);
    expect(classifyDoc(doc)).toMatchObject({ isLegal: true, kind: 'terms' });
  });
});

describe('an Arabic article that asks about a kind of document, or hedges what such documents say', () => {
  const EXPLAINER = `# ما الذي يجب أن تعرفه عن اتفاقية معالجة البيانات؟

بقلم فريق التحرير · 4 دقائق قراءة

عند التعاقد مع مزود خدمة سحابية، تحدد اتفاقية معالجة البيانات كيف يتعامل المزود مع البيانات الشخصية. إليك أهم ما يجب مراجعته:

1. **الإخطار بالاختراق:** غالباً ما يلتزم المزود بإخطار العميل خلال 72 ساعة.
2. **المعالجون الفرعيون:** عادة ما يحق للعميل الاعتراض على إضافة معالج فرعي جديد.
3. **حذف البيانات:** في الغالب تحذف البيانات خلال 30 يوماً من انتهاء العقد.

في الختام، راجع الاتفاقية مع مستشارك القانوني قبل التوقيع.`;

  it('is not legal', () => {
    expect(classifyDoc(docFromText(EXPLAINER)).isLegal).toBe(false);
  });

  it("look-alike: a processing agreement titled without a question and in the contract's voice stays legal", () => {
    const dpa = `# اتفاقية معالجة البيانات

تُعد هذه الاتفاقية جزءاً من اتفاقية الخدمات المبرمة بين شركة نبراس السحابية ("المعالج") والعميل ("المتحكم").

1. يلتزم المعالج بمعالجة البيانات الشخصية وفقاً لتعليمات المتحكم المكتوبة فقط.
2. يلتزم المعالج بإخطار المتحكم بأي اختراق للبيانات الشخصية خلال اثنتين وسبعين (72) ساعة من علمه به.
3. يلتزم المعالج بإبلاغ المتحكم قبل ثلاثين (30) يوماً من إضافة أي معالج فرعي، ويحق للمتحكم الاعتراض.
4. عند انتهاء الاتفاقية، يلتزم المعالج بحذف البيانات الشخصية أو إعادتها خلال ثلاثين (30) يوماً.
5. تخضع هذه الاتفاقية لأنظمة المملكة العربية السعودية.`;
    expect(classifyDoc(docFromText(dpa))).toMatchObject({ isLegal: true, kind: 'dpa' });
  });
});

describe('an FAQ page, in English or Arabic, is about documents or law, not one', () => {
  it('"Frequently Asked Questions" and «الأسئلة الشائعة» deny a title; look-alike: «الشروط والأحكام» does not', () => {
    expect(deniesLegal('Frequently Asked Questions')).toBe(true);
    expect(deniesLegal('الأسئلة الشائعة حول عقود العمل')).toBe(true);
    expect(deniesLegal('أسئلة متكررة')).toBe(true);
    expect(deniesLegal('الشروط والأحكام')).toBe(false);
    expect(deniesLegal('Terms of Service')).toBe(false);
  });
});

describe('an Arabic title naming a task done to a document (writing, uploading it) is about the document', () => {
  it('«رفع سياسة الخصوصية» and «كيفية كتابة الشروط والأحكام» deny; look-alikes: the documents themselves, and a terms section «تعديل الشروط»', () => {
    expect(deniesLegal('دليل رفع سياسة الخصوصية على المتجر')).toBe(true);
    expect(deniesLegal('كيفية كتابة الشروط والأحكام لموقعك')).toBe(true);
    expect(deniesLegal('خطوات إعداد سياسة خصوصية لتطبيقك')).toBe(true);
    expect(deniesLegal('سياسة الخصوصية - متجر ريحان')).toBe(false);
    expect(deniesLegal('الشروط والأحكام لرحلات العمرة')).toBe(false);
    expect(deniesLegal('تعديل الشروط والأحكام')).toBe(false);
  });

  it('a how-to page titled so is not legal, though it lists what the policy says', () => {
    const guide = [
      '# دليل رفع سياسة الخصوصية',
      'تم تجهيز ملف سياسة الخصوصية للتطبيق، وهذه خطوات نشره على الإنترنت وربطه بصفحة المتجر.',
      '## الخطوات',
      '1. افتح حساب الاستضافة وأنشئ صفحة جديدة باسم privacy.',
      '2. انسخ محتوى الملف والصقه في الصفحة ثم احفظها.',
      '3. انسخ رابط الصفحة وضعه في إعدادات التطبيق في لوحة المتجر.',
      '## ما تتضمنه السياسة',
      '- البيانات التي يجمعها التطبيق: الاسم والبريد الإلكتروني ورقم الجوال.',
      '- الأذونات المطلوبة: الموقع والكاميرا.',
      '- حذف الحساب والبيانات عند الطلب.',
    ].join('\n\n');
    expect(classifyDoc(docFromText(guide)).isLegal).toBe(false);
  });
});

describe('Arabic detector phrases written with harakat are counted (matched in the text’s fold)', () => {
  it('every legal marker and obligation counts where it stands in a sentence, "وفقاً ل" and "يُحظر" among them', () => {
    for (const p of ARABIC_LEGAL_MARKERS) expect(textFeatures(`نص ${p} في جملة.`).legal, p).toBeGreaterThan(0);
    for (const p of ARABIC_OBLIGATIONS)
      expect(textFeatures(`ثم ${p} المستخدم بذلك.`).obligations, p).toBeGreaterThan(0);
    expect(textFeatures('تُفسر هذه الشروط وفقاً لأنظمة المملكة.').legal).toBeGreaterThan(0);
    expect(textFeatures('يُحظر مشاركة رمز الاستلام.').obligations).toBe(1);
  });

  it('look-alike: "غالباً" alone ("often", a notice about its own practice) is not editorial', () => {
    expect(textFeatures('نستخدم غالباً ملفات تعريف الارتباط لتحسين الخدمة.').editorial).toBe(0);
    expect(textFeatures('غالبا ما تتضمن هذه الاتفاقيات بنداً للتجديد.').editorial).toBe(1);
  });
});

describe('an Arabic store policy (returns, refunds, exchanges) names itself', () => {
  const policy =
    '# سياسة الاسترجاع والاستبدال\n\nتنطبق هذه السياسة على جميع الطلبات المشتراة من متجر نخلة عبر الموقع أو التطبيق. يحق للعميل طلب استرجاع المنتج أو استبداله خلال 14 يوماً من تاريخ الاستلام، بشرط أن يكون المنتج بحالته الأصلية وفي غلافه مع فاتورة الشراء.\n\n## حالات لا يقبل فيها الاسترجاع\n\n- المنتجات المستخدمة أو التالفة بسبب سوء الاستخدام.\n- بطاقات الهدايا والمنتجات الرقمية بعد تفعيلها.\n- المنتجات المخفضة في العروض النهائية ما لم يكن بها عيب مصنعي.\n\n## استرداد المبلغ\n\nيتم رد المبلغ بنفس وسيلة الدفع خلال 10 أيام عمل من استلام المنتج المرتجع وفحصه. يتحمل العميل تكاليف الشحن إلا إذا كان المنتج معيباً أو مخالفاً للطلب، وفي هذه الحالة يتحمل المتجر التكاليف كاملة.\n\n## الاستبدال\n\nيمكن استبدال المنتج بمقاس أو لون آخر مرة واحدة لكل طلب حسب توفر المخزون. نحتفظ بالحق في رفض أي طلب لا يستوفي هذه الشروط.\n';
  const news =
    '# متجر إلكتروني كبير يغيّر سياسة الإرجاع في السعودية\n\nأعلنت شركة تجارة إلكترونية كبرى يوم الثلاثاء عن تغييرات في سياسة الإرجاع لعملائها في المملكة. وقال المتحدث باسم الشركة إن المدة ستصبح سبعة أيام بدلاً من أربعة عشر يوماً. وأضاف أن التغيير يهدف إلى تقليل التكاليف. اقرأ أيضا: أسعار الشحن ترتفع في الربع الأخير.\n\nويرى محللون أن المتاجر الأخرى قد تتبع الخطوة نفسها خلال الأشهر المقبلة، بينما عبّر عدد من العملاء عن استيائهم عبر وسائل التواصل الاجتماعي.\n';

  it('"سياسة الاسترجاع والاستبدال" is a policy', () => {
    expect(kindOfPhrase('سياسة الاسترجاع والاستبدال')).toBe('policy');
    expect(classifyDoc(docFromText(policy))).toMatchObject({ isLegal: true, kind: 'policy' });
  });

  it('look-alike: a news report about a store changing its return policy is not legal', () => {
    expect(classifyDoc(docFromText(news)).isLegal).toBe(false);
  });
});

describe('an Arabic title of the topic alone ("الخصوصية | X") names a privacy page, as English "Privacy" does', () => {
  it('"الخصوصية | سحابة نور" names privacy, and the page is read as a privacy notice', () => {
    expect(kindOfPhrase('الخصوصية | سحابة نور')).toBe('privacy');
    const page = [
      '# الخصوصية | سحابة نور',
      'آخر تحديث: 3 مارس 2026',
      'يشرح هذا الإشعار ما نفعله بالمعلومات عندما تتواصل معنا أو تستخدم خدماتنا. نحن لا نبيع البيانات الشخصية ولا نستخدمها للإعلانات.',
      '## 1. عندما تتواصل معنا',
      'ما الذي نحصل عليه: ما ترسله لنا عبر البريد الإلكتروني، عادةً اسمك وشركتك ورسالتك. لماذا: للرد عليك وتجهيز عرض السعر.',
      'المدة: الاستفسارات التي لا تتحول إلى مشروع تُحذف خلال 12 شهراً من آخر رسالة، أو قبل ذلك عند الطلب.',
      '## 2. حقوقك',
      'يحق لك طلب الوصول إلى بياناتك الشخصية أو تصحيحها أو حذفها، ونلتزم بالرد على طلبك خلال 30 يوماً وفقاً للأنظمة المعمول بها.',
      '## 3. مشاركة البيانات',
      'لا نشارك بياناتك مع أي طرف ثالث إلا بموافقتك أو إذا طلبت ذلك جهة حكومية مختصة.',
    ].join('\n\n');
    expect(classifyDoc(docFromText(page))).toMatchObject({ isLegal: true, kind: 'privacy' });
  });

  it('look-alike: joined by "و" after terms ("الشروط والخصوصية") the topic is the second one: terms', () => {
    expect(kindOfPhrase('الشروط والخصوصية — عيادة النور')).not.toBe('privacy');
  });

  it('look-alike: after another noun ("مركز تفضيلات الخصوصية", privacy preference centre) it names no page kind', () => {
    expect(kindOfPhrase('مركز تفضيلات الخصوصية')).toBeNull();
    // The topic opening a part of the title still names it.
    expect(kindOfPhrase('متجر الورد - الخصوصية')).toBe('privacy');
  });
});

describe('Urdu titles name kinds too (the same script)', () => {
  it('"شرائط و ضوابط" names terms and "پرائیویسی پالیسی" names privacy', () => {
    expect(kindOfPhrase('شرائط و ضوابط | ڈیجیٹل انوائس')).toBe('terms');
    expect(kindOfPhrase('پرائیویسی پالیسی')).toBe('privacy');
  });

  it('look-alike: an Urdu heading about something else names no kind', () => {
    expect(kindOfPhrase('ہم کون سی معلومات جمع کرتے ہیں')).toBeNull();
  });
});
