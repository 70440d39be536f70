/**
 * The verdict: a small logistic regression over featureVector(), fitted on the corpus by
 * scripts/fit-detector.ts (`npm run fit:detector`) and stored in model.json, so no weight here
 * is set by hand. The same function scores a page's sample in the background (detectPage) and
 * a whole document in classifyDoc. The kind stays a vote of what the title, the first headings,
 * the URL and the text's "this SLA" self-references name.
 */
import { FEATURE_NAMES, featureVector, type Naming, naming, type ScoreInput, type TextFeatures } from './features';
import type { Verdict } from './index';
import model from './model.json';
import type { Kind } from './vocabulary';

export type { ScoreInput } from './features';

/** The stored model: features are standardized ((x - mean) / scale) before the weights apply. */
export interface DetectorModel {
  features: readonly string[];
  mean: readonly number[];
  scale: readonly number[];
  weights: readonly number[];
  bias: number;
  /** isLegal when the probability reaches this. */
  threshold: number;
}

export const MODEL: DetectorModel = model;

/** The model's probability that the input is a legal document. */
export function legalProbability(x: readonly number[], m: DetectorModel = MODEL): number {
  let z = m.bias;
  for (let i = 0; i < x.length; i++) {
    z += ((m.weights[i] as number) * ((x[i] as number) - (m.mean[i] as number))) / (m.scale[i] as number);
  }
  return 1 / (1 + Math.exp(-z));
}

/** Does the stored model weigh the features this code computes, in this order? (tests/detect-model.test.ts) */
export function modelMatchesFeatures(m: DetectorModel = MODEL): boolean {
  return (
    m.features.length === FEATURE_NAMES.length &&
    m.features.every((f, i) => f === FEATURE_NAMES[i]) &&
    m.mean.length === FEATURE_NAMES.length &&
    m.scale.length === FEATURE_NAMES.length &&
    m.weights.length === FEATURE_NAMES.length
  );
}

export function scoreLegal(input: ScoreInput): Verdict {
  const named = naming(input);
  const p = legalProbability(featureVector(input, named));
  const score = Math.round(p * 100) / 100;
  const isLegal = p >= MODEL.threshold;
  if (!isLegal) return { isLegal, kind: 'other', score };
  return { isLegal, kind: pickKind(input, named) ?? 'terms', score };
}

/**
 * The kind named most strongly: title, then first heading, URL, other headings, "this SLA" in the text. A numbered
 * section's heading ("4. Cancellation Policy" in terms that call themselves "the following terms") weighs as one
 * self-reference.
 */
function pickKind(input: ScoreInput, named: Naming): Kind | null {
  const votes = new Map<Kind, number>();
  const vote = (k: Kind | null, w: number) => {
    if (k) votes.set(k, (votes.get(k) ?? 0) + w);
  };
  if (!named.titleDenied) vote(named.titleKind, 4);
  // A title that names a contract no kind covers ("RESELLER AGREEMENT", "Supply Agreement") names the generic one, as a
  // title would: a policy or a notice the contract mentions ("this policy" of the partner's) does not outvote it.
  if (named.titleKind === null && named.contractTitle) vote('terms', 3);
  vote(named.headingKind, named.headingIsSection ? 1 : 3);
  vote(named.urlKind, 2);
  let kinded = 0;
  for (const [k, n] of Object.entries(input.features.selfKinds)) {
    vote(k as Kind, Math.min(n, 3));
    kinded += n;
  }
  // "this Agreement", "these Terms" name no kind but speak as the generic legal document: half a
  // vote each for terms, so one "this Acceptable Use Policy" inside a terms of service does not decide.
  vote('terms', Math.min(input.features.selfRefs - kinded, 3) * 0.5);
  // What the text is about, for a document whose title names nothing ("Uptime", credits, "we collect").
  // A contract ("Standard Actor Contract", "Supply Agreement") that speaks of personal data is still a contract: a
  // privacy policy is a notice and calls itself one.
  const content = kindFromContent(input.features);
  vote(content === 'privacy' && named.contractTitle ? null : content, 2);
  let best: Kind | null = null;
  let bestScore = 0;
  for (const [k, s] of votes) if (s > bestScore) [best, bestScore] = [k, s];
  return best;
}

/** The kind its content words say: SLA or privacy vocabulary, else null. */
function kindFromContent(f: TextFeatures): Kind | null {
  const per1000 = (n: number) => (n * 1000) / Math.max(f.words, 150);
  if (per1000(f.slaContent) >= 8) return 'sla';
  if (per1000(f.privacyContent) >= 6) return 'privacy';
  return null;
}
