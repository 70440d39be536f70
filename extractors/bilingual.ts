/**
 * Bilingual documents (Arabic and English side by side, or one after the other): the same
 * agreement read twice must not give a field two values. Every extractor reads both halves;
 * the refiner `bilingual/controllingText` (REFINERS in card.ts) then keeps, for each field and
 * slot (a notice kind, a support priority, the forum type, the governing law), the finding from
 * the controlling text and drops its translation, whether the translation agrees (it would count
 * one clause twice) or not (the controlling text decides).
 *
 * Which text controls: the governing-language clause ("the English version shall prevail",
 * "تسود النسخة العربية", "يُعتد بالنص العربي"); without one, the language most of the page is in.
 * A finding only the other half states is kept: there is nothing to contradict it.
 */

import { compactArabic } from './common/arabic';
import type { Doc } from './common/doc';
import { duplicatesOf } from './common/finding';
import { sentencesHolding } from './common/segment';
import type { Fields, Finding, Translation } from './types';

export type Script = 'ar' | 'en';

/** Arabic letters (U+0621–U+064A) and ASCII Latin letters in `text`, counted in one pass (a page is read twice per card). */
function letterCounts(text: string): { ar: number; en: number } {
  let ar = 0;
  let en = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0621 && c <= 0x064a) ar++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) en++;
  }
  return { ar, en };
}

/** The script most of a text is written in (a quote: Arabic with a Latin brand name is Arabic). */
export function scriptOf(text: string): Script {
  const { ar, en } = letterCounts(text);
  return ar > en ? 'ar' : 'en';
}

/** Both scripts carry at least a fifth of the letters and a few hundred each: two texts, not a quoted name. */
const MIN_SHARE = 0.2;
const MIN_LETTERS = 400;
/** Fewer letters in one script make two texts only with a governing-language clause ("the Arabic text prevails"). */
const MIN_STATED_LETTERS = 150;

export interface Layout {
  bilingual: boolean;
  /** The text that controls: from the governing-language clause, else the larger half. */
  controlling: Script;
  /** True when a governing-language clause said so. */
  stated: boolean;
}

// "the English version shall prevail", "in case of conflict the Arabic text controls", "the Arabic text prevails".
const EN_PREVAILS =
  /\b(English|Arabic)\s+(?:language\s+)?(?:version|text|language)\b[^.;]{0,60}?\b(?:(?:shall|will|should)\s+(?:prevail|control|govern)|(?:prevails|controls|governs)\b)/i;
// "تسود النسخة العربية", "يعتد بالنص الإنجليزي", "تكون اللغة العربية هي المعتمدة" (matching form).
const AR_PREVAILS =
  /(?:تسود|يسود|يعتد|تعتمد|يعتمد|المعتمده|الغلبه|الاولويه|يرجح|ترجح|المرجع)[^.;]{0,40}?(?:النسخه|النص|اللغه)\s+(العربيه|العربي|الانجليزيه|الانجليزي|الانكليزيه)|(?:النسخه|النص|اللغه)\s+(العربيه|العربي|الانجليزيه|الانجليزي|الانكليزيه)[^.;]{0,40}?(?:تسود|يسود|هي\s+المعتمده|هو\s+المعتمد|الغلبه|الاولويه|المرجع)/u;
/** Only sentences with a conflict or language word are read for the clause. */
const CLAUSE_PRECHECK = /prevail|control|تسود|يسود|يعتد|المعتمد|الغلبه|الاولويه|المرجع|يرجح|ترجح/iu;
/** CLAUSE_PRECHECK's words: the sentences holding one are found by indexOf before it runs on each. */
const CLAUSE_WORDS = [
  'prevail',
  'control',
  'تسود',
  'يسود',
  'يعتد',
  'المعتمد',
  'الغلبه',
  'الاولويه',
  'المرجع',
  'يرجح',
  'ترجح',
];

const layoutCache = new WeakMap<Doc, Layout>();

