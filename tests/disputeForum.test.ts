import { describe, expect, it } from 'vitest';
import { extractFields } from '../extractors/card';
import { extractDisputeForum } from '../extractors/disputeForum';
import { docFromText } from '../extractors/input';

function forums(text: string) {
  const doc = docFromText(text);
  const found = extractDisputeForum(doc);
  for (const f of found) expect(doc.text.slice(f.start, f.end)).toBe(f.quote);
  return found.map((f) => f.value);
}

describe('extractDisputeForum: the courts of "that State"', () => {
  it('takes the place whose law the sentence, or the one before, chose', () => {
    expect(
      forums(
        'This contract is governed by the law in force in Queensland, and the parties submit to the non-exclusive jurisdiction of the courts of that State.',
      ),
    ).toEqual([{ type: 'courts', place: 'Queensland', exclusive: false }]);
    expect(
      forums(
        'This Agreement is governed by the laws, other than the choice-of-law rules, of the State of Oregon. Each party submits to the exclusive jurisdiction of the courts located in such State.',
      ),
    ).toEqual([{ type: 'courts', place: 'the State of Oregon', exclusive: true }]);
    expect(
      forums(
        'These terms are governed by the laws of Scotland. Disputes are subject to the exclusive jurisdiction of the courts of that country.',
      ),
    ).toEqual([{ type: 'courts', place: 'Scotland', exclusive: true }]);
  });

  it('stays unread when the antecedent is not one chosen law of the right kind', () => {
    // A place named for another reason, two laws, a state called a country, a court for injunctions only.
    expect(
      forums('Reseller is located in Idaho. The courts of such State shall have exclusive jurisdiction over disputes.'),
    ).toEqual([]);
    expect(
      forums(
        'This Agreement is governed by the laws of Delaware, or of New York for customers based there. The courts of that State have exclusive jurisdiction over disputes.',
      ),
    ).toEqual([]);
    expect(
      forums(
        'This Agreement is governed by the laws of Texas. The courts of that country shall have exclusive jurisdiction over disputes.',
      ),
    ).toEqual([]);
    expect(
      forums(
        'This Agreement is governed by the laws of Austria. Either party may seek injunctive relief in the courts of that country.',
      ),
    ).toEqual([]);
  });
});

