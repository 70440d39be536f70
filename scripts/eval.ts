// `npm run eval -- DIR...`: scores cards against the gold files in those folders and
// prints per-field precision/recall/F1, the core macro-F1, detection accuracy, the share
// of emitted values that are wrong, and each document's misses. `--json` for machines.
// Where a CUAD label file (`NAME.cuad.json`) sits beside a document it also prints, per CUAD
// category, span-level precision and recall (scripts/lib/cuad-spans.ts).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extractDates } from '../extractors/dates';
import { CAP_BOTH_FIELDS, type CategoryTally, type CuadLabels, type CuadMiss, scoreCuad } from './lib/cuad-spans';
import { cardOfRead, findGoldPairs, readDocument } from './lib/load';
import { addTally, CORE_FIELDS, type DocScore, f1, scoreCard, summarizeTallies, type Tally } from './lib/score';

const SOURCE_EXTENSIONS = ['.html', '.htm', '.md', '.txt', '.pdf', '.docx'];

const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
/** Share of the category's findings that sit on a lawyer span (1 when there are none: nothing wrong emitted). */
const spanPrecision = (t: CategoryTally) => (t.findings ? t.findingsOnSpan / t.findings : 1);
/**
 * What the table calls a row when its key says too little: CUAD's "Cap On Liability" row scores
 * liabilityCap alone, beside the row that scores liabilityCap and consequentialDamages together.
 */
const ROW_LABEL: Record<string, string> = { 'Cap On Liability': 'Cap On Liability, liabilityCap only' };
const CAP_NOTE =
  "Cap On Liability: CUAD's category covers both amount caps and exclusions of damage types (indirect, consequential, punitive...), and time limits on claims; the card splits the first two into liabilityCap and consequentialDamages. The row 'spans stating an amount' keeps only the spans with a limiting word and a measure in one span ('shall not exceed the fees paid'), the ones an amount cap can answer (scripts/lib/cuad-spans.ts, statesAmountLimit).";

/** Share of the documents the lawyers labelled where a finding sits on one of the category's spans. */
const spanRecall = (t: CategoryTally) => (t.labelledDocs ? t.labelledDocsHit / t.labelledDocs : 1);

