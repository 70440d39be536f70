import { arabicLoose } from './arabic';
import type { Doc, Sentence } from './doc';
/**
 * Place names → ISO codes, for governing law and dispute forums.
 *
 * The data is a readable table: each row is [names, country (ISO 3166-1 alpha-2),
 * region (ISO 3166-2) or null]. Rows are grouped by what they name (countries, their
 * subdivisions, cities that appear as forums); a city maps to its country and, where
 * the subdivision is what a contract would name, its region ("Montreal" → CA-QC).
 * Names are matched case-insensitively, but a name's capitalized words must be
 * capitalized in the text ("Turkey" the country, not "turkey"), and all-capital
 * abbreviations ("UK", "USA") must match exactly.
 *
 * One regex is built at module load from every name, longest first, so "New Jersey"
 * wins over "Jersey" and "Washington, D.C." over "Washington". Generic prefixes
 * ("the State of", "Province of", "Canton de", "County of") are accepted before any
 * name. A region followed by its country ("Quebec, Canada") is one mention.
 */

export type JurisdictionRow = readonly [names: readonly string[], country: string, region: string | null];

export interface JurisdictionMention {
  /** As written, including a leading "the" of a long form ("the Kingdom of Saudi Arabia"). */
  name: string;
  country: string;
  region: string | null;
  start: number;
  end: number;
}

