// @vitest-environment jsdom
/** A bilingual document's value shows both versions of its clause, each with its own direction and language. */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardView } from '../components/CardView';
import { buildCard } from '../extractors/card';
import { docFromText } from '../extractors/input';
import type { Finding, Jurisdiction } from '../extractors/types';
import { makeCard } from './helpers/card-fixture';

afterEach(cleanup);

// Composed: the law clause in English (controlling) and its Arabic version.
const EN_QUOTE = 'This Agreement is governed by the laws of the Kingdom of Saudi Arabia.';
const AR_QUOTE = 'تخضع هذه الاتفاقية لأنظمة المملكة العربية السعودية.';
const law = (translations: Finding<Jurisdiction>['translations']): Finding<Jurisdiction> => ({
  value: { name: 'Kingdom of Saudi Arabia', country: 'SA', region: null },
  quote: EN_QUOTE,
  start: 0,
  end: EN_QUOTE.length,
  confidence: 0.9,
  translations,
});

describe('both quotes of a bilingual clause', () => {
  it('shows the other version under the quote, right to left in Arabic, and highlights it on request', () => {
    const start = EN_QUOTE.length + 2;
    const card = makeCard({
      fields: {
        governingLaw: [
          law([{ quote: AR_QUOTE, start, end: start + AR_QUOTE.length, language: 'ar', sameValue: true }]),
        ],
      },
    });
    const onShow = vi.fn();
    render(<CardView card={card} onShow={onShow} />);
    const field = screen.getByTestId('field-governingLaw');
    const quotes = within(field).getAllByTestId('quote');
    expect(quotes.map((q) => q.textContent)).toEqual([EN_QUOTE, AR_QUOTE]);
    expect(quotes[1]?.getAttribute('dir')).toBe('rtl');
    expect(quotes[1]?.getAttribute('lang')).toBe('ar');
    expect(quotes[0]?.getAttribute('dir')).not.toBe('rtl');
    const other = within(field).getByTestId('translations');
    expect(other.textContent).toContain('Also in Arabic:');
    expect(other.textContent).not.toContain('states another value');
    fireEvent.click(within(field).getByTestId('translation-show'));
    expect(onShow).toHaveBeenCalledWith(
      'governingLaw',
      expect.objectContaining({ quote: AR_QUOTE, start, end: start + AR_QUOTE.length }),
    );
  });

  it('says when the other version states another value', () => {
    const card = makeCard({
      fields: { governingLaw: [law([{ quote: AR_QUOTE, start: 80, end: 120, language: 'ar', sameValue: false }])] },
    });
    render(<CardView card={card} />);
    expect(screen.getByTestId('translations').textContent).toContain('states another value');
  });

  it('shows no other version for a one-language clause, and ignores malformed stored translations', () => {
    const card = makeCard({
      fields: { governingLaw: [law(undefined)], disputeForum: [] },
    });
    render(<CardView card={card} />);
    expect(screen.queryByTestId('translations')).toBeNull();
    cleanup();
    const bad = makeCard({ fields: { governingLaw: [law([{ quote: 42 } as never, null as never])] } });
    render(<CardView card={bad} />);
    expect(screen.queryByTestId('translations')).toBeNull();
    expect(screen.getByTestId('field-governingLaw').textContent).toContain(EN_QUOTE);
  });

  it('end to end from the engine: a composed bilingual agreement shows both versions of its forum clause', () => {
    const en = [
      'The Provider shall host the Customer data in its own data centres and shall keep it confidential at all times.',
      'The Customer shall pay every invoice within the period stated in the order form and shall not resell the service.',
      'Any dispute arising out of these Terms shall be subject to the exclusive jurisdiction of the courts of Dubai.',
    ].join('\n\n');
    const ar = [
      'يلتزم مزود الخدمة باستضافة بيانات العميل في مراكز البيانات الخاصة به والحفاظ على سريتها في جميع الأوقات.',
      'يلتزم العميل بسداد كل فاتورة خلال المدة المحددة في نموذج الطلب ولا يحق له إعادة بيع الخدمة لأي طرف آخر.',
      'تختص محاكم إمارة دبي حصرياً بالنظر في أي نزاع ينشأ عن هذه الشروط.',
    ].join('\n\n');
    const pad = (s: string) => Array.from({ length: 4 }, () => s).join('\n\n');
    const card = buildCard(
      docFromText(`${pad(en)}\n\nIn case of inconsistency, the English text shall control.\n\n${pad(ar)}`),
      't',
      { force: true },
    );
    render(<CardView card={card} />);
    const quotes = within(screen.getByTestId('field-disputeForum')).getAllByTestId('quote');
    expect(quotes).toHaveLength(2);
    expect(quotes[0]?.textContent).toContain('courts of Dubai');
    expect(quotes[1]?.textContent).toContain('دبي');
    expect(quotes[1]?.getAttribute('dir')).toBe('rtl');
  });
});
