import { describe, expect, it } from 'vitest';
import { extractDisputeForum } from '../extractors/disputeForum';
import { extractGoverningLaw } from '../extractors/governingLaw';
import { docFromText } from '../extractors/input';

function laws(text: string) {
  const doc = docFromText(text);
  const found = extractGoverningLaw(doc);
  for (const f of found) expect(doc.text.slice(f.start, f.end)).toBe(f.quote);
  return found.map((f) => f.value);
}

describe("extractGoverningLaw: a numbered part's own law (partsOwnLaw)", () => {
  it("is not the document's where the document states its own", () => {
    const text = [
      'This DPA is governed by the law chosen in the Main Agreement.',
      'Annex III – Data of Mexican residents',
      'This Annex III is governed by Mexican law.',
    ].join('\n\n');
    expect(laws(text)).toEqual([]);
  });

  it('look-alikes: a numbered part alone, and the document naming its own law beside it', () => {
    // The part is all the text says: its law stands.
    expect(laws('This Schedule 2 is governed by the laws of Ireland.')).toEqual([
      { name: 'Ireland', country: 'IE', region: null },
    ]);
    expect(
      laws('This Agreement is governed by the laws of Ireland. This Annex II is governed by the laws of Mexico.'),
    ).toEqual([{ name: 'Ireland', country: 'IE', region: null }]);
  });
});