// Countries: ISO 3166-1 short and official names, plus common English forms.
export const COUNTRIES: readonly JurisdictionRow[] = [
  [['United States', 'United States of America', 'USA', 'U.S.A.', 'U.S.', 'U. S.'], 'US', null],
  [
    [
      'United Kingdom',
      'United Kingdom of Great Britain and Northern Ireland',
      'UK',
      'U.K.',
      'Great Britain',
      'Britain',
    ],
    'GB',
    null,
  ],
  [['Netherlands', 'Kingdom of the Netherlands', 'Holland'], 'NL', null],
  [['Hong Kong', 'Hong Kong SAR', 'Hong Kong Special Administrative Region', 'HKSAR'], 'HK', null],
  [['Macao', 'Macau', 'Macao SAR', 'Macau SAR', 'Macao Special Administrative Region'], 'MO', null],
  [['Svalbard and Jan Mayen'], 'SJ', null],
  [['Aruba'], 'AW', null],
  [['Afghanistan', 'Islamic Republic of Afghanistan'], 'AF', null],
  [['Angola', 'Republic of Angola'], 'AO', null],
  [['Anguilla'], 'AI', null],
  [['Åland Islands', 'Aland Islands'], 'AX', null],
  [['Albania', 'Republic of Albania'], 'AL', null],
  [['Andorra', 'Principality of Andorra'], 'AD', null],
  [['United Arab Emirates', 'UAE', 'U.A.E.'], 'AE', null],
  [['Argentina', 'Argentine Republic'], 'AR', null],
  [['Armenia', 'Republic of Armenia'], 'AM', null],
  [['American Samoa'], 'AS', null],
  [['Antigua and Barbuda', 'Antigua & Barbuda'], 'AG', null],
  [['Australia'], 'AU', null],
  [['Austria', 'Republic of Austria'], 'AT', null],
  [['Azerbaijan', 'Republic of Azerbaijan'], 'AZ', null],
  [['Burundi', 'Republic of Burundi'], 'BI', null],
  [['Belgium', 'Kingdom of Belgium'], 'BE', null],
  [['Benin', 'Republic of Benin'], 'BJ', null],
  [['Bonaire'], 'BQ', null],
  [['Burkina Faso'], 'BF', null],
  [['Bangladesh', "People's Republic of Bangladesh"], 'BD', null],
  [['Bulgaria', 'Republic of Bulgaria'], 'BG', null],
  [['Bahrain', 'Kingdom of Bahrain'], 'BH', null],
  [['Bahamas', 'Commonwealth of the Bahamas'], 'BS', null],
  [['Bosnia and Herzegovina', 'Republic of Bosnia and Herzegovina', 'Bosnia & Herzegovina', 'Bosnia'], 'BA', null],
  [['Saint Barthélemy', 'Saint Barthelemy', 'St. Barthélemy'], 'BL', null],
  [['Belarus', 'Republic of Belarus'], 'BY', null],
  [['Belize'], 'BZ', null],
  [['Bermuda'], 'BM', null],
  [['Bolivia', 'Plurinational State of Bolivia'], 'BO', null],
  [['Brazil', 'Federative Republic of Brazil'], 'BR', null],
  [['Barbados'], 'BB', null],
  [['Brunei Darussalam', 'Brunei'], 'BN', null],
  [['Bhutan', 'Kingdom of Bhutan'], 'BT', null],
  [['Botswana', 'Republic of Botswana'], 'BW', null],
  [['Central African Republic'], 'CF', null],
  [['Canada'], 'CA', null],
  [['Cocos Islands'], 'CC', null],
  [['Switzerland', 'Swiss Confederation'], 'CH', null],
  [['Chile', 'Republic of Chile'], 'CL', null],
  [['China', "People's Republic of China", 'PRC', 'Mainland China'], 'CN', null],
  [["Côte d'Ivoire", "Republic of Côte d'Ivoire", "Cote d'Ivoire", 'Ivory Coast'], 'CI', null],
  [['Cameroon', 'Republic of Cameroon'], 'CM', null],
  [['Democratic Republic of the Congo', 'DRC'], 'CD', null],
  [['Congo', 'Republic of the Congo', 'Republic of Congo', 'Congo-Brazzaville'], 'CG', null],
  [['Cook Islands'], 'CK', null],
  [['Colombia', 'Republic of Colombia'], 'CO', null],
  [['Comoros', 'Union of the Comoros'], 'KM', null],
  [['Cabo Verde', 'Republic of Cabo Verde', 'Cape Verde'], 'CV', null],
  [['Costa Rica', 'Republic of Costa Rica'], 'CR', null],
  [['Cuba', 'Republic of Cuba'], 'CU', null],
  [['Curaçao', 'Curacao'], 'CW', null],
  [['Christmas Island'], 'CX', null],
  [['Cayman Islands'], 'KY', null],
  [['Cyprus', 'Republic of Cyprus'], 'CY', null],
  [['Czechia', 'Czech Republic'], 'CZ', null],
  [['Germany', 'Federal Republic of Germany'], 'DE', null],
  [['Djibouti', 'Republic of Djibouti'], 'DJ', null],
  [['Dominica', 'Commonwealth of Dominica'], 'DM', null],
  [['Denmark', 'Kingdom of Denmark'], 'DK', null],
  [['Dominican Republic'], 'DO', null],
  [['Algeria', "People's Democratic Republic of Algeria"], 'DZ', null],
  [['Ecuador', 'Republic of Ecuador'], 'EC', null],
  [['Egypt', 'Arab Republic of Egypt'], 'EG', null],
  [['Eritrea', 'State of Eritrea'], 'ER', null],
  [['Western Sahara'], 'EH', null],
  [['Spain', 'Kingdom of Spain'], 'ES', null],
  [['Estonia', 'Republic of Estonia'], 'EE', null],
  [['Ethiopia', 'Federal Democratic Republic of Ethiopia'], 'ET', null],
  [['Finland', 'Republic of Finland'], 'FI', null],
  [['Fiji', 'Republic of Fiji'], 'FJ', null],
  [['Falkland Islands'], 'FK', null],
  [['France', 'French Republic'], 'FR', null],
  [['Faroe Islands'], 'FO', null],
  [['Federated States of Micronesia', 'Micronesia'], 'FM', null],
  [['Gabon', 'Gabonese Republic'], 'GA', null],
  [['Georgia'], 'GE', null],
  [['Guernsey'], 'GG', null],
  [['Ghana', 'Republic of Ghana'], 'GH', null],
  [['Gibraltar'], 'GI', null],
  [['Guinea', 'Republic of Guinea'], 'GN', null],
  [['Guadeloupe'], 'GP', null],
  [['Gambia', 'Republic of the Gambia'], 'GM', null],
  [['Guinea-Bissau', 'Republic of Guinea-Bissau'], 'GW', null],
  [['Equatorial Guinea', 'Republic of Equatorial Guinea'], 'GQ', null],
  [['Greece', 'Hellenic Republic'], 'GR', null],
  [['Grenada'], 'GD', null],
  [['Greenland'], 'GL', null],
  [['Guatemala', 'Republic of Guatemala'], 'GT', null],
  [['French Guiana'], 'GF', null],
  [['Guam'], 'GU', null],
  [['Guyana', 'Republic of Guyana'], 'GY', null],
  [['Honduras', 'Republic of Honduras'], 'HN', null],
  [['Croatia', 'Republic of Croatia'], 'HR', null],
  [['Haiti', 'Republic of Haiti'], 'HT', null],
  [['Hungary'], 'HU', null],
  [['Indonesia', 'Republic of Indonesia'], 'ID', null],
  [['Isle of Man'], 'IM', null],
  [['India', 'Republic of India'], 'IN', null],
  [['Ireland', 'Republic of Ireland', 'Eire'], 'IE', null],
  [['Iran', 'Islamic Republic of Iran'], 'IR', null],
  [['Iraq', 'Republic of Iraq'], 'IQ', null],
  [['Iceland', 'Republic of Iceland'], 'IS', null],
  [['Israel', 'State of Israel'], 'IL', null],
  [['Italy', 'Italian Republic'], 'IT', null],
  [['Jamaica'], 'JM', null],
  [['Jersey'], 'JE', null],
  [['Jordan', 'Hashemite Kingdom of Jordan'], 'JO', null],
  [['Japan'], 'JP', null],
  [['Kazakhstan', 'Republic of Kazakhstan'], 'KZ', null],
  [['Kenya', 'Republic of Kenya'], 'KE', null],
  [['Kyrgyzstan', 'Kyrgyz Republic'], 'KG', null],
  [['Cambodia', 'Kingdom of Cambodia'], 'KH', null],
  [['Kiribati', 'Republic of Kiribati'], 'KI', null],
  [['Saint Kitts and Nevis', 'St. Kitts and Nevis', 'Saint Kitts & Nevis'], 'KN', null],
  [['South Korea', 'Republic of Korea', 'Korea'], 'KR', null],
  [['Kuwait', 'State of Kuwait'], 'KW', null],
  [['Laos', "Lao People's Democratic Republic"], 'LA', null],
  [['Lebanon', 'Lebanese Republic'], 'LB', null],
  [['Liberia', 'Republic of Liberia'], 'LR', null],
  [['Libya'], 'LY', null],
  [['Saint Lucia', 'St. Lucia'], 'LC', null],
  [['Liechtenstein', 'Principality of Liechtenstein'], 'LI', null],
  [['Sri Lanka', 'Democratic Socialist Republic of Sri Lanka'], 'LK', null],
  [['Lesotho', 'Kingdom of Lesotho'], 'LS', null],
  [['Lithuania', 'Republic of Lithuania'], 'LT', null],
  [['Luxembourg', 'Grand Duchy of Luxembourg'], 'LU', null],
  [['Latvia', 'Republic of Latvia'], 'LV', null],
  [['Saint Martin'], 'MF', null],
  [['Morocco', 'Kingdom of Morocco'], 'MA', null],
  [['Monaco', 'Principality of Monaco'], 'MC', null],
  [['Moldova', 'Republic of Moldova'], 'MD', null],
  [['Madagascar', 'Republic of Madagascar'], 'MG', null],
  [['Maldives', 'Republic of Maldives'], 'MV', null],
  [['Mexico', 'United Mexican States'], 'MX', null],
  [['Marshall Islands', 'Republic of the Marshall Islands'], 'MH', null],
  [['North Macedonia', 'Republic of North Macedonia', 'Macedonia'], 'MK', null],
  [['Mali', 'Republic of Mali'], 'ML', null],
  [['Malta', 'Republic of Malta'], 'MT', null],
  [['Myanmar', 'Republic of Myanmar', 'Burma'], 'MM', null],
  [['Montenegro'], 'ME', null],
  [['Mongolia'], 'MN', null],
  [['Northern Mariana Islands', 'Commonwealth of the Northern Mariana Islands'], 'MP', null],
  [['Mozambique', 'Republic of Mozambique'], 'MZ', null],
  [['Mauritania', 'Islamic Republic of Mauritania'], 'MR', null],
  [['Montserrat'], 'MS', null],
  [['Martinique'], 'MQ', null],
  [['Mauritius', 'Republic of Mauritius'], 'MU', null],
  [['Malawi', 'Republic of Malawi'], 'MW', null],
  [['Malaysia'], 'MY', null],
  [['Mayotte'], 'YT', null],
  [['Namibia', 'Republic of Namibia'], 'NA', null],
  [['New Caledonia'], 'NC', null],
  [['Niger', 'Republic of the Niger'], 'NE', null],
  [['Norfolk Island'], 'NF', null],
  [['Nigeria', 'Federal Republic of Nigeria'], 'NG', null],
  [['Nicaragua', 'Republic of Nicaragua'], 'NI', null],
  [['Niue'], 'NU', null],
  [['Norway', 'Kingdom of Norway'], 'NO', null],
  [['Nepal', 'Federal Democratic Republic of Nepal'], 'NP', null],
  [['Nauru', 'Republic of Nauru'], 'NR', null],
  [['New Zealand'], 'NZ', null],
  [['Oman', 'Sultanate of Oman'], 'OM', null],
  [['Pakistan', 'Islamic Republic of Pakistan'], 'PK', null],
  [['Panama', 'Republic of Panama'], 'PA', null],
  [['Pitcairn'], 'PN', null],
  [['Peru', 'Republic of Peru'], 'PE', null],
  [['Philippines', 'Republic of the Philippines'], 'PH', null],
  [['Palau', 'Republic of Palau'], 'PW', null],
  [['Papua New Guinea', 'Independent State of Papua New Guinea'], 'PG', null],
  [['Poland', 'Republic of Poland'], 'PL', null],
  [['Puerto Rico'], 'PR', null],
  [['North Korea', "Democratic People's Republic of Korea"], 'KP', null],
  [['Portugal', 'Portuguese Republic'], 'PT', null],
  [['Paraguay', 'Republic of Paraguay'], 'PY', null],
  [['State of Palestine', 'Palestine'], 'PS', null],
  [['French Polynesia'], 'PF', null],
  [['Qatar', 'State of Qatar'], 'QA', null],
  [['Réunion', 'Reunion'], 'RE', null],
  [['Romania'], 'RO', null],
  [['Russian Federation', 'Russia'], 'RU', null],
  [['Rwanda', 'Rwandese Republic'], 'RW', null],
  [['Saudi Arabia', 'Kingdom of Saudi Arabia'], 'SA', null],
  [['Sudan', 'Republic of the Sudan'], 'SD', null],
  [['Senegal', 'Republic of Senegal'], 'SN', null],
  [['Singapore', 'Republic of Singapore'], 'SG', null],
  [['Saint Helena'], 'SH', null],
  [['Solomon Islands'], 'SB', null],
  [['Sierra Leone', 'Republic of Sierra Leone'], 'SL', null],
  [['El Salvador', 'Republic of El Salvador'], 'SV', null],
  [['San Marino', 'Republic of San Marino'], 'SM', null],
  [['Somalia', 'Federal Republic of Somalia'], 'SO', null],
  [['Saint Pierre and Miquelon'], 'PM', null],
  [['Serbia', 'Republic of Serbia'], 'RS', null],
  [['South Sudan', 'Republic of South Sudan'], 'SS', null],
  [['Sao Tome and Principe', 'Democratic Republic of Sao Tome and Principe', 'São Tomé and Príncipe'], 'ST', null],
  [['Suriname', 'Republic of Suriname'], 'SR', null],
  [['Slovakia', 'Slovak Republic'], 'SK', null],
  [['Slovenia', 'Republic of Slovenia'], 'SI', null],
  [['Sweden', 'Kingdom of Sweden'], 'SE', null],
  [['Eswatini', 'Kingdom of Eswatini', 'Swaziland'], 'SZ', null],
  [['Sint Maarten'], 'SX', null],
  [['Seychelles', 'Republic of Seychelles'], 'SC', null],
  [['Syria', 'Syrian Arab Republic'], 'SY', null],
  [['Turks and Caicos Islands'], 'TC', null],
  [['Chad', 'Republic of Chad'], 'TD', null],
  [['Togo', 'Togolese Republic'], 'TG', null],
  [['Thailand', 'Kingdom of Thailand'], 'TH', null],
  [['Tajikistan', 'Republic of Tajikistan'], 'TJ', null],
  [['Tokelau'], 'TK', null],
  [['Turkmenistan'], 'TM', null],
  [['Timor-Leste', 'Democratic Republic of Timor-Leste', 'East Timor'], 'TL', null],
  [['Tonga', 'Kingdom of Tonga'], 'TO', null],
  [['Trinidad and Tobago', 'Republic of Trinidad and Tobago', 'Trinidad & Tobago'], 'TT', null],
  [['Tunisia', 'Republic of Tunisia'], 'TN', null],
  [['Türkiye', 'Republic of Türkiye', 'Turkey', 'Turkiye', 'Republic of Turkey'], 'TR', null],
  [['Tuvalu'], 'TV', null],
  [['Taiwan', 'Republic of China'], 'TW', null],
  [['Tanzania', 'United Republic of Tanzania'], 'TZ', null],
  [['Uganda', 'Republic of Uganda'], 'UG', null],
  [['Ukraine'], 'UA', null],
  [['Uruguay', 'Eastern Republic of Uruguay'], 'UY', null],
  [['Uzbekistan', 'Republic of Uzbekistan'], 'UZ', null],
  [['Vatican City', 'Holy See', 'Vatican'], 'VA', null],
  [['Saint Vincent and the Grenadines', 'St. Vincent and the Grenadines'], 'VC', null],
  [['Venezuela', 'Bolivarian Republic of Venezuela'], 'VE', null],
  [['British Virgin Islands'], 'VG', null],
  [['Virgin Islands of the United States', 'U.S. Virgin Islands', 'US Virgin Islands'], 'VI', null],
  [['Vietnam', 'Viet Nam', 'Socialist Republic of Viet Nam'], 'VN', null],
  [['Vanuatu', 'Republic of Vanuatu'], 'VU', null],
  [['Wallis and Futuna'], 'WF', null],
  [['Samoa', 'Independent State of Samoa'], 'WS', null],
  [['Yemen', 'Republic of Yemen'], 'YE', null],
  [['South Africa', 'Republic of South Africa'], 'ZA', null],
  [['Zambia', 'Republic of Zambia'], 'ZM', null],
  [['Zimbabwe', 'Republic of Zimbabwe'], 'ZW', null],
];

