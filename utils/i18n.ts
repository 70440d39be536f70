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

export type MessageKey = keyof typeof en;

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * A messages.json entry with its substitutions, as the browsers do it: named placeholders ($name$, any case) become
 * their `content`, then $1…$9 the substitutions and $$ a dollar sign. Substituted text is not read again.
 */
export function formatMessage(entry: MessageEntry, subs: readonly string[]): string {
  const named = new Map(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
  const expanded = entry.message.replace(
    /\$([A-Za-z0-9_@]+)\$/g,
    (m, name: string) => named.get(name.toLowerCase()) ?? m,
  );
  return expanded.replace(/\$\$|\$([1-9])/g, (_m, n?: string) => (n === undefined ? '$' : (subs[Number(n) - 1] ?? '')));
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

/** The UI string `key` in the user's language, with $1…$9 filled from `subs`. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const strings = subs.map(String);
  const api = runtimeI18n();
  if (api && api !== broken) {
    try {
      // Called as a method: the native API may need its `this`.
      const got = api.getMessage(key, strings);
      if (got) return got;
    } catch {
      // An API that throws (wxt/testing's fakeBrowser does not implement i18n): the English table below.
      broken = api;
    }
  }
  return formatMessage(english[key], strings);
}

/**
 * The UI's language and direction, from the messages the UI is actually shown in: `uiLang` and `uiDir` are messages
 * like any other, so an Arabic messages.json says "ar" and "rtl". Not the browser's `@@bidi_dir` or
 * `i18n.getUILanguage()`: those name the browser's locale, which in an Arabic browser is rtl even while the extension,
 * lacking an Arabic file, shows its English messages (a page flipped right to left around English text).
 */
export function uiLocale(): { lang: string; dir: 'ltr' | 'rtl' } {
  const lang = t('uiLang').trim() || 'en';
  return { lang, dir: t('uiDir').trim() === 'rtl' ? 'rtl' : 'ltr' };
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