describe('extractGoverningLaw', () => {
  it('reads "governed by the laws of X"', () => {
    expect(
      laws(
        'This Agreement shall be governed by and construed in accordance with the laws of the Kingdom of Saudi Arabia.',
      ),
    ).toEqual([{ name: 'the Kingdom of Saudi Arabia', country: 'SA', region: null }]);
    expect(
      laws(
        'This Agreement is governed by the laws of the State of Delaware, without regard to its conflict of laws principles.',
      ),
    ).toEqual([{ name: 'the State of Delaware', country: 'US', region: 'US-DE' }]);
    expect(laws('THESE TERMS ARE GOVERNED BY THE LAWS OF THE STATE OF NEW YORK.')).toEqual([
      { name: 'THE STATE OF NEW YORK', country: 'US', region: 'US-NY' },
    ]);
    expect(laws('This Agreement is subject to the laws of India.')).toEqual([
      { name: 'India', country: 'IN', region: null },
    ]);
  });

  it('reads "X law governs" and "the laws of X govern"', () => {
    expect(laws('This Agreement is governed by English law.')).toEqual([
      { name: 'English law', country: 'GB', region: 'GB-ENG' },
    ]);
    expect(laws('Washington law governs these Terms.')).toEqual([
      { name: 'Washington', country: 'US', region: 'US-WA' },
    ]);
    expect(laws('The laws of Ontario, Canada shall govern this Agreement.')).toEqual([
      { name: 'Ontario, Canada', country: 'CA', region: 'CA-ON' },
    ]);
  });

  it('keeps one finding per domicile', () => {
    expect(
      laws(
        'If you are domiciled in Canada, the laws of the Province of Quebec apply; otherwise the laws of Switzerland apply.',
      ),
    ).toEqual([
      { name: 'the Province of Quebec', country: 'CA', region: 'CA-QC' },
      { name: 'Switzerland', country: 'CH', region: null },
    ]);
  });

  it('keeps one law per customer location', () => {
    expect(
      laws(
        'If you are located in the European Union, the laws of Ireland govern these Terms; otherwise, these Terms are governed by the laws of the State of California.',
      ),
    ).toEqual([
      { name: 'Ireland', country: 'IE', region: null },
      { name: 'the State of California', country: 'US', region: 'US-CA' },
    ]);
  });

  it('reads a governing-law clause hard-wrapped over several lines', () => {
    const doc = docFromText(
      '14. Governing Law.\n\nYOU EXPRESSLY AGREE THAT THE LAWS OF THE STATE OF WASHINGTON,\n\nWITHOUT REGARD TO ITS CONFLICT OF LAWS PRINCIPLES, GOVERN THESE TERMS AND YOUR\n\nUSE OF THE SERVICES.',
    );
    const found = extractGoverningLaw(doc);
    expect(found.map((f) => f.value.region)).toEqual(['US-WA']);
    expect(found[0]?.rule).toBe('governingLaw/lawsOfPlace');
  });

  it.each([
    [
      'The legislation of the Republic of Chile in force shall apply to all relations of the Parties under this Contract.',
      'CL',
      null,
    ],
    ['This Contract is governed in all its parts by the applicable regulations of the Republic of Peru.', 'PE', null],
    [
      'This Agreement is signed in the State of Oregon and shall be governed by and construed under the laws thereof.',
      'US',
      'US-OR',
    ],
    ['THE PERFORMANCE OF THIS CONTRACT SHALL BE CONTROLLED BY THE LAWS OF THE STATE OF OHIO.', 'US', 'US-OH'],
    ['This Agreement shall be governed by the laws and decisions of the State of Georgia.', 'US', 'US-GA'],
    [
      'This Agreement shall be interpreted, and the respective rights and obligations of the parties determined, according to the laws of the State of Utah.',
      'US',
      'US-UT',
    ],
  ])('reads the structural variant "%s"', (text, country, region) => {
    expect(laws(text).map((j) => [j.country, j.region])).toEqual([[country, region]]);
  });

  it('reads both places of "the laws of the United States and the State of X" (the state covers the country)', () => {
    expect(
      laws('This Agreement shall be governed by the laws of the United States and the State of Arizona.').map(
        (j) => j.region,
      ),
    ).toEqual(['US-AZ']);
  });

  it.each([
    'Customer shall comply with the export regulations of the United States.',
    'Vendor is registered under the regulations of Singapore and is licensed by its authority.',
    'The Distributor has an office in the State of Texas and complies with the laws thereof.',
    'Each party retains the rights of the parties under the laws of France.',
    'WHEREAS, the Insurer is subject to the capital requirements of the insurance laws and regulations of Ohio;',
  ])('ignores the look-alike "%s"', (text) => {
    expect(laws(text)).toEqual([]);
  });

  it('drops a country already covered by one of its regions', () => {
    expect(
      laws(
        'This Agreement is governed by the laws of the State of California and the federal laws of the United States.',
      ),
    ).toEqual([{ name: 'the State of California', country: 'US', region: 'US-CA' }]);
  });

  it('de-duplicates and prefers the sentence under a Governing Law heading', () => {
    const doc = docFromText(
      'Acme is governed by the laws of Ireland in all respects.\n\n## Governing Law\n\nThese Terms are governed by the laws of Ireland.',
    );
    const found = extractGoverningLaw(doc);
    expect(found.map((f) => [f.value.country, f.quote, f.confidence])).toEqual([
      ['IE', 'These Terms are governed by the laws of Ireland.', 0.95],
    ]);
  });

  it('accepts the one place named in a sentence under the heading', () => {
    expect(laws('## Choice of Law\n\nThe law applicable to these Terms is that of Bavaria.')).toEqual([
      { name: 'Bavaria', country: 'DE', region: 'DE-BY' },
    ]);
  });

  it('reads a law/courts table', () => {
    const text = [
      '## Governing Law and Jurisdiction',
      '',
      '| If Customer is domiciled in: | Governing law | Courts with exclusive jurisdiction |',
      '| --- | --- | --- |',
      '| The United States | California | San Francisco, California |',
      '| Europe | England and Wales | London |',
    ].join('\n');
    expect(laws(text)).toEqual([
      { name: 'California', country: 'US', region: 'US-CA' },
      { name: 'England and Wales', country: 'GB', region: 'GB-ENG' },
    ]);
  });

  it('reads a law cell that names the law by its demonym ("Dutch laws"), not a demonym with no law', () => {
    const table = (law: string) =>
      [
        '| If Licensee is domiciled in: | Licensee is contracting with: | The governing law is: | The courts having exclusive jurisdiction are: |',
        '| --- | --- | --- | --- |',
        `| Any country | Veldkamp B.V. | ${law} | Utrecht, The Netherlands |`,
      ].join('\n');
    expect(laws(table('Dutch laws'))).toEqual([{ name: 'Dutch laws', country: 'NL', region: null }]);
    // Look-alike: a demonym that names no law ("Dutch-speaking staff") leaves the law unread.
    expect(laws(table('Dutch-speaking staff'))).toEqual([]);
  });

  it('reads a flattened table from the end of its rows', () => {
    const text = [
      'Who you contract with depends on where you are domiciled.',
      'Customer is contracting with: Notices to: The governing law is: The courts having exclusive jurisdiction are:',
      'Acme SA',
      '1003 Lausanne',
      'Legal team Switzerland Canton de Vaud',
      'Acme Inc',
      'Legal team Ontario, Canada Toronto Canada',
    ].join('\n\n');
    expect(laws(text)).toEqual([
      { name: 'Switzerland', country: 'CH', region: null },
      { name: 'Ontario, Canada', country: 'CA', region: 'CA-ON' },
    ]);
  });

  it('reads Middle-East and Asian adjectives ("Egyptian law", "Korean law")', () => {
    expect(laws('This Agreement is governed by Egyptian law.').map((l) => l.country)).toEqual(['EG']);
    expect(
      laws('These Terms shall be governed by and construed in accordance with Korean law.').map((l) => l.country),
    ).toEqual(['KR']);
    expect(laws('The Services are available in Thai, Vietnamese and Indonesian.')).toEqual([]);
  });

  it('ignores look-alikes', () => {
    const lookAlikes = [
      'Acme (Pvt.) Ltd., a company incorporated under the laws of the Islamic Republic of Pakistan, provides the Services.',
      'Acme Inc. is a corporation duly organized and validly existing under the laws of the State of Delaware.',
      'Customer will comply with all applicable laws, including the export control laws of the United States.',
      'The Services are subject to the export control and sanctions laws of the United States.',
      'We process personal data in line with the data protection laws of the European Union.',
      'Each party shall comply with all applicable laws and regulations.',
      'We disclose information as required by the laws of Canada.',
      'This Agreement governs your use of the Services, which must not violate the laws of any jurisdiction.',
      'These Terms govern the Services and you keep the rights given by the consumer protection laws of your country.',
      'Our registered office is in London and we are regulated under the laws of England.',
      'Nothing in these Terms limits your rights under German law.',
    ];
    for (const text of lookAlikes) expect(laws(text), text).toEqual([]);
  });
});

