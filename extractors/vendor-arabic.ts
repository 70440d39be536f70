import { arabicMatchForm, hasArabic, NEUTRAL, withArabicPrefixes } from './common/arabic';
import type { Doc } from './common/doc';
import { collapseSpaceRuns } from './common/normalize';
import { traceEvent, tracing } from './common/trace';
import { kindOfPhrase } from './detect';

/**
 * The vendor of an Arabic document, read from the structures Arabic pages use to name their
 * provider. Named rules, in the order they are tried (a Latin name the page gives beats an
 * Arabic one, because that is the name a buyer compares vendors by):
 *
 * 1. `vendor/arabicTitleLatin`: the title or first heading pairs an Arabic kind of document with a
 *    Latin name ("شروط الاستخدام — Qamra"), or the site name is a Latin name.
 * 2. `vendor/arabicProvidedBy`: Arabic prose names a Latin-script provider: "الخدمات المقدمة من
 *    Qamra" (the services provided by), "يديره Qamra" (operated by), "شركة Qamra" (the company).
 * 3. `vendor/arabicAlias`: a parenthetical of quoted aliases that holds a provider role ("نحن" we,
 *    "الشركة" the Company): its other alias is the brand («زاهر» أو «نحن»); with no other alias, the
 *    name after "شركة/مؤسسة/وكالة" just before it (شركة زاهر لتقنية المعلومات («الشركة») → زاهر).
 * 4. `vendor/arabicTitle`: the title pairs an Arabic kind of document with a short Arabic name
 *    ("شروط الخدمة - زاهر").
 * 5. `vendor/arabicWeAre`: the provider introducing itself, "نحن شركة واحة البيانات للحلول التقنية" (we are
 *    the company …): the name after the company noun, up to its describing phrase.
 * 6. `vendor/arabicWelcome`: "مرحباً بكم في منصة سند!" (welcome to the Sanad platform) opening the page.
 *
 * An Arabic-script name must be used at least twice (with its joined prefixes; the title counts), and
 * is given in Latin letters when the page glosses it ("زاهر (Zaher)"). Rule `vendor/arabicLatinUnknown`:
 * when the page writes a web address of its own but never spells the Arabic name in Latin letters,
 * the name buyers know it by is probably that Latin spelling, which cannot be read from a host
 * name: null (a host name is never the vendor). Cost: a few regex passes over the head (12 KB),
 * one folding pass and one count per Arabic name over the body.
 */
export function arabicVendor(doc: Doc, latin: LatinNames): string | null {
  const head = doc.text.slice(0, HEAD_CHARS);
  const body = doc.text.length > BODY_CHARS ? doc.text.slice(0, BODY_CHARS) : doc.text;
  if (!hasArabic(head) && !hasArabic(doc.title ?? '')) return null;

  // The page's own definition of "we" by a Latin name ("… شركة X Co., Ltd. (يشار إليها بـ "نحن" أو "X")") comes
  // before the title: a title names the product as often as the company ("اتفاقية خدمة المستخدم - Product").
  const alias = aliasName(head, latin);
  if (alias?.quoted && !hasArabic(alias.name) && latinUses(body, alias.name) >= 1)
    return fired('vendor/arabicAlias', alias.name);

  const titled = latinInTitle(doc, latin);
  if (titled) return fired('vendor/arabicTitleLatin', titled);

  const provided = latinProvider(head, body, latin);
  if (provided) return fired('vendor/arabicProvidedBy', provided);

  // The body's folded form only once a rule has an Arabic name to count in it (a whole-body pass).
  let foldedBody: string | null = null;
  const folded = () => {
    foldedBody ??= fold(body);
    return foldedBody;
  };
  for (const [rule, name, uses] of [
    // A quoted alias beside "نحن" is the page's own definition: one use is enough, as for an English
    // "Acme (“Provider”)". A name read from the words before it or from the title needs two.
    ['vendor/arabicAlias', alias?.name, alias?.quoted ? 1 : 2],
    ['vendor/arabicTitle', arabicInTitle(doc), 2],
    ['vendor/arabicWeAre', weAreCompany(head, latin), 2],
    ['vendor/arabicWelcome', welcomeTo(head), 2],
  ] as const) {
    if (!name) continue;
    // A Latin alias ("Qamra" أو "نحن") is read like an English one.
    if (!hasArabic(name)) {
      if (latinUses(body, name) >= 1) return fired(rule, name);
      continue;
    }
    const key = fold(name);
    // The title counts as a use, as in the English reading ("اتفاقية مستوى الخدمة | سحابة نجد"),
    // unless it is the body's own first heading (already counted).
    const inTitle = [doc.title, doc.siteName].some((t) => t && !body.includes(t) && arabicUses(fold(t), key) > 0);
    if (arabicUses(folded(), key) + (inTitle ? 1 : 0) < uses) {
      reject(rule, `${name}: used fewer than ${uses === 1 ? 'once' : 'twice'}`);
      continue;
    }
    const gloss = latinGloss(folded(), key, latin);
    if (gloss) return fired(rule, gloss, `${name} is written ${gloss}`);
    if (ownDomain(body)) {
      reject('vendor/arabicLatinUnknown', `${name}: the page has a web address but no Latin spelling of the name`);
      return null;
    }
    return fired(rule, name.trim());
  }
  return null;
}

