import { describe, expect, it } from 'vitest';
import { docFromText } from '../extractors/input';
import { extractVendor } from '../extractors/vendor';

const vendorOf = (text: string, url?: string) => extractVendor(docFromText(text, url ? { url } : {}));

describe('Arabic vendor: a Latin name beside an Arabic kind of document (arabicTitleLatin)', () => {
  it('reads the Latin brand a title pairs with "شروط الاستخدام", on either side of the separator', () => {
    expect(
      vendorOf(
        '# شروط الاستخدام — Qamra\n\nمرحباً بك في تطبيق قمرة لتتبع النوم. باستخدامك التطبيق فإنك توافق على هذه الشروط.',
      ),
    ).toBe('Qamra');
    expect(vendorOf('# Lumora | سياسة الخصوصية\n\nنحترم خصوصيتك ونحمي بياناتك الشخصية وفق الأنظمة المعمول بها.')).toBe(
      'Lumora',
    );
  });

  it('reads a title whose parts a middle dot separates ("شروط الاستخدام · Qamra")', () => {
    expect(vendorOf('# شروط الاستخدام · Qamra\n\nباستخدامك التطبيق فإنك توافق على هذه الشروط.')).toBe('Qamra');
    // Look-alike: a dot inside a name ("Qamra·Labs" has no spaces) splits nothing.
    expect(vendorOf('# شروط الاستخدام Qamra·Labs\n\nباستخدامك التطبيق فإنك توافق على هذه الشروط.')).not.toBe('Qamra');
  });

  it('look-alikes: the kind written in English too, a navigation word, a title with no Arabic kind', () => {
    expect(vendorOf('# شروط الاستخدام | Terms of Use\n\nباستخدامك الموقع فإنك توافق على هذه الشروط.')).toBeNull();
    expect(vendorOf('# الرئيسية | Home | شروط الخدمة\n\nباستخدامك الموقع فإنك توافق على هذه الشروط.')).toBeNull();
    // A Latin word in a news headline is not a vendor: no kind of document is named.
    expect(vendorOf('# أخبار التقنية — Nvidia\n\nأعلنت الشركة عن نتائجها الفصلية اليوم.')).toBeNull();
  });
});

describe('Arabic vendor: the company the page defines as "we" by a Latin name, before a product in the title', () => {
  it('reads the Latin alias beside "نحن" over the product a title names', () => {
    expect(
      vendorOf(
        '# اتفاقية خدمة المستخدم - Skylink Mirror\n\nخدمة Skylink Mirror يتم تشغيلها بواسطة شركة Orvane Software Co., Ltd. (يشار إليها فيما يلي بـ "نحن" أو "Orvane")، وهذه الاتفاقية ملزمة بينك وبين Orvane.',
      ),
    ).toBe('Orvane');
  });

  it('look-alike: a Latin alias of the customer, or no alias, leaves the title', () => {
    expect(
      vendorOf(
        '# اتفاقية خدمة المستخدم - Skylink Mirror\n\nتنظم هذه الاتفاقية استخدامك (يشار إليك فيما يلي بـ "أنت" أو "User") لخدمة Skylink Mirror.',
      ),
    ).toBe('Skylink Mirror');
  });
});

describe('Arabic vendor: a Latin provider named in Arabic prose (arabicProvidedBy)', () => {
  it('reads "المقدمة من X" (provided by) and "يديره X" (operated by), used at least twice', () => {
    const provided =
      '# بنود الخدمة\n\nخدمات Tessaro (تيسارو) السحابية هي مجموعة من الخدمات المقدمة لك من Tessaro.\nلا تتحمل Tessaro أي مسؤولية عن الأضرار غير المباشرة.';
    expect(vendorOf(provided)).toBe('Tessaro');
    const operated =
      '# الشروط والأحكام\n\nهذا الموقع يديره Brightfen Ltd وفق الأنظمة السعودية.\nتحتفظ Brightfen بحق تعديل هذه الشروط في أي وقت.';
    expect(vendorOf(operated)).toBe('Brightfen');
  });

  it('look-alikes: a payment partner, a name given once, two providers named equally', () => {
    const partner =
      '# الشروط والأحكام\n\nتتم عمليات الدفع عبر Stripe ولا نحتفظ ببيانات بطاقتك. يخضع الدفع لشروط Stripe الخاصة.';
    expect(vendorOf(partner)).toBeNull();
    const once = '# الشروط والأحكام\n\nالخدمات المقدمة من Velmora متاحة للمشتركين فقط.';
    expect(vendorOf(once)).toBeNull();
    const two =
      '# الشروط والأحكام\n\nالخرائط مقدمة من Alvio والتقارير مقدمة من Brevik. يحق لـ Alvio و Brevik تحديث البيانات.';
    expect(vendorOf(two)).toBeNull();
  });
});

