import { describe, expect, it } from 'vitest';
import { arabicMatchForm } from '../extractors/common/arabic';
import {
  ARABIC_COUNTRIES,
  ARABIC_REGIONS,
  DEMONYMS,
  demonymPlace,
  findDemonyms,
  findJurisdictions,
  JURISDICTION_TABLE,
  resolveJurisdiction,
} from '../extractors/common/jurisdictions';
import { doublingRatio, LINEAR_RATIO } from '../scripts/lib/scaling';

const short = (text: string) => findJurisdictions(text).map((j) => [j.name, j.country, j.region]);

describe('jurisdiction table', () => {
  it('has no duplicate names and well-formed codes', () => {
    for (const table of [JURISDICTION_TABLE, DEMONYMS]) {
      const seen = new Set<string>();
      for (const [names, country, region] of table) {
        expect(country).toMatch(/^[A-Z]{2}$/);
        if (region !== null) {
          expect(region).toMatch(/^[A-Z]{2}-[A-Z0-9]{1,3}$/);
          expect(region.startsWith(`${country}-`)).toBe(true);
        }
        for (const name of names) {
          const key = name.toLowerCase().replace(/[\s-]+/g, ' ');
          expect(seen.has(key), name).toBe(false);
          seen.add(key);
        }
      }
    }
  });
});