/** The English name readers vendor.ts lends (no import cycle). */
export interface LatinNames {
  /** A brand left in a title once the kind of document and separators are removed (null if none). */
  nameInTitle(title: string): string | null;
  /** "Qamra Technologies Ltd." → "Qamra"; null for generic words and roles. */
  shortName(full: string | null): string | null;
}

const HEAD_CHARS = 12_000;
const BODY_CHARS = 200_000;

function fired(rule: string, name: string, why?: string): string {
  if (tracing()) traceEvent({ field: 'vendor', rule, outcome: 'fired', why: why ?? name });
  return name;
}
function reject(rule: string, why: string): void {
  if (tracing()) traceEvent({ field: 'vendor', rule, outcome: 'rejected', why });
}

/** Matching form without marks or bidi controls, spaces collapsed: for comparing and counting. */
function fold(s: string): string {
  return collapseSpaceRuns(arabicMatchForm(s).replaceAll(NEUTRAL, ''), true).trim();
}

/** Title separators in both scripts: "|", dashes, a colon between spaces, the Arabic comma between spaces. */
const SEPARATOR = /\s[|–—:\-،·•]\s|[|–—«»]/;

function titleParts(t: string | null): string[] {
  return t
    ? t
        .slice(0, 200)
        .split(SEPARATOR)
        .map((p) => p.trim())
        .filter((p) => p !== '')
    : [];
}

/** Does the part name a kind of document in Arabic ("شروط الخدمة", "اتفاقية مستوى الخدمة")? */
const isArabicKind = (part: string) => hasArabic(part) && kindOfPhrase(part) !== null;

function firstHeading(doc: Doc): string | null {
  const b = doc.blocks.find((x) => x.kind === 'heading');
  return b ? doc.text.slice(b.start, Math.min(b.end, b.start + 200)) : null;
}

/** Rule 1: "شروط الاستخدام — Qamra", "Qamra | سياسة الخصوصية", or a Latin site name. */
function latinInTitle(doc: Doc, latin: LatinNames): string | null {
  for (const t of [doc.title, firstHeading(doc)]) {
    const parts = titleParts(t);
    if (!parts.some(isArabicKind)) continue;
    for (const p of parts) {
      if (hasArabic(p)) continue;
      const name = latin.nameInTitle(p);
      if (name) return name;
    }
  }
  const site = doc.siteName?.trim();
  if (site && !hasArabic(site)) return latin.nameInTitle(site);
  return null;
}

/** A run of one to three Latin words that starts with a capital or a digit. */
const LATIN_RUN = `([A-Z0-9][\\w&.'’+-]{0,30}(?: [A-Z0-9][\\w&.'’+-]{0,30}){0,2})`;
/**
 * Arabic verbs and nouns that name who provides or runs the service, in the matching form:
 * "(ال)مقدمة (لك) من (قبل)" provided (to you) by, "يقدمها/تديره/يملكه/تشغله" provides/operates/owns/runs
 * it, "شركة/مؤسسة" company/establishment, "بين" between (a contract's first party).
 */
const PROVIDED_BY = new RegExp(
  `(?<![\\p{L}])(?:(?:ال)?مقدمه (?:لك |لكم )?من (?:قبل )?|[تي](?:قدم|دير|ملك|شغل)(?:ه|ها) (?:شركه )?|(?:شركه|مؤسسه) |بين (?:شركه )?)${LATIN_RUN}`,
  'gu',
);