// Subdivisions: US states and territories, Canadian provinces, UK nations, Australian
// states, Swiss cantons, German Länder, and the few others contracts name.
export const REGIONS: readonly JurisdictionRow[] = [
  // United States. "Georgia" alone is the country; see AMBIGUOUS.
  [['Alabama'], 'US', 'US-AL'],
  [['Alaska'], 'US', 'US-AK'],
  [['Arizona'], 'US', 'US-AZ'],
  [['Arkansas'], 'US', 'US-AR'],
  [['California', 'Calif.'], 'US', 'US-CA'],
  [['Colorado'], 'US', 'US-CO'],
  [['Connecticut'], 'US', 'US-CT'],
  [['Delaware'], 'US', 'US-DE'],
  [['District of Columbia', 'Washington, D.C.', 'Washington, DC', 'Washington D.C.', 'Washington DC'], 'US', 'US-DC'],
  [['Florida'], 'US', 'US-FL'],
  [['Hawaii', "Hawai'i"], 'US', 'US-HI'],
  [['Idaho'], 'US', 'US-ID'],
  [['Illinois'], 'US', 'US-IL'],
  [['Indiana'], 'US', 'US-IN'],
  [['Iowa'], 'US', 'US-IA'],
  [['Kansas'], 'US', 'US-KS'],
  [['Kentucky'], 'US', 'US-KY'],
  [['Louisiana'], 'US', 'US-LA'],
  [['Maine'], 'US', 'US-ME'],
  [['Maryland'], 'US', 'US-MD'],
  [['Massachusetts'], 'US', 'US-MA'],
  [['Michigan'], 'US', 'US-MI'],
  [['Minnesota'], 'US', 'US-MN'],
  [['Mississippi'], 'US', 'US-MS'],
  [['Missouri'], 'US', 'US-MO'],
  [['Montana'], 'US', 'US-MT'],
  [['Nebraska'], 'US', 'US-NE'],
  [['Nevada'], 'US', 'US-NV'],
  [['New Hampshire'], 'US', 'US-NH'],
  [['New Jersey'], 'US', 'US-NJ'],
  [['New Mexico'], 'US', 'US-NM'],
  [['New York', 'New York State', 'New York City', 'NYC', 'New York County', 'Manhattan'], 'US', 'US-NY'],
  [['North Carolina'], 'US', 'US-NC'],
  [['North Dakota'], 'US', 'US-ND'],
  [['Ohio'], 'US', 'US-OH'],
  [['Oklahoma'], 'US', 'US-OK'],
  [['Oregon'], 'US', 'US-OR'],
  [['Pennsylvania'], 'US', 'US-PA'],
  [['Rhode Island'], 'US', 'US-RI'],
  [['South Carolina'], 'US', 'US-SC'],
  [['South Dakota'], 'US', 'US-SD'],
  [['Tennessee'], 'US', 'US-TN'],
  [['Texas'], 'US', 'US-TX'],
  [['Utah'], 'US', 'US-UT'],
  [['Vermont'], 'US', 'US-VT'],
  [['Virginia'], 'US', 'US-VA'],
  [['Washington', 'Washington State'], 'US', 'US-WA'],
  [['West Virginia'], 'US', 'US-WV'],
  [['Wisconsin'], 'US', 'US-WI'],
  [['Wyoming'], 'US', 'US-WY'],
  // Canada.
  [['Alberta'], 'CA', 'CA-AB'],
  [['British Columbia'], 'CA', 'CA-BC'],
  [['Manitoba'], 'CA', 'CA-MB'],
  [['New Brunswick'], 'CA', 'CA-NB'],
  [['Newfoundland and Labrador', 'Newfoundland'], 'CA', 'CA-NL'],
  [['Nova Scotia'], 'CA', 'CA-NS'],
  [['Northwest Territories'], 'CA', 'CA-NT'],
  [['Nunavut'], 'CA', 'CA-NU'],
  [['Ontario'], 'CA', 'CA-ON'],
  [['Prince Edward Island'], 'CA', 'CA-PE'],
  [['Quebec', 'Québec'], 'CA', 'CA-QC'],
  [['Saskatchewan'], 'CA', 'CA-SK'],
  [['Yukon'], 'CA', 'CA-YT'],
  // United Kingdom: English law is the law of England and Wales.
  [['England', 'England and Wales', 'England & Wales'], 'GB', 'GB-ENG'],
  [['Scotland'], 'GB', 'GB-SCT'],
  [['Wales'], 'GB', 'GB-WLS'],
  [['Northern Ireland'], 'GB', 'GB-NIR'],
  // Australia.
  [['Australian Capital Territory'], 'AU', 'AU-ACT'],
  [['New South Wales'], 'AU', 'AU-NSW'],
  [['Northern Territory'], 'AU', 'AU-NT'],
  [['Queensland'], 'AU', 'AU-QLD'],
  [['South Australia'], 'AU', 'AU-SA'],
  [['Tasmania'], 'AU', 'AU-TAS'],
  [['Victoria'], 'AU', 'AU-VIC'],
  [['Western Australia'], 'AU', 'AU-WA'],
  // Switzerland (English, French, German names).
  [['Aargau', 'Argovie'], 'CH', 'CH-AG'],
  [['Appenzell Innerrhoden'], 'CH', 'CH-AI'],
  [['Appenzell Ausserrhoden'], 'CH', 'CH-AR'],
  [['Bern', 'Berne'], 'CH', 'CH-BE'],
  [['Basel-Landschaft', 'Basel-Country', 'Bâle-Campagne'], 'CH', 'CH-BL'],
  [['Basel-Stadt', 'Basel', 'Basle', 'Bâle', 'Basel-City'], 'CH', 'CH-BS'],
  [['Fribourg'], 'CH', 'CH-FR'],
  [['Geneva', 'Genève', 'Geneve', 'Genf'], 'CH', 'CH-GE'],
  [['Glarus'], 'CH', 'CH-GL'],
  [['Graubünden', 'Graubunden', 'Grisons'], 'CH', 'CH-GR'],
  [['Lucerne', 'Luzern'], 'CH', 'CH-LU'],
  [['Neuchâtel', 'Neuchatel'], 'CH', 'CH-NE'],
  [['Nidwalden'], 'CH', 'CH-NW'],
  [['Obwalden'], 'CH', 'CH-OW'],
  [['St. Gallen', 'St Gallen', 'Sankt Gallen'], 'CH', 'CH-SG'],
  [['Schaffhausen'], 'CH', 'CH-SH'],
  [['Solothurn'], 'CH', 'CH-SO'],
  [['Schwyz'], 'CH', 'CH-SZ'],
  [['Thurgau'], 'CH', 'CH-TG'],
  [['Ticino', 'Tessin'], 'CH', 'CH-TI'],
  [['Uri'], 'CH', 'CH-UR'],
  [['Vaud'], 'CH', 'CH-VD'],
  [['Valais', 'Wallis'], 'CH', 'CH-VS'],
  [['Zug'], 'CH', 'CH-ZG'],
  [['Zurich', 'Zürich', 'Zuerich'], 'CH', 'CH-ZH'],
  // Germany.
  [['Baden-Württemberg', 'Baden-Wurttemberg'], 'DE', 'DE-BW'],
  [['Bavaria', 'Bayern'], 'DE', 'DE-BY'],
  [['Berlin'], 'DE', 'DE-BE'],
  [['Brandenburg'], 'DE', 'DE-BB'],
  [['Bremen'], 'DE', 'DE-HB'],
  [['Hamburg'], 'DE', 'DE-HH'],
  [['Hesse', 'Hessen'], 'DE', 'DE-HE'],
  [['Mecklenburg-Vorpommern', 'Mecklenburg-Western Pomerania'], 'DE', 'DE-MV'],
  [['Lower Saxony', 'Niedersachsen'], 'DE', 'DE-NI'],
  [['North Rhine-Westphalia', 'Nordrhein-Westfalen'], 'DE', 'DE-NW'],
  [['Rhineland-Palatinate', 'Rheinland-Pfalz'], 'DE', 'DE-RP'],
  [['Saarland'], 'DE', 'DE-SL'],
  [['Saxony', 'Sachsen'], 'DE', 'DE-SN'],
  [['Saxony-Anhalt', 'Sachsen-Anhalt'], 'DE', 'DE-ST'],
  [['Schleswig-Holstein'], 'DE', 'DE-SH'],
  [['Thuringia', 'Thüringen', 'Thuringen'], 'DE', 'DE-TH'],
  // Others that contracts name as a law or a forum.
  [['Emirate of Dubai', 'Dubai'], 'AE', 'AE-DU'],
  [['Emirate of Abu Dhabi', 'Abu Dhabi'], 'AE', 'AE-AZ'],
  [['Emirate of Sharjah', 'Sharjah'], 'AE', 'AE-SH'],
  [['Emirate of Ajman', 'Ajman'], 'AE', 'AE-AJ'],
  [['Emirate of Ras Al Khaimah', 'Ras Al Khaimah'], 'AE', 'AE-RK'],
  [['Emirate of Fujairah', 'Fujairah'], 'AE', 'AE-FU'],
  [['Emirate of Umm Al Quwain', 'Umm Al Quwain'], 'AE', 'AE-UQ'],
  [['Eastern Province'], 'SA', 'SA-04'],
  [['Maharashtra'], 'IN', 'IN-MH'],
  [['Karnataka'], 'IN', 'IN-KA'],
  [['Delhi', 'New Delhi', 'NCT of Delhi'], 'IN', 'IN-DL'],
  [['Tamil Nadu'], 'IN', 'IN-TN'],
  [['Telangana'], 'IN', 'IN-TG'],
  [['Islamabad Capital Territory', 'Islamabad'], 'PK', 'PK-IS'],
  [['Sindh'], 'PK', 'PK-SD'],
  [['Khyber Pakhtunkhwa'], 'PK', 'PK-KP'],
  [['Balochistan', 'Baluchistan'], 'PK', 'PK-BA'],
  [['Gujarat'], 'IN', 'IN-GJ'],
  [['West Bengal'], 'IN', 'IN-WB'],
  [['Kerala'], 'IN', 'IN-KL'],
  [['Haryana'], 'IN', 'IN-HR'],
  [['Uttar Pradesh'], 'IN', 'IN-UP'],
  [['Rajasthan'], 'IN', 'IN-RJ'],
  [['São Paulo', 'Sao Paulo'], 'BR', 'BR-SP'],
  [['Rio de Janeiro'], 'BR', 'BR-RJ'],
  [['Mexico City', 'Ciudad de México', 'Ciudad de Mexico'], 'MX', 'MX-CMX'],
  [['Gauteng'], 'ZA', 'ZA-GP'],
  [['Western Cape'], 'ZA', 'ZA-WC'],
  [['Catalonia', 'Catalunya'], 'ES', 'ES-CT'],
];

