/**
 * Corporate-form words: "Inc.", "GmbH", "Pte. Ltd.", "S.A.R.L.". The one list used wherever a
 * company name is shortened or compared: vendor.ts drops them from the end of a provider's
 * name ("Zentrix Ltd." → "Zentrix"), utils/db.ts drops them from vendor keys so "Acme, Inc."
 * and "ACME" group together. Written lowercase, inner dots kept as commonly written; lookups
 * ignore punctuation, so "S.A.", "SA" and "s.a" are the same form.
 */
export const CORPORATE_FORMS: readonly string[] = [
  'inc',
  'incorporated',
  'llc',
  'l.l.c',
  'ltd',
  'limited',
  'gmbh',
  'ag',
  'kg',
  // The German partnership limited by shares and the European company ("Merck KGaA", "Tiefland SE").
  'kgaa',
  'se',
  // The Polish company ("Sp. z o.o."; a name read up to its first dot keeps "Sp").
  'sp',
  'sa',
  's.a',
  'sas',
  'sarl',
  's.a.r.l',
  'srl',
  's.r.l',
  'spa',
  's.p.a',
  'bv',
  'b.v',
  'nv',
  'n.v',
  'plc',
  'llp',
  'lp',
  'corp',
  'corporation',
  'co',
  'company',
  'pty',
  'pte',
  'pvt',
  'private',
  'smc',
  'smc-pvt',
  'ab',
  'as',
  'a/s',
  'asa',
  'oy',
  'oyj',
  'kk',
  'k.k',
  'g.k',
  'tbk',
  'pt',
  'sdn',
  'bhd',
  'ulc',
  // Central and South-East Europe: the limited company of Croatia, Slovenia, Serbia and Bosnia, and of Czechia and
  // Slovakia ("Kamino d.o.o.", "Vltava s.r.o."). Dotted, as written: a name ending in a bare "doo" is rare.
  'd.o.o',
  's.r.o',
  'fze',
  'fz-llc',
  'fzco',
  'wll',
  'w.l.l',
  // Gulf forms: public and closed joint-stock companies (UAE PJSC/PSC, Oman SAOG/SAOC and SPC, Bahrain BSC, Kuwait
  // KSC/KSCC/KSCP, Qatar QSC/QPSC), and the Saudi sole establishment abbreviated ("Est."; the word itself names
  // companies too: "Establishment Labs").
  'pjsc',
  'psc',
  'saog',
  'saoc',
  's.p.c',
  'spc',
  'b.s.c',
  'bsc',
  'k.s.c',
  'ksc',
  'kscc',
  'kscp',
  'q.s.c',
  'qsc',
  'qpsc',
  'est',
];

const compact = (word: string) => word.toLowerCase().replace(/[^a-z0-9]/g, '');

const FORMS = new Set(CORPORATE_FORMS.map(compact));
/**
 * Forms written with letters beyond a–z, compared whole (lowercase, without dots): the Estonian private company
 * ("Section31 OÜ"). Not folded to ASCII: "ou" is French for "or".
 */
const LETTERED_FORMS = new Set(['oü']);

/** Is `word` a corporate form? Case and punctuation are ignored: "Ltd.", "LTD", "S.A.", "a/s". */
export function isCorporateForm(word: string): boolean {
  const key = compact(word);
  if (key !== '' && FORMS.has(key)) return true;
  return /[^\x00-\x7f]/.test(word) && LETTERED_FORMS.has(word.toLowerCase().replace(/[.,]/g, ''));
}