describe('extractDisputeForum: courts', () => {
  it('reads the courts and their exclusivity', () => {
    expect(
      forums(
        'Any disputes shall be subject to the exclusive jurisdiction of the courts of Islamabad, Pakistan, without prejudice to the right to seek injunctive relief in any competent jurisdiction.',
      ),
    ).toEqual([{ type: 'courts', place: 'Islamabad, Pakistan', exclusive: true }]);
    expect(
      forums(
        'The state and federal courts located in Santa Clara County, California will have exclusive jurisdiction over any dispute.',
      ),
    ).toEqual([{ type: 'courts', place: 'Santa Clara County, California', exclusive: true }]);
    expect(forums('The parties submit to the non-exclusive jurisdiction of the courts of Singapore.')).toEqual([
      { type: 'courts', place: 'Singapore', exclusive: false },
    ]);
    expect(
      forums(
        'The courts of London, England shall have exclusive jurisdiction for any dispute arising under this Agreement.',
      ),
    ).toEqual([{ type: 'courts', place: 'London, England', exclusive: true }]);
    expect(forums('Each party irrevocably submits to the jurisdiction of the courts of England and Wales.')).toEqual([
      { type: 'courts', place: 'England and Wales', exclusive: null },
    ]);
  });

  it('reads "X courts", venue clauses and long forms', () => {
    expect(forums('The parties submit to the exclusive jurisdiction of the English courts.')).toEqual([
      { type: 'courts', place: 'England', exclusive: true },
    ]);
    expect(forums('Venue for any action shall lie exclusively in King County, Washington.')).toEqual([
      { type: 'courts', place: 'King County, Washington', exclusive: true },
    ]);
    expect(
      forums(
        'Each party agrees that the courts of the Kingdom of Saudi Arabia shall have exclusive jurisdiction to settle any dispute.',
      ),
    ).toEqual([{ type: 'courts', place: 'the Kingdom of Saudi Arabia', exclusive: true }]);
    expect(forums('Any dispute shall be submitted to the competent courts of the Canton de Vaud.')).toEqual([
      { type: 'courts', place: 'Canton de Vaud', exclusive: null },
    ]);
  });

  it('reads "place of jurisdiction is X"', () => {
    expect(forums('Place of jurisdiction is Berlin, Germany.')).toEqual([
      { type: 'courts', place: 'Berlin, Germany', exclusive: null },
    ]);
    expect(
      forums('The exclusive place of jurisdiction for all disputes arising out of this Agreement shall be Zurich.'),
    ).toEqual([{ type: 'courts', place: 'Zurich', exclusive: true }]);
    // The place of the vendor's registered office or of performance is not a forum.
    expect(forums('Place of performance is Munich, Germany.')).toEqual([]);
    expect(forums('The company’s place of business is Berlin, Germany.')).toEqual([]);
  });

  it('reads a place of jurisdiction after a long list of the disputes it covers, and of performance and jurisdiction', () => {
    expect(
      forums(
        '14.2 Exclusive place of jurisdiction for all disputes arising out of or in connection with these Terms and the contractual relationship between you and Brennholt GmbH shall be Stuttgart.',
      ),
    ).toEqual([{ type: 'courts', place: 'Stuttgart', exclusive: true }]);
    expect(forums('The place of performance and jurisdiction is Hamburg.')).toEqual([
      { type: 'courts', place: 'Hamburg', exclusive: null },
    ]);
    // Look-alike: the place of jurisdiction told as news.
    expect(forums('Our place of jurisdiction was moved to Hamburg in 2019.')).toEqual([]);
  });

  it('reads consumer wording: "you can bring legal proceedings in the Scottish courts"', () => {
    expect(
      forums('These Terms are governed by Scots law, and you can bring legal proceedings in the Scottish courts.'),
    ).toEqual([{ type: 'courts', place: 'Scotland', exclusive: null }]);
    expect(forums('You can bring proceedings to enforce a judgment in the courts of Ireland.')).toEqual([]);
  });

  it('leaves out a court one party keeps as a carve-out', () => {
    expect(
      forums(
        'The courts of Amsterdam shall have exclusive jurisdiction, save that Vantor may bring proceedings in the courts of Ireland against the Customer.',
      ),
    ).toEqual([{ type: 'courts', place: 'Amsterdam', exclusive: true }]);
  });

  it('reads "the Oslo District Court"', () => {
    expect(forums('Disputes shall be settled by the Oslo District Court as the agreed legal venue.')).toEqual([
      { type: 'courts', place: 'Oslo', exclusive: null },
    ]);
    expect(forums('The Oslo District Court ruled on the matter last year.')).toEqual([]);
  });

  it('reads "the Seoul Central District Court" and a Middle-East capital', () => {
    expect(
      forums('The Seoul Central District Court shall have exclusive jurisdiction over any dispute arising hereunder.'),
    ).toEqual([{ type: 'courts', place: 'Seoul', exclusive: true }]);
    expect(forums('The courts of Amman shall have exclusive jurisdiction over any dispute.')).toEqual([
      { type: 'courts', place: 'Amman', exclusive: true },
    ]);
    expect(forums('Our support team in Seoul Central district works with the courts on compliance.')).toEqual([]);
  });

  it('de-duplicates by type and place', () => {
    const found = forums(
      'Disputes go exclusively to the courts of Paris. Any claim must be brought only before the courts of Paris.',
    );
    expect(found).toEqual([{ type: 'courts', place: 'Paris', exclusive: true }]);
  });
});

describe('extractDisputeForum: courts given jurisdiction in the present tense', () => {
  it('reads "the courts of X have jurisdiction over any dispute" and "are competent." as a forum clause', () => {
    expect(forums('The courts of Muscat have jurisdiction over any dispute arising from this Agreement.')).toEqual([
      { type: 'courts', place: 'Muscat', exclusive: null },
    ]);
    expect(
      forums('This Agreement is governed by the laws of England, and the courts of London have jurisdiction.'),
    ).toEqual([{ type: 'courts', place: 'London', exclusive: null }]);
    expect(forums('For all claims under these terms, the courts of Paris are competent.')).toEqual([
      { type: 'courts', place: 'Paris', exclusive: null },
    ]);
  });

  it('look-alikes: a report of a court taking a case, a court that has jurisdiction over one matter', () => {
    expect(forums('A court in California has jurisdiction over the case, the judge ruled on Monday.')).toEqual([]);
    expect(
      forums('In 2024 the courts of Texas held that they have jurisdiction over claims against the platform.'),
    ).toEqual([]);
  });
});

describe('extractDisputeForum: courts named by a demonym', () => {
  it('gives the place the demonym names ("the English courts" sit in England)', () => {
    expect(
      forums(
        'This contract is governed by English law and the parties submit to the exclusive jurisdiction of the English courts.',
      ),
    ).toEqual([{ type: 'courts', place: 'England', exclusive: true }]);
    expect(forums('Any dispute shall be submitted to the exclusive jurisdiction of the Swiss courts.')).toEqual([
      { type: 'courts', place: 'Switzerland', exclusive: true },
    ]);
    // Look-alike: a place written as a place is kept as written.
    expect(
      forums('Any dispute shall be submitted to the exclusive jurisdiction of the courts of England and Wales.'),
    ).toEqual([{ type: 'courts', place: 'England and Wales', exclusive: true }]);
  });
});

