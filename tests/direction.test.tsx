// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { BidiText } from '@/components/BidiText';
import { appendDirectedText, bidiSegments, directionOf, isRtl, valueDirectionOf } from '@/utils/direction';

afterEach(cleanup);

// Composed passages (not from any corpus document).
const ARABIC_CLAUSE = 'تخضع هذه الشروط لأنظمة دولة الكويت، ويُرجع في أي خلاف إلى محاكم مدينة الكويت.';
const ARABIC_WITH_BRAND = 'تقدم منصة Zephyro Cloud (ZC) خدماتها بنسبة توافر ٩٩٫٩٪ شهرياً مقابل 1,500 SAR.';
const ENGLISH_WITH_ARABIC_NAME =
  'The courts of Dubai (محاكم دبي) have exclusive jurisdiction over any claim under this agreement.';

describe('directionOf', () => {
  it('lays an Arabic quote out right to left, in Arabic', () => {
    expect(directionOf(ARABIC_CLAUSE)).toEqual({ dir: 'rtl', lang: 'ar' });
    expect(isRtl(ARABIC_CLAUSE)).toBe(true);
  });

  it('keeps mostly-Arabic text right to left when it carries a Latin brand, an ISO code and digits', () => {
    expect(directionOf(ARABIC_WITH_BRAND)).toEqual({ dir: 'rtl', lang: 'ar' });
  });

  it('leaves English alone, and numbers-only values too', () => {
    expect(directionOf('Customer may terminate on thirty (30) days written notice.')).toEqual({});
    expect(directionOf('99.9% · 30 days')).toEqual({});
    expect(directionOf('٩٩٫٩٪')).toEqual({});
    expect(directionOf('')).toEqual({});
  });

  it('follows the first letter, as dir=auto would, for mixed text', () => {
    expect(directionOf(ENGLISH_WITH_ARABIC_NAME)).toEqual({ dir: 'ltr' });
    expect(directionOf('محاكم دبي (Dubai Courts, DIFC division) have jurisdiction')).toEqual({ dir: 'rtl' });
  });

  it('marks Hebrew right to left without calling it Arabic', () => {
    expect(directionOf('החוק החל על הסכם זה הוא חוק מדינת ישראל')).toEqual({ dir: 'rtl' });
  });

  it('reads only the start of a very long text, so its cost is bounded', () => {
    const long = `${ARABIC_CLAUSE} ${'Latin words only here. '.repeat(5000)}`;
    expect(directionOf(long)).toEqual({ dir: 'rtl' });
    expect(directionOf(`${'x'.repeat(3000)} ${ARABIC_CLAUSE}`)).toEqual({});
  });
});

describe('valueDirectionOf', () => {
  it('keeps a formatted value that starts in English left to right, even when its Arabic part is longer', () => {
    expect(valueDirectionOf('Kuwait (دولة الكويت العضو في مجلس التعاون)')).toEqual({ dir: 'ltr' });
  });
  it('lays out a value that starts in Arabic as its letters say, and leaves English and numbers alone', () => {
    expect(valueDirectionOf('شركة الواحة للبرمجيات')).toEqual({ dir: 'rtl', lang: 'ar' });
    expect(valueDirectionOf('99.9% per month')).toEqual({});
    expect(valueDirectionOf('٣٠ days')).toEqual({});
  });
});

