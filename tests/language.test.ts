import { describe, expect, it } from 'vitest';
import { detectLanguage, STOPWORDS } from '../extractors/language';

describe('detectLanguage', () => {
  it('detects English legal text', () => {
    expect(detectLanguage('The Customer shall pay all fees within thirty days of the date of the invoice.')).toBe('en');
  });

  it('tells Latin-script languages apart by function words', () => {
    expect(
      detectLanguage(
        'Les présentes conditions générales régissent l’utilisation du service par le client et sont applicables à tous les utilisateurs.',
      ),
    ).toBe('fr');
    expect(
      detectLanguage(
        'Diese Bedingungen gelten für die Nutzung der Dienste und sind für den Kunden verbindlich, soweit nicht anders vereinbart.',
      ),
    ).toBe('de');
    expect(
      detectLanguage(
        'Estos términos regulan el uso de los servicios por parte del cliente y las condiciones para su acceso.',
      ),
    ).toBe('es');
  });

  it('detects Arabic, and mixed Arabic/English by majority', () => {
    const ar = 'تحكم هذه الشروط استخدامك للخدمة، ويجب على العميل دفع جميع الرسوم خلال ثلاثين يوما من تاريخ الفاتورة.';
    expect(detectLanguage(ar)).toBe('ar');
    expect(detectLanguage(`${ar} Service Level Agreement (SLA).`)).toBe('ar');
    expect(
      detectLanguage(
        `The Customer shall pay the fees stated in the order form within thirty days of the invoice date. ${'شروط'}`,
      ),
    ).toBe('en');
  });

  it('detects other scripts', () => {
    expect(detectLanguage('Настоящие условия регулируют использование сервиса клиентом.')).toBe('ru');
    expect(detectLanguage('本サービスの利用規約は、お客様による本サービスの利用に適用されます。')).toBe('ja');
    expect(detectLanguage('本服务条款适用于客户对本服务的使用和访问权限的全部内容。')).toBe('zh');
    expect(detectLanguage('תנאי השימוש האלה חלים על השימוש שלך בשירות שלנו בכל עת.')).toBe('he');
  });

  it('returns null for empty, tiny or undecidable text', () => {
    expect(detectLanguage('')).toBeNull();
    expect(detectLanguage('OK')).toBeNull();
    expect(detectLanguage('12345 67890 !!! ???')).toBeNull();
    expect(detectLanguage('Pricing Login Dashboard Features Integrations')).toBeNull();
  });

  it('keeps the stop-word lists disjoint', () => {
    const seen = new Map<string, string>();
    for (const [lang, words] of Object.entries(STOPWORDS)) {
      for (const w of words) {
        expect(seen.get(w), `${w} in ${lang}`).toBeUndefined();
        seen.set(w, lang);
      }
    }
  });
});

describe('detectLanguage: Urdu in the Arabic script', () => {
  it('reads Urdu by the letters Arabic does not write (ے, ں, ٹ, ہ)', () => {
    expect(
      detectLanguage(
        'یہ شرائط و ضوابط ہماری سروس کے استعمال پر لاگو ہوتی ہیں۔ آپ ہماری ویب سائٹ استعمال کر کے ان شرائط سے اتفاق کرتے ہیں۔ ہم کسی بھی وقت قیمتوں میں تبدیلی کر سکتے ہیں۔',
      ),
    ).toBe('ur');
  });

  it('look-alike: Arabic (and its "ه") stays Arabic', () => {
    expect(
      detectLanguage(
        'تطبق هذه الشروط والأحكام على استخدامك للخدمة، وباستخدامك الموقع فإنك توافق عليها وعلى أي تعديل لاحق لها.',
      ),
    ).toBe('ar');
  });
});