describe('extractDisputeForum: exclusivity stated in another sentence (statedExclusivity)', () => {
  it('keeps the sentence that says the same forum is exclusive', () => {
    const doc = docFromText(
      'If a dispute arises between us, it must be resolved in the courts of the Republic of Malta. Failing an amicable settlement, the dispute shall be settled exclusively in the courts of the Republic of Malta.',
    );
    const found = extractDisputeForum(doc);
    expect(found.map((f) => f.value)).toEqual([{ type: 'courts', place: 'the Republic of Malta', exclusive: true }]);
    expect(found[0]?.quote).toMatch(/^Failing/);
  });

  it('look-alikes: sentences that disagree, or a different forum, leave exclusivity null', () => {
    expect(
      forums(
        'Disputes shall be brought in the courts of Lisbon. The courts of Lisbon have exclusive jurisdiction over the merits. The courts of Lisbon shall have non-exclusive jurisdiction over interim measures of any kind.',
      ).map((f) => f.exclusive),
    ).toEqual([null]);
    expect(
      forums(
        'Claims shall be brought in the courts of Geneva. Any claim for unpaid fees shall be brought exclusively in the courts of Zurich.',
      ),
    ).toEqual([
      { type: 'courts', place: 'Geneva', exclusive: null },
      { type: 'courts', place: 'Zurich', exclusive: true },
    ]);
  });
});

describe('extractDisputeForum: a court that orders, a public-sector exception', () => {
  it('reads the forum of everyone else and a court named in an Order Form clause', () => {
    expect(
      forums(
        'If Customer is a municipal government body, the courts of its county hear disputes; otherwise, any dispute shall be resolved exclusively in the courts of Manitoba.',
      ),
    ).toEqual([{ type: 'courts', place: 'Manitoba', exclusive: true }]);
    expect(forums('Any claim under an Order Form shall be brought in the courts of Iceland.')).toEqual([
      { type: 'courts', place: 'Iceland', exclusive: null },
    ]);
  });

  it.each([
    'We will hand over account data if required by a court order issued by the courts of Finland in any proceedings against you.',
    'We shall answer a subpoena or warrant from the courts of Quebec in any action only as the law requires.',
    'If Customer is a U.S. federal government agency, any dispute shall be resolved in the courts of the District of Columbia.',
  ])('look-alike: "%s"', (text) => {
    expect(forums(text)).toEqual([]);
  });
});

describe('extractDisputeForum: structural variants', () => {
  it('reads a forum clause hard-wrapped over several lines', () => {
    const doc = docFromText(
      'YOU AGREE THAT THE EXCLUSIVE JURISDICTION FOR ANY PROCEEDING ARISING\n\nFROM YOUR USE OF THE SERVICES WILL BE THE SOUTHERN DISTRICT OF\n\nNEW YORK.',
    );
    const [f] = extractDisputeForum(doc);
    expect(f?.value).toMatchObject({ type: 'courts', exclusive: true });
    expect(f?.value.place).toMatch(/NEW YORK/);
    expect(f?.rule).toBe('disputeForum/courtsOfPlace');
  });

  it('names the district court’s state, not its country', () => {
    expect(
      forums(
        'Any claim must be resolved exclusively in the U.S. District Court for the District of Delaware, and you submit to its personal jurisdiction.',
      ),
    ).toEqual([{ type: 'courts', place: 'Delaware', exclusive: true }]);
  });

  it('reads "jurisdiction falls to the court of X"', () => {
    expect(
      forums('For any disputes under these Terms, jurisdiction falls to the Court of Copenhagen, Denmark.'),
    ).toEqual([{ type: 'courts', place: 'Copenhagen, Denmark', exclusive: null }]);
  });

  it('reads a court named through a party’s registered office, but not the defendant’s', () => {
    expect(
      forums(
        'Either Party has the right to file a lawsuit with a court having jurisdiction over the location of the registered office of Lumora Systems Co., Ltd.',
      ),
    ).toEqual([{ type: 'courts', place: 'registered office of Lumora Systems Co., Ltd', exclusive: null }]);
    expect(
      forums('Either Party has the right to file a lawsuit with the court at the registered office of the defendant.'),
    ).toEqual([]);
  });

  it('reads an arbitration seat in the customer’s home county', () => {
    expect(
      forums(
        'All disputes will be resolved by binding arbitration. The arbitration will be held in the United States county where you live or work, and shall be conducted in English.',
      ),
    ).toEqual([{ type: 'arbitration', place: 'United States county where you live or work', exclusive: null }]);
  });

  it('keeps one forum per customer location', () => {
    expect(
      forums(
        'If you reside in the EEA, the courts of Dublin have exclusive jurisdiction. If you reside elsewhere, disputes will be resolved in the state and federal courts located in San Francisco County, California.',
      ),
    ).toEqual([
      { type: 'courts', place: 'Dublin', exclusive: true },
      { type: 'courts', place: 'San Francisco County, California', exclusive: null },
    ]);
  });
});