describe('extractGoverningLaw: a governing verb that describes a thing (verbOfAThing)', () => {
  it('reads the verb when an auxiliary, a conjunction or the agreement leads to it', () => {
    expect(laws('This Agreement, and any dispute under it, is subject to the laws of Norway.')).toEqual([
      { name: 'Norway', country: 'NO', region: null },
    ]);
    expect(laws('These Terms are exclusively governed by and construed under the laws of Portugal.')).toEqual([
      { name: 'Portugal', country: 'PT', region: null },
    ]);
    expect(laws('Any matters arising out of this Order Form governed by the laws of Victoria.')).toEqual([
      { name: 'Victoria', country: 'AU', region: 'AU-VIC' },
    ]);
  });

  it.each([
    'Reseller acknowledges that, as it resells the products of Vantor, a company subject to the laws of the Republic of Korea, it must avoid breaching such laws.',
    'The opinion of counsel may be limited to questions governed by the federal laws and by the laws of Oregon.',
  ])('look-alike: the verb qualifies a company or a topic, "%s"', (text) => {
    expect(laws(text)).toEqual([]);
  });
});

describe('extractGoverningLaw: the agreement\'s reading "applied in accordance with" the laws of a place', () => {
  it('reads the law its interpretation and remedies are applied under', () => {
    expect(
      laws(
        'This Agreement is made in the State of Oregon, and its construction, its interpretation and the remedies for any default under it are to be applied pursuant to and in accordance with the laws of the State of Oregon.',
      ),
    ).toEqual([{ name: 'the State of Oregon', country: 'US', region: 'US-OR' }]);
  });

  it('reads questions "determined in accordance with" the laws of a place, and a contract "made under" them', () => {
    expect(
      laws(
        'All questions concerning the construction of this Agreement shall be determined in accordance with the laws of the State of Idaho.',
      ),
    ).toEqual([{ name: 'the State of Idaho', country: 'US', region: 'US-ID' }]);
    expect(
      laws(
        'This Agreement shall be deemed a contract made under the laws of the State of Idaho and construed in accordance with those laws.',
      ),
    ).toEqual([{ name: 'the State of Idaho', country: 'US', region: 'US-ID' }]);
  });

  it.each([
    'Royalties determined in accordance with the laws of the State of Idaho on mineral leases are payable quarterly.',
    'Each payment made under the laws of the State of Idaho for unemployment insurance is the Contractor’s responsibility.',
    'Any withholding taxes applied in accordance with the laws of the State of Oregon are borne by the Distributor.',
    'Payments are applied to the oldest invoice first, and late fees accrue in accordance with the laws of the State of Oregon.',
  ])('look-alike: something else is applied, determined or made under a law, "%s"', (text) => {
    expect(laws(text)).toEqual([]);
  });
});

