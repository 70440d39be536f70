/**
 * The extension's own words (buttons, headings, statuses) through the browser's i18n API, so that another language
 * is one more public/_locales/<locale>/messages.json and not a refactor. Page text (quotes, vendor names) never goes
 * through here: it is shown as written, with its own direction (utils/direction.ts).
 *
 * t(key, ...subs) asks the extension's i18n API (browser.i18n / chrome.i18n), which picks the user's locale and
 * falls back to default_locale (wxt.config.ts). Where there is no extension runtime (unit tests; a page rendered
 * outside the extension) it reads the English table with the same substitution rules.
 *
 * The API is read from the global, not imported from 'wxt/browser': components use t(), and importing 'wxt/browser'
 * into a jsdom unit test loads esbuild, which refuses jsdom's TextEncoder.
 */
import en from '@/public/_locales/en/messages.json';
import { expandNamedPlaceholders, type MessageEntryInput } from './i18n-compact';

export type MessageKey = keyof typeof en;

type MessageEntry = MessageEntryInput;

/**
 * A messages.json entry with its substitutions, as the browsers do it: named placeholders ($name$, any case) become
 * their `content`, then $1…$9 the substitutions and $$ a dollar sign. Substituted text is not read again.
 */
export function formatMessage(entry: MessageEntry, subs: readonly string[]): string {
  return expandNamedPlaceholders(entry).replace(/\$\$|\$([1-9])/g, (_m, n?: string) =>
    n === undefined ? '$' : (subs[Number(n) - 1] ?? ''),
  );
}

const english = en as Record<MessageKey, MessageEntry>;

interface I18nApi {
  getMessage(name: string, substitutions?: string | string[]): string;
}

/** The extension's i18n API, when this code runs in an extension page (Firefox names it browser, Chrome chrome). */
function runtimeI18n(): I18nApi | undefined {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

/** The API object that threw: it will again, and a throw per string is slow (a stack trace each). */
let broken: I18nApi | undefined;

/**
 * The message `key` in the user's language, or null when neither the user's locale nor the English table has it (a
 * plural form English does not need, such as `dayCount_few`).
 */
function lookup(key: string, strings: string[]): string | null {
  const api = runtimeI18n();
  if (api && api !== broken) {
    try {
      // Called as a method: the native API may need its `this`. A key no locale has comes back as ''.
      const got = api.getMessage(key, strings);
      if (got) return got;
    } catch {
      // An API that throws (wxt/testing's fakeBrowser does not implement i18n): the English table below.
      broken = api;
    }
  }
  const entry = (english as Record<string, MessageEntry | undefined>)[key];
  return entry ? formatMessage(entry, strings) : null;
}

/** The UI string `key` in the user's language, with $1…$9 filled from `subs`. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  return lookup(key, subs.map(String)) ?? '';
}

// ---------------------------------------------------------------------------------------------------------------
// Plurals
// ---------------------------------------------------------------------------------------------------------------

type PluralBase<K> = K extends `${infer B}_other` ? B : never;
/**
 * A message that comes in plural forms: `dayCount` for the messages `dayCount_one`, `dayCount_other` (and in a
 * locale that needs them `dayCount_zero`, `_two`, `_few`, `_many`). English has `_one` and `_other`; every plural
 * message has at least `_other` in English (the type is built from those keys).
 */
export type PluralKey = PluralBase<MessageKey>;

/** The CLDR plural categories a messages file may give a plural message, in CLDR's order. */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

// One Intl.PluralRules per UI language (building one costs far more than using it).
let plurals: { lang: string; rules: Intl.PluralRules } | undefined;

function pluralRules(): Intl.PluralRules {
  const lang = uiLang();
  if (plurals?.lang !== lang) {
    let rules: Intl.PluralRules;
    try {
      rules = new Intl.PluralRules(lang);
    } catch {
      // A malformed uiLang in a messages file: English rules rather than no UI.
      rules = new Intl.PluralRules('en');
    }
    plurals = { lang, rules };
  }
  return plurals.rules;
}

/** The plural category of `count` in the UI's language: 'one' / 'other' in English; Arabic has all six. */
export function pluralCategory(count: number): Intl.LDMLPluralRule {
  return Number.isFinite(count) ? pluralRules().select(count) : 'other';
}

/**
 * The plural form of message `base` that `count` takes in the UI's language, with $1…$9 filled from `subs` (the
 * caller passes the count among them, formatted as it wants it shown). chrome.i18n has no plural forms, so each form is
 * its own message (`base_one`, `base_other`, …); Intl.PluralRules chooses the category, and a form the locale does not
 * give falls back to `base_other`. A later Arabic messages.json gives `_zero`, `_one`, `_two`, `_few`, `_many` and
 * `_other` with no code change.
 */
export function tPlural(base: PluralKey, count: number, ...subs: (string | number)[]): string {
  const strings = subs.map(String);
  const category = pluralCategory(count);
  if (category !== 'other') {
    const form = lookup(`${base}_${category}`, strings);
    if (form !== null) return form;
  }
  return lookup(`${base}_other`, strings) ?? '';
}

/**
 * The UI's language and direction, from the messages the UI is actually shown in: `uiLang` and `uiDir` are messages
 * like any other, so an Arabic messages.json says "ar" and "rtl". Not the browser's `@@bidi_dir` or
 * `i18n.getUILanguage()`: those name the browser's locale, which in an Arabic browser is rtl even while the extension,
 * lacking an Arabic file, shows its English messages (a page flipped right to left around English text).
 */
export function uiLocale(): { lang: string; dir: 'ltr' | 'rtl' } {
  return { lang: uiLang(), dir: t('uiDir').trim() === 'rtl' ? 'rtl' : 'ltr' };
}

/** The UI's language tag ("en"; "ar" once an Arabic messages file exists): plural rules and number formats follow it. */
export function uiLang(): string {
  return t('uiLang').trim() || 'en';
}

/**
 * Sets an extension page's `lang` and `dir` (and its title, when given a message key) from the UI's locale, so an RTL
 * locale flips the page's layout. Each page's main.tsx calls it before rendering. Page text inside keeps its own
 * direction (BidiText).
 */
export function applyPageLocale(doc: Document = document, titleKey?: MessageKey): void {
  const { lang, dir } = uiLocale();
  doc.documentElement.lang = lang;
  doc.documentElement.dir = dir;
  if (titleKey) doc.title = t(titleKey);
}