describe('extractDisputeForum: law/courts tables', () => {
  it('reads the courts column of a table', () => {
    const text = [
      '| If Customer is domiciled in: | Governing law | Courts with exclusive jurisdiction |',
      '| --- | --- | --- |',
      '| The United States | California | San Francisco, California |',
      '| Europe | England and Wales | London |',
    ].join('\n');
    expect(forums(text)).toEqual([
      { type: 'courts', place: 'San Francisco, California', exclusive: true },
      { type: 'courts', place: 'London', exclusive: true },
    ]);
  });

  it('reads a flattened table from the end of its rows', () => {
    const text = [
      'Customer is contracting with: Notices to: The governing law is: The courts having exclusive jurisdiction are:',
      'Legal team Switzerland Canton de Vaud',
      'Legal team Quebec, Canada Montreal Canada',
    ].join('\n\n');
    expect(forums(text)).toEqual([
      { type: 'courts', place: 'Canton de Vaud', exclusive: true },
      { type: 'courts', place: 'Montreal Canada', exclusive: true },
    ]);
  });
});

describe('extractDisputeForum: arbitration', () => {
  it('reads the seat of arbitration', () => {
    expect(
      forums(
        'Any dispute shall be finally settled by arbitration under the ICC Rules. The seat of arbitration shall be London.',
      ),
    ).toEqual([{ type: 'arbitration', place: 'London', exclusive: null }]);
    expect(
      forums('Any dispute will be resolved by binding arbitration administered by JAMS in San Francisco.'),
    ).toEqual([{ type: 'arbitration', place: 'San Francisco', exclusive: null }]);
    // The institution's full name puts the place far from "arbitration"; "administered" still leads to it.
    expect(
      forums(
        'Any dispute shall be settled by arbitration administered by the International Centre for Dispute Resolution in New York, New York.',
      ),
    ).toEqual([{ type: 'arbitration', place: 'New York', exclusive: null }]);
    expect(forums('Any arbitration will be conducted in the English language in Toronto, Ontario.')).toEqual([
      { type: 'arbitration', place: 'Toronto, Ontario', exclusive: null },
    ]);
  });

  it('a court sentence that only refers to the arbitration clause names no seat', () => {
    const text = [
      'Except as the Arbitration section below provides, the state and federal courts located in Maricopa County, Arizona have exclusive jurisdiction over any dispute.',
      'Any other dispute will be settled by binding arbitration administered by JAMS in Phoenix, Arizona.',
    ].join('\n');
    const found = forums(text);
    expect(found).toContainEqual({ type: 'courts', place: 'Maricopa County, Arizona', exclusive: true });
    expect(found.filter((f) => f.type === 'arbitration')).toEqual([
      { type: 'arbitration', place: 'Phoenix, Arizona', exclusive: null },
    ]);
  });

  it('keeps an arbitration without a place', () => {
    expect(
      forums('Disputes will be resolved by binding arbitration administered by the AAA under its Commercial Rules.'),
    ).toEqual([{ type: 'arbitration', place: null, exclusive: null }]);
  });
});

describe('extractDisputeForum: look-alikes', () => {
  it('finds no forum', () => {
    const lookAlikes = [
      'Nothing prevents either party from seeking injunctive relief in the courts of any jurisdiction.',
      'Either party may seek injunctive relief in the courts of New York.',
      'Judgment on the award may be entered in any court of competent jurisdiction, including the courts of New York.',
      'You may also bring claims in small claims court in your county of residence.',
      'We may transfer your data to the United States, a jurisdiction with different data protection laws.',
      'Customer Data may be stored in any jurisdiction in which Acme operates, including Germany.',
      'Acme, Inc. is a Delaware corporation with offices in San Francisco, California.',
      'This Agreement is governed by the laws of the State of Delaware.',
      'Notices for arbitration must be sent to 100 Main Street, Boston, Massachusetts.',
      'This Agreement does not require arbitration.',
      'The parties submit to the non-exclusive jurisdiction of the courts of Singapore for the purpose of interim relief.',
      'Either party may apply to the courts of England and Wales to obtain urgent injunctive relief.',
      'Vendor may bring proceedings in the courts of Ireland to recover unpaid fees.',
      // Look-alikes of the wrapped-line, district, office and "falls to" rules.
      'Our support office serves the Northern District of\n\nCalifornia and the Pacific region from Monday to Friday.',
      'The judgment may be enforced by a court at the registered office of Lumora Systems Ltd.',
      'The burden of proof falls to the party that asserts the claim, wherever it is located in Denmark.',
    ];
    for (const text of lookAlikes) expect(forums(text), text).toEqual([]);
  });
});

describe('extractDisputeForum: non-legal text', () => {
  it('ignores courts in news prose', () => {
    expect(forums('Last year the courts in Texas ruled on a patent case brought by a local firm.')).toEqual([]);
  });
});

