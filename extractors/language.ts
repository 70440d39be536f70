/**
 * The main language of a text as a BCP-47 primary tag. Scripts decide first (letters
 * counted per script over a bounded sample, so mixed Arabic/English goes to the
 * majority); Latin-script text is told apart by stop words. Null when there is too
 * little text or no language stands out.
 */

/** Enough letters for a stable majority; reading more costs time and says nothing new. */
const SAMPLE_CHARS = 6000;
const MIN_LETTERS = 20;
const MIN_STOPWORDS = 3;

type Script = 'latin' | 'arabic' | 'hebrew' | 'cyrillic' | 'greek' | 'han' | 'kana' | 'hangul' | 'thai' | 'devanagari';

/** The scripts told apart, by index: letters are counted in an array (a Map update per letter cost more than the rest). */
const SCRIPTS: readonly Script[] = [
  'latin',
  'arabic',
  'hebrew',
  'cyrillic',
  'greek',
  'han',
  'kana',
  'hangul',
  'thai',
  'devanagari',
];
const LATIN = 0;
const ARABIC = 1;

/** Index in SCRIPTS of a code unit's script, -1 for none (not a letter, or a script not told apart). */
function scriptIndex(c: number): number {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7))
    return LATIN;
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0x8a0 && c <= 0x8ff)) {
    // Arabic punctuation and digits are not letters.
    if ((c >= 0x660 && c <= 0x669) || c === 0x60c || c === 0x61b || c === 0x61f || c === 0x640) return -1;
    return ARABIC;
  }
  if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) return ARABIC;
  if (c >= 0x5d0 && c <= 0x5ea) return 2; // hebrew
  if (c >= 0x400 && c <= 0x4ff) return 3; // cyrillic
  if (c >= 0x370 && c <= 0x3ff) return 4; // greek
  if (c >= 0x3040 && c <= 0x30ff) return 6; // kana
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) return 5; // han
  if (c >= 0xac00 && c <= 0xd7af) return 7; // hangul
  if (c >= 0xe00 && c <= 0xe7f) return 8; // thai
  if (c >= 0x900 && c <= 0x97f) return 9; // devanagari
  return -1;
}

const SCRIPT_LANGUAGE: Partial<Record<Script, string>> = {
  arabic: 'ar',
  hebrew: 'he',
  greek: 'el',
  hangul: 'ko',
  thai: 'th',
  devanagari: 'hi',
};

/** Frequent function words, none shared between two lists (a test checks). */
export const STOPWORDS: Record<string, readonly string[]> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'is',
    'that',
    'for',
    'with',
    'this',
    'be',
    'are',
    'or',
    'by',
    'shall',
    'will',
    'any',
    'which',
  ],
  fr: ['le', 'les', 'des', 'et', 'est', 'une', 'du', 'pour', 'que', 'qui', 'dans', 'sur', 'au', 'aux', 'ne', 'pas'],
  de: [
    'der',
    'die',
    'und',
    'das',
    'ist',
    'nicht',
    'mit',
    'den',
    'von',
    'zu',
    'für',
    'auf',
    'dem',
    'sich',
    'eine',
    'oder',
  ],
  es: ['el', 'los', 'las', 'y', 'del', 'por', 'con', 'para', 'una', 'su', 'al', 'lo', 'como', 'sus', 'sin'],
  it: ['il', 'gli', 'di', 'che', 'della', 'per', 'sono', 'non', 'alla', 'delle', 'nel', 'dei', 'ed', 'essere'],
  pt: ['os', 'da', 'do', 'não', 'em', 'uma', 'com', 'dos', 'ao', 'pelo', 'pela', 'seu', 'sua', 'são'],
  nl: ['het', 'een', 'van', 'en', 'niet', 'zijn', 'op', 'voor', 'dat', 'met', 'ook', 'worden', 'deze', 'bij', 'wordt'],
  sv: ['och', 'att', 'är', 'som', 'för', 'på', 'av', 'med', 'till', 'inte', 'har', 'ett', 'eller', 'detta'],
  pl: ['i', 'w', 'z', 'na', 'nie', 'się', 'jest', 'oraz', 'lub', 'przez', 'jak', 'od', 'dla', 'jego'],
  tr: ['ve', 'bir', 'bu', 'için', 'ile', 'olarak', 'veya', 'olan', 'gibi', 'daha', 'kadar', 'değil'],
  id: ['yang', 'dan', 'dengan', 'untuk', 'dari', 'ini', 'dalam', 'tidak', 'akan', 'atau', 'kami', 'anda'],
};

const STOPWORD_LANG = new Map<string, string>();
for (const [lang, words] of Object.entries(STOPWORDS)) for (const w of words) STOPWORD_LANG.set(w, lang);

/** Ukrainian letters that Russian lacks. */
/** Letters of Urdu that Arabic and Persian do not write. */
const URDU = /[\u06d2\u06ba\u0679\u0688\u0691\u06be\u06c1]/g;
const UKRAINIAN = /[іїєґІЇЄҐ]/g;

export function detectLanguage(text: string): string | null {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  // Letters per script, each script listed where it first appears (the order breaks ties below).
  const counts = new Int32Array(SCRIPTS.length);
  const order: number[] = [];
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const k = scriptIndex(sample.charCodeAt(i));
    if (k < 0) continue;
    letters++;
    if (counts[k] === 0) order.push(k);
    counts[k] = (counts[k] as number) + 1;
  }
  const scripts = new Map<Script, number>(order.map((k) => [SCRIPTS[k] as Script, counts[k] as number]));
  if (letters < MIN_LETTERS) return null;

  let top: Script = 'latin';
  let topCount = 0;
  for (const [s, n] of scripts) if (n > topCount) [top, topCount] = [s, n];
  // Japanese mixes kana and kanji; any real share of kana means Japanese.
  if ((top === 'han' || top === 'kana') && (scripts.get('kana') ?? 0) >= letters * 0.1) return 'ja';
  if (top === 'han') return 'zh';
  if (top === 'cyrillic') return (sample.match(UKRAINIAN)?.length ?? 0) >= 3 ? 'uk' : 'ru';
  // Urdu is written in the Arabic script with letters Arabic has not: ے, ں, ٹ, ڈ, ڑ, ھ, ہ (as Ukrainian in Cyrillic).
  if (top === 'arabic' && (sample.match(URDU)?.length ?? 0) >= Math.max(5, (scripts.get('arabic') ?? 0) * 0.02))
    return 'ur';
  const byScript = SCRIPT_LANGUAGE[top];
  if (byScript) return byScript;
  return latinLanguage(sample);
}

function latinLanguage(sample: string): string | null {
  const counts = new Map<string, number>();
  for (const m of sample.toLowerCase().matchAll(/[a-zà-öø-ÿāăąćčďđēėęěğıłńňőœřśşšťūůűźżž]{1,20}/g)) {
    const lang = STOPWORD_LANG.get(m[0]);
    if (lang) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  let best: string | null = null;
  let n = 0;
  let second = 0;
  for (const [lang, k] of counts) {
    if (k > n) {
      second = n;
      [best, n] = [lang, k];
    } else if (k > second) second = k;
  }
  // A language must stand out: a few shared-looking words do not decide.
  if (!best || n < MIN_STOPWORDS || n < second * 1.5) return null;
  return best;
}