describe('extractGoverningLaw: laws on a topic named after the place (TOPIC_AFTER)', () => {
  it('reads a law whose words after the place name no topic', () => {
    expect(laws('This Agreement shall be governed by the laws of Wales regarding contracts.')).toEqual([
      { name: 'Wales', country: 'GB', region: 'GB-WLS' },
    ]);
    expect(
      laws('This Agreement is governed by the laws of Austria, without regard to its rules on conflict of laws.'),
    ).toEqual([{ name: 'Austria', country: 'AT', region: null }]);
  });

  it.each([
    'The Toolkit is subject to Canadian law governing the export of encryption technology.',
    'The Toolkit is subject to the laws of Japan regarding export controls and economic sanctions.',
    'Customer agrees that the Toolkit is subject to the laws of Japan and other countries relating to trade sanctions.',
  ])('look-alike: "%s"', (text) => {
    expect(laws(text)).toEqual([]);
  });
});

describe('extractGoverningLaw: a governing verb after the place, negated', () => {
  it('reads the verb after the place, even past an aside with "not"', () => {
    expect(laws('The laws of Scotland, and not the laws of any other country, shall govern this Agreement.')).toEqual([
      { name: 'Scotland', country: 'GB', region: 'GB-SCT' },
    ]);
  });

  it.each([
    'Nothing in this Section is meant to call on any consumer or other doctrine of law of the State of Oregon that would not otherwise apply.',
    'The laws of Manitoba shall not apply to the licence granted here.',
  ])('look-alike: "%s"', (text) => {
    expect(laws(text)).toEqual([]);
  });
});

describe('extractGoverningLaw: a law for public-sector customers only (publicSectorOnly)', () => {
  it('reads the law for everyone else, in the other clause of the sentence', () => {
    expect(
      laws(
        '## Governing Law\n\nIf Customer is a Canadian provincial government entity, the laws of Ontario apply; otherwise the laws of the State of Texas govern this Agreement.',
      ),
    ).toEqual([{ name: 'the State of Texas', country: 'US', region: 'US-TX' }]);
    expect(
      laws(
        'If Customer is any entity not listed in Section 9(a) (Law for Government Entities), this Agreement is governed by the laws of Alberta.',
      ),
    ).toEqual([{ name: 'Alberta', country: 'CA', region: 'CA-AB' }]);
  });

  it.each([
    'If the buyer is a U.S. county or municipal governmental agency, these Terms will be governed by the laws of the United States.',
    '## Governing Law\n\nIf the user is a U.S. county, borough or state governmental body, these Terms will be silent regarding governing law and forum.',
    '## Choice of Law\n\nThe law for a U.S. city or agency that buys the Services is set out in the procurement addendum.',
  ])('look-alike: "%s"', (text) => {
    expect(laws(text)).toEqual([]);
  });
});

