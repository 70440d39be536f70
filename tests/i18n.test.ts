// @vitest-environment jsdom
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../public/_locales/en/messages.json';
import {
  applyPageLocale,
  formatMessage,
  type MessageKey,
  PLURAL_CATEGORIES,
  pluralCategory,
  t,
  tPlural,
} from '../utils/i18n';
import { compactMessages } from '../utils/i18n-compact';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('formatMessage', () => {
  it('fills named placeholders through their $n content, positional ones, and $$', () => {
    const entry = {
      message: 'Renew $WHAT$ by $when$ for $$$1 — $2',
      placeholders: { what: { content: '$2' }, when: { content: '$1' } },
    };
    expect(formatMessage(entry, ['10', 'the plan'])).toBe('Renew the plan by 10 for $10 — the plan');
  });

  it('does not read substituted text again, and leaves a missing substitution empty', () => {
    expect(formatMessage({ message: 'Could not save: $1' }, ['$1 $$ $x$'])).toBe('Could not save: $1 $$ $x$');
    expect(formatMessage({ message: 'A $1 B' }, [])).toBe('A  B');
  });
});

describe('t', () => {
  it('falls back to the English table where the browser has no i18n (unit tests)', () => {
    expect(t('saveSnapshot')).toBe('Save snapshot');
    expect(t('legalHeadline', 'a service level agreement', 87)).toBe(
      'This looks like a service level agreement (score 87%)',
    );
  });

  it("asks the extension's i18n API first, so the user's locale wins", () => {
    const getMessage = vi.fn((key: string, subs?: string | string[]) =>
      key === 'saveFailed' ? `تعذّر الحفظ: ${subs?.[0]}` : '',
    );
    vi.stubGlobal('browser', { i18n: { getMessage } });
    try {
      expect(t('saveFailed', 'QuotaExceededError')).toBe('تعذّر الحفظ: QuotaExceededError');
      expect(getMessage).toHaveBeenCalledWith('saveFailed', ['QuotaExceededError']);
      // An empty answer (a key the locale lacks) falls back to English.
      expect(t('saving')).toBe('Saving…');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('falls back to English when the API throws (as wxt/testing’s fakeBrowser does)', () => {
    vi.stubGlobal('browser', {
      i18n: {
        getMessage: () => {
          throw new Error('not implemented');
        },
      },
    });
    try {
      expect(t('analyzeAnyway')).toBe('Analyze anyway');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('tPlural', () => {
  it('chooses the English form by the count: one for 1, other for 0, 2, 1.5 and a count that is not a number', () => {
    expect(tPlural('dayCount', 1, 1)).toBe('1 day');
    expect(tPlural('dayCount', 0, 0)).toBe('0 days');
    expect(tPlural('dayCount', 2, 2)).toBe('2 days');
    expect(tPlural('dayCount', 1.5, '1.5')).toBe('1.5 days');
    expect(pluralCategory(Number.NaN)).toBe('other');
    // The count chooses the form; the substitutions fill it, in the message's order.
    expect(tPlural('vendorsComparedOfKind', 1, 1, 'SLA')).toBe('1 vendor compared (SLA documents)');
    expect(tPlural('vendorsComparedOfKind', 4, 4, 'SLA')).toBe('4 vendors compared (SLA documents)');
  });

  /** An Arabic messages file as a translator would write it: six forms, the dual and "one" without the figure. */
  const arabic: Record<string, string> = {
    uiLang: 'ar',
    uiDir: 'rtl',
    dayCount_zero: 'لا أيام',
    dayCount_one: 'يوم واحد',
    dayCount_two: 'يومان',
    dayCount_few: '$1 أيام',
    dayCount_many: '$1 يومًا',
    dayCount_other: '$1 يوم',
    // Only the forms this (incomplete) file gives: the others fall back to _other.
    pageCount_other: '$1 صفحة',
  };
  const stubArabic = () =>
    vi.stubGlobal('browser', {
      i18n: {
        getMessage: (key: string, subs?: string[]) => {
          const m = arabic[key];
          return m === undefined ? '' : formatMessage({ message: m }, subs ?? []);
        },
      },
    });

  it("follows the UI language's plural rules: Arabic's zero, one, two, few, many and other", () => {
    stubArabic();
    try {
      const forms = [0, 1, 2, 3, 10, 11, 99, 100, 102].map((n) => tPlural('dayCount', n, n));
      expect(forms).toEqual([
        'لا أيام',
        'يوم واحد',
        'يومان',
        '3 أيام',
        '10 أيام',
        '11 يومًا',
        '99 يومًا',
        '100 يوم',
        '102 يوم',
      ]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('falls back to the _other form when the locale lacks the category (never to an empty string)', () => {
    stubArabic();
    try {
      expect(tPlural('pageCount', 2, 2)).toBe('2 صفحة');
      expect(tPlural('pageCount', 3, 3)).toBe('3 صفحة');
    } finally {
      vi.unstubAllGlobals();
    }
    // And in English, where there is no "two" at all, 2 is "other".
    expect(tPlural('pageCount', 2, 2)).toBe('2 pages');
  });
});

describe('public/_locales/en/messages.json', () => {
  const table = en as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

  it('is in the browsers’ format: valid names, a message each, every $name$ defined as $1…$9', () => {
    // Browsers compare message names without case: two names that differ only in case are one name.
    const lower = Object.keys(table).map((k) => k.toLowerCase());
    expect(lower.filter((k, i) => lower.indexOf(k) !== i)).toEqual([]);
    for (const [key, entry] of Object.entries(table)) {
      expect(key, key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(entry.message.trim(), key).not.toBe('');
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] as string).toLowerCase());
      const defined = Object.keys(entry.placeholders ?? {}).map((k) => k.toLowerCase());
      expect(used.sort(), key).toEqual(defined.sort());
      for (const p of Object.values(entry.placeholders ?? {})) expect(p.content, key).toMatch(/^\$[1-9]$/);
    }
  });

  it('holds exactly the keys the UI uses (t("…") in components/, entrypoints/, utils/)', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name)) files.push(path);
      }
    };
    for (const dir of ['components', 'entrypoints', 'utils']) walk(join(__dirname, '..', dir));
    // The manifest's name and description are messages too (__MSG_extName__ in wxt.config.ts).
    files.push(join(__dirname, '..', 'wxt.config.ts'));
    const sources = files.map((file) => readFileSync(file, 'utf8'));
    const manifestKeys = sources.flatMap((s) => [...s.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1] as string));
    expect(manifestKeys.filter((k) => !(k in table))).toEqual([]);
    // Every t('key') names a message (tsc checks this too)…
    const called = sources.flatMap((s) => [...s.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)].map((m) => m[1] as string));
    expect(called.filter((k) => !(k in table))).toEqual([]);
    // … every tPlural('base', …) names a plural message (its _other form at least) …
    const plural = sources.flatMap((s) =>
      [...s.matchAll(/\btPlural\(\s*'([A-Za-z0-9]+)'/g)].map((m) => m[1] as string),
    );
    expect(plural.filter((k) => !(`${k}_other` in table))).toEqual([]);
    // … and every message is used somewhere, as t('key'), a key chosen by a condition (t(cond ? 'a' : 'b')), or a
    // plural form of a base named in quotes (tPlural('dayCount', …) uses dayCount_one and dayCount_other).
    const used = (k: string) => {
      const base = k.replace(/_(zero|one|two|few|many|other)$/, '');
      const names = base === k ? [k] : [k, base];
      return names.some((n) => sources.some((s) => s.includes(`'${n as MessageKey}'`) || s.includes(`__MSG_${n}__`)));
    };
    expect(Object.keys(table).filter((k) => !used(k))).toEqual([]);
  });

  it('gives plural messages the forms English uses (one, other), each with its _other', () => {
    const english = new Intl.PluralRules('en').resolvedOptions().pluralCategories as string[];
    const forms = Object.keys(table)
      .map((k) => new RegExp(`^(.+)_(${PLURAL_CATEGORIES.join('|')})$`).exec(k))
      .filter((m): m is RegExpExecArray => m !== null);
    expect(forms.length).toBeGreaterThan(20);
    for (const [key, base, category] of forms) {
      expect(english, key).toContain(category);
      expect(table, key).toHaveProperty(`${base}_other`);
      // A plural form names the same placeholders as its _other (a translator sees one set per message).
      expect(Object.keys(table[key]?.placeholders ?? {}).sort(), key).toEqual(
        Object.keys(table[`${base}_other`]?.placeholders ?? {}).sort(),
      );
    }
    // No message is both a plain key and a plural base (t('dayCount') would find nothing).
    expect(forms.map(([, base]) => base as string).filter((b) => b in table)).toEqual([]);
  });

  /**
   * What is wrong with another locale's messages.json against the English one: a key English does not have (a typo
   * a translator would never see fail), a plural form of a message that is not plural, a plural message without its
   * _other, a placeholder English does not name.
   */
  function localeProblems(locale: Record<string, { message: string; placeholders?: Record<string, unknown> }>) {
    const problems: string[] = [];
    const pluralForm = new RegExp(`^(.+)_(${PLURAL_CATEGORIES.join('|')})$`);
    for (const [key, entry] of Object.entries(locale)) {
      const base = pluralForm.exec(key)?.[1];
      const english = table[key] ?? (base ? table[`${base}_other`] : undefined);
      if (!english) problems.push(`${key}: not an English message or a plural form of one`);
      else if (base && !(`${base}_other` in locale)) problems.push(`${key}: ${base}_other is missing`);
      const names = Object.keys(entry.placeholders ?? {}).map((n) => n.toLowerCase());
      const known = Object.keys(english?.placeholders ?? {}).map((n) => n.toLowerCase());
      for (const n of names) if (!known.includes(n)) problems.push(`${key}: placeholder ${n} is not English's`);
    }
    return problems;
  }

  it('checks another locale against the English messages (an Arabic file as a translator would start it)', () => {
    const count = { count: { content: '$1' } };
    const good = {
      uiLang: { message: 'ar' },
      uiDir: { message: 'rtl' },
      saveSnapshot: { message: 'حفظ لقطة' },
      dayCount_zero: { message: 'لا أيام' },
      dayCount_two: { message: 'يومان' },
      dayCount_few: { message: '$count$ أيام', placeholders: count },
      dayCount_other: { message: '$count$ يوم', placeholders: count },
    };
    expect(localeProblems(good)).toEqual([]);
    const bad = {
      saveSnapshto: { message: 'حفظ' },
      saveSnapshot_few: { message: 'حفظ' },
      pageCount_few: { message: '$n$ صفحات', placeholders: { n: { content: '$1' } } },
    };
    expect(localeProblems(bad)).toEqual([
      'saveSnapshto: not an English message or a plural form of one',
      'saveSnapshot_few: not an English message or a plural form of one',
      'pageCount_few: pageCount_other is missing',
      "pageCount_few: placeholder n is not English's",
    ]);
    // Every locale the extension ships (English only, for now) passes.
    const dir = join(__dirname, '..', 'public', '_locales');
    for (const name of readdirSync(dir).filter((n) => n !== 'en')) {
      const locale = JSON.parse(readFileSync(join(dir, name, 'messages.json'), 'utf8'));
      expect(localeProblems(locale), name).toEqual([]);
    }
  });

  it('gives every message a description, so a translator knows where it shows', () => {
    const bare = Object.entries(table)
      .filter(([, entry]) => !(entry as { description?: string }).description?.trim())
      .map(([key]) => key);
    expect(bare).toEqual([]);
  });

  it('compacts for the bundles to the same text for any substitutions, without descriptions (utils/i18n-compact.ts)', () => {
    const compact = compactMessages(table);
    expect(Object.keys(compact)).toEqual(Object.keys(table));
    const subs = ['$1', 'β', '$$', 'δ', 'ε', 'ζ', 'η', 'θ', 'ι'];
    for (const [key, entry] of Object.entries(table)) {
      expect(Object.keys(compact[key] ?? {}), key).toEqual(['message']);
      expect(formatMessage(compact[key] as { message: string }, subs), key).toBe(formatMessage(entry, subs));
    }
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(table).length / 2);
    // The build applies it to every messages.json a bundle imports.
    const config = readFileSync(join(__dirname, '..', 'wxt.config.ts'), 'utf8');
    expect(config).toMatch(/plugins: \[[^\]]*compactMessagesPlugin\(\)/);
  });

  it('names the manifest by messages, with the default locale the messages come from', () => {
    const config = readFileSync(join(__dirname, '..', 'wxt.config.ts'), 'utf8');
    expect(config).toMatch(/name: '__MSG_extName__'/);
    expect(config).toMatch(/description: '__MSG_extDescription__'/);
    expect(config).toMatch(/default_locale: 'en'/);
    // The stores' limits on what the messages expand to.
    expect(table.extName?.message.length).toBeLessThanOrEqual(45);
    expect(table.extDescription?.message.length).toBeLessThanOrEqual(132);
  });
});

describe('applyPageLocale', () => {
  it('sets lang and dir from the messages the UI is shown in: an Arabic messages file flips the page', () => {
    const arabic: Record<string, string> = { uiLang: 'ar', uiDir: 'rtl', pageTitleCompare: 'مقارنة المورّدين' };
    vi.stubGlobal('browser', { i18n: { getMessage: (key: string) => arabic[key] ?? '' } });
    const doc = document.implementation.createHTMLDocument('x');
    try {
      applyPageLocale(doc, 'pageTitleCompare');
      expect(doc.documentElement.lang).toBe('ar');
      expect(doc.documentElement.dir).toBe('rtl');
      expect(doc.title).toBe('مقارنة المورّدين');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('stays left to right in English, and when a browser in an RTL locale has no messages of its language', () => {
    // The browser's own @@bidi_dir would say rtl here; the UI is still English, so the page must not flip.
    const browserInArabic: Record<string, string> = { '@@bidi_dir': 'rtl', '@@ui_locale': 'ar' };
    vi.stubGlobal('browser', { i18n: { getMessage: (key: string) => browserInArabic[key] ?? '' } });
    const doc = document.implementation.createHTMLDocument('x');
    try {
      applyPageLocale(doc);
      expect(doc.documentElement.lang).toBe('en');
      expect(doc.documentElement.dir).toBe('ltr');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