describe('findJurisdictions', () => {
  it('reads the Gulf, Pakistani and Indian places forums name', () => {
    expect(short('the courts of Sharjah')).toEqual([['Sharjah', 'AE', 'AE-SH']]);
    expect(short('the courts of Dammam')).toEqual([['Dammam', 'SA', 'SA-04']]);
    expect(short('the courts at Rawalpindi')).toEqual([['Rawalpindi', 'PK', 'PK-PB']]);
    expect(short('the courts at Hyderabad')).toEqual([['Hyderabad', 'IN', 'IN-TG']]);
    // A town of another country keeps that country: "Alexandria, Virginia".
    expect(short('the courts of Alexandria, Virginia')).toEqual([['Alexandria, Virginia', 'US', 'US-VA']]);
  });

  it('reads a US state by its postal code after a town, not a shouted word or a heading after a comma', () => {
    expect(short('a court in Santa Rosa, NM, and')).toEqual([['NM', 'US', 'US-NM']]);
    expect(short('offices in Austin, TX 78701')).toEqual([['Austin, TX', 'US', 'US-TX']]);
    expect(short('INDIRECT, OR PUNITIVE')).toEqual([]);
    expect(short('this Agreement, IN WITNESS WHEREOF')).toEqual([]);
    expect(short('Tarrow Falls, QZ.')).toEqual([]);
  });

  it('keeps the article of long forms and reads prefixes', () => {
    expect(short('the laws of the Kingdom of Saudi Arabia.')).toEqual([['the Kingdom of Saudi Arabia', 'SA', null]]);
    expect(short('the laws of the State of Delaware')).toEqual([['the State of Delaware', 'US', 'US-DE']]);
    expect(short('the competent courts of the Canton de Vaud')).toEqual([['the Canton de Vaud', 'CH', 'CH-VD']]);
    expect(short('the courts of Genève or Zürich')).toEqual([
      ['Genève', 'CH', 'CH-GE'],
      ['Zürich', 'CH', 'CH-ZH'],
    ]);
    expect(short('in England and Wales')).toEqual([['England and Wales', 'GB', 'GB-ENG']]);
    expect(short('in the Netherlands')).toEqual([['the Netherlands', 'NL', null]]);
    expect(short('in Hong Kong SAR')).toEqual([['Hong Kong SAR', 'HK', null]]);
    expect(short('THE LAWS OF THE STATE OF CALIFORNIA')).toEqual([['THE STATE OF CALIFORNIA', 'US', 'US-CA']]);
  });

  it('reads the same whether lower-casing keeps the length (the lower-case pattern) or not ("İ": the ignore-case one)', () => {
    const sentence = 'the courts of the State of New York, or of Zürich, or of THE REPUBLIC OF TÜRKIYE';
    const expected = [
      ['the State of New York', 'US', 'US-NY'],
      ['Zürich', 'CH', 'CH-ZH'],
      ['THE REPUBLIC OF TÜRKIYE', 'TR', null],
    ];
    expect(short(sentence)).toEqual(expected);
    // "İ" lower-cases to two characters: the text is read with the ignore-case pattern, offsets intact.
    expect(short(`İçerik: ${sentence}`)).toEqual(expected);
    // Casing still decides: "turkey" the bird and "new york" in lower case are no places.
    expect(short('roast turkey served in new york style')).toEqual([]);
  });

  it('joins a region or city with its country', () => {
    expect(short('Quebec, Canada and the State of New York, USA')).toEqual([
      ['Quebec, Canada', 'CA', 'CA-QC'],
      ['the State of New York, USA', 'US', 'US-NY'],
    ]);
    expect(short('courts of Islamabad, Pakistan')).toEqual([['Islamabad, Pakistan', 'PK', 'PK-IS']]);
    expect(short('San Francisco, California, U.S.A.')).toEqual([['San Francisco, California, U.S.A.', 'US', 'US-CA']]);
    expect(short('Quebec, Canada Montreal Canada')).toEqual([
      ['Quebec, Canada', 'CA', 'CA-QC'],
      ['Montreal Canada', 'CA', 'CA-QC'],
    ]);
    // A country then a region is two mentions (a flattened table row).
    expect(short('Switzerland Canton de Vaud')).toEqual([
      ['Switzerland', 'CH', null],
      ['Canton de Vaud', 'CH', 'CH-VD'],
    ]);
  });

  it('resolves ambiguous names from their neighbours', () => {
    expect(short('Atlanta, Georgia')).toEqual([['Atlanta, Georgia', 'US', 'US-GA']]);
    expect(short('Georgia, USA')).toEqual([['Georgia, USA', 'US', 'US-GA']]);
    expect(short('the State of Georgia')).toEqual([['the State of Georgia', 'US', 'US-GA']]);
    expect(short('Tbilisi, Georgia')).toEqual([['Georgia', 'GE', null]]);
    expect(short('New Jersey, not Jersey')).toEqual([
      ['New Jersey', 'US', 'US-NJ'],
      ['Jersey', 'JE', null],
    ]);
    expect(short('Washington, D.C. or Washington')).toEqual([
      ['Washington, D.C.', 'US', 'US-DC'],
      ['Washington', 'US', 'US-WA'],
    ]);
    expect(short('London, Ontario')).toEqual([['London, Ontario', 'CA', 'CA-ON']]);
  });

  it('respects capitalization and abbreviations', () => {
    expect(short('a turkey from china for us')).toEqual([]);
    expect(short('contact us in the US')).toEqual([]);
    expect(short('Turkey and the UK')).toEqual([
      ['Turkey', 'TR', null],
      ['UK', 'GB', null],
    ]);
  });

  it('returns offsets into the text', () => {
    const text = 'Venue: Santa Clara County, California.';
    for (const j of findJurisdictions(text)) expect(text.slice(j.start, j.end)).toBe(j.name);
    expect(findJurisdictions(text)[0]?.start).toBe(7);
  });

  it('grows linearly with places and postal codes in one long sentence (doubling ratio)', () => {
    const text = (n: number) => 'courts of Boston and Tarrow Falls, OR, '.repeat(n);
    expect(findJurisdictions(text(3)).filter((j) => j.region === 'US-OR')).toHaveLength(3);
    expect(doublingRatio(text, (t) => findJurisdictions(t), 4000)).toBeLessThan(LINEAR_RATIO);
  });

  it('finds a place at every word a match can open (only runs no prefix or name starts with are skipped)', () => {
    // "the" opens a match only before a prefix or a name, and "The Hague" is a name opening with it.
    expect(short('Disputes go before the courts of The Hague.')).toEqual([['The Hague', 'NL', null]]);
    expect(short('under the the Netherlands rules')).toEqual([['the Netherlands', 'NL', null]]);
    expect(short('the State of the Netherlands')).toEqual([['the State of the Netherlands', 'NL', null]]);
    // A name right after a word of another script, and one whose first letter is not ASCII.
    expect(short('وفقاً لقوانين Singapore')).toEqual([['Singapore', 'SG', null]]);
    expect(short('seated in Zürich, Switzerland')).toEqual([['Zürich, Switzerland', 'CH', 'CH-ZH']]);
    expect(short('offices in Washington, D.C. only')).toEqual([['Washington, D.C.', 'US', 'US-DC']]);
    // Words that merely start like a name ("Newark" is not "New …", "Georgian" is not "Georgia") stay out.
    expect(short('Georgian wines and Texans')).toEqual([]);
  });

  it('stays fast on long adversarial text', () => {
    const text = 'The State of the State of the Province of '.repeat(5000);
    const t = Date.now();
    expect(findJurisdictions(text)).toEqual([]);
    expect(Date.now() - t).toBeLessThan(2000);
  });
});