describe('bidiSegments', () => {
  it('isolates Latin brand names, codes, amounts and brackets inside Arabic, and joins back to the text', () => {
    const segs = bidiSegments(ARABIC_WITH_BRAND);
    expect(segs.map((s) => s.text).join('')).toBe(ARABIC_WITH_BRAND);
    expect(segs.filter((s) => s.ltr).map((s) => s.text)).toEqual(['Zephyro Cloud (ZC)', '1,500 SAR']);
  });

  it('isolates an e-mail address and a standard name in mixed text, and leaves Arabic-Indic digits to the Arabic text', () => {
    const text = 'تُرسل الإشعارات إلى legal@zephyro.example وفق معيار ISO/IEC 27001 خلال ٣٠ يوماً.';
    const islands = bidiSegments(text)
      .filter((s) => s.ltr)
      .map((s) => s.text);
    expect(islands).toEqual(['legal@zephyro.example', 'ISO/IEC 27001']);
  });

  it('keeps a bracket that belongs to the Arabic text out of the island', () => {
    const text = 'يُسمى (المزود Zephyro) في هذه الاتفاقية.';
    const islands = bidiSegments(text)
      .filter((s) => s.ltr)
      .map((s) => s.text);
    expect(islands).toEqual(['Zephyro']);
    expect(
      bidiSegments(text)
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });

  it('is one plain segment for English text', () => {
    expect(bidiSegments('Uptime of 99.9% (monthly)')).toEqual([{ text: 'Uptime of 99.9% (monthly)', ltr: false }]);
    expect(bidiSegments('')).toEqual([]);
  });
});

describe('BidiText and appendDirectedText', () => {
  it('renders an Arabic quote as rtl/ar with its Latin runs in <bdi dir=ltr>, as text', () => {
    const { container } = render(<BidiText as="blockquote" text={`${ARABIC_WITH_BRAND} <b>تنبيه</b>`} />);
    const q = container.querySelector('blockquote');
    expect(q?.getAttribute('dir')).toBe('rtl');
    expect(q?.getAttribute('lang')).toBe('ar');
    const islands = Array.from(q?.querySelectorAll('bdi') ?? []).map((b) => [b.getAttribute('dir'), b.textContent]);
    // The first two islands; the "b" of the markup-as-text is one too, shown as characters.
    expect(islands.slice(0, 2)).toEqual([
      ['ltr', 'Zephyro Cloud (ZC)'],
      ['ltr', '1,500 SAR'],
    ]);
    expect(q?.querySelector('b')).toBeNull();
    expect(q?.textContent).toBe(`${ARABIC_WITH_BRAND} <b>تنبيه</b>`);
  });

  it('renders English with no dir or lang', () => {
    const { container } = render(<BidiText text="Governed by the laws of Ontario." />);
    const span = container.querySelector('span');
    expect(span?.hasAttribute('dir')).toBe(false);
    expect(span?.hasAttribute('lang')).toBe(false);
    expect(span?.querySelector('bdi')).toBeNull();
  });

  it('builds the same thing with DOM calls', () => {
    const td = document.createElement('td');
    appendDirectedText(td, 'محاكم إمارة دبي (UAE)');
    expect(td.getAttribute('dir')).toBe('rtl');
    expect(td.getAttribute('lang')).toBe('ar');
    expect(td.querySelector('bdi')?.textContent).toBe('(UAE)');
    expect(td.textContent).toBe('محاكم إمارة دبي (UAE)');
  });
});

describe('Arabic findings in the card', () => {
  it('shows an Arabic quote and value right to left, and an English one unchanged', async () => {
    const { FindingView } = await import('@/components/FindingView');
    const arabic = {
      value: { name: 'دولة الكويت', country: 'KW', region: null },
      quote: ARABIC_CLAUSE,
      start: 0,
      end: ARABIC_CLAUSE.length,
      confidence: 0.7,
      rule: 'governingLaw/test',
    };
    const { container } = render(<FindingView field="governingLaw" finding={arabic} onShow={() => {}} />);
    const quote = container.querySelector('[data-testid="quote"]');
    expect(quote?.getAttribute('dir')).toBe('rtl');
    expect(quote?.getAttribute('lang')).toBe('ar');
    expect(quote?.textContent).toBe(ARABIC_CLAUSE);
    // The value is the extension's English words around the page's Arabic name: left to right by its first letter.
    const value = container.querySelector('[data-testid="finding"] [dir]');
    expect(value?.getAttribute('dir')).toBe('ltr');
    expect(value?.textContent).toContain('دولة الكويت');
    cleanup();
    const english = {
      ...arabic,
      value: { name: 'Ontario', country: 'CA', region: 'ON' },
      quote: 'Governed by Ontario law.',
    };
    const { container: c2 } = render(<FindingView field="governingLaw" finding={english} onShow={() => {}} />);
    expect(c2.querySelector('[data-testid="quote"]')?.hasAttribute('dir')).toBe(false);
    expect(c2.querySelector('[dir]')).toBeNull();
  });
});
