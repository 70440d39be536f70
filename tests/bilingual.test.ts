import { describe, expect, it } from 'vitest';
import { bilingualLayout, keepControllingText, scriptOf } from '../extractors/bilingual';
import { buildCard } from '../extractors/card';
import { docFromText } from '../extractors/input';

// Composed passages: one agreement's clauses in English, then in Arabic.
const EN = [
  'The Provider shall host the Customer data in its own data centres and shall keep it confidential at all times.',
  'The Customer shall pay every invoice within the period stated in the order form and shall not resell the service.',
  'Any dispute arising out of these Terms shall be subject to the exclusive jurisdiction of the courts of Dubai.',
].join('\n\n');
const AR = [
  'يلتزم مزود الخدمة باستضافة بيانات العميل في مراكز البيانات الخاصة به والحفاظ على سريتها في جميع الأوقات.',
  'يلتزم العميل بسداد كل فاتورة خلال المدة المحددة في نموذج الطلب ولا يحق له إعادة بيع الخدمة لأي طرف آخر.',
  'تختص محاكم إمارة الشارقة حصرياً بالنظر في أي نزاع ينشأ عن هذه الشروط.',
].join('\n\n');
const pad = (s: string) => Array.from({ length: 4 }, () => s).join('\n\n');

function forums(text: string) {
  return buildCard(docFromText(text), 't', { force: true }).fields.disputeForum.map((f) => f.value.place);
}

describe('bilingual documents', () => {
  it('tells the script of a quote, an Arabic one with a Latin brand name included', () => {
    expect(scriptOf('تلتزم شركة Acme Cloud بتقديم الخدمة')).toBe('ar');
    expect(scriptOf('Acme (أكمي) shall provide the service')).toBe('en');
  });

  it('reads the governing-language clause in either language', () => {
    const enClause = 'In the event of any conflict, the Arabic version shall prevail.';
    expect(bilingualLayout(docFromText(`${pad(EN)}\n\n${enClause}\n\n${pad(AR)}`))).toMatchObject({
      bilingual: true,
      controlling: 'ar',
      stated: true,
    });
    // The present tense too ("the Arabic text prevails", "the Arabic version controls").
    for (const clause of [
      'If the two texts differ, the Arabic text prevails.',
      'The Arabic version controls in any conflict.',
    ])
      expect(bilingualLayout(docFromText(`${pad(EN)}\n\n${clause}\n\n${pad(AR)}`))).toMatchObject({
        controlling: 'ar',
        stated: true,
      });
    const arClause = 'وفي حال التعارض بين النسختين يعتد بالنص الإنجليزي.';
    expect(bilingualLayout(docFromText(`${pad(AR)}\n\n${arClause}\n\n${pad(EN)}`))).toMatchObject({
      controlling: 'en',
      stated: true,
    });
  });

  it('keeps the controlling text when the two versions name different courts', () => {
    const arabicPrevails = 'وفي حال التعارض تسود النسخة العربية.';
    expect(forums(`${pad(EN)}\n\n${pad(AR)}\n\n${arabicPrevails}`)).toEqual(['Sharjah']);
    const englishPrevails = 'In case of inconsistency, the English text shall control.';
    expect(forums(`${pad(EN)}\n\n${englishPrevails}\n\n${pad(AR)}`)).toEqual(['Dubai']);
  });

  it('without a clause, the language most of the page is in controls', () => {
    expect(forums(`${pad(EN)}\n\n${pad(EN)}\n\n${pad(AR)}`)).toEqual(['Dubai']);
  });

  it('leaves a one-language page, or one with a short quote in the other language, alone', () => {
    const doc = docFromText(`${pad(EN)}\n\nتختص محاكم إمارة الشارقة حصرياً بالنظر في أي نزاع.`);
    expect(bilingualLayout(doc).bilingual).toBe(false);
    const card = buildCard(doc, 't', { force: true });
    expect(keepControllingText(doc, card.fields)).toBe(card.fields);
  });

  it('keeps a value only the other text states: nothing contradicts it', () => {
    const enNoForum = EN.split('\n\n').slice(0, 2).join('\n\n');
    expect(forums(`${pad(enNoForum)}\n\n${pad(enNoForum)}\n\n${pad(AR)}`)).toEqual(['Sharjah']);
  });

  describe('notices of one kind in both texts', () => {
    const doc = docFromText(`${pad(EN)}\n\n${pad(AR)}\n\nوفي حال التعارض تسود النسخة العربية.`);
    const card = buildCard(doc, 't', { force: true });
    const at = (script: 'en' | 'ar') => doc.text.indexOf(script === 'en' ? 'The Provider' : 'يلتزم مزود');
    const notice = (amount: number, start: number, quote: string) => ({
      value: { kind: 'breach-cure' as const, amount, unit: 'days' as const },
      quote,
      start,
      end: start + quote.length,
      confidence: 0.8,
    });
    const en = doc.text.slice(at('en'), at('en') + 40);
    const ar = doc.text.slice(at('ar'), at('ar') + 40);

    it('stated as often in each text: one clause whose texts differ, so the controlling text decides', () => {
      const kept = keepControllingText(doc, {
        ...card.fields,
        notices: [notice(30, at('en'), en), notice(15, at('ar'), ar)],
      }).notices;
      expect(kept.map((n) => n.value.amount)).toEqual([15]);
      expect(kept[0]?.translations?.map((t) => [t.quote, t.sameValue])).toEqual([[en, false]]);
    });

    it('stated more often in the other text: its period the controlling text lacks is another clause, kept', () => {
      const en2 = doc.text.slice(at('en') + 40, at('en') + 80);
      const kept = keepControllingText(doc, {
        ...card.fields,
        notices: [notice(15, at('en'), en), notice(30, at('en') + 40, en2), notice(15, at('ar'), ar)],
      }).notices.map((n) => n.value.amount);
      expect(kept.sort()).toEqual([15, 30]);
    });
  });

  describe('both quotes of one clause (Finding.translations)', () => {
    const AR_DUBAI = AR.replace('الشارقة', 'دبي');

    it('keeps the controlling finding and carries the other version as a translation with the same value', () => {
      const doc = docFromText(
        `${pad(EN)}\n\nIn case of inconsistency, the English text shall control.\n\n${pad(AR_DUBAI)}`,
      );
      const [forum, ...rest] = buildCard(doc, 't', { force: true }).fields.disputeForum;
      expect(rest).toEqual([]);
      expect(forum?.value.place).toBe('Dubai');
      expect(scriptOf(forum?.quote ?? '')).toBe('en');
      const [tr] = forum?.translations ?? [];
      expect(tr).toMatchObject({ language: 'ar', sameValue: true });
      // Verbatim, with offsets into the same text as the finding's.
      expect(doc.text.slice(tr?.start, tr?.end)).toBe(tr?.quote);
      expect(tr?.quote).toContain('دبي');
    });

    it('says when the other version states another value: the controlling text decided', () => {
      const doc = docFromText(`${pad(EN)}\n\n${pad(AR)}\n\nوفي حال التعارض تسود النسخة العربية.`);
      const [forum] = buildCard(doc, 't', { force: true }).fields.disputeForum;
      expect(forum?.value.place).toBe('Sharjah');
      expect(forum?.translations?.map((tr) => [tr.language, tr.sameValue])).toEqual([['en', false]]);
      expect(forum?.translations?.[0]?.quote).toContain('Dubai');
    });

    it('adds none where nothing was dropped: a one-language page, or a clause only one text states', () => {
      const english = buildCard(docFromText(pad(EN)), 't', { force: true }).fields.disputeForum;
      expect(english.every((f) => f.translations === undefined)).toBe(true);
      const enNoForum = EN.split('\n\n').slice(0, 2).join('\n\n');
      const only = buildCard(docFromText(`${pad(enNoForum)}\n\n${pad(enNoForum)}\n\n${pad(AR)}`), 't', { force: true });
      expect(only.fields.disputeForum.every((f) => f.translations === undefined)).toBe(true);
    });
  });
});