describe('Arabic vendor: the provider phrase is read line by line', () => {
  it('reads a lead at the start of a line ("شركة X" opening a paragraph)', () => {
    const atStart =
      '# الشروط والأحكام\n\nشركة Norvane تقدم خدمات الاستضافة للمشتركين.\nتحتفظ Norvane بحق تعديل الأسعار بإشعار مسبق.';
    expect(vendorOf(atStart)).toBe('Norvane');
  });

  it('look-alike: a lead that ends its line, the name on the next, is no provider phrase', () => {
    const split =
      '# الشروط والأحكام\n\nالخدمات المقدمة من\nNorvane متاحة للمشتركين فقط.\nتحتفظ Norvane بحق تعديل الأسعار بإشعار مسبق.';
    expect(vendorOf(split)).toBeNull();
  });
});

describe('Arabic vendor: the brand of a provider parenthetical (arabicAlias)', () => {
  it('reads the alias listed with "نحن" (we), and the company named before "(«الشركة»)"', () => {
    const alias =
      '# الشروط والأحكام\n\nتقدم مؤسسة زاهر للتجارة («زاهر» أو «نحن» أو «لنا») خدمات التوصيل.\nيحق لزاهر تعديل الأسعار بإشعار مسبق.';
    expect(vendorOf(alias)).toBe('زاهر');
    const company =
      '# اتفاقية الاشتراك\n\nهذه اتفاقية ملزمة بين شركة رواسي لتقنية المعلومات ("الشركة") وبين العميل ("العميل").\nتلتزم رواسي بتقديم الدعم الفني خلال أيام العمل.';
    expect(vendorOf(company)).toBe('رواسي');
    const provider =
      '# اتفاقية مستوى الخدمة\n\nتحدد هذه الاتفاقية التزامات شركة غيمة ("مقدم الخدمة") تجاه العميل ("العميل").\nتضمن غيمة توافر المنصة.';
    expect(vendorOf(provider)).toBe('غيمة');
  });

  it('look-alikes: the customer’s parenthetical, generic aliases with a described company, a company named once', () => {
    const customer =
      '# الشروط والأحكام\n\nيشار إلى مستخدم التطبيق بلفظ ("أنت" أو "العميل") في هذه الشروط، ويلتزم العميل بها.';
    expect(vendorOf(customer)).toBeNull();
    // "شركة سعودية" (a Saudi company) describes the company; it does not name it.
    const described =
      '# الشروط والأحكام\n\nيملك الموقع شركة سعودية ("الموقع" أو "نحن") مسجلة في الرياض. نحن نحتفظ بحقوقنا.';
    expect(vendorOf(described)).toBeNull();
    // A company read from the words before "(«الشركة»)" must be used again when nothing says the other party is the
    // customer: opposite an employee, "the company" is no provider.
    const once = '# اتفاقية العمل\n\nهذه اتفاقية بين شركة نخلة للطباعة ("الشركة") وبين الموظف ("الموظف").';
    expect(vendorOf(once)).toBeNull();
  });

  it('reads the company before "(«الشركة»)" named once when the same sentence defines the customer opposite it', () => {
    const once = '# الشروط والأحكام\n\nهذه اتفاقية بين شركة نخلة للطباعة ("الشركة") وبين العميل ("العميل").';
    expect(vendorOf(once)).toBe('نخلة');
    const sla =
      '# اتفاقية مستوى الخدمة\n\nتبرم هذه الاتفاقية بين شركة مرجان للحوسبة («الشركة») والجهة المشتركة في الخدمة («المشترك»).\nتلتزم الشركة بتوفر الخدمة.';
    expect(vendorOf(sla)).toBe('مرجان');
    // Look-alikes: the customer defined first and the company after it; the customer defined in a later sentence.
    const reversed = '# الشروط والأحكام\n\nهذه اتفاقية بين العميل ("العميل") وبين شركة نخلة للطباعة ("الشركة").';
    expect(vendorOf(reversed)).toBeNull();
    const later =
      '# الشروط والأحكام\n\nتقدم شركة نخلة للطباعة ("الشركة") خدمات الطباعة. ويشار إلى من يطلب الخدمة بلفظ ("العميل").';
    expect(vendorOf(later)).toBeNull();
  });
});

