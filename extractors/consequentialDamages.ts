import { foldedWordsRegExp, hasArabic } from './common/arabic';
import { foldArabic } from './common/arabic-numbers';
import { endsOpen, wrappedSpan } from './common/clause';
import type { Doc, Sentence } from './common/doc';
import { bestFinding, makeFinding } from './common/finding';
import { leadInOf } from './common/segment';
import { traceEvent } from './common/trace';
import type { Finding } from './types';

/*
 * Is recovery of indirect / consequential / incidental / special / punitive damages (or
 * lost profits) excluded? true when a sentence excludes them for the vendor or for both
 * parties; false only when the document says such damages ARE recoverable; null otherwise.
 * Per sentence, keyword pre-check first, every gap bounded.
 */

const PRECHECK = /consequential|indirect|incidental|special|punitive|exemplary|profits|revenue|economic\s+loss/i;

/** A kind of damages that the clause names: "indirect, incidental… damages", "loss of profits". */
const DAMAGE_KIND =
  /\b(?:consequential|indirect|incidental|punitive|exemplary|special|multiplied|treble)\b[^.;:]{0,100}?\b(?:damages?|loss(?:es)?|harm|costs?)\b|\b(?:lost|loss\s+of|loss\s+or\s+damage\s+to)\s+(?:anticipated\s+|actual\s+|future\s+)?(?:profits?|revenues?|earnings|business|goodwill|savings)\b|\bpure\s+economic\s+loss/i;

const KIND_WORDS = /\b(?:consequential|indirect|incidental|punitive|exemplary|special)\b/gi;

/**
 * The clause takes liability away. Besides "neither party" and "in no event", contracts between
 * named parties say "Neither Acme nor Distributor will be liable", "No party or its affiliates
 * shall be liable", "None of X, Y or their affiliates shall have any liability" (last branch).
 */