async function main(args: string[]): Promise<number> {
  const json = args.includes('--json');
  // --force: build every card as "Analyze anyway" does, so the extractors are measured even
  // where detection calls the document not legal.
  const force = args.includes('--force');
  // --half first|second: score only the first or second alphabetical half of each folder, so
  // rules can be tuned on one half while the other stays held out (first half gets the odd one).
  const halfAt = args.indexOf('--half');
  const half = halfAt >= 0 ? args[halfAt + 1] : undefined;
  if (halfAt >= 0 && half !== 'first' && half !== 'second') {
    process.stderr.write('--half takes first or second\n');
    return 2;
  }
  // --cuad-misses: after the table, print per CUAD category the labelled spans no finding
  // overlaps and the findings that overlap no span (for reading misses on a tuning half).
  const cuadMisses = args.includes('--cuad-misses');
  const dirs = args.filter(
    (a, i) => !['--json', '--force', '--half', '--cuad-misses'].includes(a) && !(halfAt >= 0 && i === halfAt + 1),
  );
  if (dirs.length === 0) {
    process.stderr.write('usage: npm run eval -- DIR... [--json] [--force] [--half first|second] [--cuad-misses]\n');
    return 2;
  }
  const totals: Record<string, Tally> = {};
  const perDoc: { name: string; score: DocScore }[] = [];
  const cuad: Record<string, CategoryTally> = {};
  let cuadDocs = 0;
  const cuadMissLog: ({ doc: string } & CuadMiss)[] = [];
  let detected = 0;
  let detectable = 0;
  for (const dir of dirs) {
    const all = await findGoldPairs(dir, SOURCE_EXTENSIONS, (gold) =>
      process.stderr.write(`warning: ${gold} has no document beside it\n`),
    );
    const mid = Math.ceil(all.length / 2);
    const pairs = half === 'first' ? all.slice(0, mid) : half === 'second' ? all.slice(mid) : all;
    for (const pair of pairs) {
      const gold = JSON.parse(await readFile(pair.gold, 'utf8'));
      const read = await readDocument(pair.source);
      const doc = read.doc;
      const card = cardOfRead(read, pair.source, { force });
      const labelsPath = join(dir, `${pair.name}.cuad.json`);
      if (existsSync(labelsPath)) {
        const labels = JSON.parse(await readFile(labelsPath, 'utf8')) as CuadLabels;
        scoreCuad(
          card,
          doc.text,
          labels,
          cuad,
          cuadMisses ? (m) => cuadMissLog.push({ doc: pair.name, ...m }) : undefined,
          { effective: extractDates(doc).effective },
        );
        cuadDocs++;
      }
      const score = scoreCard(card, gold);
      perDoc.push({ name: pair.name, score });
      for (const [field, t] of Object.entries(score.fields)) {
        totals[field] = totals[field] ?? { tp: 0, fp: 0, fn: 0 };
        addTally(totals[field], t);
      }
      if (score.detectionRight !== null) {
        detectable++;
        if (score.detectionRight) detected++;
      }
    }
  }
  const { coreMacroF1: macro, emitted, wrong } = summarizeTallies(totals);
  const summary = {
    documents: perDoc.length,
    coreMacroF1: macro,
    detectionAccuracy: detectable ? detected / detectable : null,
    wrongShare: emitted ? wrong / emitted : 0,
    fields: Object.fromEntries(Object.entries(totals).map(([k, t]) => [k, { ...t, ...f1(t) }])),
    cuadSpans: cuadDocs
      ? Object.fromEntries(
          Object.entries(cuad).map(([k, t]) => [k, { ...t, precision: spanPrecision(t), recall: spanRecall(t) }]),
        )
      : undefined,
    misses: Object.fromEntries(perDoc.map((d) => [d.name, d.score.misses])),
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    return 0;
  }
  const out: string[] = [];
  out.push(`${perDoc.length} documents`);
  out.push('');
  out.push(`${'field'.padEnd(22)}   TP   FP   FN  precision  recall      F1`);
  for (const [field, t] of Object.entries(totals)) {
    const s = f1(t);
    const core = (CORE_FIELDS as readonly string[]).includes(field) ? '*' : ' ';
    out.push(
      `${(field + core).padEnd(22)} ${String(t.tp).padStart(4)} ${String(t.fp).padStart(4)} ${String(t.fn).padStart(4)}     ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}`,
    );
  }
  out.push('');
  out.push(`core macro-F1 (* fields): ${pct(macro)}%`);
  out.push(
    `detection accuracy:       ${summary.detectionAccuracy === null ? 'n/a' : `${pct(summary.detectionAccuracy)}%`} (${detected}/${detectable})`,
  );
  out.push(`emitted values wrong:     ${pct(summary.wrongShare)}% (${wrong} of ${emitted})`);
  out.push('');
  if (cuadDocs) {
    out.push(
      `CUAD spans (${cuadDocs} contracts): a finding counts when its quote overlaps a lawyer span of the category`,
    );
    const label = (category: string) => ROW_LABEL[category] ?? category;
    const width = Math.max(36, ...Object.keys(cuad).map((c) => label(c).length));
    out.push(`${'category'.padEnd(width)} findings  on span  precision  labelled docs  hit  recall  spans not located`);
    for (const [category, t] of Object.entries(cuad)) {
      out.push(
        `${label(category).padEnd(width)} ${String(t.findings).padStart(8)} ${String(t.findingsOnSpan).padStart(8)}     ${pct(spanPrecision(t))}  ${String(t.labelledDocs).padStart(13)} ${String(t.labelledDocsHit).padStart(4)}  ${pct(spanRecall(t))}  ${String(t.unlocated).padStart(17)}`,
      );
    }
    if (cuad[CAP_BOTH_FIELDS]) out.push(CAP_NOTE);
    out.push('');
  }
  if (cuadMisses) {
    for (const category of Object.keys(cuad)) {
      out.push(`## ${category}`);
      for (const m of cuadMissLog.filter((x) => x.category === category)) {
        out.push(
          `  ${m.kind === 'unhit' ? 'MISSED' : 'OFFSPAN'} ${m.doc}: ${m.text.replace(/\s+/g, ' ').slice(0, 600)}`,
        );
      }
      out.push('');
    }
  }
  for (const d of perDoc) {
    out.push(`${d.name}: ${d.score.misses.length === 0 ? 'no misses' : `${d.score.misses.length} misses`}`);
    for (const m of d.score.misses) {
      const detail =
        m.kind === 'missed'
          ? `expected ${JSON.stringify(m.expected)}`
          : m.kind === 'extra'
            ? `got ${JSON.stringify(m.got)}`
            : `expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.got)}`;
      out.push(`  ${m.kind.padEnd(6)} ${m.field}: ${detail}`);
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`eval failed: ${(error as Error).message}\n`);
    process.exitCode = 1;
  },
);
