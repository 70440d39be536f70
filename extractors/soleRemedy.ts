import { hasArabic } from './common/arabic';
import { foldArabic, rawStems } from './common/arabic-numbers';
import type { Doc, Sentence } from './common/doc';
import { makeFinding } from './common/finding';
import { headingHead } from './common/period';
import type { Finding } from './types';

/**
 * Whether service credits are the customer's sole and exclusive remedy for missing the
 * service level. True: "Service Credits shall be your sole and exclusive remedy", "your
 * sole remedy for any failure … is the receipt of a Service Credit", "sole liability for
 * SLA breaches is limited to the service credits". False only when said outright: "credits
 * are not the exclusive remedy", "credits are without prejudice to any other rights or
 * remedies". A sole remedy that is not about credits or the service level (warranty
 * re-performance, indemnities) is not this field.
 */

const PRECHECK = /sole|exclusive|only remedy|without prejudice|in addition to|cumulative|not limit|in lieu/i;
/** The sentence is about service credits (not a refund or credit of fees for a warranty breach). */
const SERVICE_CREDITS = /(?:service|SLA|availability|financial|uptime)[\s-](?:level\s)?credits?/i;
const CREDIT = /credit/i;
const SERVICE_LEVEL =
  /\bSLA\b|service level|up-?\s?time|availability|unavailab|downtime|interruption|outage|non-performance/i;

const SOLE =
  /\b(?:sole|exclusive|only)\s(?:and\s(?:exclusive|entire|only)\s)?(?:remed(?:y|ies)|recourse|compensation|liability|obligation)|\bremed(?:y|ies)\s(?:(?:set\sout|set\sforth|described|provided|stated)\s[^.;]{0,40}\s)?(?:is|are|shall\sbe|will\sbe)\s(?:the\s)?(?:sole|exclusive|only)\b|\bin\slieu\sof\s(?:any|all)\sother\sremed/i;