export function bilingualLayout(doc: Doc): Layout {
  const cached = layoutCache.get(doc);
  if (cached) return cached;
  const { ar, en } = letterCounts(doc.text);
  const total = ar + en;
  const shared = total > 0 && Math.min(ar, en) / total >= MIN_SHARE;
  let controlling: Script = ar > en ? 'ar' : 'en';
  let stated = false;
  if (shared && Math.min(ar, en) >= MIN_STATED_LETTERS) {
    for (const s of sentencesHolding(doc, CLAUSE_WORDS)) {
      if (s.text.length > 1000 || !CLAUSE_PRECHECK.test(s.text)) continue;
      const en1 = EN_PREVAILS.exec(s.text);
      const ar1 = en1 ? null : AR_PREVAILS.exec(compactArabic(s.text).text);
      const named = en1?.[1] ?? ar1?.[1] ?? ar1?.[2];
      if (!named) continue;
      controlling = /^(?:arabic|العربي)/i.test(named) ? 'ar' : 'en';
      stated = true;
      break;
    }
  }
  // A short agreement in both languages is two texts when it says which one prevails.
  const bilingual = shared && (Math.min(ar, en) >= MIN_LETTERS || stated);
  const layout = { bilingual, controlling, stated };
  layoutCache.set(doc, layout);
  return layout;
}

/** What a translation of the same clause shares with the original: the field's slot. */
function slotOf(field: string, value: unknown): string {
  const v = value as Record<string, unknown>;
  switch (field) {
    case 'notices':
      // One kind can have several periods in one agreement (a 15-day cure for non-payment, a 30-day cure for other
      // breaches), and the extractor already merged the periods both texts state alike: where the texts state a kind
      // unequally often, a different period is another clause, not a translation (keyed by kind alone, the English
      // 30-day cure was dropped for the Arabic 15-day one). Equally often, slotsOf pairs them in order instead.
      return `${String(v.kind)}|${String(v.amount)}|${String(v.unit)}`;
    case 'support':
      return String(v.priority ?? '').toLowerCase();
    case 'disputeForum':
      return String(v.type);
    default:
      return field;
  }
}

/**
 * The slot of each finding of a list field. Support targets, and notices of one kind, are paired in document order
 * when both texts state as many of them ("30 days" in the English clause, "ستون يوماً" in its Arabic version: one clause whose
 * texts differ, so the controlling one decides); otherwise by their period (slotOf), as two clauses of one kind.
 */
function slotsOf(field: string, list: readonly Finding<unknown>[], controls: readonly boolean[]): string[] {
  const slots = list.map((f) => slotOf(field, f.value));
  if (field !== 'notices' && field !== 'support') return slots;
  // Support targets: the priorities are named in each language ("Critical", "الحرجة"), so one group, in order.
  const kinds = list.map((f) => (field === 'support' ? 'support' : String((f.value as { kind?: unknown }).kind)));
  const counts = new Map<string, { mine: number; other: number }>();
  kinds.forEach((kind, i) => {
    const c = counts.get(kind) ?? { mine: 0, other: 0 };
    if (controls[i]) c.mine++;
    else c.other++;
    counts.set(kind, c);
  });
  const seen = new Map<string, number>();
  return kinds.map((kind, i) => {
    const c = counts.get(kind) as { mine: number; other: number };
    if (c.mine !== c.other || kind === 'other') return slots[i] as string;
    const side = `${kind}|${controls[i]}`;
    const at = seen.get(side) ?? 0;
    seen.set(side, at + 1);
    return `${kind}|#${at}`;
  });
}

/** What two versions must agree on: a support target's time (its priority is named in each language), else the value. */
const comparable = (v: unknown) =>
  v !== null && typeof v === 'object' && 'firstResponse' in v ? (v as { firstResponse: unknown }).firstResponse : v;