/**
 * Can PROVIDED_BY match in this line? Every lead ends in "ن ", "ل ", "ه " or "ا " ("من", "قبل", "تقدمه", "يقدمها",
 * "شركة", "بين") before the Latin run's capital or digit. Most lines have none and are skipped: the regex is run
 * line by line (no match spans a line; a line's start reads as a non-letter, as the text's does), and a regex
 * first compiled for an Arabic page late in a process is compiled without V8's search optimizations.
 */
function leadBeforeLatin(line: string): boolean {
  for (let i = line.indexOf(' '); i > 0 && i + 1 < line.length; i = line.indexOf(' ', i + 1)) {
    const next = line.charCodeAt(i + 1);
    if (!((next >= 65 && next <= 90) || (next >= 48 && next <= 57))) continue;
    const before = line.charCodeAt(i - 1);
    // ن ل ه ا
    if (before === 0x646 || before === 0x644 || before === 0x647 || before === 0x627) return true;
  }
  return false;
}

/** Rule 2: a Latin name Arabic prose gives as the provider, used at least twice. */
function latinProvider(head: string, body: string, latin: LatinNames): string | null {
  const counts = new Map<string, number>();
  for (const line of fold(head).split('\n')) {
    if (!leadBeforeLatin(line)) continue;
    for (const m of line.matchAll(PROVIDED_BY)) {
      const name = latin.shortName(m[1] ?? '');
      if (name && (counts.has(name) || counts.size < MAX_PROVIDERS)) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  let n = 0;
  let tie = false;
  for (const [name, k] of counts) {
    if (latinUses(body, name) < 2) continue;
    if (k > n) [best, n, tie] = [name, k, false];
    else if (k === n) tie = true;
  }
  if (tie) {
    reject('vendor/arabicProvidedBy', 'two names are given as the provider equally often');
    return null;
  }
  return best;
}

/** Names checked against the body (a scan each): a page names its provider among the first few. */
const MAX_PROVIDERS = 8;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/*
 * The name counts and glosses below are regexes built per page, so compiled when the page is read: late in a
 * process that read English pages first, when V8 compiles regexes without their search optimizations (see
 * scripts/bench.ts, arabicRows). So each is tried only where the name stands (indexOf), as a sticky regex there;
 * the matches are the ones a scan of the whole text would find, in the same order.
 */

/** Uses of a Latin name as a word (not inside an address). */
function latinUses(body: string, name: string): number {
  if (name === '') return 0;
  const re = new RegExp(`(?<![\\w@./-])${escapeRe(name)}(?![\\w@-]|\\.[a-z])`, 'y');
  let n = 0;
  for (let i = body.indexOf(name); i !== -1 && n < 50; i = body.indexOf(name, i + 1)) {
    re.lastIndex = i;
    if (!re.test(body)) continue;
    n++;
    i += name.length - 1; // matches do not overlap
  }
  return n;
}

const LETTER = /\p{L}/u;
/** Where a match of withArabicPrefixes(…) ending in a word at `at` starts: at the letters joined before it. */
function wordStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && LETTER.test(text[start - 1] as string)) start--;
  return start;
}

/** Uses of an Arabic name (matching form) with its joined prefixes ("وأموالي", "بأموالي"). */
function arabicUses(folded: string, key: string): number {
  if (key === '') return 0;
  const re = new RegExp(`${withArabicPrefixes(escapeRe(key))}(?![\\p{L}])`, 'uy');
  let n = 0;
  let end = 0;
  for (let i = folded.indexOf(key); i !== -1 && n < 50; i = folded.indexOf(key, i + 1)) {
    // A match holds the name after at most a few prefix letters, from the start of their word.
    const start = wordStart(folded, i);
    if (start < end) continue;
    re.lastIndex = start;
    const m = re.exec(folded);
    if (m === null) continue;
    n++;
    end = start + m[0].length;
  }
  return n;
}