// Composed Arabic passages (rule disputeForum/arabicCourts).
describe('extractDisputeForum in Arabic', () => {
  const forumsAr = (text: string) => {
    const doc = docFromText(text);
    const found = extractDisputeForum(doc);
    for (const f of found) expect(doc.text.slice(f.start, f.end)).toBe(f.quote);
    return found.map((f) => f.value);
  };

  it('reads the courts of a city or country, and exclusivity', () => {
    expect(forumsAr('تختص محاكم مدينة جدة حصراً بالنظر في أي نزاع ينشأ عن هذه الشروط.')).toEqual([
      { type: 'courts', place: 'Jeddah', exclusive: true },
    ]);
    expect(forumsAr('يُحال أي خلاف بين الطرفين إلى المحاكم المختصة في جمهورية مصر العربية.')).toEqual([
      { type: 'courts', place: 'Egypt', exclusive: null },
    ]);
  });

  it('reads the Board of Grievances (ديوان المظالم) as Saudi courts, with no place written after it', () => {
    expect(forumsAr('ويختص ديوان المظالم بالفصل في أي نزاع ينشأ عن هذا العقد.')).toEqual([
      { type: 'courts', place: 'Saudi Arabia', exclusive: null },
    ]);
    // Look-alikes: the Board named to enforce a judgment; the Board in a sentence about no dispute.
    expect(forumsAr('ويجوز للطرف الأول طلب تنفيذ الحكم أمام ديوان المظالم في أي نزاع.')).toEqual([]);
    expect(forumsAr('قدمت الشركة مستنداتها إلى ديوان المظالم.')).toEqual([]);
  });

  it('tells a capital named like its country apart by "العاصمة" after it', () => {
    expect(forumsAr('تُحل النزاعات أمام محاكم تونس العاصمة.')).toEqual([
      { type: 'courts', place: 'Tunis', exclusive: null },
    ]);
    expect(forumsAr('تختص محاكم الجزائر العاصمة بأي نزاع.')).toEqual([
      { type: 'courts', place: 'Algiers', exclusive: null },
    ]);
    // Look-alike: the country's name alone is the country.
    expect(forumsAr('تُحل النزاعات أمام محاكم تونس.')).toEqual([{ type: 'courts', place: 'Tunisia', exclusive: null }]);
  });

  it('reads the judiciary a nationality adjective names ("القضاء المغربي") as that country\'s courts', () => {
    expect(forumsAr('تخضع النزاعات التي لم تتم تسويتها ودياً للقضاء المغربي.')).toEqual([
      { type: 'courts', place: 'Morocco', exclusive: null },
    ]);
    expect(forumsAr('يختص القضاء الأردني وحده بالنظر في أي دعوى تتعلق بهذه الشروط.')).toEqual([
      { type: 'courts', place: 'Jordan', exclusive: true },
    ]);
    // "الوحدة" (the unit) holds the letters of "وحده" (alone) but says nothing of exclusivity.
    expect(forumsAr('تخضع النزاعات المتعلقة بالوحدة المؤجرة للقضاء الأردني.')).toEqual([
      { type: 'courts', place: 'Jordan', exclusive: null },
    ]);
    // Look-alikes: "القضاء على" (putting an end to) and "قضاء" (spending) beside a dispute word; the judiciary named
    // to enforce a judgment; England's, whose adjective does not name the country apart from the region.
    expect(forumsAr('نعمل على القضاء على أي نزاع بين المستخدمين بسرعة.')).toEqual([]);
    expect(forumsAr('يمكنك قضاء العطلة المصرية دون أي نزاع على الحجز.')).toEqual([]);
    expect(forumsAr('يجوز طلب تنفيذ الحكم أمام القضاء الكويتي في أي نزاع.')).toEqual([]);
    expect(forumsAr('تخضع النزاعات للقضاء الإنجليزي.')).toEqual([]);
  });

  it('reads the courts a nationality adjective names ("المحاكم البحرينية", "المحاكم القطرية")', () => {
    expect(forumsAr('وتختص المحاكم البحرينية دون غيرها بالفصل في أي نزاع.')).toEqual([
      { type: 'courts', place: 'Bahrain', exclusive: true },
    ]);
    expect(forumsAr('تختص المحاكم القطرية بنظر أي دعوى تنشأ عن هذه الاتفاقية.')).toEqual([
      { type: 'courts', place: 'Qatar', exclusive: null },
    ]);
    // Look-alikes: the adjective names a law between the court word and it; a regulation with no court.
    expect(forumsAr('تختص المحاكم المختصة وفقاً للقانون العماني بالفصل في أي نزاع.')).toEqual([]);
    expect(forumsAr('تلتزم الشركة بالأنظمة الأردنية في أي نزاع عمالي.')).toEqual([]);
    // An arbitration centre named by the adjective keeps its seat: the adjective is the courts' alone.
    expect(
      forumsAr('ويتم تسوية أي نزاع عن طريق التحكيم لدى المركز القطري للتحكيم في مدينة الدوحة.').map((f) => f.place),
    ).toEqual(['Doha']);
  });

  it('does not take a court named in an address, or the place of a law', () => {
    expect(forumsAr('يقع مكتبنا في شارع المحاكم بمدينة الدوحة بجوار البنك.')).toEqual([]);
    expect(forumsAr('تختص المحاكم بالنظر في النزاع وفقاً لأنظمة المملكة العربية السعودية.')).toEqual([]);
  });
});