/** "are not the sole and exclusive remedy", "non-exclusive remedy", "not … exclusive". */
const NEGATED_SOLE =
  /\b(?:not|neither|nor)\s(?:be\s|constitute\s|deemed\s|intended\sto\sbe\s)?(?:the\s|a\s|your\s|customer['’]?s\s|its\s)?(?:sole|exclusive|only)\b|\bnon-?exclusive\sremed/i;
const NOT_SOLE =
  /\bwithout\sprejudice\sto\s(?:any\s|all\s)?(?:of\s)?(?:the\s|its\s|your\s|customer['’]?s\s)?(?:other\s)?(?:rights?|remed)|\bin\saddition\sto\s(?:any\s|all\s)?(?:of\s)?(?:the\s|its\s|your\s|customer['’]?s\s)?other\s(?:rights?|remed)|\b(?:does|do|shall|will)\snot\s(?:limit|restrict|affect|prejudice|waive)\s[^.;]{0,40}\b(?:other\s)?(?:rights?\sor\sremed|remed)|\bcumulative\b[^.;]{0,40}\bremed|\bnot\sin\slieu\sof,?\s(?:any\s|all\s)?(?:of\s)?(?:the\s|its\s|your\s|customer['’]?s\s)?(?:other\s)?(?:rights?|remed)/i;

function judge(sentence: Sentence): { value: boolean; confidence: number; rule: string } | null {
  const text = sentence.text;
  if (!PRECHECK.test(text)) return null;
  const serviceLevel = SERVICE_LEVEL.test(text);
  const heading = headingHead(sentence.heading);
  const credits =
    SERVICE_CREDITS.test(text) ||
    (CREDIT.test(text) && (serviceLevel || SERVICE_LEVEL.test(heading) || CREDIT.test(heading)));
  // Without credits in the sentence, only an SLA section's own sentence counts
  // ("the remedies in this SLA are your sole remedy for unavailability").
  if (!credits && !serviceLevel) return null;
  const sole = SOLE.exec(text);
  if (sole) {
    if (NEGATED_SOLE.test(text)) return credits ? { value: false, confidence: 0.8, rule: 'soleRemedy/notSole' } : null;
    // "Customer's sole remedy for repeated failures is termination": not credits.
    if (!credits && /\bterminat|\bcancel|\brefund|stop using|discontinu/i.test(text)) return null;
    if (!credits && !/remed|recourse|liability/i.test(sole[0])) return null;
    if (credits) {
      return { value: true, confidence: /remed|liabilit/i.test(sole[0]) ? 0.9 : 0.8, rule: 'soleRemedy/creditsSole' };
    }
    // Service level words only: "exclusive remedy for interruptions is set out in the Service Level Schedule".
    return { value: true, confidence: 0.7, rule: 'soleRemedy/serviceLevelSole' };
  }
  if (credits && NOT_SOLE.test(text)) return { value: false, confidence: 0.75, rule: 'soleRemedy/otherRemediesKept' };
  return null;
}

export function extractSoleRemedy(doc: Doc): Finding<boolean> | null {
  const found: Finding<boolean>[] = [];
  for (const s of doc.sentences) {
    const verdict = judge(s) ?? judgeArabic(s);
    if (verdict) found.push(makeFinding(doc, s, verdict.value, verdict.confidence, verdict.rule));
  }
  if (found.length === 0) return null;
  const best = found.reduce((a, b) => (b.confidence > a.confidence ? b : a));
  // Contradictory statements: keep the clearest, less sure.
  if (found.some((f) => f.value !== best.value)) {
    const other = found.filter((f) => f.value !== best.value).reduce((a, b) => (b.confidence > a.confidence ? b : a));
    if (other.confidence >= best.confidence) return null;
    return { ...best, confidence: Math.max(0, Math.round((best.confidence - 0.2) * 100) / 100) };
  }
  return best;
}

// --- Arabic (issue 10), on the folded matching form (common/arabic.ts: ة is ه, ى is ي, أ/إ/آ are
// ا). "يُعدّ رصيد الخدمة التعويض الوحيد والحصري للعميل" (true); "لا يُعد رصيد الخدمة التعويض
// الحصري", "دون الإخلال بأي حقوق أخرى" (false). Credits, or a service-level sentence, must be there.

const AR_PRECHECK = /وحيد|حصري|الاخلال|المساس|بالاضافه/;
const AR_RAW_PRECHECK = rawStems('وحيد', 'حصري', 'اخلال', 'مساس', 'اضافه');
// A discount ("الخصم", "الخصومات") is how some SLAs name the credit; it counts only beside service-level words (below).
const AR_CREDITS = /رصيد|ارصده|(?:^|[\s(«"“])(?:و|ف)?(?:ال)?(?:خصم|خصومات)(?![\u0600-\u06ff])/;
// "توافر" and "توفر" are both written for availability.
const AR_SERVICE_LEVEL = /مستوي\s+(?:ال)?خدمه|جاهزي|توفر|توافر|اتاحه|انقطاع|توقف|تعطل|\bSLA\b/i;
const AR_SOLE = /(?:ال)?(?:تعويض|علاج|انتصاف|سبيل|حل|حق|وسيله)\s+(?:ال)?(?:وحيد|حصري)|(?:ال)?وحيد\s+و\s?(?:ال)?حصري/;
const AR_NEGATED_SOLE =
  /(?:ليس|ليست|لا\s+(?:ي|ت)(?:عد|عتبر|مثل|شكل))\S{0,2}\s+(?:\S{1,12}\s+){0,3}?(?:ال)?(?:تعويض|علاج|انتصاف|سبيل|حل)\s+(?:ال)?(?:وحيد|حصري)|غير\s+حصري/;
const AR_OTHER_REMEDIES =
  /(?:دون|بدون|من\s+غير)\s+(?:ال)?(?:اخلال|مساس)\s+(?:ب|في\s+)?(?:اي\s+)?(?:ال)?(?:حقوق|تعويضات|سبل|حق)|بالاضافه\s+الي\s+(?:اي\s+)?(?:ال)?(?:حقوق|تعويضات|سبل)/;

function judgeArabic(sentence: Sentence): { value: boolean; confidence: number; rule: string } | null {
  // Every stem is Arabic letters: an English sentence is left by the cheaper letter test.
  if (!hasArabic(sentence.text) || !AR_RAW_PRECHECK.test(sentence.text)) return null;
  const t = foldArabic(sentence.text);
  if (!AR_PRECHECK.test(t)) return null;
  const heading = foldArabic(headingHead(sentence.heading));
  const credits =
    AR_CREDITS.test(t) &&
    (AR_SERVICE_LEVEL.test(t) ||
      AR_SERVICE_LEVEL.test(heading) ||
      AR_CREDITS.test(heading) ||
      /رصيد\s+(?:ال)?خدمه/.test(t));
  if (!credits && !AR_SERVICE_LEVEL.test(t)) return null;
  if (AR_SOLE.test(t)) {
    if (AR_NEGATED_SOLE.test(t))
      return credits ? { value: false, confidence: 0.8, rule: 'soleRemedy/arabicNotSole' } : null;
    // "التعويض الوحيد للعميل عن الانقطاع المتكرر هو إنهاء الاشتراك": not credits.
    if (!credits && /انهاء|الغا|استرداد/.test(t)) return null;
    return credits
      ? { value: true, confidence: 0.85, rule: 'soleRemedy/arabicCreditsSole' }
      : { value: true, confidence: 0.7, rule: 'soleRemedy/arabicServiceLevelSole' };
  }
  if (credits && AR_OTHER_REMEDIES.test(t))
    return { value: false, confidence: 0.75, rule: 'soleRemedy/arabicOtherRemediesKept' };
  return null;
}