const EXCLUSION =
  /\b(?:(?:shall|will|may|does|do|is|are)\s+not\s+(?:be\s+)?(?:held\s+)?(?:liable|responsible|obligated)|(?:shall|will)\s+have\s+no\s+(?:liability|responsibility|obligation)|(?:shall|will|does|do)\s+not\s+have\s+any\s+(?:liability|responsibility)|neither\s+of\s+(?:us|the\s+parties)|(?:is|are)\s+not\s+(?:liable|responsible)|['’](?:re|s)\s+not\s+(?:liable|responsible)|in\s+no\s+event|(?:under|in)\s+no\s+circumstances?|neither\s+party|no\s+liability|not\s+be\s+liable|nor\s+(?:shall|will)\b[^.;]{0,40}\bliable|(?:expressly\s+)?exclud(?:es?|ed|ing)|disclaim(?:s|ed)?|waives?|waived|no\s+event\s+(?:shall|will)|bears?\s+no\s+(?:liability|responsibility)|without\s+liability\s+for|(?:neither\b[^.;]{1,120}?\bnor\b|no\s+party\b|none\s+of\b)[^.;]{0,120}?\b(?:shall|will|may)\s+(?:in\s+any\s+event\s+)?(?:be\s+(?:held\s+)?(?:liable|responsible)|have\s+any\s+(?:liability|responsibility)))\b/i;

/** The clause says they can be recovered. */
const RECOVERABLE =
  /\b(?:(?:shall|will|may|can)\s+(?:be\s+entitled\s+to\s+)?recover|(?:is|are|shall\s+be|will\s+be)\s+(?:fully\s+)?recoverable|(?:shall|will)\s+be\s+liable\s+for\s+(?:all\s+)?(?:direct\s+(?:and|or)\s+)?(?:indirect|consequential))\b/i;
const NEGATION = /\b(?:not|no|never|neither|nor|exclud\w*|waive\w*|disclaim\w*|except|without)\b/i;
const RESTRICTED = /\b(?:only|solely)\b/i;

/** A negated exclusion: "Nothing in this Agreement excludes…", "does not limit or exclude". */
const NEGATED_EXCLUSION =
  /\bnothing\s+in\b[^.;]{0,80}?\b(?:exclud\w{0,4}|limit\w{0,4})(?:\s+or\s+(?:exclud|limit)\w{0,4})?|\b(?:does|do|shall|will|is|are)\s+not\s+(?:intended\s+to\s+)?(?:(?:limit|restrict)\w{0,4}\s+or\s+)?exclud\w{0,4}/gi;

/** Carve-outs and definitions mention the exclusion without making it. */
const CARVE_OUT = /\b(?:(?:shall|will|does|do)\s+not\s+apply|not\s+(?:limit|exclude)|nothing\s+in)\b/i;

const CUSTOMER_WORD =
  '(?:customer|client|subscriber|licensee|buyer|purchaser|user|you|distributor|reseller|partner|merchant)';
/** "Customer shall not be liable for…" protects the customer only. */
const CUSTOMER_SUBJECT = new RegExp(
  `\\b${CUSTOMER_WORD}s?\\s+(?:(?:shall|will|may|is|are|does)\\s+)?(?:(?:not|in\\s+no\\s+event)\\s+)?(?:be\\s+)?(?:held\\s+)?(?:liable|responsible)` +
    `|\\b(?:shall|will)\\s+${CUSTOMER_WORD}\\s+be\\s+(?:liable|responsible)` +
    `|\\byou['’]re\\s+not\\s+(?:liable|responsible)` +
    `|\\b${CUSTOMER_WORD}(?:['’]s|r)\\s+(?:[\\w-]+\\s+){0,2}?liabilit`,
  'i',
);
/** Both parties named ("neither party", "neither Acme nor Distributor", "no party"): a mutual exclusion. */
const MUTUAL_SUBJECT =
  /\b(?:either|each|neither|both|no)\s+part(?:y|ies)\b|\bthe\s+parties\b|\bneither\b[^.;]{1,80}?\bnor\b|\bnone\s+of\b/i;
const OTHER_SUBJECT = new RegExp(
  `${MUTUAL_SUBJECT.source}|\\b(?:we|our|us)\\b|\\b(?:vendor|provider|supplier|licensor|company|processor)\\b`,
  'i',
);
/** The customer gives up its claims: that protects the vendor. */
const CUSTOMER_WAIVES = new RegExp(`\\b${CUSTOMER_WORD}s?\\s+(?:hereby\\s+)?(?:irrevocably\\s+)?waives?\\b`, 'i');

/**
 * "IN NO EVENT SHALL EITHER PARTY BE LIABLE FOR:" followed by a list: the lead-in sentence, if
 * any. The list's lead-in comes from the shared per-document index (segment.ts `leadInOf`),
 * across earlier items ("(a) lost profits;") at most four sentences back.
 */
function leadIn(doc: Doc, index: number): Sentence | null {
  const lead = leadInOf(doc, index, 4);
  return lead && EXCLUSION.test(lead.text) ? lead : null;
}

/** Page furniture between two halves of a sentence: "23", "-7-", "Page 4 of 12", a filing's "Source: …, 1/2/2019" footer. */
const PAGE_MARK =
  /^\s*(?:[-–—]?\s?\d{1,4}\s?[-–—]?|page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|source:\s[^\n]{1,150}\d{1,2}\/\d{1,2}\/\d{2,4})\s*$/i;

/** Short segments seen three times or more in a document: running page headers ("Distributor Agreement"). */
const RUNNING_HEADERS = new WeakMap<Doc, Set<string>>();

function runningHeaders(doc: Doc): Set<string> {
  let set = RUNNING_HEADERS.get(doc);
  if (set) return set;
  const counts = new Map<string, number>();
  for (const s of doc.sentences) if (s.text.length <= 80) counts.set(s.text, (counts.get(s.text) ?? 0) + 1);
  set = new Set([...counts].filter(([, n]) => n >= 3).map(([t]) => t));
  RUNNING_HEADERS.set(doc, set);
  return set;
}

/** Page numbers, footers and running headers: what a page break puts inside a sentence. */
function pageFurniture(doc: Doc, s: Sentence): boolean {
  return PAGE_MARK.test(s.text) || (s.text.length <= 80 && runningHeaders(doc).has(s.text));
}

/**
 * A sentence cut by a page break ("…in no event shall either party" / "23" / "have any liability,
 * … for any consequential loss"): the segment starts in lower case and the last segment before it,
 * page numbers, footers and running headers skipped, ends open (wrappedSpan only joins lines of 40 characters or
 * more, and never across a page number). Returns where that segment starts, or null. At most
 * three segments back and 900 characters.
 */
function pageBrokenStart(doc: Doc, first: number): number | null {
  const s = doc.sentences[first];
  if (!s || !/^[a-z]/.test(s.text)) return null;
  for (let k = first - 1, n = 0; k >= 0 && n < 3; k--, n++) {
    const prev = doc.sentences[k] as Sentence;
    if (pageFurniture(doc, prev)) continue;
    return endsOpen(prev.text) && s.end - prev.start <= 900 ? prev.start : null;
  }
  return null;
}

/** The segment index where `start` falls, looking back from `index` (a few segments at most). */
function segmentAt(doc: Doc, index: number, start: number): number {
  let k = index;
  while (k > 0 && (doc.sentences[k - 1] as Sentence).start >= start) k--;
  return k;
}

function readSentence(doc: Doc, index: number): Finding<boolean> | null {
  const s = doc.sentences[index] as Sentence;
  if (!PRECHECK.test(s.text)) return null;
  const kind0 = DAMAGE_KIND.exec(s.text);
  if (!kind0) return null;
  // A list item under "…shall not be liable for:" reads with its lead-in; a line of hard-wrapped
  // text with the lines of its sentence.
  const lead = EXCLUSION.test(s.text) ? null : leadIn(doc, index);
  let wrapped = EXCLUSION.test(s.text) || lead ? null : wrappedSpan(doc, index);
  let pageBroken = false;
  if (wrapped && !EXCLUSION.test(doc.text.slice(wrapped.start, wrapped.end))) {
    const from = pageBrokenStart(doc, segmentAt(doc, index, wrapped.start));
    if (from !== null) {
      wrapped = { start: from, end: wrapped.end };
      pageBroken = true;
    }
  }
  const span = lead ? { start: lead.start, end: s.end } : (wrapped ?? s);
  const text = doc.text.slice(span.start, span.end);
  const kind = lead || wrapped ? (DAMAGE_KIND.exec(text) as RegExpExecArray) : kind0;
  const before = text.slice(0, kind.index);
  // "Nothing in this Agreement excludes liability for consequential loss arising from wilful
  // default": a carve-out that keeps the liability, with no exclusion of its own.
  const exclusion = EXCLUSION.test(text.replace(NEGATED_EXCLUSION, ' ')) ? EXCLUSION.exec(text) : null;
  if (exclusion) {
    // "Customer shall not be liable for indirect damages": protects the customer only.
    const subjectText = text.slice(0, Math.max(exclusion.index + exclusion[0].length, kind.index));
    if (
      CUSTOMER_SUBJECT.test(subjectText) &&
      !OTHER_SUBJECT.test(subjectText.replace(/\b(?:to|against|towards)\s+(?:the\s+)?[\w-]+/gi, '')) &&
      !CUSTOMER_WAIVES.test(text)
    ) {
      traceEvent({
        field: 'consequentialDamages',
        rule: 'consequentialDamages/exclusion',
        outcome: 'rejected',
        start: span.start,
        end: span.end,
        why: 'protects the customer only',
      });
      return null;
    }
    let confidence = 0.75;
    if (
      /\b(?:in\s+no\s+event|(?:under|in)\s+no\s+circumstances?|neither\s+party|not\s+be\s+liable|shall\s+not\s+be|will\s+not\s+be)\b/i.test(
        text,
      )
    )
      confidence += 0.1;
    KIND_WORDS.lastIndex = 0;
    const kinds = new Set((text.match(KIND_WORDS) ?? []).map((w) => w.toLowerCase()));
    if (kinds.size >= 2) confidence += 0.05;
    if (/liabilit|damages/i.test(s.heading ?? '')) confidence += 0.05;
    if (CARVE_OUT.test(text)) confidence -= 0.25;
    // "directly or indirectly": the only kind word far from any exclusion is weak evidence.
    if (Math.abs(exclusion.index - kind.index) > 300) confidence -= 0.2;
    if (lead) confidence -= 0.05;
    // A mutual exclusion ("neither party") is the clause a reader looks for when a contract also
    // has one-sided ones (an end-user licence attached, a supplier's warranty section).
    if (MUTUAL_SUBJECT.test(subjectText)) confidence += 0.03;
    const rule = lead
      ? 'listUnderLeadIn'
      : pageBroken
        ? 'pageBrokenExclusion'
        : wrapped && wrapped.start !== s.start
          ? 'wrappedExclusion'
          : 'exclusion';
    return makeFinding(doc, span, true, confidence, `consequentialDamages/${rule}`);
  }
  if (
    RECOVERABLE.test(text) &&
    !NEGATION.test(text) &&
    // "liable for consequential damages only to the extent required by law": a restriction, not a right to recover.
    !RESTRICTED.test(text) &&
    /\b(?:indirect|consequential|incidental|special|punitive)\b/i.test(before + kind[0])
  ) {
    return makeFinding(doc, span, false, 0.6, 'consequentialDamages/statedRecoverable');
  }
  return null;
}

// Arabic (rule `consequentialDamages/arabicExcluded`): a disclaimer of responsibility
// ("لن نكون مسؤولين", "لا/لن تتحمل الشركة", "غير مسؤولة", "لا تقع على الشركة أي مسؤولية") in the
// same sentence as damage words and a kind of damages ("غير مباشرة", "تبعية", "عرضية", "عقابية",
// "تأديبية", "رادعة", lost profits "خسارة الأرباح"). "غير" alone is not a
// negation of responsibility, and a sentence that only mentions such damages does not fire.
const AR_DISCLAIMER =
  /(?:(?:لن|لا)\s+(?:نكون|تكون|يكون|نتحمل|تتحمل|يتحمل)|غير\s+مس[ؤئ]ول|(?:ن|ت|ي)خلي\s+مس[ؤئ]وليت|اخلاء\s+(?:ال)?مس[ؤئ]وليه|لا\s+(?:تقع|يقع)\s+(?:\S{1,12}\s+){0,2}?(?:اي\s+)?مس[ؤئ]وليه)/u;
/**
 * The drafting of Egyptian and Levantine contracts: "لا تُسأل الشركة عن" (is not held liable for), "لا تلتزم الشركة
 * بالتعويض عن" (is not bound to compensate), "لا يحق للعميل المطالبة بالتعويض عن" (is not entitled to claim).
 */
const AR_DISCLAIMER_FORMAL =
  /(?:لن|لا)\s+(?:ت|ي|ن)سال(?![\u0621-\u064a])|(?:لن|لا)\s+(?:ت|ي|ن)لتزم\s+(?:\S{1,15}\s+){0,2}?ب(?:ال)?تعويض|(?:لن|لا)\s+يحق\s+(?:\S{1,15}\s+){0,2}?(?:ال)?مطالبه\s+(?:ب(?:ال)?)?تعويض/u;
const AR_DAMAGE = /(?:ضرر|اضرار|خسائر|خساره)/u;
/** AR_DAMAGE's words on the raw text: most sentences are left before they are folded. */
const AR_DAMAGE_RAW = foldedWordsRegExp(['ضرر', 'اضرار', 'خسائر', 'خساره']);
const AR_KIND =
  /(?:غير\s+(?:ال)?مباشره|(?:ال)?تبعيه|(?:ال)?عرضيه|(?:ال)?عقابيه|(?:ال)?تاديبيه|(?:ال)?رادعه|(?:خساره|فقدان|فوات)\s+(?:ال)?(?:ارباح|ربح|كسب|ايرادات))/u;

function readArabicSentence(doc: Doc, index: number): Finding<boolean> | null {
  const s = doc.sentences[index];
  // Each of AR_DAMAGE's words has a ض or a خ, which no other letter folds to: a look for them first spares most
  // sentences the regex (V8 compiles one first run on Arabic text late in a process without its optimizations).
  if (!s || !hasArabic(s.text) || !(s.text.includes('ض') || s.text.includes('خ')) || !AR_DAMAGE_RAW.test(s.text))
    return null;
  const t = foldArabic(s.text);
  if (!AR_KIND.test(t) || !AR_DAMAGE.test(t) || !(AR_DISCLAIMER.test(t) || AR_DISCLAIMER_FORMAL.test(t))) return null;
  return makeFinding(doc, s, true, 0.7, 'consequentialDamages/arabicExcluded');
}

/** true: indirect/consequential damages are excluded; false: stated recoverable; null: not stated. */
export function extractConsequentialDamages(doc: Doc): Finding<boolean> | null {
  const found: Finding<boolean>[] = [];
  for (let i = 0; i < doc.sentences.length; i++) {
    const f = readSentence(doc, i) ?? readArabicSentence(doc, i);
    if (f && f.confidence >= 0.4) found.push(f);
  }
  const excluded = bestFinding(found.filter((f) => f.value));
  // An exclusion anywhere outweighs a recoverable statement (usually about a carve-out).
  return excluded ?? bestFinding(found);
}