// Composed Arabic passages (rule governingLaw/arabicLawsOf).
describe('extractGoverningLaw in Arabic', () => {
  it('reads a law noun whose direct complement is a country', () => {
    expect(laws('تخضع هذه الاتفاقية وتفسَّر وفقاً لأنظمة المملكة العربية السعودية.')).toEqual([
      { name: 'المملكة العربية السعودية', country: 'SA', region: null },
    ]);
    expect(laws('يحكم هذه الشروط ويفسرها قوانين دولة الكويت دون النظر إلى قواعد تنازع القوانين.')).toEqual([
      { name: 'دولة الكويت', country: 'KW', region: null },
    ]);
  });

  it('reads the provisions of a law that "apply to this agreement" (تسري على), only when the sentence names it', () => {
    expect(laws('تسري على هذا العقد أحكام القانون الأردني، وتختص محاكم عمّان بالنظر في أي نزاع.')).toEqual([
      { name: 'الأردني', country: 'JO', region: null },
    ]);
    // Look-alike: a law that applies to the staff of a branch chooses nothing for the agreement.
    expect(laws('تسري أحكام القانون الأردني على موظفي فرع الشركة في عمّان.')).toEqual([]);
  });

  it('reads a nationality adjective after the law noun, and folded spellings', () => {
    expect(laws('يحكم القانون المصري جميع أحكام هذه الاتفاقية.')).toEqual([
      { name: 'المصري', country: 'EG', region: null },
    ]);
    // Hamza dropped, tatweel and Arabic-Indic digits around: the quote stays verbatim.
    expect(laws('البند ١٢: تخضع الاتفاقيـة لانظمة المملكة الاردنية الهاشمية.')).toEqual([
      { name: 'المملكة الاردنية الهاشمية', country: 'JO', region: null },
    ]);
  });

  it('reads the Maghreb and Levant by their adjective too ("للقانون المغربي", "المحاكم التونسية")', () => {
    expect(laws('تخضع هذه الاتفاقية للقانون المغربي، ويحال أي نزاع إلى المحاكم المختصة بالرباط.')).toEqual([
      { name: 'المغربي', country: 'MA', region: null },
    ]);
    expect(laws('يحكم القانون التونسي هذه الشروط وتفسيرها.').map((l) => l.country)).toEqual(['TN']);
    // Look-alike: the adjective for a product or a dialect, with no law noun, chooses nothing.
    expect(laws('نقدم لكم أجود أنواع الزيت المغربي والتمر الجزائري بأسعار مناسبة.')).toEqual([]);
  });

  it('does not take the company-registration law or a law with a topic in between', () => {
    expect(laws('الشركة مسجلة وفقاً لنظام الشركات في المملكة العربية السعودية بالسجل التجاري رقم 1010.')).toEqual([]);
    expect(laws('تخضع معالجة البيانات لنظام حماية البيانات الشخصية في دولة قطر.')).toEqual([]);
  });

  it('needs a governing cue: a law named in passing does not govern', () => {
    expect(laws('يجب على المستخدم احترام قوانين دولة الإمارات العربية المتحدة عند السفر.')).toEqual([]);
    expect(laws('تخضع هذه الشروط للقوانين المعمول بها.')).toEqual([]);
  });
});

// Composed Arabic passages: prefixes, regions, weak cues and defined terms.
describe('extractGoverningLaw in Arabic: the law of a trading partner outside the Arab world', () => {
  it("reads the People's Republic of China, Japan, Spain in Arabic translations of foreign terms", () => {
    expect(laws('ما لم ينص قانون بلدك على خلاف ذلك، تخضع هذه الاتفاقية لقوانين جمهورية الصين الشعبية.')).toEqual([
      { name: 'جمهورية الصين الشعبية', country: 'CN', region: null },
    ]);
    expect(laws('تخضع هذه الشروط وتفسر وفقاً لقوانين اليابان.').map((l) => l.country)).toEqual(['JP']);
    expect(laws('تخضع هذه الاتفاقية لقوانين إسبانيا.').map((l) => l.country)).toEqual(['ES']);
  });

  it('look-alike: the same countries named with no governing law', () => {
    expect(laws('يعمل فريق الدعم لدينا من الصين واليابان وإسبانيا لخدمة العملاء على مدار الساعة.')).toEqual([]);
  });
});

describe('extractGoverningLaw in Arabic: regions, prefixes and defined terms', () => {
  it('reads a US state or an emirate as the region, and paired law nouns', () => {
    expect(laws('تمثل هذه البنود الاتفاق الكامل بيننا، ويحكمها قانون ولاية نيويورك بالولايات المتحدة.')).toEqual([
      { name: 'ولاية نيويورك', country: 'US', region: 'US-NY' },
    ]);
    expect(laws('تخضع هذه الاتفاقية للقوانين والقرارات المعمول بها في إمارة دبي.')).toEqual([
      { name: 'إمارة دبي', country: 'AE', region: 'AE-DU' },
    ]);
  });

  it('reads "consistent with the regulations of" only when the sentence names the document', () => {
    expect(laws('تنطبق هذه الشروط على كل الخدمات وتتوافق مع الأنظمة المعمول بها في دولة قطر.')).toEqual([
      { name: 'دولة قطر', country: 'QA', region: null },
    ]);
    expect(laws('منتجاتنا تتوافق مع الأنظمة المعمول بها في دولة قطر.')).toEqual([]);
  });

  it('resolves "the applicable regulations" through the definitions clause (rule arabicDefinedTerm)', () => {
    const text = [
      '# اتفاقية الاشتراك',
      '',
      'القوانين السارية: يقصد بها جميع الأنظمة والقرارات النافذة في مملكة البحرين.',
      '',
      'يسري هذا الاتفاق ويفسر طبقاً للقوانين السارية دون اعتبار لقواعد الإسناد.',
    ].join('\n');
    const doc = docFromText(text);
    const found = extractGoverningLaw(doc);
    expect(found.map((f) => f.value)).toEqual([{ name: 'مملكة البحرين', country: 'BH', region: null }]);
    expect(found[0]?.rule).toBe('governingLaw/arabicDefinedTerm');
    expect(found[0]?.quote).toContain('يسري هذا الاتفاق');
  });

  it('does not resolve a term whose definition names two places, or no definition', () => {
    const two = [
      'القوانين السارية: يقصد بها قوانين دولة الكويت وقوانين مملكة البحرين.',
      '',
      'تخضع هذه الاتفاقية للقوانين السارية.',
    ].join('\n');
    expect(laws(two)).toEqual([]);
    expect(laws('تخضع هذه الاتفاقية للأنظمة المعمول بها.\n\nالشركة مسجلة في دولة الكويت.')).toEqual([]);
  });

  it('does not take the law a company is registered under, even with "تخضع"', () => {
    expect(laws('تخضع الشركة المسجلة بالسجل التجاري لأنظمة المملكة العربية السعودية.')).toEqual([]);
  });
});