describe('Arabic vendor: a company defined by its own short name, opposite the customer (arabicAlias)', () => {
  it('reads «نجمة» after "شركة نجمة لتقنية المعلومات" in an agreement with the customer', () => {
    const text =
      '# اتفاقية تقديم الخدمات\n\nتحكم هذه الاتفاقية العلاقة بين شركة نجمة لتقنية المعلومات ("نجمة") والعميل.\nتلتزم نجمة بتقديم الدعم الفني.';
    expect(vendorOf(text)).toBe('نجمة');
  });

  it('reads the alias that is the first word of a longer company name ("شركة مدار السحابة («مدار»)")', () => {
    const text =
      '# اتفاقية مستوى الخدمة\n\nتلتزم شركة قمرة السحابية («قمرة») بتوفير الخدمة للعميل بنسبة 99.9%.\nتخطر قمرة العميل بالصيانة قبل 48 ساعة.';
    expect(vendorOf(text)).toBe('قمرة');
    // Look-alike: an alias that is another word of the name is not its short form.
    const other =
      '# اتفاقية مستوى الخدمة\n\nتلتزم شركة قمرة السحابية («السحابية») بتوفير الخدمة للعميل.\nتخطر قمرة العميل بالصيانة.';
    expect(vendorOf(other)).not.toBe('السحابية');
  });

  it('reads the customer with its joined prefix ("للعميل") and a company name written in quotes', () => {
    const text =
      '# اتفاقية مستوى الخدمة\n\nتسري هذه الاتفاقية على الخدمات التي تقدمها شركة "بيرق السحابية" ("بيرق") للعميل.\nتضمن بيرق أن تكون الخوادم متاحة بنسبة 99.9%.';
    expect(vendorOf(text)).toBe('بيرق');
  });

  it('look-alikes: two companies so defined, no customer named, an alias that is not the company’s name', () => {
    const two =
      '# اتفاقية تعاون\n\nأبرمت هذه الاتفاقية بين شركة نجمة للتقنية ("نجمة") وشركة سحاب للحلول ("سحاب").\nتتعاون نجمة وسحاب في التسويق.';
    expect(vendorOf(two)).toBeNull();
    const noCustomer =
      '# اتفاقية شراكة\n\nتلتزم شركة نجمة للتقنية ("نجمة") بتوريد الأجهزة إلى الموزع المعتمد.\nتضمن نجمة جودة الأجهزة.';
    expect(vendorOf(noCustomer)).toBeNull();
    const otherAlias =
      '# اتفاقية تقديم الخدمات\n\nتحكم هذه الاتفاقية العلاقة بين شركة نجمة لتقنية المعلومات ("المورد المعتمد") والعميل.\nتلتزم نجمة بتقديم الدعم.';
    expect(vendorOf(otherAlias)).not.toBe('المورد المعتمد');
  });
});

describe('Arabic vendor: a short Arabic name in the title (arabicTitle)', () => {
  it('reads the name beside the kind of document, given in Latin letters when the page glosses it', () => {
    const text =
      '# شروط الخدمة - ريحان\n\nمرحباً بك في ريحان، تطبيق لإدارة المصاريف. باستخدامك ريحان فإنك توافق على هذه الشروط.';
    expect(vendorOf(text)).toBe('ريحان');
    const glossed = `${text}\nتطبيق ريحان (Rayhan) متاح على الهواتف الذكية.`;
    expect(vendorOf(glossed)).toBe('Rayhan');
  });

  it('reads the name after "مجموعة" (group) as after "شركة": the noun is no part of it', () => {
    const text =
      '# الشروط والأحكام | مجموعة ريحان\n\nتقدم ريحان خدماتها للشركات. تحتفظ ريحان بحقها في تعديل هذه الشروط.';
    expect(vendorOf(text)).toBe('ريحان');
  });

  it('look-alikes: a slogan in the title, a name the body never uses', () => {
    const slogan =
      '# الشروط والأحكام – نظام إدارة المطاعم للمستقبل\n\nتنظم هذه الشروط استخدام النظام. يلتزم العميل بسداد الرسوم.';
    expect(vendorOf(slogan)).toBeNull();
    const unused = '# شروط الخدمة - سنبلة\n\nتنظم هذه الشروط استخدام التطبيق. يلتزم المستخدم بها.';
    expect(vendorOf(unused)).toBeNull();
  });
});

