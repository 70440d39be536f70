import { describe, expect, it } from 'vitest';
import { CORPORATE_FORMS, isCorporateForm } from '../extractors/common/corporate-forms';
import { shortName } from '../extractors/vendor';
import { normalizeVendorName } from '../utils/db';

describe('corporate forms: one list', () => {
  it('recognises forms whatever their case and punctuation', () => {
    for (const form of ['Inc.', 'LTD', 'S.A.', 's.a.r.l.', 'GmbH', 'Pte.', 'A/S', 'K.K.'])
      expect(isCorporateForm(form)).toBe(true);
    for (const word of ['Acme', 'Cloud', 'Services', '']) expect(isCorporateForm(word)).toBe(false);
  });

  it('is the list the vendor store uses to group names', () => {
    expect(normalizeVendorName('Kaigo Systems KK')).toBe(normalizeVendorName('KAIGO SYSTEMS'));
    expect(normalizeVendorName('Tarnvik Pvt. Ltd.')).toBe('tarnvik');
    // Arabic names keep their letters (an ASCII-only key made every Arabic-named vendor the same, empty, key).
    expect(normalizeVendorName('رمال السحابية،')).toBe('رمال السحابية');
    expect(normalizeVendorName('رمال السحابية')).not.toBe(normalizeVendorName('نجد للحلول'));
  });
});

describe('corporate forms: the list itself', () => {
  it('is unique and lower case', () => {
    expect(new Set(CORPORATE_FORMS).size).toBe(CORPORATE_FORMS.length);
    for (const form of CORPORATE_FORMS) expect(form).toBe(form.toLowerCase());
  });

  it('holds the Gulf forms, and shortName drops the "M/s." South Asian contracts put before a name', () => {
    expect(shortName('Emirates Cloud PJSC')).toBe('Emirates Cloud');
    expect(shortName('Gulf Bridge Networks B.S.C.')).toBe('Gulf Bridge');
    expect(shortName('Sahel Hosting SAOG')).toBe('Sahel Hosting');
    expect(shortName('Al Noor Trading Est.')).toBe('Al Noor Trading');
    expect(shortName('M/s. Zarnab Technologies (Pvt.) Ltd.')).toBe('Zarnab');
    expect(shortName('Messrs Indus Data Limited')).toBe('Indus Data');
    expect(shortName('Halbach Chemie KGaA')).toBe('Halbach Chemie');
    expect(shortName('Tiefland Software SE')).toBe('Tiefland');
    // Look-alikes: "Establishment" spelled out names companies ("Establishment Labs"); "M/s" alone is nothing.
    expect(isCorporateForm('Establishment')).toBe(false);
    expect(shortName('M/s.')).toBeNull();
  });

  it('is the list vendor names are shortened with', () => {
    expect(shortName('Tarnvik Oyj')).toBe('Tarnvik');
    expect(shortName('Tarnvik A/S')).toBe('Tarnvik');
  });
});

describe('isCorporateForm: forms written with letters beyond a–z', () => {
  it('knows the Estonian "OÜ" ("Section31 OÜ") in any case', () => {
    expect(isCorporateForm('OÜ')).toBe(true);
    expect(isCorporateForm('oü')).toBe(true);
  });
  it('look-alike: the French "ou" (or) and a bare "O" are no form', () => {
    expect(isCorporateForm('ou')).toBe(false);
    expect(isCorporateForm('O')).toBe(false);
  });
});
