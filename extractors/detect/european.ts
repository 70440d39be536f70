/**
 * The detector's German, French, Spanish, Portuguese, Italian, Dutch and Russian words (vocabulary.ts, EUROPEAN_*):
 * the ASCII word engine (phrases.ts) cannot see "geschäftsbedingungen" or "соглашение" as words, so these lists are
 * matched here at word starts of the lower-cased text, and add to the same counters and the same kind lookup as the
 * English lists: one model weighs every language.
 *
 * One pass over the word starts, each looked up by its first two letters: linear, and cheap on English text (most
 * word starts find no entry).
 */
import {
  EUROPEAN_EDITORIAL,
  EUROPEAN_FORMATION,
  EUROPEAN_KIND_NAMES,
  EUROPEAN_LEGAL,
  EUROPEAN_OBLIGATIONS,
  EUROPEAN_SELF_REFS,
  EUROPEAN_TITLE_NOT_LEGAL,
  type Kind,
} from './vocabulary';

const LEGAL = 0;
const OBLIGATION = 1;
const SELF = 2;
const FORMATION = 3;
const EDITORIAL = 4;
const NOT_LEGAL = 5;
const KIND = 6;
const CATEGORIES = 7;

interface Entry {
  /** The words, without their "*". */
  words: string[];
  /** Per word: a stem (any letters may follow) or a whole word. */
  stem: boolean[];
  cat: number;
  /** The kind named (KIND entries and kinded self-references), else null. */
  kind: Kind | null;
  /** Order of the kind in EUROPEAN_KIND_NAMES (most specific first). */
  rank: number;
  length: number;
}

/** Letters and digits: ASCII, Latin-1 and Latin Extended, Greek and Cyrillic (a table: the scan asks per character). */
const LETTERS = new Uint8Array(0x530);
for (let c = 0; c < LETTERS.length; c++) {
  LETTERS[c] =
    (c >= 97 && c <= 122) ||
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    c >= 0x370
      ? 1
      : 0;
}
const isLetter = (c: number) => c < 0x530 && LETTERS[c] === 1;

const isGap = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;

/** "’" reads as "'", "ё" as "е": the lists are written with the plain forms. */
function fold(c: number): number {
  return c === 0x2019 ? 39 : c === 0x451 ? 0x435 : c;
}

/** Entries are found by their first two characters (a space for any whitespace: "u gaat akkoord"). */
const key = (a: number, b: number) => a * 0x10000 + (isGap(b) ? 32 : b);

const TABLE = new Map<number, Entry[]>();
/** The first characters of the entries: most word starts need no lookup. */
const FIRSTS = new Uint8Array(0x530);
function add(phrases: readonly string[], cat: number, kind: Kind | null = null, rank = 0): void {
  for (const p of phrases) {
    const raw = p.split(' ');
    const entry: Entry = {
      words: raw.map((w) => (w.endsWith('*') ? w.slice(0, -1) : w)),
      stem: raw.map((w) => w.endsWith('*')),
      cat,
      kind,
      rank,
      length: p.length,
    };
    // The first two characters of the phrase: a one-letter first word ("u gaat akkoord") is keyed with its space.
    const plain = entry.words.join(' ');
    FIRSTS[plain.charCodeAt(0)] = 1;
    const k = key(plain.charCodeAt(0), plain.charCodeAt(1));
    const list = TABLE.get(k);
    if (list === undefined) TABLE.set(k, [entry]);
    else list.push(entry);
  }
}
add(EUROPEAN_LEGAL, LEGAL);
add(EUROPEAN_OBLIGATIONS, OBLIGATION);
for (const [kind, p] of EUROPEAN_SELF_REFS) add([p], SELF, kind);
add(EUROPEAN_FORMATION, FORMATION);
add(EUROPEAN_EDITORIAL, EDITORIAL);
add(EUROPEAN_TITLE_NOT_LEGAL, NOT_LEGAL);
EUROPEAN_KIND_NAMES.forEach(([kind, names], rank) => {
  add(names, KIND, kind, rank);
});
// Longer phrases first, as a greedy regex would match them: "настоящая политика конфиденциальности" before "настоящая политика".
for (const list of TABLE.values()) list.sort((a, b) => b.length - a.length);