describe('"the Kingdom" (المملكة) alone in Saudi texts', () => {
  it('is Saudi Arabia on a page that names Saudi Arabia, a Saudi city or the riyal', () => {
    const text = 'الرسوم بالريال السعودي.\n\nتخضع هذه الاتفاقية وتفسر وفقاً للأنظمة المعمول بها في المملكة.';
    expect(laws(text)).toEqual([{ name: 'المملكة', country: 'SA', region: null }]);
  });

  it('is nothing on a page with no Saudi cue, and never another kingdom', () => {
    expect(laws('تخضع هذه الاتفاقية للأنظمة المعمول بها في المملكة.')).toEqual([]);
    expect(laws('مقرنا في الرياض.\n\nتخضع هذه الاتفاقية لقوانين المملكة المتحدة.')).toEqual([
      { name: 'المملكة المتحدة', country: 'GB', region: null },
    ]);
  });
});

describe('extractGoverningLaw: a line that labels the law (labelledLaw)', () => {
  const law = (text: string) =>
    extractGoverningLaw(docFromText(text)).map((f) => [f.value.country, f.value.region, f.rule]);
  it('reads "Governing Law: State of New York", a table row, "Applicable law – Singapore"', () => {
    expect(law('Order Form\n\nGoverning Law: State of New York\nTerm: 12 months')).toEqual([
      ['US', 'US-NY', 'governingLaw/labelledLaw'],
    ]);
    expect(law('| Item | Value |\n|---|---|\n| Governing law | Ontario |')).toEqual([
      ['CA', 'CA-ON', 'governingLaw/labelledLaw'],
    ]);
    expect(law('Applicable law – Singapore')).toEqual([['SG', null, 'governingLaw/labelledLaw']]);
  });
  it('look-alikes: a label pointing elsewhere, a place named late in a sentence', () => {
    expect(law('Governing law: see section 14 of the Master Agreement.')).toEqual([]);
    expect(
      law(
        'Applicable law: where you live in the European Union, you also keep the mandatory protections of the law of Germany.',
      ),
    ).toEqual([]);
  });
});

describe('Arabic governing law naming its place in English (a bilingual page)', () => {
  it('"… المعمول بها في Kingdom of Saudi Arabia" is Saudi law', () => {
    expect(laws('تخضع هذه الشروط للقوانين واللوائح المعمول بها في Kingdom of Saudi Arabia.')).toEqual([
      { name: 'Kingdom of Saudi Arabia', country: 'SA', region: null },
    ]);
  });

  it('look-alikes: Latin words that name no place, and complying with the laws, give nothing', () => {
    expect(laws('تخضع هذه الشروط للقوانين المعمول بها في Acme Cloud Platform.')).toEqual([]);
    expect(laws('يلتزم العميل بالامتثال للقوانين المعمول بها في United Arab Emirates عند استخدام الخدمة.')).toEqual([]);
  });
});