describe('extractDisputeForum: a county or city before the state (courtsInLocality)', () => {
  it('keeps the locality with the state or country after it', () => {
    expect(
      forums(
        'Each party consents to the exclusive jurisdiction of the state and federal courts of Pell County, Nevada for any action arising out of this Agreement.',
      ),
    ).toEqual([{ type: 'courts', place: 'Pell County, Nevada', exclusive: true }]);
    expect(
      forums(
        'Jurisdiction and venue for any suit under this Agreement shall be in the courts located in the City of Harrow, State of Ohio.',
      ),
    ).toEqual([{ type: 'courts', place: 'City of Harrow, State of Ohio', exclusive: null }]);
    expect(forums('Venue for any claim hereunder will lie in the County of Dunmore, Oregon.')).toEqual([
      { type: 'courts', place: 'County of Dunmore, Oregon', exclusive: null },
    ]);
    // A venue word before the court word: the locality is read after the courts, not after "venue … in the".
    expect(forums('Venue for any claim hereunder will lie exclusively in the courts of Dunmore, Oregon.')).toEqual([
      { type: 'courts', place: 'Dunmore, Oregon', exclusive: true },
    ]);
  });

  it('look-alikes: no court or venue before the locality, a law, or a lower-case phrase', () => {
    expect(forums('Our office in Pell County, Nevada will handle any claims you submit.')).toEqual([]);
    expect(forums('This Agreement shall be governed by the laws of Pell County, Nevada.')).toEqual([]);
    expect(
      forums('A court of competent jurisdiction in any country, Nevada excepted, may decide claims brought hereunder.'),
    ).toEqual([]);
  });

  it('a US state by its postal code after the town: "a state or federal court in Tarrow Falls, NM"', () => {
    expect(
      forums(
        'Any action under this Agreement shall be brought only in a state or federal court in Tarrow Falls, NM, and you consent to the jurisdiction of such a court.',
      ),
    ).toEqual([{ type: 'courts', place: 'Tarrow Falls, NM', exclusive: true }]);
    expect(forums('Venue for any claim hereunder will lie exclusively in the courts of Dunmore, OR 97401.')).toEqual([
      { type: 'courts', place: 'Dunmore, OR', exclusive: true },
    ]);
  });

  it('look-alikes of a postal code: a shouted list, a heading after a comma, a code that names no state', () => {
    expect(
      forums('NEITHER PARTY SHALL BE LIABLE IN ANY COURT FOR INDIRECT, OR PUNITIVE DAMAGES ARISING FROM ANY CLAIM.'),
    ).toEqual([]);
    expect(
      forums('Any claim shall be brought in the courts of Tarrow Falls, IN WITNESS WHEREOF the parties sign.'),
    ).toEqual([]);
    expect(forums('Any claim shall be brought only in the courts of Tarrow Falls, QZ.')).toEqual([]);
  });
});

