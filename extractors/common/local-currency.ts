// Currencies written without their country, and the countries that decide them (the card's refiners
// liabilityCap/localCurrency and liabilityCap/placedByLaw in extractors/card.ts read these tables).
//
// Two cases. A form that names a default currency however it is written: a bare "$" is read as USD and a bare riyal as
// SAR (common/money.ts, common/arabic-numbers.ts), right for US and Saudi documents; under the law of a country with a
// currency of the same name that reading is wrong, unless the document names the default one anywhere (LOCAL_CURRENCY).
// And a form with no default at all: "Rs. 500,000", "500 دينار" are read as a placeholder (LOCAL_RUPEE, LOCAL_DINAR),
// never left on a card: the governing law names the country's currency, or the amount is dropped (PLACED_BY_LAW).

/** Not a currency code: rupees written without their country ("Rs. 500,000", "250,000 rupees", "روبية"). */
export const LOCAL_RUPEE = 'rupee-of-the-governing-law';
/** Not a currency code: dinars written without their country ("5,000 دينار"). */
export const LOCAL_DINAR = 'dinar-of-the-governing-law';

/** Placeholder → governing country → ISO 4217. Under any other law the amount has no currency. */
export const PLACED_BY_LAW: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  [LOCAL_RUPEE]: { PK: 'PKR', IN: 'INR' },
  [LOCAL_DINAR]: { KW: 'KWD', BH: 'BHD', JO: 'JOD', IQ: 'IQD', LY: 'LYD', TN: 'TND', DZ: 'DZD' },
};

/**
 * Currencies read from a form that names no country, and the countries with a currency of that name: `written`, the
 * amount's own text when it is such a form; `named`, the default currency named anywhere in the document.
 */
export const LOCAL_CURRENCY: readonly {
  reads: string;
  written: RegExp;
  named: RegExp;
  local: Readonly<Record<string, string>>;
}[] = [
  {
    reads: 'USD',
    written: /^\$/,
    named: /\bUS\s?\$|\bU\.S\.\s?\$|\bUSD\b|\bU\.?S\.? dollars?\b|\bUnited States dollars?\b|\bUS dollars?\b/i,
    local: { AU: 'AUD', CA: 'CAD', NZ: 'NZD', SG: 'SGD', HK: 'HKD' },
  },
  {
    // "100,000 riyals", "١٠٠٬٠٠٠ ريال": no "Saudi"/"سعودي" and no code in the amount.
    reads: 'SAR',
    written: /^(?![\s\S]*(?:سعود|saudi|\bSAR\b|\bSR\b|ر\.\s?س))/i,
    named: /سعود[يى]|saudi\s+riy?als?|\bSAR\b/i,
    local: { QA: 'QAR', OM: 'OMR', YE: 'YER' },
  },
];
