import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '../extractors/detect/features';
import model from '../extractors/detect/model.json';
import { MODEL, modelMatchesFeatures } from '../extractors/detect/score';
import * as V from '../extractors/detect/vocabulary';

// The word lists are data: these tests keep them clean the way tests/jurisdictions.test.ts keeps places.

/** Lists counted over lower-cased text, by category. A phrase in two of them would count twice. */
const COUNTED: Record<string, readonly string[]> = {
  legal: V.LEGAL_WORDS,
  marketing: V.MARKETING,
  editorial: V.EDITORIAL,
  formation: V.FORMATION,
  slaContent: V.SLA_CONTENT,
  privacyContent: V.PRIVACY_CONTENT,
};
/** Every list matched on lower-cased text. */
const LOWER_CASE: Record<string, readonly string[]> = {
  ...COUNTED,
  urlLegal: V.URL_LEGAL_WORDS,
  titleNotLegal: V.TITLE_NOT_LEGAL_WORDS,
  aboutToolNouns: V.ABOUT_TOOL_NOUNS,
  aboutPrepositions: V.ABOUT_PREPOSITIONS,
  selfQualifiers: V.SELF_QUALIFIERS,
  selfNouns: V.SELF_NOUNS,
  roleModals: V.ROLE_MODALS,
  pronouns: V.PRONOUNS,
  pronounModals: V.PRONOUN_MODALS,
  enumerators: V.ENUMERATORS,
  priceUnits: V.PRICE_UNITS,
  contractNouns: V.CONTRACT_NOUNS,
  means: V.MEANS,
  lineMeans: V.LINE_MEANS,
  ...Object.fromEntries(V.KIND_NAMES.map(([kind, names]) => [`kind:${kind}`, names])),
  ...Object.fromEntries(V.URL_KIND_NAMES.map(([kind, names]) => [`url:${kind}`, names])),
};
/** Lists matched case-sensitively, as written: capitalized words. */
const CAPITALIZED: Record<string, readonly string[]> = { roles: V.ROLES, sectionWords: V.SECTION_WORDS };

describe('detector vocabulary', () => {
  it('has no duplicates within a list', () => {
    for (const [name, list] of Object.entries({ ...LOWER_CASE, ...CAPITALIZED })) {
      const dupes = list.filter((w, i) => list.indexOf(w) !== i);
      expect(dupes, name).toEqual([]);
    }
  });

  it('is normalized: lower case (or capitalized where matched as written), single spaces, no edge spaces', () => {
    for (const [name, list] of Object.entries(LOWER_CASE)) {
      for (const w of list) {
        expect(w, name).toBe(w.toLowerCase());
        expect(w, name).toBe(w.trim().replace(/\s+/g, ' '));
        expect(w.length, name).toBeGreaterThan(0);
      }
    }
    for (const [name, list] of Object.entries(CAPITALIZED)) {
      for (const w of list) expect(w, name).toMatch(/^[A-Z][a-z]+$/);
    }
    // URL words are path words: letters, digits and hyphens only.
    for (const [, names] of V.URL_KIND_NAMES) for (const w of names) expect(w).toMatch(/^[a-z0-9-]+$/);
  });

  it('puts no phrase in two counted categories', () => {
    const seen = new Map<string, string>();
    for (const [name, list] of Object.entries(COUNTED)) {
      for (const w of list) {
        expect(seen.get(w), `"${w}" in ${name} and ${seen.get(w)}`).toBeUndefined();
        seen.set(w, name);
      }
    }
  });

  it('names each kind phrase under one kind only', () => {
    const seen = new Map<string, string>();
    for (const [kind, names] of V.KIND_NAMES) {
      for (const w of names) {
        expect(seen.get(w), `"${w}" names ${kind} and ${seen.get(w)}`).toBeUndefined();
        seen.set(w, kind);
      }
    }
  });

  it('keeps stems within sane bounds', () => {
    for (const [stem, min, max] of [...V.LEGAL_STEMS, ...V.SLA_STEMS, ...V.TITLE_NOT_LEGAL_STEMS]) {
      expect(stem).toBe(stem.toLowerCase());
      expect(min).toBeGreaterThanOrEqual(0);
      expect(max).toBeGreaterThanOrEqual(min);
    }
  });
});

describe('the stored model', () => {
  it('weighs exactly the features the code computes, in order', () => {
    expect(model.features).toEqual([...FEATURE_NAMES]);
    expect(modelMatchesFeatures()).toBe(true);
    expect(modelMatchesFeatures({ ...MODEL, features: [...FEATURE_NAMES].reverse() })).toBe(false);
  });

  it('has finite weights, positive scales and a probability threshold', () => {
    for (const v of [...MODEL.weights, ...MODEL.mean, MODEL.bias]) expect(Number.isFinite(v)).toBe(true);
    for (const s of MODEL.scale) expect(s).toBeGreaterThan(0);
    expect(MODEL.threshold).toBeGreaterThan(0);
    expect(MODEL.threshold).toBeLessThan(1);
  });

  it('leans the way the language does: legal vocabulary for, editorial furniture against', () => {
    const w = (f: (typeof FEATURE_NAMES)[number]) => MODEL.weights[FEATURE_NAMES.indexOf(f)] as number;
    expect(w('legalWords')).toBeGreaterThan(0);
    expect(w('titleNamesKind')).toBeGreaterThan(0);
    expect(w('editorial')).toBeLessThan(0);
    expect(w('titleOrHeadingDenies')).toBeLessThan(0);
  });
});