describe('Arabic vendor: an Arabic name whose Latin spelling the page does not give (arabicLatinUnknown)', () => {
  const page =
    '# شروط الخدمة - ريحان\n\nمرحباً بك في ريحان، تطبيق لإدارة المصاريف. باستخدامك ريحان فإنك توافق على هذه الشروط.';

  it('stays null when the page writes a web address of its own (its Latin name is unknown; never a host name)', () => {
    expect(vendorOf(`${page}\nالموقع الإلكتروني: rayhanapp.com`)).toBeNull();
    expect(vendorOf(page, 'https://rayhanapp.com/terms')).toBe('ريحان');
  });

  it('look-alike: a mail provider’s address is not the vendor’s own', () => {
    expect(vendorOf(`${page}\nللتواصل: rayhan.help@gmail.com`)).toBe('ريحان');
  });
});

describe('Arabic vendor: English pages are read as before', () => {
  it('keeps the English reading of an English page that quotes an Arabic phrase', () => {
    const text =
      '# Qamra Terms of Service\n\nQamra ("we") provides the app, called "قمرة" in Arabic. Qamra will answer support requests. Qamra’s fees apply.';
    expect(vendorOf(text)).toBe('Qamra');
  });
});

describe('Arabic vendor: the provider introducing itself, and a welcome line', () => {
  it('reads "نحن شركة X …" up to the describing phrase (vendor/arabicWeAre)', () => {
    const text =
      '# الشروط والأحكام\n\nنحن شركة نخلة السحاب لخدمات الاستضافة، شركة مسجلة في دولة الكويت.\n\nتقدم نخلة السحاب خدماتها وفق هذه الشروط. يجب على العميل سداد الرسوم.';
    expect(vendorOf(text)).toBe('نخلة السحاب');
  });

  it('reads "مرحباً بكم في منصة X!" when the page names X again (vendor/arabicWelcome)', () => {
    const text = '# شروط الاستخدام\n\nمرحباً بكم في منصة مِداد! تنظم هذه الشروط استخدامك لمنصة مِداد وخدماتها.';
    expect(vendorOf(text)).toBe('مِداد');
  });

  it('a quoted name after "welcome to" is the name without its quotes', () => {
    const text = '# شروط الاستخدام\n\nمرحباً بكم في تطبيق "سنبلة". تحتفظ "سنبلة" بالحق في تعديل هذه الشروط.';
    expect(vendorOf(text)).toBe('سنبلة');
    expect(vendorOf('# شروط الاستخدام\n\nمرحباً بكم في تطبيق «سنبلة». تحتفظ «سنبلة» بالحق في تعديل هذه الشروط.')).toBe(
      'سنبلة',
    );
    // So in the title: "شروط الاستخدام — تطبيق "سنبلة"".
    expect(vendorOf('# شروط الاستخدام — تطبيق "سنبلة"\n\nتنظم هذه الشروط استخدامك لتطبيق سنبلة وخدماته.')).toBe(
      'سنبلة',
    );
    // Quotes alone name nothing.
    expect(vendorOf('# شروط الاستخدام\n\nمرحباً بكم في "". تنظم هذه الشروط استخدامك للموقع.')).toBeNull();
  });

  it('look-alikes: "we are a leading company", "welcome to our site", a name used once', () => {
    expect(vendorOf('# الشروط\n\nنحن شركة رائدة في مجال التقنية. نحن شركة رائدة ونخدم عملاءنا.')).toBeNull();
    expect(vendorOf('# شروط الاستخدام\n\nمرحباً بكم في موقعنا! تنظم هذه الشروط استخدامك للموقع.')).toBeNull();
    expect(vendorOf('# شروط الاستخدام\n\nمرحباً بكم في منصة مِداد! تنظم هذه الشروط استخدامك للمنصة.')).toBeNull();
  });
});