// Composed Arabic passages: other court nouns, regions, exclusivity and arbitration.
describe('extractDisputeForum in Arabic: courts and arbitration', () => {
  const forumsAr = (text: string) => {
    const doc = docFromText(text);
    const found = extractDisputeForum(doc);
    for (const f of found) expect(doc.text.slice(f.start, f.end)).toBe(f.quote);
    return found.map((f) => f.value);
  };

  it('reads judicial authorities of a province and "exclusive jurisdiction" said as الولاية القضائية', () => {
    expect(forumsAr('يكون الاختصاص الحصري بنظر أي نزاع للجهات القضائية المختصة في منطقة مكة المكرمة.')).toEqual([
      { type: 'courts', place: 'Makkah Province, Saudi Arabia', exclusive: true },
    ]);
    expect(forumsAr('يتفق الطرفان على أن لمحاكم إمارة أبوظبي الولاية القضائية غير الحصرية.')).toEqual([
      { type: 'courts', place: 'Emirate of Abu Dhabi', exclusive: false },
    ]);
  });

  it('does not take a court named for enforcing an award', () => {
    expect(forumsAr('يجوز تقديم طلب تنفيذ قرار التحكيم في النزاع أمام محاكم دولة الكويت.')).toEqual([]);
  });

  it('reads arbitration with its seat, or without one', () => {
    expect(
      forumsAr('تتم تسوية أي نزاع ينشأ عن هذه الاتفاقية نهائياً عن طريق التحكيم، ويكون مكان التحكيم مدينة الدوحة.'),
    ).toEqual([{ type: 'arbitration', place: 'Doha', exclusive: null }]);
    expect(forumsAr('يحال أي خلاف بين الطرفين إلى التحكيم الملزم وفق قواعد مركز التحكيم التجاري.')).toEqual([
      { type: 'arbitration', place: null, exclusive: null },
    ]);
  });

  it('reads the seat named as such before a place in the rules\' institution, and "وإلا" (otherwise) as no refusal', () => {
    expect(
      forumsAr(
        'يسعى الطرفان إلى حل أي خلاف ودياً وإلا يحال إلى التحكيم وفق قواعد مركز البحرين للتحكيم ويكون مقر التحكيم مدينة دبي.',
      ),
    ).toEqual([{ type: 'arbitration', place: 'Dubai', exclusive: null }]);
  });

  it("does not take the institution's address in parentheses as the seat; a place outside them still is", () => {
    expect(
      forumsAr(
        'يحال أي نزاع ينشأ عن هذه الشروط إلى التحكيم لدى غرفة التحكيم الدولية (فرنسا، باريس، شارع كليبر 38) وفقاً لقواعدها.',
      ),
    ).toEqual([{ type: 'arbitration', place: null, exclusive: null }]);
    expect(
      forumsAr('يحال أي نزاع ينشأ عن هذه الشروط إلى التحكيم لدى غرفة التحكيم الدولية في فرنسا وفقاً لقواعدها.'),
    ).toEqual([{ type: 'arbitration', place: 'France', exclusive: null }]);
  });

  it('does not take arbitration the parties may choose, or refuse', () => {
    expect(forumsAr('يجوز للطرفين، باتفاق كتابي مسبق، اللجوء إلى التحكيم لتسوية النزاع في مدينة الرياض.')).toEqual([]);
    expect(forumsAr('لا تخضع النزاعات المتعلقة بالملكية الفكرية للتحكيم.')).toEqual([]);
    // Naming the arbitration clause in a sentence about old versions is no referral.
    expect(forumsAr('يخضع أي خلاف نشأ قبل التعديل للنسخة السابقة بما في ذلك شرط التحكيم الملزم فيها.')).toEqual([]);
  });
});

describe('Arabic courts of "the Kingdom" (المملكة) in Saudi texts', () => {
  const forumsAr = (text: string) => extractDisputeForum(docFromText(text)).map((f) => f.value);
  it('reads the courts of the Kingdom on a Saudi page only', () => {
    const saudi =
      'مقر الشركة مدينة جدة.\n\nتختص المحاكم المختصة في المملكة حصرياً بالنظر في أي نزاع ينشأ عن هذه الشروط.';
    expect(forumsAr(saudi)).toEqual([{ type: 'courts', place: 'Saudi Arabia', exclusive: true }]);
    expect(forumsAr('تختص المحاكم المختصة في المملكة حصرياً بالنظر في أي نزاع.')).toEqual([]);
  });
});

describe('extractDisputeForum (Arabic): courts of North Africa, by city and by adjective', () => {
  it('reads "المحاكم المختصة بالرباط" and "المحاكم الجزائرية"; look-alike: a city named for delivery', () => {
    expect(forums('إذا لم يحل النزاع وديًا خلال 30 يومًا، يحال الأمر إلى المحاكم المختصة بالرباط.')).toEqual([
      { type: 'courts', place: 'Rabat', exclusive: null },
    ]);
    expect(forums('تختص المحاكم الجزائرية بالنظر في أي نزاع ينشأ عن هذه الشروط.')).toEqual([
      { type: 'courts', place: 'Algeria', exclusive: null },
    ]);
    expect(forums('نوصل الطلبات إلى مراكش وطنجة خلال ثلاثة أيام عمل.')).toEqual([]);
  });
});

describe('extractDisputeForum (Arabic): a city beside the country whose courts the sentence names', () => {
  it('"المحاكم المختصة في المملكة، وللمحاكم في الرياض الاختصاص" gives the courts of Riyadh once', () => {
    const text =
      'تخضع هذه الشروط لأنظمة المملكة العربية السعودية. وأي نزاع ينشأ عن هذه الشروط يؤول إلى المحاكم المختصة في المملكة، وللمحاكم في الرياض الاختصاص.';
    expect(forums(text)).toEqual([{ type: 'courts', place: 'Riyadh', exclusive: null }]);
  });
  it("look-alike: a city of another country keeps both (the claimant's choice)", () => {
    const text =
      'يحال أي نزاع ينشأ عن هذه الشروط إلى محاكم دولة الإمارات العربية المتحدة، أو إلى محاكم القاهرة باختيار المدعي.';
    expect(forums(text)).toEqual([
      { type: 'courts', place: 'United Arab Emirates', exclusive: null },
      { type: 'courts', place: 'Cairo', exclusive: null },
    ]);
  });
});