describe("a DPA's elections for its Standard Contractual Clauses are not the agreement's law or forum (T7)", () => {
  const dpa = `Data Processing Addendum
9. International transfers. The EU SCCs apply, completed as follows: (i) Module Two applies; (ii) in Clause 17, Option 1 applies and the EU SCCs are governed by the law of Ireland; (iii) in Clause 18(b), disputes are resolved before the courts of Ireland.`;
  it('reads neither the SCCs’ law nor their courts', () => {
    expect(laws(dpa)).toEqual([]);
    expect(extractDisputeForum(docFromText(dpa))).toEqual([]);
  });
  it('look-alike: the addendum’s own law beside its SCC elections is still read', () => {
    const text = `${dpa}\n10. Governing law. This Addendum is governed by the laws of the Netherlands, and the courts of Amsterdam have exclusive jurisdiction.`;
    expect(laws(text).map((l) => l.country)).toEqual(['NL']);
    expect(extractDisputeForum(docFromText(text)).map((f) => f.value.place)).toEqual(['Amsterdam']);
  });
});

describe('the law per region or customer location, listed under "governed by … the laws of:" (lawsListedUnderLeadIn)', () => {
  it('reads one law per item: after "the laws of", or after the item’s label', () => {
    const byRegion = [
      '12. This Agreement and any dispute arising out of it is governed by, and shall be construed in accordance with, the laws of:',
      '',
      '1. us.app.brindle.io: the laws of the State of New York, with exclusive jurisdiction in the courts located in New York County;',
      '2. eu.app.brindle.io: the laws of Ireland, with exclusive jurisdiction in the courts of Dublin.',
    ].join('\n');
    expect(laws(byRegion).map((l) => [l.country, l.region])).toEqual([
      ['US', 'US-NY'],
      ['IE', null],
    ]);
    const byCustomer = [
      'These Terms are governed by the laws of:',
      '',
      '- for customers in Canada: the Province of Ontario;',
      '- for customers in the United Kingdom: England and Wales.',
    ].join('\n');
    expect(laws(byCustomer).map((l) => l.region)).toEqual(['CA-ON', 'GB-ENG']);
  });

  it('look-alikes: a list under a lead-in about something else, and the courts of an item', () => {
    const offices = ['Our offices are governed by the local rules of:', '', '- Germany', '- France'].join('\n');
    expect(laws(offices)).toEqual([]);
    const forums = [
      'Any dispute under this Agreement shall be resolved by the courts of:',
      '',
      '1. New York County, for customers in the Americas;',
      '2. Dublin, Ireland, for all other customers.',
    ].join('\n');
    expect(laws(forums)).toEqual([]);
  });
});

describe('an addendum naming the SCCs’ law and forum clauses by number ("Clauses 17–18") elects for them (T7)', () => {
  it('reads neither "Clauses 17–18 are governed by Swiss law" nor the Zurich courts; look-alike: the DPA’s own law is read', () => {
    const swiss =
      'Data Processing Agreement\nFor Swiss-subject transfers, Clauses 17–18 are governed by Swiss law and the courts of Zurich, Switzerland, with references to the GDPR read as references to the FADP.';
    expect(laws(swiss)).toEqual([]);
    const own = `${swiss}\nThis Data Processing Agreement is governed by the laws of Germany.`;
    expect(laws(own).map((l) => l.country)).toEqual(['DE']);
    // The law written as an adjective in the usual election ("the EU SCCs are governed by Irish law") likewise.
    expect(laws('In Clause 17, Option 1 applies and the EU SCCs are governed by Irish law.')).toEqual([]);
    // An addendum quoting the clauses it rewrites, the clause number in the line before.
    const rewritten =
      'Data Processing Addendum\n(g) Clause 17 is replaced to state:\n"These Clauses are governed by the laws of Switzerland".\n(h) Clause 18 is replaced to state:\n"Any dispute arising from these Clauses will be resolved by the courts of Switzerland".';
    expect(laws(rewritten)).toEqual([]);
    expect(extractDisputeForum(docFromText(rewritten))).toEqual([]);
  });
});

describe('Arabic: a second place joined by "و" after the first (governingLaw/arabicLawsOfPlaceAndPlace)', () => {
  it('reads both Egypt and the Emirates in "القوانين المعمول بها في مصر والإمارات العربية المتحدة"', () => {
    const text = 'القانون الحاكم\nتخضع هذه الشروط والأحكام للقوانين المعمول بها في مصر والإمارات العربية المتحدة.';
    expect(laws(text).map((l) => l.country)).toEqual(['EG', 'AE']);
  });
  it('look-alike: a law followed by "and international agreements" names one place', () => {
    const text = 'القانون الحاكم\nتخضع هذه الشروط لأنظمة المملكة العربية السعودية والاتفاقيات الدولية ذات الصلة.';
    expect(laws(text).map((l) => l.country)).toEqual(['SA']);
  });
});

