import { findArabicMoney, foldDigits, hasArabicDigits } from './arabic-numbers';
import { LOCAL_RUPEE } from './local-currency';
import { NUMBER_WORDS_SOURCE, parseNumber } from './numbers';

export interface MoneyMatch {
  value: number;
  /** ISO 4217 */
  currency: string;
  /** Offsets of the match inside the searched string. */
  start: number;
  end: number;
  text: string;
}

/**
 * How each currency is written. `symbols` come before (and sometimes after) the figure;
 * `codes` are ISO-like letter codes, matched only in upper case ("TRY"/"PHP"/"ALL" are left
 * out: they are also English words); `names` follow a figure or number words and match in
 * any case. Ambiguous forms ("kr", "pounds", "francs", "dinars") are left out on purpose: no
 * currency beats a wrong one. Rupees ("Rs.", bare "rupees") are read as LOCAL_RUPEE, whose country
 * only the governing law can give.
 */
interface CurrencyForms {
  iso: string;
  symbols?: string[];
  codes?: string[];
  names?: string[];
}

const CURRENCIES: CurrencyForms[] = [
  {
    iso: 'USD',
    symbols: ['US$', 'U.S.$', 'US $', 'U.S. $', '$'],
    codes: ['USD'],
    names: [
      'United States dollars',
      'United States dollar',
      'U.S. dollars',
      'U.S. dollar',
      'US dollars',
      'US dollar',
      'USD dollars',
      'American dollars',
      'dollars',
      'dollar',
    ],
  },
  {
    iso: 'CAD',
    symbols: ['C$', 'CA$', 'CAN$', 'Can$'],
    codes: ['CAD', 'CDN'],
    names: ['Canadian dollars', 'Canadian dollar'],
  },
  { iso: 'AUD', symbols: ['A$', 'AU$'], codes: ['AUD'], names: ['Australian dollars', 'Australian dollar'] },
  { iso: 'NZD', symbols: ['NZ$'], codes: ['NZD'], names: ['New Zealand dollars', 'New Zealand dollar'] },
  { iso: 'SGD', symbols: ['S$', 'SG$'], codes: ['SGD'], names: ['Singapore dollars', 'Singapore dollar'] },
  { iso: 'HKD', symbols: ['HK$'], codes: ['HKD'], names: ['Hong Kong dollars', 'Hong Kong dollar'] },
  { iso: 'TWD', symbols: ['NT$'], codes: ['TWD'], names: ['New Taiwan dollars'] },
  { iso: 'MXN', symbols: ['MX$', 'Mex$'], codes: ['MXN'], names: ['Mexican pesos', 'Mexican peso'] },
  { iso: 'BRL', symbols: ['R$'], codes: ['BRL'], names: ['Brazilian reais', 'reais'] },
  { iso: 'EUR', symbols: ['€'], codes: ['EUR'], names: ['euros', 'euro'] },
  // "(pounds)500,000": how filings converted to ASCII (SEC EDGAR) write the £ sign.
  {
    iso: 'GBP',
    symbols: ['£', '(pounds)', '(pound)'],
    codes: ['GBP'],
    names: ['pounds sterling', 'pound sterling', 'British pounds'],
  },
  { iso: 'CHF', symbols: ['SFr.', 'Fr.'], codes: ['CHF'], names: ['Swiss francs', 'Swiss franc'] },
  { iso: 'JPY', symbols: ['¥', 'JP¥'], codes: ['JPY'], names: ['Japanese yen', 'yen'] },
  { iso: 'CNY', symbols: ['CN¥'], codes: ['CNY', 'RMB'], names: ['Chinese yuan', 'yuan', 'renminbi'] },
  { iso: 'INR', symbols: ['₹'], codes: ['INR'], names: ['Indian rupees', 'Indian rupee'] },
  { iso: 'PKR', codes: ['PKR'], names: ['Pakistani rupees', 'Pakistan rupees', 'Pakistani rupee'] },
  // "Rs. 500,000", "500,000 rupees": Pakistan's, India's, Sri Lanka's or Nepal's; the governing law decides
  // (common/local-currency.ts), and without it the amount is no amount.
  { iso: LOCAL_RUPEE, symbols: ['Rs.', 'Rs'], names: ['rupees', 'rupee'] },
  { iso: 'SAR', codes: ['SAR', 'SR'], names: ['Saudi riyals', 'Saudi riyal', 'Saudi rials', 'riyals', 'riyal'] },
  {
    iso: 'AED',
    symbols: ['Dhs.', 'Dhs', 'Dh'],
    codes: ['AED'],
    names: ['UAE dirhams', 'Emirati dirhams', 'dirhams', 'dirham'],
  },
  { iso: 'QAR', codes: ['QAR', 'QR'], names: ['Qatari riyals', 'Qatari riyal'] },
  { iso: 'OMR', codes: ['OMR'], names: ['Omani rials', 'Omani riyals'] },
  { iso: 'KWD', codes: ['KWD', 'KD'], names: ['Kuwaiti dinars', 'Kuwaiti dinar'] },
  { iso: 'BHD', codes: ['BHD', 'BD'], names: ['Bahraini dinars', 'Bahraini dinar'] },
  { iso: 'JOD', codes: ['JOD'], names: ['Jordanian dinars', 'Jordanian dinar'] },
  { iso: 'EGP', symbols: ['E£'], codes: ['EGP'], names: ['Egyptian pounds', 'Egyptian pound'] },
  { iso: 'ZAR', codes: ['ZAR'], names: ['South African rand'] },
  { iso: 'NGN', symbols: ['₦'], codes: ['NGN'], names: ['naira'] },
  { iso: 'KES', symbols: ['KSh'], codes: ['KES'], names: ['Kenyan shillings'] },
  { iso: 'ILS', symbols: ['₪'], codes: ['ILS', 'NIS'], names: ['new Israeli shekels', 'shekels'] },
  { iso: 'KRW', symbols: ['₩'], codes: ['KRW'], names: ['Korean won'] },
  { iso: 'TRY', symbols: ['₺'], names: ['Turkish lira', 'Turkish liras'] },
  { iso: 'RUB', symbols: ['₽'], codes: ['RUB'], names: ['Russian roubles', 'Russian rubles', 'roubles', 'rubles'] },
  { iso: 'PHP', symbols: ['₱'], names: ['Philippine pesos'] },
  { iso: 'THB', symbols: ['฿'], codes: ['THB'], names: ['Thai baht', 'baht'] },
  { iso: 'MYR', symbols: ['RM'], codes: ['MYR'], names: ['Malaysian ringgit', 'ringgit'] },
  { iso: 'IDR', symbols: ['Rp'], codes: ['IDR'], names: ['Indonesian rupiah', 'rupiah'] },
  { iso: 'PLN', symbols: ['zł'], codes: ['PLN'], names: ['Polish zloty', 'zlotys', 'zloty'] },
  { iso: 'CZK', symbols: ['Kč'], codes: ['CZK'], names: ['Czech korunas', 'Czech koruna'] },
  { iso: 'HUF', codes: ['HUF'], names: ['Hungarian forints', 'forints', 'forint'] },
  { iso: 'SEK', codes: ['SEK'], names: ['Swedish kronor', 'Swedish krona'] },
  { iso: 'NOK', codes: ['NOK'], names: ['Norwegian kroner', 'Norwegian krone'] },
  { iso: 'DKK', codes: ['DKK'], names: ['Danish kroner', 'Danish krone'] },
];

