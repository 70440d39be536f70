/**
 * The verdict: is this legal, and which kind? (OLD hand-set scoring, being replaced by the fitted model.)
 */

import type { DocKind } from '../types';
import { isNumberedHeading, type TextFeatures } from './features';
import type { Verdict } from './index';
import { deniesLegal, kindOfPhrase, kindOfUrl, urlLooksLegal } from './phrases';
import type { Kind } from './vocabulary';

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

export interface ScoreInput {
  url: string;
  title: string;
  headings: string[];
  features: TextFeatures;
}

/**
 * Legal evidence from the language's structure (obligations, defined terms, numbered
 * sections, a document naming itself), plus what the title, headings and URL call the
 * page, minus the furniture of marketing and editorial pages.
 */
export function scoreLegal(input: ScoreInput): Verdict {
  const f = input.features;
  const per1000 = (n: number) => (f.words > 0 ? (n * 1000) / Math.max(f.words, 150) : 0);
  const numbered = input.headings.reduce((n, h) => n + (isNumberedHeading(h) ? 1 : 0), 0);

  // What the language itself says, 0..1.
  const structure =
    0.3 * clamp01((per1000(f.legal) - 4) / 16) +
    0.2 * clamp01(per1000(f.obligations) / 4) +
    0.15 * clamp01(f.selfRefs / 3) +
    0.12 * clamp01(f.defined / 3) +
    0.1 * clamp01((f.sections + numbered) / 4) +
    0.13 * clamp01(per1000(f.shall) / 4);

  // What the page calls itself.
  const titleKind = kindOfPhrase(input.title);
  const titleDenied = deniesLegal(input.title);
  const urlKind = kindOfUrl(input.url);
  let naming = 0;
  if (titleKind && !titleDenied) naming += 0.25;
  if (urlKind) naming += 0.1;
  else if (urlLooksLegal(input.url)) naming += 0.05;
  if (input.headings.slice(0, 3).some((h) => kindOfPhrase(h) !== null && !deniesLegal(h))) naming += 0.1;
  // An SLA in plain words (uptime, credits, exclusions) still names what it is.
  if (per1000(f.slaContent) >= 8 && per1000(f.legal) >= 10) naming += 0.15;
  // So does a privacy notice, whose obligations are written as "we collect", "we use".
  else if (per1000(f.privacyContent) >= 6 && per1000(f.legal) >= 8) naming += 0.15;
  naming = Math.min(naming, 0.4);

  // Marketing and editorial pages. A nav bar's "Sign up" is forgiven: the first two hits are free.
  const noise = 0.5 * clamp01(per1000(Math.max(0, f.marketing - 2)) / 5) + 0.5 * clamp01(per1000(f.editorial) / 6);
  const denial = titleDenied ? 0.25 : 0;

  // Too few words to judge: scale the evidence down rather than guess.
  const sizeFactor = clamp01(f.words / 120);
  const raw = (0.8 * structure + naming) * sizeFactor - noise * (1 - structure * 0.5) - denial;
  const score = Math.round(clamp01(raw) * 100) / 100;
  const isLegal = score >= 0.5;
  if (!isLegal) return { isLegal, kind: 'other', score };
  const kind = pickKind(input, titleKind, urlKind, f) ?? kindFromContent(f);
  return { isLegal, kind, score };
}

function pickKind(input: ScoreInput, titleKind: DocKind | null, urlKind: DocKind | null, f: TextFeatures): Kind | null {
  const votes = new Map<Kind, number>();
  const vote = (k: DocKind | null, w: number) => {
    if (k && k !== 'other') votes.set(k, (votes.get(k) ?? 0) + w);
  };
  vote(titleKind, 4);
  for (let i = 0; i < Math.min(3, input.headings.length); i++) {
    vote(kindOfPhrase(input.headings[i] as string), i === 0 ? 3 : 1.5);
  }
  vote(urlKind, 2);
  for (const [k, n] of Object.entries(f.selfKinds)) vote(k as DocKind, Math.min(n, 3));
  let best: Kind | null = null;
  let bestScore = 0;
  for (const [k, s] of votes) if (s > bestScore) [best, bestScore] = [k, s];
  return best;
}

/** The kind when nothing names it: content words, then "terms" as the generic legal page. */
function kindFromContent(f: TextFeatures): Kind {
  const per1000 = (n: number) => (n * 1000) / Math.max(f.words, 150);
  if (per1000(f.slaContent) >= 8) return 'sla';
  if (per1000(f.privacyContent) >= 6) return 'privacy';
  return 'terms';
}