// Cities and counties that appear as forums or seats of arbitration.
export const CITIES: readonly JurisdictionRow[] = [
  // United States.
  [['San Francisco', 'San Francisco County', 'Santa Clara County', 'San Mateo County', 'Palo Alto'], 'US', 'US-CA'],
  [['Los Angeles', 'Los Angeles County', 'San Jose', 'San Diego', 'Mountain View', 'Sacramento'], 'US', 'US-CA'],
  [['Wilmington', 'New Castle County'], 'US', 'US-DE'],
  [['Seattle', 'King County'], 'US', 'US-WA'],
  [['Austin', 'Travis County', 'Dallas', 'Dallas County', 'Houston', 'Harris County'], 'US', 'US-TX'],
  [['Chicago', 'Cook County'], 'US', 'US-IL'],
  [['Boston', 'Suffolk County'], 'US', 'US-MA'],
  [['Denver', 'Boulder'], 'US', 'US-CO'],
  [['Atlanta', 'Fulton County'], 'US', 'US-GA'],
  [['Miami', 'Miami-Dade County'], 'US', 'US-FL'],
  [['Salt Lake City', 'Salt Lake County', 'Utah County'], 'US', 'US-UT'],
  [['Philadelphia', 'Pittsburgh'], 'US', 'US-PA'],
  [['Las Vegas', 'Clark County', 'Reno'], 'US', 'US-NV'],
  [['Minneapolis', 'Hennepin County'], 'US', 'US-MN'],
  [['Phoenix', 'Maricopa County'], 'US', 'US-AZ'],
  [['Nashville'], 'US', 'US-TN'],
  [['Raleigh', 'Charlotte'], 'US', 'US-NC'],
  [['Detroit'], 'US', 'US-MI'],
  // Canada.
  [['Toronto', 'Ottawa'], 'CA', 'CA-ON'],
  [['Montreal', 'Montréal', 'Quebec City', 'Québec City'], 'CA', 'CA-QC'],
  [['Vancouver'], 'CA', 'CA-BC'],
  [['Calgary', 'Edmonton'], 'CA', 'CA-AB'],
  [['Winnipeg'], 'CA', 'CA-MB'],
  [['Halifax'], 'CA', 'CA-NS'],
  // United Kingdom and Ireland.
  [['London', 'City of London', 'Manchester', 'Birmingham', 'Bristol', 'Leeds'], 'GB', 'GB-ENG'],
  [['Edinburgh', 'Glasgow'], 'GB', 'GB-SCT'],
  [['Cardiff'], 'GB', 'GB-WLS'],
  [['Belfast'], 'GB', 'GB-NIR'],
  [['Dublin', 'Cork'], 'IE', null],
  // Europe.
  [['Lausanne', 'Montreux', 'Vevey'], 'CH', 'CH-VD'],
  [['Lugano'], 'CH', 'CH-TI'],
  [['Munich', 'München', 'Muenchen'], 'DE', 'DE-BY'],
  [['Frankfurt am Main', 'Frankfurt'], 'DE', 'DE-HE'],
  [['Cologne', 'Köln', 'Düsseldorf', 'Dusseldorf'], 'DE', 'DE-NW'],
  [['Stuttgart'], 'DE', 'DE-BW'],
  [['Vienna', 'Wien'], 'AT', 'AT-9'],
  [['Paris', 'Lyon'], 'FR', null],
  [['Amsterdam', 'Rotterdam', 'The Hague', 'Utrecht', 'Eindhoven'], 'NL', null],
  [['Brussels', 'Bruxelles', 'Antwerp'], 'BE', null],
  [['Madrid'], 'ES', 'ES-MD'],
  [['Barcelona'], 'ES', 'ES-CT'],
  [['Lisbon', 'Lisboa'], 'PT', null],
  [['Milan', 'Milano', 'Rome'], 'IT', null],
  [['Stockholm'], 'SE', null],
  [['Oslo'], 'NO', null],
  [['Copenhagen'], 'DK', null],
  [['Helsinki'], 'FI', null],
  [['Warsaw'], 'PL', null],
  [['Prague'], 'CZ', null],
  [['Budapest'], 'HU', null],
  [['Athens'], 'GR', null],
  [['Tallinn'], 'EE', null],
  [['Riga'], 'LV', null],
  [['Vilnius'], 'LT', null],
  [['Bucharest'], 'RO', null],
  [['Istanbul', 'Ankara'], 'TR', null],
  [['Tel Aviv', 'Tel Aviv-Yafo'], 'IL', null],
  // Middle East, Africa, Asia, Oceania, Latin America.
  [['Dubai International Financial Centre', 'Dubai International Financial Center', 'DIFC'], 'AE', 'AE-DU'],
  [['Abu Dhabi Global Market', 'ADGM'], 'AE', 'AE-AZ'],
  [['Riyadh'], 'SA', 'SA-01'],
  [['Jeddah', 'Jiddah', 'Mecca', 'Makkah', 'Taif'], 'SA', 'SA-02'],
  [['Madinah', 'Medina', 'Al Madinah'], 'SA', 'SA-03'],
  [['Dammam', 'Khobar', 'Al Khobar', 'Dhahran', 'Jubail', 'Al Jubail'], 'SA', 'SA-04'],
  [['Doha'], 'QA', null],
  [['Manama'], 'BH', null],
  [['Kuwait City'], 'KW', null],
  [['Muscat'], 'OM', null],
  [['Amman'], 'JO', null],
  [['Beirut'], 'LB', null],
  [['Casablanca'], 'MA', null],
  [['Cairo', 'Giza', 'Alexandria'], 'EG', null],
  [['Karachi'], 'PK', 'PK-SD'],
  [['Lahore', 'Rawalpindi', 'Faisalabad', 'Multan'], 'PK', 'PK-PB'],
  [['Peshawar'], 'PK', 'PK-KP'],
  [['Quetta'], 'PK', 'PK-BA'],
  [['Mumbai', 'Bombay', 'Pune'], 'IN', 'IN-MH'],
  [['Hyderabad'], 'IN', 'IN-TG'],
  [['Kolkata', 'Calcutta'], 'IN', 'IN-WB'],
  [['Ahmedabad'], 'IN', 'IN-GJ'],
  [['Jaipur'], 'IN', 'IN-RJ'],
  [['Kochi', 'Cochin'], 'IN', 'IN-KL'],
  [['Chandigarh'], 'IN', 'IN-CH'],
  [['Bangalore', 'Bengaluru'], 'IN', 'IN-KA'],
  [['Chennai'], 'IN', 'IN-TN'],
  [['Gurgaon', 'Gurugram'], 'IN', 'IN-HR'],
  [['Noida'], 'IN', 'IN-UP'],
  [['Dhaka'], 'BD', null],
  [['Colombo'], 'LK', null],
  [['Kuala Lumpur'], 'MY', null],
  [['Jakarta'], 'ID', null],
  [['Manila', 'Makati'], 'PH', null],
  [['Bangkok'], 'TH', null],
  [['Ho Chi Minh City', 'Hanoi'], 'VN', null],
  [['Beijing'], 'CN', 'CN-BJ'],
  [['Shanghai'], 'CN', 'CN-SH'],
  [['Shenzhen', 'Guangzhou'], 'CN', 'CN-GD'],
  [['Taipei'], 'TW', null],
  [['Tokyo'], 'JP', 'JP-13'],
  [['Osaka'], 'JP', 'JP-27'],
  [['Seoul'], 'KR', null],
  [['Sydney'], 'AU', 'AU-NSW'],
  [['Melbourne'], 'AU', 'AU-VIC'],
  [['Brisbane'], 'AU', 'AU-QLD'],
  [['Canberra'], 'AU', 'AU-ACT'],
  [['Auckland', 'Wellington'], 'NZ', null],
  [['Lagos', 'Abuja'], 'NG', null],
  [['Nairobi'], 'KE', null],
  [['Johannesburg', 'Pretoria'], 'ZA', 'ZA-GP'],
  [['Cape Town'], 'ZA', 'ZA-WC'],
  [['Buenos Aires'], 'AR', null],
  [['Bogotá', 'Bogota'], 'CO', 'CO-DC'],
];

