// `npm run eval -- DIR...`: scores cards against the gold files in those folders and
// prints per-field precision/recall/F1, the core macro-F1, detection accuracy, the share
// of emitted values that are wrong, and each document's misses. `--json` for machines.
// `--force` builds every card as "Analyze anyway" does (`{ force: true }`), so extraction is
// measured apart from detection.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildCard } from '../extractors/card';
import { cardFromFile, docFromSource, readSource } from './lib/load';
import { addTally, CORE_FIELDS, type DocScore, f1, scoreCard, type Tally } from './lib/score';

const SOURCE_EXTENSIONS = ['.html', '.htm', '.md', '.txt'];

async function findPairs(dir: string): Promise<{ name: string; source: string; gold: string }[]> {
  const names = await readdir(dir);
  const pairs = [];
  for (const name of names.filter((n) => n.endsWith('.gold.json')).sort()) {
    const base = name.slice(0, -'.gold.json'.length);
    const source = SOURCE_EXTENSIONS.map((ext) => base + ext).find((n) => names.includes(n));
    if (source) pairs.push({ name: base, source: join(dir, source), gold: join(dir, name) });
    else process.stderr.write(`warning: ${join(dir, name)} has no document beside it\n`);
  }
  return pairs;
}

/** A card built with extraction forced, whatever the detection verdict. */
async function forcedCard(path: string) {
  const { text, format } = await readSource(path);
  return buildCard(docFromSource(text, format), path, { force: true });
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(6);

async function main(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const force = args.includes('--force');
  const dirs = args.filter((a) => a !== '--json' && a !== '--force');
  if (dirs.length === 0) {
    process.stderr.write('usage: npm run eval -- DIR... [--json] [--force]\n');
    return 2;
  }
  const totals: Record<string, Tally> = {};
  const perDoc: { name: string; score: DocScore }[] = [];
  let detected = 0;
  let detectable = 0;
  for (const dir of dirs) {
    for (const pair of await findPairs(dir)) {
      const gold = JSON.parse(await readFile(pair.gold, 'utf8'));
      const card = force ? await forcedCard(pair.source) : await cardFromFile(pair.source);
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
  const coreF1 = CORE_FIELDS.map((f) => f1(totals[f] ?? { tp: 0, fp: 0, fn: 0 }).f1);
  const macro = coreF1.reduce((a, b) => a + b, 0) / coreF1.length;
  const emitted = Object.values(totals).reduce((n, t) => n + t.tp + t.fp, 0);
  const wrong = Object.values(totals).reduce((n, t) => n + t.fp, 0);
  const summary = {
    documents: perDoc.length,
    coreMacroF1: macro,
    detectionAccuracy: detectable ? detected / detectable : null,
    wrongShare: emitted ? wrong / emitted : 0,
    fields: Object.fromEntries(Object.entries(totals).map(([k, t]) => [k, { ...t, ...f1(t) }])),
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