const sameValue = (a: Finding<unknown>, b: Finding<unknown>) =>
  JSON.stringify(comparable(a.value)) === JSON.stringify(comparable(b.value));

function translationOf(f: Finding<unknown>, same: boolean): Translation {
  return { quote: f.quote, start: f.start, end: f.end, language: scriptOf(f.quote), sameValue: same };
}

/**
 * Adds translations, one per distinct quote, to a copy of `main` (the list's findings are not mutated). `merged`: the
 * versions are ones the extractor merged with `main` under its own key (the same value, whatever each text calls the
 * place); otherwise a version agrees only when its value is equal.
 */
function addTranslations(
  main: Finding<unknown>,
  versions: readonly Finding<unknown>[],
  merged: boolean,
): Finding<unknown> {
  const seen = new Set((main.translations ?? []).map((tr) => tr.quote));
  const added = versions
    .filter((v) => !seen.has(v.quote) && seen.add(v.quote))
    .map((v) => translationOf(v, merged || sameValue(v, main)));
  return added.length > 0 ? { ...main, translations: [...(main.translations ?? []), ...added] } : main;
}

/**
 * The same value read in both texts, which the extractor already merged into one finding (duplicatesOf): the
 * controlling text's quote leads, the other text's becomes a translation.
 */
function withMergedVersion(f: Finding<unknown>, controlling: Script): Finding<unknown> {
  const script = scriptOf(f.quote);
  const others = duplicatesOf(f).filter((d) => scriptOf(d.quote) !== script);
  if (others.length === 0) return f;
  const promoted = script === controlling ? undefined : others[0];
  const main = promoted ?? f;
  const mainScript = scriptOf(main.quote);
  return addTranslations(
    main,
    [f, ...others].filter((d) => d !== main && scriptOf(d.quote) !== mainScript),
    true,
  );
}

/**
 * Keeps, per field and slot, the controlling text's findings; drops the other text's, whose quote the kept finding
 * carries in `translations` (a reader sees both versions of the clause, and whether they agree). A value both texts
 * state alike, which the extractor merged, gets its other version the same way, with the controlling text's quote first.
 */
export function keepControllingText(doc: Doc, fields: Fields): Fields {
  const layout = bilingualLayout(doc);
  if (!layout.bilingual) return fields;
  const out: Record<string, unknown> = { ...fields };
  for (const [field, value] of Object.entries(fields)) {
    if (!Array.isArray(value)) {
      if (value) out[field] = withMergedVersion(value as Finding<unknown>, layout.controlling);
      continue;
    }
    const list = (value as Finding<unknown>[]).map((f) => withMergedVersion(f, layout.controlling));
    // Whether each finding is quoted from the controlling text (read once: a quote's script is a pass over it).
    const controls = list.map((f) => scriptOf(f.quote) === layout.controlling);
    const slots = slotsOf(field, list, controls);
    // The first controlling finding of each slot keeps the other text's findings of that slot as translations.
    const owners = new Map<string, number>();
    const dropped = new Map<number, Finding<unknown>[]>();
    let n = 0;
    list.forEach((_f, i) => {
      if (!controls[i]) return;
      const slot = slots[i] as string;
      if (!owners.has(slot)) owners.set(slot, n);
      n++;
    });
    const result: Finding<unknown>[] = [];
    list.forEach((f, i) => {
      if (controls[i]) return;
      const owner = owners.get(slots[i] as string);
      if (owner === undefined) return;
      const versions = dropped.get(owner);
      if (versions) versions.push(f);
      else dropped.set(owner, [f]);
    });
    // Document order as before: controlling findings, and the other text's findings of slots the controlling text lacks.
    let k = 0;
    list.forEach((f, i) => {
      if (controls[i]) {
        const versions = dropped.get(k);
        result.push(versions ? addTranslations(f, versions, false) : f);
        k++;
      } else if (!owners.has(slots[i] as string)) result.push(f);
    });
    out[field] = result;
  }
  return out as unknown as Fields;
}