describe('resolveJurisdiction', () => {
  it('resolves a whole name or nothing', () => {
    expect(resolveJurisdiction('the State of Delaware')).toEqual({
      name: 'the State of Delaware',
      country: 'US',
      region: 'US-DE',
    });
    expect(resolveJurisdiction('Quebec, Canada')).toEqual({ name: 'Quebec, Canada', country: 'CA', region: 'CA-QC' });
    expect(resolveJurisdiction('the Islamic Republic of Pakistan')?.country).toBe('PK');
    expect(resolveJurisdiction('Bavaria')).toEqual({ name: 'Bavaria', country: 'DE', region: 'DE-BY' });
    expect(resolveJurisdiction('Atlantis')).toBeNull();
    expect(resolveJurisdiction('France and Spain')).toBeNull();
    expect(resolveJurisdiction('offices in Paris')).toBeNull();
  });
});

describe('findDemonyms', () => {
  it('names the place of every demonym (its country or region row), and nothing for other words', () => {
    expect(demonymPlace('English')).toBe('England');
    expect(demonymPlace('Scottish')).toBe('Scotland');
    expect(demonymPlace('Saudi')).toBe('Saudi Arabia');
    expect(demonymPlace('Ireland')).toBeNull();
    expect(demonymPlace('courts')).toBeNull();
    for (const [names] of DEMONYMS) for (const n of names) expect(demonymPlace(n), n).not.toBeNull();
  });

  it('reads legal-system adjectives', () => {
    expect(findDemonyms('English law and the Swiss courts').map((d) => [d.name, d.country, d.region])).toEqual([
      ['English', 'GB', 'GB-ENG'],
      ['Swiss', 'CH', null],
    ]);
  });
});

describe('Arabic place tables', () => {
  const fold = (s: string) => arabicMatchForm(s).replace(/\u0640/g, '');
  it('give each folded Arabic name one place, and every region an ISO 3166-2 code of its country', () => {
    const seen = new Map<string, string>();
    for (const [names, country, region] of [...ARABIC_COUNTRIES, ...ARABIC_REGIONS]) {
      if (region) expect(region.startsWith(`${country}-`)).toBe(true);
      for (const n of names) {
        const key = fold(n);
        const where = `${country}|${region ?? ''}`;
        expect(seen.get(key) ?? where, n).toBe(where);
        seen.set(key, where);
      }
    }
  });
});

describe('a longer name not written as one: its first words may still be a place', () => {
  it('"Washington state", "New York state or federal court": the state, cased as a name', () => {
    expect(short('governed by Washington state law')).toEqual([['Washington', 'US', 'US-WA']]);
    expect(short('any New York state or federal court')).toEqual([['New York', 'US', 'US-NY']]);
    // Written as the longer name, it stays the longer name.
    expect(short('the courts of New York State')).toEqual([['New York State', 'US', 'US-NY']]);
  });
  it('look-alike: no word of it cased as a name', () => {
    expect(short('a washington state law')).toEqual([]);
  });
});