describe('extractDisputeForum (Arabic): the courts said to be the competent ones ("هي المختصة")', () => {
  it('reads "وتكون المحاكم القطرية هي المختصة" after the law, with no dispute word', () => {
    expect(forums('تخضع هذه الشروط لقوانين دولة قطر، وتكون المحاكم القطرية هي المختصة.')).toEqual([
      { type: 'courts', place: 'Qatar', exclusive: null },
    ]);
  });
  it('look-alikes: a court in an address beside "the competent authorities"', () => {
    expect(forums('يقع مكتبنا مقابل محكمة الدمام العامة، وتشرف الجهات المختصة على نشاطنا.')).toEqual([]);
  });
});

describe('extractDisputeForum: a line that labels the courts (labelledVenue)', () => {
  it('reads "Place of jurisdiction: Munich", "Jurisdiction and venue: Travis County, Texas"', () => {
    expect(forums('Place of jurisdiction: Munich')).toEqual([{ type: 'courts', place: 'Munich', exclusive: null }]);
    expect(forums('Jurisdiction and venue: Travis County, Texas')).toEqual([
      { type: 'courts', place: 'Travis County, Texas', exclusive: null },
    ]);
  });
  it("look-alikes: an event's venue, a licence's territory, a label with no place", () => {
    expect(forums('Venue: Madison Square Garden, New York')).toEqual([]);
    expect(forums('Jurisdiction: worldwide')).toEqual([]);
    expect(forums('Courts: not applicable')).toEqual([]);
  });
  it('reads a bare "Venue:" line under a "Governing Law:" line of an order form', () => {
    expect(forums('Order Form\nTerm: 12 months\nGoverning Law: State of Colorado\nVenue: Denver, Colorado')).toEqual([
      { type: 'courts', place: 'Denver, Colorado', exclusive: null },
    ]);
    // Look-alike: the same venue line among an event's details stays the event's.
    expect(forums('Order Form\nTerm: 12 months\nEvent date: 4 May\nVenue: Denver, Colorado')).toEqual([]);
  });
});

describe('extractDisputeForum: a seat named as such after the rules (rule disputeForum/arbitrationSeat)', () => {
  it('reads the seat that follows the institution’s rules in the same sentence', () => {
    expect(
      forums(
        'Any dispute shall be finally settled by arbitration under the Arbitration Rules of the SCCA, with the seat of arbitration in Riyadh.',
      ),
    ).toEqual([{ type: 'arbitration', place: 'Riyadh', exclusive: null }]);
    expect(
      forums(
        'All disputes shall be referred to arbitration under the ICC Rules; the place of arbitration shall be Geneva.',
      ),
    ).toEqual([{ type: 'arbitration', place: 'Geneva', exclusive: null }]);
  });

  it('look-alike: a place inside the rules’ name, with no seat named, is no seat', () => {
    expect(
      forums(
        'Any dispute shall be finally settled by arbitration under the rules of the Dubai International Arbitration Centre.',
      ),
    ).toEqual([{ type: 'arbitration', place: null, exclusive: null }]);
  });
});

describe('refiner disputeForum/courtsOfLawPlace: courts named by a pronoun for the place whose law the sentence chose', () => {
  const fieldsOf = (clause: string) => {
    const doc = docFromText(
      `# Terms of Service\n\nThese Terms govern your use of the Service.\n\n## Governing Law\n\n${clause}`,
    );
    const fields = extractFields(doc);
    for (const f of fields.disputeForum) expect(doc.text.slice(f.start, f.end)).toBe(f.quote);
    return fields.disputeForum.map((f) => [f.value, f.rule]);
  };
  it('reads "its courts" and "محاكمها" as the courts of the law\'s place', () => {
    expect(
      fieldsOf(
        'These Terms are governed by the laws of Ghana, and any dispute falls within the exclusive jurisdiction of its courts.',
      ),
    ).toEqual([[{ type: 'courts', place: 'Ghana', exclusive: true }, 'disputeForum/courtsOfLawPlace']]);
    expect(fieldsOf('تخضع هذه الشروط لقوانين دولة الكويت، وتختص محاكمها بالنظر في أي نزاع.')).toEqual([
      [{ type: 'courts', place: 'Kuwait', exclusive: null }, 'disputeForum/courtsOfLawPlace'],
    ]);
  });
  it("look-alikes: a party's own courts in another sentence; a forum read already", () => {
    expect(
      fieldsOf(
        'These Terms are governed by the laws of Ghana. Each party keeps its rights before its courts of residence.',
      ),
    ).toEqual([]);
    expect(
      fieldsOf(
        'These Terms are governed by the laws of Ghana and its courts have jurisdiction, except that disputes shall be settled by arbitration in London.',
      ).map(([v]) => v),
    ).not.toContainEqual({ type: 'courts', place: 'Ghana', exclusive: null });
  });
});