describe('Arabic vendor: a short alias in a policy written to its reader (arabicAlias)', () => {
  const policy = (reader: string) =>
    `# سياسة الخصوصية\n\nتوضح هذه السياسة كيف تعالج شركة سديم للبرمجيات ("سديم") ${reader} عند استخدام تطبيق سديم.\n\n## الاحتفاظ\n\nتحتفظ سديم بالبيانات مدة الحساب.`;

  it('reads the alias when the page speaks to "you" (بياناتك، حسابك) and names no customer noun', () => {
    expect(vendorOf(policy('بياناتك المرتبطة بحسابك'))).toBe('سديم');
  });

  it('look-alike: the same alias in a page that addresses no one stays unread', () => {
    // "ذلك" and "الملك" end in the same letters as "لك" and are not "you".
    expect(vendorOf(policy('البيانات المرتبطة بالحسابات بعد ذلك في عهد الملك'))).toBeNull();
  });
});

describe('Arabic vendor: the company before a provider-role alias, named once (arabicAlias)', () => {
  const contract = (first: string, second: string) =>
    `# عقد تقديم خدمات الدعم الفني\n\nأبرم هذا العقد بين:\n\n**الطرف الأول:** ${first}\n\n**الطرف الثاني:** ${second}\n\n## البند الأول\n\nيلتزم مقدم الخدمة بالرد على البلاغات خلال ساعتين.`;

  it('reads the name after "شركة", past a commercial register number, though the contract then says "مقدم الخدمة"', () => {
    expect(
      vendorOf(
        contract(
          'شركة نجمة الشمال للبرمجيات، سجل تجاري رقم 4030123456 ("مقدم الخدمة").',
          'العميل المذكور في أمر الشراء ("العميل").',
        ),
      ),
    ).toBe('نجمة الشمال');
  });

  it('reads the name past the seat written after it ("، ومقرها دبي، الإمارات العربية المتحدة")', () => {
    expect(
      vendorOf(
        contract(
          'شركة واحة السحاب للبرمجيات ذ.م.م، ومقرها دبي، الإمارات العربية المتحدة ("مقدم الخدمة").',
          'العميل المذكور في أمر الشراء ("العميل").',
        ),
      ),
    ).toBe('واحة السحاب');
    expect(
      vendorOf(
        contract(
          'شركة واحة السحاب، وعنوانها الرئيسي الرياض، سجل تجاري رقم 1010123456 ("مقدم الخدمة").',
          'العميل المذكور في أمر الشراء ("العميل").',
        ),
      ),
    ).toBe('واحة السحاب');
  });

  it('reads the name past the one who signs for the company ("، ويمثلها المدير التنفيذي")', () => {
    expect(
      vendorOf(
        contract(
          'شركة واحة السحاب للبرمجيات، سجل تجاري رقم 1010123456، ويمثلها المدير التنفيذي ("مقدم الخدمة").',
          'العميل المذكور في أمر الشراء ("العميل").',
        ),
      ),
    ).toBe('واحة السحاب');
  });

  it('look-alike: a company named as the customer is not the vendor', () => {
    expect(
      vendorOf(
        contract(
          'الجهة المقدمة للخدمة المذكورة في الملحق.',
          'شركة نجمة الشمال للبرمجيات، سجل تجاري رقم 4030123456 ("العميل").',
        ),
      ),
    ).toBeNull();
    expect(
      vendorOf(
        contract('الجهة المقدمة للخدمة المذكورة في الملحق.', 'شركة نجمة الشمال للبرمجيات، ومقرها جدة ("العميل").'),
      ),
    ).toBeNull();
  });
});

describe('Arabic vendor: an alias that is the company’s first word with the article (arabicAlias)', () => {
  it('reads "شركة بوابة الكويت للاتصالات («البوابة»)" as the company "بوابة الكويت"', () => {
    expect(
      vendorOf(
        '# اتفاقية مستوى الخدمة\n\nتقدم شركة جسر الخليج للاتصالات ("الجسر") خدمة البريد للعميل وفق هذه الاتفاقية.',
      ),
    ).toBe('جسر الخليج');
  });

  it('look-alike: an article alias that is not the company’s first word names no one', () => {
    expect(
      vendorOf(
        '# اتفاقية مستوى الخدمة\n\nتقدم شركة جسر الخليج للاتصالات ("المنصة") خدمة البريد للعميل وفق هذه الاتفاقية.',
      ),
    ).toBeNull();
  });
});