/** "زاهر (Zaher)" or "Zaher (زاهر)": the page's own Latin spelling of the Arabic name. */
function latinGloss(folded: string, key: string, latin: LatinNames): string | null {
  if (key === '') return null;
  const k = escapeRe(key);
  let after: RegExpExecArray | null = null;
  const afterRe = new RegExp(`(?<![\\p{L}])${k} ?\\(${LATIN_RUN}\\)`, 'uy');
  for (let i = folded.indexOf(key); i !== -1 && after === null; i = folded.indexOf(key, i + 1)) {
    afterRe.lastIndex = i;
    after = afterRe.exec(folded);
  }
  // "Zaher (زاهر)": the Latin run (at most 95 characters, no parenthesis) ends just before "(name)"; the first
  // window holding a match holds the first match.
  let before: RegExpExecArray | null = null;
  const beforeRe = new RegExp(`${LATIN_RUN} ?\\(${k}\\)`, 'u');
  const paren = `(${key})`;
  for (let i = folded.indexOf(paren); i !== -1 && before === null; i = folded.indexOf(paren, i + 1))
    before = beforeRe.exec(folded.slice(Math.max(0, i - 100), i + paren.length));
  return latin.shortName((after ?? before)?.[1] ?? null);
}

const PARENTHETICAL = /\(([^()]{1,200})\)/g;
const QUOTED = /["“”«»]([^"“”«»\n]{1,40})["“”«»]/g;

/** The roles that name the party providing the service and no other: the (service) provider, the supplier. */
const SERVICE_PROVIDER_ROLES = ['مزود الخدمه', 'مزود الخدمات', 'المزود', 'مقدم الخدمه', 'مقدم الخدمات', 'المورد'];
/** Aliases that are the provider's role (matching form): we, us, ours, the Company, the provider. */
const PROVIDER_ROLES = new Set([
  'نحن',
  'لنا',
  'خاصتنا',
  'الخاص بنا',
  'الخاصه بنا',
  'الشركه',
  'المؤسسه',
  'الوكاله',
  ...SERVICE_PROVIDER_ROLES,
  'الطرف الاول',
]);
/** The customer's aliases: a parenthetical holding one defines the customer, not the vendor. */
const CUSTOMER_ROLES = new Set([
  'العميل',
  'العملاء',
  'المستخدم',
  'المستخدمين',
  'المشترك',
  'انت',
  'انتم',
  'لك',
  'لكم',
  'الخاص بك',
  'الطرف الثاني',
]);
/** The customer named as a party (the pronouns of CUSTOMER_ROLES are inside too many other words to look for). */
const CUSTOMER_NOUN_WORD = new RegExp(withArabicPrefixes('عميل|عملاء|مستخدم|مشترك|طرف\\s+الثاني'), 'u');
/**
 * The reader addressed as "you" in whole words only: "بياناتك" (your data), "استخدامك", "حسابك", "أنت", "لك" (the
 * possessive on the nouns a policy is about, so "ذلك" or "الملك" never count). A privacy policy or terms page that
 * speaks to the reader names no customer noun, and holds these.
 */
const SECOND_PERSON =
  /(?<![\p{L}])(?:[وف]?[بل]?(?:بيانات|استخدام|حساب|معلومات|اشتراك|طلب|حقوق|موافقت|خصوصيت)ك|انت|لك|عليك|اليك)(?![\p{L}])/gu;
/** Things a page defines that are never the brand: the site, the app, the platform, the terms. */
const GENERIC = new Set([
  'الموقع',
  'الموقع الالكتروني',
  'موقعنا',
  'التطبيق',
  'تطبيقنا',
  'المنصه',
  'الخدمه',
  'الخدمات',
  'النظام',
  'الشروط',
  'البنود',
  'الاتفاقيه',
  'السياسه',
  'الشروط والاحكام',
  'الرئيسيه',
  'الصفحه الرئيسيه',
  // What a title says the document is a copy of ("اتفاقية مستوى الخدمة — نموذج": a template; a draft, a sample).
  'نموذج',
  'النموذج',
  'مسوده',
  'المسوده',
  'عينه',
]);

/**
 * Rule 3: the brand of a parenthetical that holds a provider role (quoted: given as an alias). Failing that, a
 * company's own short name as its only alias, "شركة رواسي لتقنية المعلومات («رواسي») والعميل", when the page
 * defines one company so and names a customer role: the other party to a vendor's terms is its customer, so the
 * company is the vendor (two companies so defined say nothing).
 */
function aliasName(head: string, latin: LatinNames): { name: string; quoted: boolean } | null {
  if (!hasArabic(head)) return null;
  const shortNames = new Set<string>();
  let shortName: string | null = null;
  for (const m of head.matchAll(PARENTHETICAL)) {
    const aliases = quotedAliases(m[1] ?? '');
    const keys = aliases.map(fold);
    if (keys.length === 1 && !keys.some((k) => PROVIDER_ROLES.has(k) || CUSTOMER_ROLES.has(k) || GENERIC.has(k))) {
      const company = companyBefore(head.slice(Math.max(0, (m.index ?? 0) - 120), m.index ?? 0), latin);
      // "شركة رواسي («رواسي»)", or the alias the company's first word: "شركة مدار السحابة («مدار»)".
      const key = keys[0] as string;
      if (company !== null && hasArabic(company) && (fold(company) === key || fold(company).startsWith(`${key} `))) {
        shortNames.add(key);
        shortName = fold(company) === key ? company : (aliases[0] as string);
      } else if (
        company !== null &&
        hasArabic(company) &&
        key.startsWith('ال') &&
        `${fold(company)} `.startsWith(`${key.slice(2)} `)
      ) {
        // "شركة بوابة الكويت للاتصالات («البوابة»)": the alias is the company's first word with the article, a common
        // noun ("the Gateway"); the company's name is the name.
        shortNames.add(key);
        shortName = company;
      }
    }
    if (!keys.some((k) => PROVIDER_ROLES.has(k)) || keys.some((k) => CUSTOMER_ROLES.has(k))) continue;
    const brand = aliases.find((_alias, i) => {
      const k = keys[i] as string;
      return !PROVIDER_ROLES.has(k) && !GENERIC.has(k) && k.split(' ').length <= 3;
    });
    const name = brand && (hasArabic(brand) ? brand : latin.shortName(brand));
    if (name) return { name, quoted: true };
    const before = companyBefore(head.slice(Math.max(0, (m.index ?? 0) - 120), m.index ?? 0), latin);
    // The company before "(«مقدم الخدمة»)" is the provider by the contract's own words: named once is enough, as the
    // contract then calls it by its role. Before "(«الشركة»)" (either party may be "the company") it must be used
    // again, unless the same sentence goes on to define the other party as the customer ("… («الشركة») والعميل
    // المشترك في الخدمة («العميل»)"): then "the company" is the provider, and the contract names it once.
    const end = (m.index ?? 0) + m[0].length;
    if (before)
      return {
        name: before,
        quoted: keys.some((k) => SERVICE_PROVIDER_ROLES.includes(k)) || customerDefinedNext(head.slice(end, end + 160)),
      };
  }
  if (shortNames.size !== 1 || shortName === null) return null;
  // With its joined prefixes: "للعميل" (to the customer), "والعميل", "بالمستخدم".
  // Rule `vendor/arabicAlias` for a short alias needs the other party: a customer noun, or the reader addressed as
  // "you" twice (a policy written to its reader).
  const folded = fold(head);
  const other = CUSTOMER_NOUN_WORD.test(folded) || (folded.match(SECOND_PERSON)?.length ?? 0) >= 2;
  return other ? { name: shortName, quoted: true } : null;
}

/** The rest of the sentence defines a party by a customer role in a quoted parenthetical: "… والعميل («العميل»)". */
function customerDefinedNext(rest: string): boolean {
  const sentence = rest.split(/[.!؟\n]/, 1)[0] ?? '';
  for (const m of sentence.matchAll(PARENTHETICAL)) {
    if (quotedAliases(m[1] ?? '').some((a) => CUSTOMER_ROLES.has(fold(a)))) return true;
  }
  return false;
}

/** The quoted aliases of a parenthetical's inside, cleaned: «زاهر» أو «نحن» → ["زاهر", "نحن"]. */
function quotedAliases(inside: string): string[] {
  return [...inside.matchAll(QUOTED)].map((q) => clean(q[1] ?? '')).filter((a) => a !== '');
}

/** Quoted aliases lose invisible marks, Markdown emphasis and surrounding spaces. */
function clean(s: string): string {
  return s
    .replace(/[\u200c-\u200f\u061c\u202a-\u202e\u2066-\u2069*_]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Nouns that introduce a company's name: company, establishment, agency, group. */
const COMPANY_NOUNS = new Set(['شركه', 'مؤسسه', 'وكاله', 'مجموعه']);
/** Words after such a noun that describe it rather than name it: Saudi, limited, holding, one-person. */
const DESCRIBERS = new Set([
  'سعوديه',
  'كويتيه',
  'اماراتيه',
  'مصريه',
  'اردنيه',
  'قطريه',
  'بحرينيه',
  'عمانيه',
  'عربيه',
  'دوليه',
  'عالميه',
  'ذات',
  'مساهمه',
  'محدوده',
  'المحدوده',
  'القابضه',
  'قابضه',
  'الشخص',
  'تضامن',
  // "نحن شركة رائدة في …" (we are a leading company in …): what the company is, not its name.
  'رائده',
  'ناشئه',
  'متخصصه',
  'متميزه',
  'وطنيه',
  'محليه',
  'تقنيه',
]);

/**
 * "… شركة زاهر لتقنية المعلومات" → "زاهر": the one or two words after the last company noun, up
 * to a describing phrase ("ل…" for/of, a nationality, a legal form). A Latin name there is read
 * as English. Null when the words before name no company.
 */
/** A commercial register's number closing the words before an alias: "، سجل تجاري رقم 1010123456", "(س.ت 4030…)". */
const AR_REGISTRATION_AFTER =
  /[،,(]?\s*(?:(?:ب|و)?(?:ال)?سجل\s+(?:ال)?تجاري|رقم\s+(?:ال)?سجل\s+(?:ال)?تجاري|س\.\s?ت\.?)\s*(?:رقم|:)?\s*[\d٠-٩]{4,15}\)?\s*$/u;

/** Who signs for the company, closing the words before an alias: "، ويمثلها المدير التنفيذي", "ويمثلها في التوقيع …". */
const AR_REPRESENTED_AFTER = /[،,]?\s+و?يمثل(?:ها|ه)\s+[^()\n]{1,100}$/u;
/** Where the company sits, closing the words before an alias: "، ومقرها دبي، الإمارات العربية المتحدة", "وعنوانه الرياض". */
const AR_SEAT_AFTER =
  /[،,]?\s+و?(?:الكائن[ةه]?\s+)?(?:مقر|مركز|عنوان)\u0651?(?:ها|ه)(?:\s+(?:ال)?رئيسي)?\s+[^()\n]{1,100}$/u;

function companyBefore(before: string, latin: LatinNames): string | null {
  // "شركة "مدار السحابة"": a name in quotes is the same name.
  // "شركة سحاب الخليج، سجل تجاري رقم 1010123456 (…)": the register's number after the name is no part of it, nor
  // is the seat ("…، ومقرها دبي (…)") or the one who signs for it ("…، ويمثلها المدير التنفيذي (…)").
  const line = before
    .slice(before.lastIndexOf('\n') + 1)
    .replace(AR_REPRESENTED_AFTER, '')
    .replace(AR_SEAT_AFTER, '')
    .replace(AR_REGISTRATION_AFTER, '')
    .replace(/["“”«»]/g, ' ');
  const tokens = line.split(/\s+/).filter((t) => t !== '');
  let at = -1;
  for (let i = Math.max(0, tokens.length - 7); i < tokens.length; i++)
    if (COMPANY_NOUNS.has(fold(tokens[i] as string))) at = i;
  if (at < 0) return null;
  const rest = tokens.slice(at + 1);
  if (rest.length > 0 && !hasArabic(rest[0] as string)) return latin.shortName(rest.join(' '));
  const name: string[] = [];
  for (const t of rest) {
    const k = fold(t);
    if (name.length >= 2 || !hasArabic(t) || DESCRIBERS.has(k) || /^(?:ل|بال|في|من)/.test(k)) break;
    name.push(t.replace(/[،,:؛]+$/, ''));
  }
  if (name.length === 0 || (name.length === 1 && DESCRIBERS.has(fold(name[0] as string)))) return null;
  const out = name.join(' ');
  return GENERIC.has(fold(out)) ? null : out;
}

/** Rule 5: "نحن شركة X …" (we are the company X), in the head. */
const WE_ARE_COMPANY = /(?:^|[\s.!؟:،])(?:و)?نحن\s+((?:شركة|شركه|مؤسسة|مؤسسه|مجموعة|مجموعه)\s+[^.!؟:،\n]{2,80})/u;
function weAreCompany(head: string, latin: LatinNames): string | null {
  const m = WE_ARE_COMPANY.exec(head);
  return m ? companyBefore(m[1] as string, latin) : null;
}

/** Rule 6: "مرحباً بكم في منصة سند!" near the top: one or two words after the lead noun, before the punctuation. */
const WELCOME = /مرحب(?:ا|اً|ًا)\s+(?:بكم|بك)\s+(?:في|فى|على)\s+([^.!؟:،\n]{2,40}?)\s*[.!؟:،\n]/u;
function welcomeTo(head: string): string | null {
  const m = WELCOME.exec(head.slice(0, 800));
  if (!m) return null;
  const tokens = clean(m[1] as string).split(' ');
  if (tokens.length > 1 && LEAD_NOUNS.has(fold(tokens[0] as string))) tokens.shift();
  if (tokens.length === 0 || tokens.length > 2 || !tokens.every((t) => hasArabic(t))) return null;
  // "مرحباً بكم في تطبيق "أوكي"": the quotes mark the name, they are not part of it.
  const name = tokens.join(' ').replace(QUOTES_AROUND, '');
  return name === '' || GENERIC.has(fold(name)) || isArabicKind(name) ? null : name;
}
const QUOTES_AROUND = /^["'«“”‘’]+|["'»”“’‘]+$/g;

/** Nouns that may open a title's name part without being the name: the app, the platform, the agency, the group. */
const LEAD_NOUNS = new Set(['تطبيق', 'منصه', 'موقع', 'متجر', 'وكاله', 'شركه', 'مؤسسه', 'مجموعه']);

/** Rule 4: "شروط الخدمة - زاهر": a short Arabic name beside an Arabic kind of document in the title. */
function arabicInTitle(doc: Doc): string | null {
  for (const t of [doc.title, firstHeading(doc)]) {
    const parts = titleParts(t);
    if (!parts.some(isArabicKind)) continue;
    for (const p of parts) {
      if (!hasArabic(p) || isArabicKind(p)) continue;
      const tokens = clean(p).split(' ');
      if (tokens.length > 1 && LEAD_NOUNS.has(fold(tokens[0] as string))) tokens.shift();
      const name: string[] = [];
      for (const tok of tokens) {
        const k = fold(tok);
        // "وكالة زاهر للتسويق": the describing phrase ends the name.
        if (/^(?:ل|بال)/.test(k) && name.length > 0) break;
        name.push(tok);
      }
      // A name is one or two words; a longer part is a slogan or a description.
      if (name.length === 0 || name.length > 2 || name.length < tokens.length - 3) continue;
      if (name.length !== tokens.length && !/^(?:ل|بال)/.test(fold(tokens[name.length] as string))) continue;
      const out = name.join(' ').replace(QUOTES_AROUND, '');
      if (out !== '' && !GENERIC.has(fold(out)) && !PROVIDER_ROLES.has(fold(out))) return out;
    }
  }
  return null;
}

/** Web addresses of mail providers and platforms say nothing about the vendor's own name. */
const PLATFORM_HOSTS = new Set([
  'gmail',
  'hotmail',
  'outlook',
  'yahoo',
  'icloud',
  'live',
  'apple',
  'google',
  'microsoft',
  'facebook',
  'instagram',
  'twitter',
  'x',
  'linkedin',
  'whatsapp',
  'wa',
  'youtube',
  'tiktok',
  'snapchat',
  't',
]);
const DOMAIN =
  /(?<![\w@.-])(?:https?:\/\/)?(?:www\.)?([a-z0-9][a-z0-9-]{0,40})\.(?:com|net|org|sa|ae|kw|qa|bh|om|eg|jo|pk|io|co|app|ai|me|info|biz|store|tech|dev|online|site)(?![\w-])|@([a-z0-9][a-z0-9-]{0,40})\.[a-z]{2,6}\b/gi;

const DOMAIN_AT = new RegExp(DOMAIN.source, 'iy');

/**
 * Does the page write a web address (or mail domain) of its own? The matches of DOMAIN in order, found without a
 * scan of the whole body (see latinUses): each has a dot followed by a Latin letter within 54 characters of its
 * start, so DOMAIN is tried (sticky) only at the 60 positions before each such dot.
 */
function ownDomain(body: string): boolean {
  let seen = 0;
  let next = 0; // the first start not tried yet
  for (let dot = body.indexOf('.'); dot !== -1; dot = body.indexOf('.', dot + 1)) {
    const c = body.charCodeAt(dot + 1);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127)) continue;
    for (let at = Math.max(next, dot - 60); at < dot; at++) {
      DOMAIN_AT.lastIndex = at;
      const m = DOMAIN_AT.exec(body);
      if (m === null) continue;
      const label = (m[1] ?? m[2] ?? '').toLowerCase();
      if (!PLATFORM_HOSTS.has(label)) return true;
      if (++seen > 200) return false;
      next = at + m[0].length;
      at = next - 1;
    }
    next = Math.max(next, dot);
  }
  return false;
}