/** Every row: countries, then regions, then cities. */
export const JURISDICTION_TABLE: readonly JurisdictionRow[] = [...COUNTRIES, ...REGIONS, ...CITIES];

/**
 * Adjectives that name a legal system or a court ("English law", "the Swiss courts").
 * Kept apart from the place names: "English" alone is a language, not a place.
 */
export const DEMONYMS: readonly JurisdictionRow[] = [
  [['English'], 'GB', 'GB-ENG'],
  [['Scottish', 'Scots'], 'GB', 'GB-SCT'],
  [['Welsh'], 'GB', 'GB-WLS'],
  [['British'], 'GB', null],
  [['Irish'], 'IE', null],
  [['Swiss'], 'CH', null],
  [['German'], 'DE', null],
  [['French'], 'FR', null],
  [['Dutch'], 'NL', null],
  [['Belgian'], 'BE', null],
  [['Luxembourgish'], 'LU', null],
  [['Austrian'], 'AT', null],
  [['Italian'], 'IT', null],
  [['Spanish'], 'ES', null],
  [['Portuguese'], 'PT', null],
  [['Swedish'], 'SE', null],
  [['Danish'], 'DK', null],
  [['Norwegian'], 'NO', null],
  [['Finnish'], 'FI', null],
  [['Polish'], 'PL', null],
  [['Czech'], 'CZ', null],
  [['Estonian'], 'EE', null],
  [['Israeli'], 'IL', null],
  [['Indian'], 'IN', null],
  [['Japanese'], 'JP', null],
  [['Singaporean'], 'SG', null],
  [['Australian'], 'AU', null],
  [['Canadian'], 'CA', null],
  [['Brazilian'], 'BR', null],
  [['Mexican'], 'MX', null],
  [['Saudi', 'Saudi Arabian'], 'SA', null],
  [['Emirati'], 'AE', null],
  [['Egyptian'], 'EG', null],
  [['Qatari'], 'QA', null],
  [['Kuwaiti'], 'KW', null],
  [['Bahraini'], 'BH', null],
  [['Omani'], 'OM', null],
  [['Jordanian'], 'JO', null],
  [['Lebanese'], 'LB', null],
  [['Moroccan'], 'MA', null],
  [['Malaysian'], 'MY', null],
  [['Indonesian'], 'ID', null],
  [['Thai'], 'TH', null],
  [['Vietnamese'], 'VN', null],
  [['Philippine'], 'PH', null],
  [['Korean', 'South Korean'], 'KR', null],
  [['Chinese'], 'CN', null],
  [['Taiwanese'], 'TW', null],
  [['Bangladeshi'], 'BD', null],
  [['Sri Lankan'], 'LK', null],
  [['Nigerian'], 'NG', null],
  [['Kenyan'], 'KE', null],
  [['South African'], 'ZA', null],
  [['Pakistani'], 'PK', null],
  [['Turkish'], 'TR', null],
  [['Californian'], 'US', 'US-CA'],
];

/**
 * Names whose plain reading is one place but which mean another next to a mention of
 * that other place's country ("Atlanta, Georgia", "Georgia, USA", "the State of Georgia").
 */
const AMBIGUOUS: ReadonlyMap<string, { country: string; region: string }> = new Map([
  ['georgia', { country: 'US', region: 'US-GA' }],
]);

type Kind = 'country' | 'region' | 'city';

interface Entry {
  /** The name as the table spells it (for the capitalization check). */
  canonical: string;
  country: string;
  region: string | null;
  kind: Kind;
}

/** Lower case, curly apostrophes straightened, hyphens and runs of spaces as one space. */
function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[\s\-‐‑–]+/g, ' ')
    .trim();
}

function escapeName(name: string): string {
  return name
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/'/g, "['’]")
    .replace(/,\s*/g, ',?\\s*')
    .replace(/\s+/g, '\\s+')
    .replace(/-/g, '[-‐‑–\\s]');
}

function buildIndex(rows: readonly (readonly [JurisdictionRow, Kind])[]): { re: RegExp; byKey: Map<string, Entry> } {
  const byKey = new Map<string, Entry>();
  for (const [[names, country, region], kind] of rows) {
    for (const canonical of names) byKey.set(nameKey(canonical), { canonical, country, region, kind });
  }
  return { re: new RegExp(nameAlternation([...byKey.values()].map((e) => e.canonical)), 'iu'), byKey };
}

/** Names as one alternation, longest first (so "Washington, D.C." is tried before "Washington"). */
function nameAlternation(names: readonly string[]): string {
  return [...names]
    .sort((a, b) => b.length - a.length)
    .map(escapeName)
    .join('|');
}

const PLACES = buildIndex([
  ...COUNTRIES.map((r) => [r, 'country'] as const),
  ...REGIONS.map((r) => [r, 'region'] as const),
  ...CITIES.map((r) => [r, 'city'] as const),
]);
const DEMONYM_INDEX = buildIndex(DEMONYMS.map((r) => [r, 'country'] as const));

// "the" + an optional generic prefix ("State of", "Province of", "canton de", "County of") + a name.
const PREFIX =
  '(?:(?:free\\s+|independent\\s+)?state|commonwealth|province|canton|territory|emirate|city(?:\\s+and\\s+county)?|county|republic|kingdom)\\s+(?:of|de|du)\\s+(?:the\\s+)?|kanton\\s+|land\\s+';