/** The end of `e` matched at `i` in `s` (a word start), or -1. Words are joined by 1–3 whitespace characters. */
function matchEntry(s: string, i: number, e: Entry): number {
  let p = i;
  for (let w = 0; w < e.words.length; w++) {
    if (w > 0) {
      const start = p;
      while (p < s.length && p - start < 3 && isGap(s.charCodeAt(p))) p++;
      if (p === start || isGap(s.charCodeAt(p))) return -1;
    }
    const word = e.words[w] as string;
    for (let k = 0; k < word.length; k++, p++) if (fold(s.charCodeAt(p)) !== word.charCodeAt(k)) return -1;
    if (e.stem[w]) while (p < s.length && isLetter(s.charCodeAt(p))) p++;
    else if (isLetter(s.charCodeAt(p))) return -1;
  }
  return p;
}

/**
 * Calls `hit` for each entry matched in lower-cased `s`, each category counted without overlapping itself (the
 * longest entry at a start wins, as a global regex matches), at most `cap` per category.
 */
function scan(s: string, cap: number, cats: number, hit: (e: Entry) => void): void {
  const free = new Array<number>(CATEGORIES).fill(0);
  const counts = new Array<number>(CATEGORIES).fill(0);
  let prevLetter = false;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    const letter = isLetter(c);
    if (letter && !prevLetter && FIRSTS[fold(c)] === 1) {
      const list = TABLE.get(key(fold(c), fold(s.charCodeAt(i + 1))));
      if (list !== undefined) {
        let done = 0;
        for (let k = 0; k < list.length; k++) {
          const e = list[k] as Entry;
          if (
            !(cats & (1 << e.cat)) ||
            done & (1 << e.cat) ||
            i < (free[e.cat] as number) ||
            (counts[e.cat] as number) >= cap
          )
            continue;
          const end = matchEntry(s, i, e);
          if (end < 0) continue;
          done |= 1 << e.cat;
          free[e.cat] = end;
          counts[e.cat] = (counts[e.cat] as number) + 1;
          hit(e);
        }
      }
    }
    prevLetter = letter;
  }
}

export interface EuropeanCounts {
  legal: number;
  obligations: number;
  selfRefs: number;
  selfKinds: Partial<Record<Kind, number>>;
  formation: number;
  editorial: number;
}

/** The legal words, obligations, self-references, formation and editorial phrases of lower-cased text. */
export function europeanCounts(lower: string, cap: number): EuropeanCounts {
  const out: EuropeanCounts = { legal: 0, obligations: 0, selfRefs: 0, selfKinds: {}, formation: 0, editorial: 0 };
  const cats = (1 << LEGAL) | (1 << OBLIGATION) | (1 << SELF) | (1 << FORMATION) | (1 << EDITORIAL);
  scan(lower, cap, cats, (e) => {
    if (e.cat === LEGAL) out.legal++;
    else if (e.cat === OBLIGATION) out.obligations++;
    else if (e.cat === FORMATION) out.formation++;
    else if (e.cat === EDITORIAL) out.editorial++;
    else if (e.cat === SELF) {
      out.selfRefs++;
      if (e.kind) out.selfKinds[e.kind] = (out.selfKinds[e.kind] ?? 0) + 1;
    }
  });
  return out;
}

/** The most specific kind a title or heading names in these languages, or null. */
export function europeanKindOf(text: string): Kind | null {
  let best: Entry | null = null;
  scan(text.slice(0, 400).toLowerCase(), 50, 1 << KIND, (e) => {
    if (e.cat === KIND && (best === null || e.rank < best.rank)) best = e;
  });
  return (best as Entry | null)?.kind ?? null;
}

/** Does a title or heading say, in these languages, that it is about legal documents rather than one? */
export function europeanDeniesLegal(text: string): boolean {
  let denied = false;
  scan(text.slice(0, 400).toLowerCase(), 1, 1 << NOT_LEGAL, (e) => {
    if (e.cat === NOT_LEGAL) denied = true;
  });
  return denied;
}