type TokenKind = 'symbol' | 'code' | 'name';

interface TokenInfo {
  iso: string;
  kind: TokenKind;
  /** Spellings as written in the table (letter tokens must match one, or its upper case). */
  spellings: string[];
}

const TOKENS = new Map<string, TokenInfo>();
const keyOf = (token: string) => token.toLowerCase().replace(/\s+/g, ' ');
for (const c of CURRENCIES) {
  const add = (forms: string[] | undefined, kind: TokenKind) => {
    for (const form of forms ?? []) {
      const k = keyOf(form);
      const info = TOKENS.get(k);
      if (info) info.spellings.push(form);
      else TOKENS.set(k, { iso: c.iso, kind, spellings: [form] });
    }
  };
  add(c.symbols, 'symbol');
  add(c.codes, 'code');
  add(c.names, 'name');
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s?');
const alternation = (forms: string[]) =>
  [...new Set(forms)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');

const ALL_SYMBOLS = CURRENCIES.flatMap((c) => c.symbols ?? []);
const ALL_CODES = CURRENCIES.flatMap((c) => c.codes ?? []);
const ALL_NAMES = CURRENCIES.flatMap((c) => c.names ?? []);

/**
 * Names written before the figure, as South Asian contracts write rupees: "Rupees 50,000", "Indian Rupees 25,000",
 * "indian rupees 1000/-" (other names come after the figure only: "5,000 dirhams").
 */
const PREFIX_NAMES = ['Indian rupees', 'Pakistani rupees', 'Pakistan rupees', 'rupees'];
// A letter token must not run into a neighbouring word.
const PREFIX = `(?:${alternation([...ALL_SYMBOLS, ...ALL_CODES, ...PREFIX_NAMES])})`;
const SUFFIX = `(?:${alternation([...ALL_CODES, ...ALL_NAMES, ...ALL_SYMBOLS.filter((s) => !/[A-Za-z]/.test(s))])})(?![A-Za-z])`;
const NAME = `(?:${alternation(ALL_NAMES)})(?![A-Za-z])`;
/** "10,000", "10.000", "10'000", "5,000.50", "5.000,50", "1000", "1.5", "3,50,000" — bounded, never half a number. */
const FIG =
  `\\d{1,2}(?:,\\d{2}){1,5},\\d{3}(?:\\.\\d{1,2})?(?![.,]?\\d)` + // Indian grouping: "3,50,000", "1,00,00,000"
  `|\\d{1,3}(?:[,.'’]\\d{3}){1,5}(?:[.,]\\d{1,2})?(?![.,]?\\d)|\\d{1,12}(?:[.,]\\d{1,2})?(?![.,]?\\d)`;
/** Suffix form only: "10 000 EUR" (space-grouped thousands, as French and Swiss texts write them). */
const SPACED_FIG = `\\d{1,3}(?:\\s\\d{3}){1,4}(?:[.,]\\d{1,2})?(?!\\d)`;
// South Asian amounts count in lakhs (100,000) and crores (10,000,000): "Rs. 50 lakh", "INR 2 crore".
const SCALE = `(?:\\s?(?:million|billion|thousand|lakhs?|lacs?|crores?)|mm|mn|bn|m|b|k)(?![A-Za-z])`;

/**
 * One regex for all forms, built once from the table:
 *   1-4  prefix form:  "US$10,000", "USD 10,000", "€5.000", "$1 million", "USD $500", "$500 USD", "$10 (CDN)"
 *   5-7  suffix form:  "10,000 USD", "5.000 €", "5 million euros"
 *   8-10 words form:   "one hundred U.S. dollars", "ten (10) dollars"
 */
const MONEY = new RegExp(
  // A figure running into letters ("$5OO,000", an O typed for a zero) is no amount.
  `(?<![A-Za-z0-9])(${PREFIX})(?:\\s?\\$)?\\s?(${FIG})(${SCALE})?(?![A-Za-z])(\\s${SUFFIX}|\\s?\\(${SUFFIX}\\))?` +
    `|(?<![A-Za-z0-9.,])(?<!\\d\\s)(${SPACED_FIG}|${FIG})(${SCALE})?\\s?(${SUFFIX})` +
    `|(?<![A-Za-z0-9])(${NUMBER_WORDS_SOURCE}(?:\\s?\\(\\s?(?:${FIG})\\s?\\))?)\\s(?:of\\s)?(${NAME})`,
  'gi',
);

const SCALES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  billion: 1e9,
  b: 1e9,
  bn: 1e9,
  lakh: 1e5,
  lakhs: 1e5,
  lac: 1e5,
  lacs: 1e5,
  crore: 1e7,
  crores: 1e7,
};

/**
 * A money figure: "10,000" / "10.000" / "10'000" (thousands), "5,000.50" / "5.000,50"
 * (the last separator is the decimal one when both appear), "1.5" / "1,5" (decimals).
 */
export function parseMoneyFigure(figure: string): number | null {
  let s = figure.trim().replace(/['’\s]/g, '');
  if (!/^\d[\d.,]*$/.test(s)) return null;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const dec = lastDot > lastComma ? '.' : ',';
    const thou = dec === '.' ? ',' : '.';
    s = s.split(thou).join('');
    const parts = s.split(dec);
    if (parts.length !== 2) return null;
    s = `${parts[0]}.${parts[1]}`;
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const parts = s.split(sep);
    const rest = parts.slice(1);
    const indian =
      sep === ',' && rest.length >= 2 && rest.at(-1)?.length === 3 && rest.slice(0, -1).every((p) => p.length === 2);
    if (rest.every((p) => p.length === 3) || indian) s = parts.join('');
    else if (parts.length === 2) s = `${parts[0]}.${parts[1]}`;
    else return null;
  }
  const value = Number(s);
  return Number.isFinite(value) ? value : null;
}

function tokenCurrency(token: string | undefined): string | null {
  if (!token) return null;
  const info = TOKENS.get(keyOf(token.trim()));
  if (!info) return null;
  if (info.kind !== 'name' && /[A-Za-z]/.test(token)) {
    // Letter codes and symbols must be written as in the table (or all in capitals).
    const t = token.trim().replace(/\s+/g, ' ');
    if (!info.spellings.some((s) => s === t || s.toUpperCase() === t)) return null;
  }
  return info.iso;
}

function scaleOf(scale: string | undefined): number {
  if (!scale) return 1;
  return SCALES[scale.trim().toLowerCase()] ?? 1;
}

interface RawMatch extends MoneyMatch {
  words: boolean;
}

/**
 * Every amount of money written in `text`, in order. "ten thousand dollars ($10,000)"
 * and "$10,000 (ten thousand dollars)" count once, with the figure's value.
 */
export function findMoney(input: string): MoneyMatch[] {
  // Arabic-Indic figures read as ASCII at the same offsets ("SAR ١٬٠٠٠"); quotes come from the input.
  const text = hasArabicDigits(input) ? foldDigits(input) : input;
  const raw: RawMatch[] = [];
  MONEY.lastIndex = 0;
  // Every English form holds an ASCII digit or letter (a case-insensitive pattern is slow on Arabic text).
  const english = /[0-9A-Za-z$€£¥₹₦₪₩₺₽₱฿]/.test(text);
  for (let m = english ? MONEY.exec(text) : null; m !== null; m = MONEY.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    let value: number | null = null;
    let currency: string | null = null;
    let words = false;
    if (m[1] !== undefined) {
      const prefix = tokenCurrency(m[1]);
      const suffixToken = m[4]?.replace(/^\s?\(?/, '').replace(/\)$/, '');
      const suffix = tokenCurrency(suffixToken);
      // "$500 CAD": the suffix is more specific than a bare dollar sign.
      currency = prefix === 'USD' && m[1].trim() === '$' && suffix ? suffix : prefix;
      const figure = parseMoneyFigure(m[2] as string);
      value = figure === null ? null : figure * scaleOf(m[3]);
      if (value !== null && currency !== null && m[4] !== undefined && suffix === null) {
        // An unrecognized trailing token ("$100 sar"): keep the prefix amount only.
        const cut = m[0].length - m[4].length;
        raw.push({
          value: round(value),
          currency,
          start,
          end: start + cut,
          text: input.slice(start, start + cut),
          words,
        });
        continue;
      }
    } else if (m[7] !== undefined) {
      currency = tokenCurrency(m[7]);
      const figure = parseMoneyFigure(m[5] as string);
      value = figure === null ? null : figure * scaleOf(m[6]);
    } else if (m[9] !== undefined) {
      currency = tokenCurrency(m[9]);
      value = parseNumber(m[8] as string);
      words = true;
    }
    if (currency === null || value === null || !Number.isFinite(value)) {
      // A rejected token ("try 100"): look again one character later.
      MONEY.lastIndex = start + 1;
      continue;
    }
    raw.push({ value: round(value), currency, start, end, text: input.slice(start, end), words });
  }
  const found = mergeRestatements(input, raw).map(({ words: _w, ...rest }) => rest);
  // Arabic currency names and abbreviations ("1,000 ريال سعودي", "خمسمائة دولار"): common/arabic-numbers.ts.
  const arabic = findArabicMoney(input);
  if (arabic.length === 0) return found;
  return [...found, ...arabic.filter((a) => !found.some((e) => a.start < e.end && e.start < a.end))].sort(
    (a, b) => a.start - b.start,
  );
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

const OPEN_GAP = /^\s?\(\s?$/;
const CLOSE = /^\s?\)/;

/** Words followed by the figure in parentheses, or the reverse: one amount, the figure's. */
function mergeRestatements(text: string, raw: RawMatch[]): RawMatch[] {
  const out: RawMatch[] = [];
  for (let i = 0; i < raw.length; i++) {
    const a = raw[i] as RawMatch;
    const b = raw[i + 1];
    if (b && a.words !== b.words && OPEN_GAP.test(text.slice(a.end, b.start))) {
      const close = CLOSE.exec(text.slice(b.end, b.end + 3));
      if (close) {
        const figure = a.words ? b : a;
        const word = a.words ? a : b;
        // "ten Canadian dollars ($10)": the named currency is more specific than "$".
        const currency = figure.currency === 'USD' && word.currency !== 'USD' ? word.currency : figure.currency;
        const end = b.end + close[0].length;
        out.push({ value: figure.value, currency, start: a.start, end, text: text.slice(a.start, end), words: false });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