/** A place as a word of its own: 1 "the", 2 the generic prefix, 3 one of `names` (an alternation). */
const placeSource = (names: string) => `(?<![\\p{L}\\p{N}])(the\\s+)?(${PREFIX})?(${names})(?![\\p{L}\\p{N}])`;
const PLACE_RE = new RegExp(placeSource(PLACES.re.source), 'giu');
const DEMONYM_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${DEMONYM_INDEX.re.source})(?![\\p{L}\\p{N}])`, 'giu');

/** Capitalized words of the table's spelling must be capitalized in the text; abbreviations must match exactly. */
function casingOk(canonical: string, written: string): boolean {
  if (/^[A-Z][A-Z.\s]*$/.test(canonical) && canonical.replace(/[.\s]/g, '').length <= 5) {
    return written.replace(/\s+/g, ' ') === canonical;
  }
  const want = canonical.split(/[\s\-‐‑–]+/);
  const got = written.split(/[\s\-‐‑–]+/);
  if (want.length !== got.length) return false;
  for (let i = 0; i < want.length; i++) {
    const w = want[i] as string;
    const g = got[i] as string;
    if (/^\p{Lu}/u.test(w) && !/^\p{Lu}/u.test(g)) return false;
  }
  return true;
}

interface Raw extends JurisdictionMention {
  kind: Kind;
  key: string;
  /** Ends with its country: nothing more joins it. */
  closed?: boolean;
}

/** Long forms and plural names keep their article: "the Kingdom of Saudi Arabia", "the Netherlands". */
function keepsArticle(written: string, hasPrefix: boolean): boolean {
  return hasPrefix || /\bof\b|^united\b|s$/i.test(written);
}

// PLACE_RE tried at every position costs a millisecond per few thousand characters (an ignore-case alternation of
// 800 names). A match starts where a run of letters and digits starts (its look-behind), and that run is the first
// word of "the", of a prefix or of a name (every name starts with a letter or digit, and what follows a name's first
// word in the pattern is a space, a hyphen, an apostrophe, a dot or the end, never a letter; only "Washington, D.C."
// may run on: its comma is optional). So only such runs are tried, in order, with the same regex anchored there,
// which finds exactly the matches the global search finds (tests/jurisdictions.test.ts: words it must not skip).
const PLACE_AT = new RegExp(PLACE_RE.source, 'iuy');
/**
 * The same pattern in lower case, without the ignore-case flag, run on the lower-cased text: an ignore-case Unicode
 * alternation of 800 names compiles to several times more code, and costs about twice as long to compile and to run
 * (the first card of a process pays the compilation). Used whenever lower-casing keeps the text's length (offsets
 * then agree); PLACE_AT otherwise ("İ" lower-cases to two characters).
 */
const PLACE_AT_LOWER = new RegExp(
  placeSource(nameAlternation([...PLACES.byKey.values()].map((e) => e.canonical.toLowerCase()))),
  'uy',
);
const RUN = /[\p{L}\p{N}]+/gu;
const PREFIX_WORDS =
  'free independent state commonwealth province canton territory emirate city county republic kingdom kanton land';
const placeNames = [...PLACES.byKey.values()].map((e) => e.canonical);
const firstWord = (name: string) => (/^[\p{L}\p{N}]*/u.exec(name) as RegExpExecArray)[0].toLowerCase();
/** First words (lower case) that can open a match: of the prefixes and every name ("the" apart). */
const FIRST_WORDS = new Set([...PREFIX_WORDS.split(' '), ...placeNames.map(firstWord)]);
FIRST_WORDS.delete('the');
/** First words a name continues without a separator ("Washington, D.C." read as "WashingtonD.C."). */
const RUN_ON_WORDS = placeNames
  .filter((n) => /^[\p{L}\p{N}]*,/u.test(n))
  .map(firstWord)
  .filter((w) => !/[^\x00-\x7f]/.test(w));
/** Second words of names that open with "the" ("The Hague"). */
const AFTER_THE = new Set(placeNames.filter((n) => /^the\s/i.test(n)).map((n) => firstWord(n.replace(/^the\s+/i, ''))));
/** The first character of any match (ignore-case, as PLACE_RE matches it). */
const FIRST_CHAR = new RegExp(
  `^[${[...new Set(['t', ...FIRST_WORDS].map((w) => w[0] ?? ''))].join('').replace(/[\]\\^-]/g, '\\$&')}]`,
  'iu',
);
const NEXT_RUN = /\s+([\p{L}\p{N}]+)/uy;

/** Can a match open the run `word` that ends at `end`? False only where PLACE_RE cannot match. */
function mayOpenPlace(text: string, word: string, end: number, depth = 0): boolean {
  // Non-ASCII letters may fold to a name's under ignore-case: tried whenever the first letter can open a match.
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return FIRST_CHAR.test(word);
  const lower = word.toLowerCase();
  if (FIRST_WORDS.has(lower)) return true;
  for (const w of RUN_ON_WORDS) if (lower.startsWith(w)) return true;
  if (lower !== 'the') return false;
  // "the" opens a match only before a prefix or a name ("the State of …", "the Netherlands", "The Hague").
  if (depth >= 2) return true;
  NEXT_RUN.lastIndex = end;
  const next = NEXT_RUN.exec(text);
  if (!next) return false;
  const after = next[1] as string;
  return AFTER_THE.has(after.toLowerCase()) || mayOpenPlace(text, after, NEXT_RUN.lastIndex, depth + 1);
}

function rawMentions(text: string): Raw[] {
  const out: Raw[] = [];
  const lowered = text.toLowerCase();
  const [place, hay] = lowered.length === text.length ? [PLACE_AT_LOWER, lowered] : [PLACE_AT, text];
  /** Where the global search would resume (its lastIndex). */
  let from = 0;
  RUN.lastIndex = 0;
  for (let r = RUN.exec(text); r; r = RUN.exec(text)) {
    if (r.index < from || !mayOpenPlace(text, r[0], RUN.lastIndex)) continue;
    place.lastIndex = r.index;
    const m = place.exec(hay);
    if (!m) continue;
    // The groups as the text writes them (the three are contiguous: article, prefix, name).
    const articleEnd = m.index + (m[1]?.length ?? 0);
    const prefixEnd = articleEnd + (m[2]?.length ?? 0);
    const article = text.slice(m.index, articleEnd);
    const prefix = text.slice(articleEnd, prefixEnd);
    let written = text.slice(prefixEnd, m.index + m[0].length);
    let key = nameKey(written);
    let entry = PLACES.byKey.get(key);
    if (entry && !casingOk(entry.canonical, written)) {
      // "Washington state law": the longer name ("Washington State") is not written as one; its first words may be.
      const shorter = leadingPlace(written);
      if (shorter) ({ written, key, entry } = shorter);
    }
    if (!entry || !casingOk(entry.canonical, written)) {
      // Retry just after the article/prefix so "the State of Xyz" doesn't hide a later name.
      from = m.index + Math.max(1, article.length);
      continue;
    }
    let { country, region } = entry;
    const alt = AMBIGUOUS.get(key);
    if (alt && /state|commonwealth/i.test(prefix)) ({ country, region } = alt);
    const start = article && !keepsArticle(written, prefix !== '') ? m.index + article.length : m.index;
    const end = prefixEnd + written.length;
    out.push({ name: text.slice(start, end), country, region, start, end, kind: entry.kind, key });
    from = end;
  }
  return out;
}

/** The longest run of `written`'s first words (fewer than all) that is a place written with its casing, or null. */
function leadingPlace(written: string): { written: string; key: string; entry: Entry } | null {
  const ends = [...written.matchAll(/[\s\-‐‑–]+/g)].map((w) => w.index);
  for (let i = ends.length - 1; i >= 0; i--) {
    const part = written.slice(0, ends[i]);
    const key = nameKey(part);
    const entry = PLACES.byKey.get(key);
    if (entry && casingOk(entry.canonical, part)) return { written: part, key, entry };
  }
  return null;
}

const JOINER = /^(?:,\s{0,3}|\s+|\s{0,3}\(\s{0,3})$/;

/**
 * Joins "city/region, country" and "city, region" into one mention: "Quebec, Canada",
 * "San Francisco, California, USA", "Atlanta, Georgia" (Georgia read as the US state).
 */
function merge(text: string, raws: Raw[]): Raw[] {
  const out: Raw[] = [];
  for (const b of raws) {
    const a = out[out.length - 1];
    const gap = a ? text.slice(a.end, b.start) : '';
    // A mention that already ends with its country ("Quebec, Canada") takes nothing more.
    if (a && JOINER.test(gap) && a.kind !== 'country' && !a.closed) {
      const alt = AMBIGUOUS.get(b.key);
      const bc: { country: string; region: string | null; kind: Kind } =
        alt && alt.country === a.country && b.country !== a.country ? { ...alt, kind: 'region' } : b;
      const closeParen = gap.includes('(') ? (text[b.end] === ')' ? 1 : -1) : 0;
      const fits = bc.kind === 'country' || (a.kind === 'city' && bc.kind === 'region');
      if (
        closeParen >= 0 &&
        fits &&
        bc.country === a.country &&
        (!a.region || !bc.region || a.region === bc.region || a.kind === 'city')
      ) {
        const end = b.end + closeParen;
        out[out.length - 1] = {
          ...a,
          name: text.slice(a.start, end),
          region: a.kind === 'city' && bc.region ? bc.region : (a.region ?? bc.region),
          end,
          kind: a.kind === 'city' || bc.kind === 'city' ? 'city' : 'region',
          closed: bc.kind === 'country',
        };
        continue;
      }
      // "London, Ontario": a city followed by a region of another country is a city there.
      if (a.kind === 'city' && b.kind === 'region' && gap.startsWith(',') && b.country !== a.country) {
        out[out.length - 1] = {
          ...a,
          name: text.slice(a.start, b.end),
          country: b.country,
          region: b.region,
          end: b.end,
        };
        continue;
      }
    }
    // "Georgia, USA": the ambiguous name is the US state.
    if (a && JOINER.test(gap) && a.kind === 'country' && b.kind === 'country') {
      const alt = AMBIGUOUS.get(a.key);
      if (alt && alt.country === b.country) {
        out[out.length - 1] = {
          ...a,
          ...alt,
          name: text.slice(a.start, b.end),
          end: b.end,
          kind: 'region',
          closed: true,
        };
        continue;
      }
    }
    out.push(b);
  }
  return out;
}

/**
 * Lines that label a place, as order forms and cover sheets write them: "Governing Law: State of New York", "Place of
 * jurisdiction: Munich". Each sentence (at most 160 characters) that `label` opens, with the first place named at most
 * `within` characters after the label: the label's value, not a place named later in a sentence.
 */
export function labelledPlaces(
  doc: Doc,
  label: RegExp,
  within: number,
): { sentence: Sentence; place: JurisdictionMention }[] {
  const out: { sentence: Sentence; place: JurisdictionMention }[] = [];
  for (const sentence of doc.sentences) {
    if (sentence.text.length > 160) continue;
    const m = label.exec(sentence.text);
    if (!m) continue;
    const [place] = findJurisdictions(sentence.text.slice(m[0].length));
    if (place && place.start <= within) out.push({ sentence, place });
  }
  return out;
}

/**
 * A US state by its postal code after a town, as addresses and forum clauses write it: "a court in Santa Fe, NM",
 * "Wilmington, DE 19801". The code is an ISO 3166-2 region code of the table (US-NM). Only after a capitalised word
 * (not a shouted one: "INDIRECT, OR PUNITIVE") and before punctuation, a ZIP code, a lower-case word or the end:
 * "Agreement, IN WITNESS WHEREOF" is no state.
 */
const US_POSTAL = new Set(
  REGIONS.filter(([, country, region]) => country === 'US' && region?.startsWith('US-')).map(([, , region]) =>
    (region as string).slice(3),
  ),
);
const POSTAL_CODE = /,[ \t]{1,3}([A-Z]{2})(?=[ \t]*[,.;:)\]]|[ \t]+\d{5}\b|[ \t]+[a-z]|[ \t]*$)/gm;
const TOWN_BEFORE = /(?:^|[^\p{L}])\p{Lu}[\p{Ll}.'’]+(?:[ -]\p{Lu}[\p{Ll}.'’]+){0,3}$/u;

function postalMentions(text: string, known: Raw[]): Raw[] {
  const out: Raw[] = [];
  if (!text.includes(',')) return out;
  // `known` is in text order and so are the matches: one pointer finds the mentions that could overlap a code (a scan
  // of every mention per code would grow with their product on a long sentence).
  let k = 0;
  POSTAL_CODE.lastIndex = 0;
  for (let m = POSTAL_CODE.exec(text); m; m = POSTAL_CODE.exec(text)) {
    const code = m[1] as string;
    if (!US_POSTAL.has(code) || !TOWN_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    const start = m.index + m[0].length - 2;
    while (k < known.length && (known[k] as Raw).end <= start) k++;
    if (k < known.length && (known[k] as Raw).start < start + 2) continue;
    out.push({
      name: code,
      country: 'US',
      region: `US-${code}`,
      start,
      end: start + 2,
      kind: 'region',
      key: `postal:${code}`,
    });
  }
  return out;
}

/** Every place named in `text`, in order, a region and its country ("Quebec, Canada") as one. */
export function findJurisdictions(text: string): JurisdictionMention[] {
  const raws = rawMentions(text);
  const postal = postalMentions(text, raws);
  const all = postal.length === 0 ? raws : [...raws, ...postal].sort((a, b) => a.start - b.start);
  return merge(text, all).map(({ name, country, region, start, end }) => ({
    name,
    country,
    region,
    start,
    end,
  }));
}

/**
 * The place a demonym names, as a card shows it: "English" → "England", "Swiss" → "Switzerland" (the first name of the
 * country's or region's row); null for a word that is no demonym. "the English courts" sit in England.
 */
export function demonymPlace(name: string): string | null {
  const entry = DEMONYM_INDEX.byKey.get(nameKey(name));
  return entry ? placeName(entry.country, entry.region) : null;
}

/** The name a card shows for a country or one of its regions: the first name of its row ("GB", "GB-ENG" → "England"). */
export function placeName(country: string, region: string | null): string | null {
  const row = [...REGIONS, ...COUNTRIES].find(([, c, r]) => c === country && r === region);
  return row ? (row[0][0] ?? null) : null;
}

/** Adjectives naming a legal system ("English" → GB/GB-ENG), with their offsets. */
export function findDemonyms(text: string): JurisdictionMention[] {
  const out: JurisdictionMention[] = [];
  // Every demonym starts with a Latin letter (test below): text without one (an Arabic sentence) is not scanned by
  // DEMONYM_RE, whose version for such text is compiled late in a process, without V8's search optimizations.
  if (!hasDemonymStart(text)) return out;
  DEMONYM_RE.lastIndex = 0;
  for (let m = DEMONYM_RE.exec(text); m; m = DEMONYM_RE.exec(text)) {
    const entry = DEMONYM_INDEX.byKey.get(nameKey(m[0]));
    if (!entry || !casingOk(entry.canonical, m[0])) continue;
    out.push({ name: m[0], country: entry.country, region: entry.region, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * Can a demonym start in this text? Every one starts with an ASCII letter, which case-insensitive Unicode matching
 * also finds as "ſ" (U+017F, s) or the Kelvin sign (U+212A, k).
 */
function hasDemonymStart(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if ((c >= 97 && c <= 122) || c === 0x17f || c === 0x212a) return true;
  }
  return false;
}
if (!DEMONYMS.every(([names]) => names.every((n) => /^[A-Za-z]/.test(n))))
  throw new Error('hasDemonymStart: a demonym starts with a letter outside ASCII');

/**
 * The jurisdiction a whole name designates ("the State of Delaware", "Quebec, Canada"),
 * or null when it names none or several.
 */
export function resolveJurisdiction(name: string): { name: string; country: string; region: string | null } | null {
  const trimmed = name.trim().replace(/[.;:]+$/, '');
  const found = findJurisdictions(trimmed);
  if (found.length !== 1) return null;
  const [j] = found as [JurisdictionMention];
  // The mention must be the whole name, give or take an article.
  const rest = (trimmed.slice(0, j.start) + trimmed.slice(j.end)).trim();
  if (rest !== '' && !/^the$/i.test(rest)) return null;
  return { name: trimmed, country: j.country, region: j.region };
}

// ---------------------------------------------------------------------------------------
// Arabic names. Matched on the Arabic matching form (common/arabic.ts), so they are kept
// apart from the Latin table above and its casing rules. Written in ordinary spelling;
// the long official form first. "عمان" alone is left out: it is also Amman, Jordan's capital.

/** Arabic country names → ISO 3166-1 alpha-2 (formal name first, then the short one). */
export const ARABIC_COUNTRIES: readonly JurisdictionRow[] = [
  [['المملكة العربية السعودية', 'السعودية'], 'SA', null],
  [['دولة الكويت', 'الكويت'], 'KW', null],
  [['دولة الإمارات العربية المتحدة', 'الإمارات العربية المتحدة', 'الإمارات'], 'AE', null],
  [['دولة قطر', 'قطر'], 'QA', null],
  [['مملكة البحرين', 'البحرين'], 'BH', null],
  [['سلطنة عمان', 'سلطنة عُمان'], 'OM', null],
  [['جمهورية مصر العربية', 'مصر'], 'EG', null],
  [['المملكة الأردنية الهاشمية', 'الأردن'], 'JO', null],
  [['جمهورية باكستان الإسلامية', 'باكستان'], 'PK', null],
  [['الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية', 'الولايات المتحدة'], 'US', null],
  [['المملكة المتحدة', 'بريطانيا'], 'GB', null],
  [['الجمهورية اللبنانية', 'لبنان'], 'LB', null],
  [['جمهورية العراق', 'العراق'], 'IQ', null],
  [['الجمهورية العربية السورية', 'سوريا', 'سورية'], 'SY', null],
  [['الجمهورية اليمنية', 'اليمن'], 'YE', null],
  [['دولة فلسطين', 'فلسطين'], 'PS', null],
  [['المملكة المغربية', 'المغرب'], 'MA', null],
  [['الجمهورية الجزائرية', 'الجزائر'], 'DZ', null],
  [['الجمهورية التونسية', 'تونس'], 'TN', null],
  [['دولة ليبيا', 'ليبيا'], 'LY', null],
  [['جمهورية السودان', 'السودان'], 'SD', null],
  [['تركيا'], 'TR', null],
  [['الهند'], 'IN', null],
  [['سنغافورة'], 'SG', null],
  [['أيرلندا', 'ايرلندا'], 'IE', null],
  [['ألمانيا'], 'DE', null],
  [['فرنسا'], 'FR', null],
  [['هولندا'], 'NL', null],
  [['سويسرا'], 'CH', null],
  [['كندا'], 'CA', null],
  [['أستراليا'], 'AU', null],
  // Further trading partners whose law Arabic translations of foreign terms name ("لقوانين جمهورية الصين الشعبية").
  // Korea only with its qualifier: the bare name is either Korea.
  [['جمهورية الصين الشعبية', 'الصين'], 'CN', null],
  [['هونغ كونغ', 'هونج كونج'], 'HK', null],
  [['تايوان'], 'TW', null],
  [['اليابان'], 'JP', null],
  [['جمهورية كوريا', 'كوريا الجنوبية'], 'KR', null],
  [['ماليزيا'], 'MY', null],
  [['إندونيسيا'], 'ID', null],
  [['بنغلاديش', 'بنجلاديش'], 'BD', null],
  [['سريلانكا'], 'LK', null],
  [['نيوزيلندا'], 'NZ', null],
  [['إسبانيا', 'اسبانيا'], 'ES', null],
  [['إيطاليا'], 'IT', null],
  [['البرتغال'], 'PT', null],
  [['بلجيكا'], 'BE', null],
  [['لوكسمبورغ', 'لوكسمبورج'], 'LU', null],
  [['النمسا'], 'AT', null],
  [['السويد'], 'SE', null],
  [['الدنمارك'], 'DK', null],
  [['النرويج'], 'NO', null],
  [['فنلندا'], 'FI', null],
  [['بولندا'], 'PL', null],
  [['اليونان'], 'GR', null],
  [['قبرص'], 'CY', null],
  [['الاتحاد الروسي', 'روسيا'], 'RU', null],
  [['البرازيل'], 'BR', null],
  [['المكسيك'], 'MX', null],
  [['جنوب أفريقيا', 'جنوب افريقيا'], 'ZA', null],
  [['نيجيريا'], 'NG', null],
  [['كينيا'], 'KE', null],
  [['موريتانيا'], 'MR', null],
];

/**
 * Arabic names of regions → ISO 3166-2, with the English name a card shows: Gulf emirates,
 * Saudi provinces (المنطقة/منطقة …), Pakistani provinces, UK nations and US states that
 * Arabic translations of US terms name as the governing law ("قوانين ولاية كاليفورنيا").
 */
export const ARABIC_REGIONS: readonly (readonly [
  arabic: readonly string[],
  country: string,
  region: string,
  english: string,
])[] = [
  [['إمارة دبي'], 'AE', 'AE-DU', 'Emirate of Dubai'],
  [['إمارة أبوظبي', 'إمارة أبو ظبي'], 'AE', 'AE-AZ', 'Emirate of Abu Dhabi'],
  [['إمارة الشارقة', 'الشارقة'], 'AE', 'AE-SH', 'Sharjah'],
  [['إمارة عجمان', 'عجمان'], 'AE', 'AE-AJ', 'Ajman'],
  [['إمارة رأس الخيمة', 'رأس الخيمة'], 'AE', 'AE-RK', 'Ras Al Khaimah'],
  [['إمارة الفجيرة', 'الفجيرة'], 'AE', 'AE-FU', 'Fujairah'],
  [['إمارة أم القيوين', 'أم القيوين'], 'AE', 'AE-UQ', 'Umm Al Quwain'],
  [['مركز دبي المالي العالمي'], 'AE', 'AE-DU', 'Dubai International Financial Centre'],
  [['سوق أبوظبي العالمي', 'سوق أبو ظبي العالمي'], 'AE', 'AE-AZ', 'Abu Dhabi Global Market'],
  [['منطقة الرياض'], 'SA', 'SA-01', 'Riyadh Province, Saudi Arabia'],
  [['منطقة مكة المكرمة'], 'SA', 'SA-02', 'Makkah Province, Saudi Arabia'],
  [['منطقة المدينة المنورة'], 'SA', 'SA-03', 'Madinah Province, Saudi Arabia'],
  [['المنطقة الشرقية'], 'SA', 'SA-04', 'Eastern Province, Saudi Arabia'],
  [['منطقة القصيم'], 'SA', 'SA-05', 'Qassim Province, Saudi Arabia'],
  [['منطقة حائل'], 'SA', 'SA-06', 'Hail Province, Saudi Arabia'],
  [['منطقة تبوك'], 'SA', 'SA-07', 'Tabuk Province, Saudi Arabia'],
  [['منطقة الحدود الشمالية'], 'SA', 'SA-08', 'Northern Borders Province, Saudi Arabia'],
  [['منطقة جازان', 'منطقة جيزان'], 'SA', 'SA-09', 'Jazan Province, Saudi Arabia'],
  [['منطقة نجران'], 'SA', 'SA-10', 'Najran Province, Saudi Arabia'],
  [['منطقة الباحة'], 'SA', 'SA-11', 'Al Bahah Province, Saudi Arabia'],
  [['منطقة الجوف'], 'SA', 'SA-12', 'Al Jawf Province, Saudi Arabia'],
  [['منطقة عسير'], 'SA', 'SA-14', 'Asir Province, Saudi Arabia'],
  [['إقليم البنجاب', 'البنجاب'], 'PK', 'PK-PB', 'Punjab'],
  [['إقليم السند'], 'PK', 'PK-SD', 'Sindh'],
  [['خيبر بختونخوا'], 'PK', 'PK-KP', 'Khyber Pakhtunkhwa'],
  [['إنجلترا وويلز', 'إنجلترا', 'انجلترا'], 'GB', 'GB-ENG', 'England and Wales'],
  [['اسكتلندا'], 'GB', 'GB-SCT', 'Scotland'],
  [['ولاية كاليفورنيا', 'كاليفورنيا', 'كالفورنيا'], 'US', 'US-CA', 'California'],
  [['ولاية نيويورك'], 'US', 'US-NY', 'New York'],
  [['ولاية ديلاوير', 'ديلاوير'], 'US', 'US-DE', 'Delaware'],
  [['ولاية تكساس', 'تكساس'], 'US', 'US-TX', 'Texas'],
  [['ولاية واشنطن'], 'US', 'US-WA', 'Washington'],
  [['ولاية فلوريدا', 'فلوريدا'], 'US', 'US-FL', 'Florida'],
  [['ولاية ماساتشوستس', 'ماساتشوستس'], 'US', 'US-MA', 'Massachusetts'],
];

/** Arabic adjectives of nationality after a law noun ("القانون السعودي", "الأنظمة السعودية"). */
export const ARABIC_DEMONYMS: readonly JurisdictionRow[] = [
  [['السعودي', 'السعودية'], 'SA', null],
  [['الكويتي', 'الكويتية'], 'KW', null],
  [['الإماراتي', 'الإماراتية'], 'AE', null],
  [['القطري', 'القطرية'], 'QA', null],
  [['البحريني', 'البحرينية'], 'BH', null],
  [['العماني', 'العمانية'], 'OM', null],
  [['المصري', 'المصرية'], 'EG', null],
  [['الأردني', 'الأردنية'], 'JO', null],
  [['الباكستاني', 'الباكستانية'], 'PK', null],
  [['البريطاني', 'البريطانية', 'الإنجليزي', 'الإنجليزية', 'الانجليزي'], 'GB', null],
  [['اللبناني', 'اللبنانية'], 'LB', null],
  [['العراقي', 'العراقية'], 'IQ', null],
  [['الأمريكي', 'الأمريكية', 'الأميركي'], 'US', null],
  // North Africa, the Levant and Sudan, as the Gulf's ("للقانون المغربي", "المحاكم التونسية").
  [['المغربي', 'المغربية'], 'MA', null],
  [['الجزائري', 'الجزائرية'], 'DZ', null],
  [['التونسي', 'التونسية'], 'TN', null],
  [['الليبي', 'الليبية'], 'LY', null],
  [['السوداني', 'السودانية'], 'SD', null],
  [['السوري', 'السورية'], 'SY', null],
  [['اليمني', 'اليمنية'], 'YE', null],
  [['الفلسطيني', 'الفلسطينية'], 'PS', null],
];

/** Arabic names of cities that contracts name as the seat of their courts → the English name a card shows. */
export const ARABIC_CITIES: readonly (readonly [arabic: readonly string[], english: string])[] = [
  [['الرياض'], 'Riyadh'],
  [['جدة'], 'Jeddah'],
  [['الدمام'], 'Dammam'],
  [['الخبر'], 'Khobar'],
  [['الطائف'], 'Taif'],
  [['دبي'], 'Dubai'],
  [['أبوظبي', 'أبو ظبي'], 'Abu Dhabi'],
  [['القاهرة'], 'Cairo'],
  [['الدوحة'], 'Doha'],
  [['المنامة'], 'Manama'],
  [['مسقط'], 'Muscat'],
  [['كراتشي'], 'Karachi'],
  [['إسلام آباد'], 'Islamabad'],
  [['لاهور'], 'Lahore'],
  [['مكة المكرمة', 'مكة'], 'Makkah'],
  [['المدينة المنورة'], 'Madinah'],
  [['الظهران'], 'Dhahran'],
  [['الكويت العاصمة', 'مدينة الكويت'], 'Kuwait City'],
  // A capital named like its country is told apart by "العاصمة" (the capital) after it.
  [['تونس العاصمة'], 'Tunis'],
  [['الجزائر العاصمة'], 'Algiers'],
  [['بيروت'], 'Beirut'],
  [['الإسكندرية'], 'Alexandria'],
  [['بغداد'], 'Baghdad'],
  [['الدار البيضاء'], 'Casablanca'],
  [['الرباط'], 'Rabat'],
  [['مراكش'], 'Marrakesh'],
  [['طنجة'], 'Tangier'],
  [['وهران'], 'Oran'],
  [['صفاقس'], 'Sfax'],
  [['بنغازي'], 'Benghazi'],
  [['الخرطوم'], 'Khartoum'],
  [['أربيل'], 'Erbil'],
  [['البصرة'], 'Basra'],
  [['صنعاء'], 'Sanaa'],
  [['لندن'], 'London'],
  [['مقاطعة سان فرانسيسكو', 'سان فرانسيسكو', 'سان فرانسسكو'], 'San Francisco'],
  [['لوس أنجلوس', 'لوس انجلوس'], 'Los Angeles'],
  [['مدينة نيويورك', 'نيويورك'], 'New York'],
  [['سياتل'], 'Seattle'],
  [['دبلن'], 'Dublin'],
];

/**
 * Saudi texts call their country just "the Kingdom" (المملكة): "وفقاً للأنظمة المعمول بها في المملكة".
 * The bare word names Saudi Arabia only on a page that names Saudi Arabia, a Saudi city or the riyal
 * somewhere; never when another kingdom follows ("المملكة المتحدة", "المملكة الأردنية").
 * Folded spelling (common/arabic.ts), for the matching form.
 */
const SAUDI_CUES = arabicLoose(['سعودي', 'الرياض', 'جده', 'الدمام', 'مكه المكرمه']);
const saudiCache = new WeakMap<object, boolean>();
/** Does the page name Saudi Arabia, the riyal or a Saudi city (matching form, cached per document)? */
export function saudiPage(doc: { text: string }): boolean {
  let v = saudiCache.get(doc);
  if (v === undefined) {
    v = SAUDI_CUES.test(doc.text);
    saudiCache.set(doc, v);
  }
  return v;
}

export const ARABIC_BARE_KINGDOM =
  'المملكه(?!\\s+(?:المتحده|الاردنيه|المغربيه|العربيه|الهاشميه|الهولنديه|البلجيكيه|الاسبانيه|السويديه|النرويجيه|الدنماركيه))';