describe('support targets in both texts', () => {
  const en =
    'The Provider shall respond to Critical incidents within 30 minutes and to Normal incidents within one business day.';
  const ar = 'يلتزم مزود الخدمة بالاستجابة للأعطال الحرجة خلال ٣٠ دقيقة وللأعطال العادية خلال يوم عمل واحد.';
  const targets = (text: string) =>
    buildCard(docFromText(text), 't', { force: true }).fields.support.map((f) => [
      f.value.priority,
      f.value.firstResponse.amount,
      f.translations?.map((t) => t.sameValue) ?? [],
    ]);

  it('are one list: the controlling text’s targets, the other’s as translations that agree', () => {
    const text = `${pad(EN)}\n\n${en}\n\n${pad(AR)}\n\n${ar}\n\nوفي حال التعارض تسود النسخة العربية.`;
    expect(targets(text)).toEqual([
      ['الحرجة', 30, [true]],
      ['العادية', 1, [true]],
    ]);
  });

  it('look-alike: a one-language page keeps each target it states', () => {
    expect(targets(`${pad(EN)}\n\n${en}`).map(([p]) => p)).toEqual(['Critical', 'Normal']);
  });
});

describe('a short agreement in both languages that says which text prevails', () => {
  // Composed: five clauses, each in English then Arabic; fewer than 400 letters of each script.
  const short = (clause: string) =>
    [
      '# Hosting Terms | شروط الاستضافة',
      'These terms are made between Ruwad Hosting and the Customer.',
      'أبرمت هذه الشروط بين شركة رواد للاستضافة والعميل.',
      'The Customer may end these terms by giving thirty (30) days written notice.',
      'يجوز للعميل إنهاء هذه الشروط بموجب إشعار كتابي مدته عشرون (20) يوماً.',
      'These terms are governed by the laws of the State of Kuwait.',
      'تخضع هذه الشروط لقوانين دولة الكويت.',
      clause,
    ].join('\n\n');

  it('keeps the prevailing text’s value where the two differ', () => {
    const doc = docFromText(short('In case of conflict, the Arabic text prevails. وفي حال التعارض يعتد بالنص العربي.'));
    expect(bilingualLayout(doc)).toEqual({ bilingual: true, controlling: 'ar', stated: true });
    const notices = buildCard(doc, 'x').fields.notices.map((n) => `${n.value.kind} ${n.value.amount}`);
    expect(notices).toEqual(['termination-convenience 20']);
  });

  it('look-alike: without such a clause a short text is not read as two (both values stay)', () => {
    const doc = docFromText(short('Questions: write to support. للاستفسار راسلوا الدعم.'));
    expect(bilingualLayout(doc).bilingual).toBe(false);
    const notices = buildCard(doc, 'x').fields.notices.map((n) => `${n.value.kind} ${n.value.amount}`);
    expect(notices).toEqual(['termination-convenience 30', 'termination-convenience 20']);
  });
});