describe('"the governing law shall be <place>" (governingLaw/governingLawIs)', () => {
  it('reads the place the governing law is, with or without "the law of"', () => {
    expect(
      laws(
        'In any suit arising out of these terms, the governing law shall be Oregon, and the courts of Portland decide.',
      ).map((l) => l.region),
    ).toEqual(['US-OR']);
    expect(laws('The governing law of this Agreement will be the law of Manitoba.').map((l) => l.region)).toEqual([
      'CA-MB',
    ]);
  });

  it('look-alikes: a governing-law clause of another document moving, and law one must comply with, choose nothing', () => {
    expect(laws('The governing law section of the reseller terms now names Oregon as a sales region.')).toEqual([]);
    expect(laws('Customer shall comply with all applicable law in Oregon.')).toEqual([]);
  });
});

describe('an unticked option on a form chooses nothing (uncheckedOption)', () => {
  it('"☐ Oman — governed by the laws of Oman" offers a law; the ticked "☒ Qatar — …" is the choice', () => {
    const text = [
      'Governing law (tick one):',
      '☐ Oman — governed by the laws of the Sultanate of Oman; the courts of Muscat have exclusive jurisdiction.',
      '☒ Qatar — governed by the laws of the State of Qatar; the courts of Doha have exclusive jurisdiction.',
    ].join('\n');
    expect(laws(text).map((l) => l.country)).toEqual(['QA']);
    expect(extractDisputeForum(docFromText(text)).map((f) => f.value.place)).toEqual(['Doha']);
  });
});

describe('"Washington state law governs": a US state, then "state law"', () => {
  it('reads the state before "state law" as the chosen law', () => {
    expect(
      laws(
        'If you acquired the software in the United States, Oregon state law governs the interpretation of this agreement and applies to claims for breach of it. If you acquired it in any other country, the laws of that country apply.',
      ),
    ).toMatchObject([{ country: 'US', region: 'US-OR' }]);
    expect(laws('This Agreement is governed by Washington state law.')).toMatchObject([
      { country: 'US', region: 'US-WA' },
    ]);
  });

  it('look-alikes: complying with a state law, a state-law firm, a country before "state law"', () => {
    expect(laws('You must comply with Oregon state law when you use the service.')).toEqual([]);
    expect(laws('Oregon state law firms may advise you on these terms.')).toEqual([]);
    expect(laws('This Agreement is governed by Germany state law.')).toEqual([]);
  });
});

describe('a law a clause is conditioned on is not chosen (governingLaw/lawInCondition)', () => {
  it('reads no law from "To the extent that U.S. law applies, …" or "If the laws of Texas apply, …"', () => {
    expect(
      laws('To the extent that U.S. law applies, pupil records may include files that a school district keeps.'),
    ).toEqual([]);
    expect(
      laws('If the laws of the State of Texas apply to a claim, the claim must be brought within one year.'),
    ).toEqual([]);
  });

  it('look-alikes: the chosen law beside such a condition, and a condition about something else', () => {
    const both =
      'To the extent that U.S. law applies, pupil records may include files a school keeps. These Terms are governed by English law.';
    expect(laws(both)).toEqual([{ name: 'English law', country: 'GB', region: 'GB-ENG' }]);
    expect(
      laws('To the extent permitted by law, this Agreement shall be governed by the laws of the State of Texas.'),
    ).toEqual([{ name: 'the State of Texas', country: 'US', region: 'US-TX' }]);
  });
});

describe('governingLaw: a demonym\'s law with a qualifier ("the Italian State Law", "German federal law")', () => {
  const laws = (text: string) => extractGoverningLaw(docFromText(text)).map((f) => f.value);
  it('reads the country from "governed by the Italian State Law" and "governed by German federal law"', () => {
    expect(laws('15.2. This Agreement is governed by the Italian State Law, including as regards copyright.')).toEqual([
      { name: 'Italian State Law', country: 'IT', region: null },
    ]);
    expect(laws('This Agreement shall be governed by German federal law.')).toMatchObject([{ country: 'DE' }]);
  });
  it("look-alike: complying with a country's federal law chooses no law", () => {
    expect(laws('The Supplier complies with German federal law on data protection.')).toEqual([]);
  });
});
