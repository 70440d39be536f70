// `clauselens`: the command line as a tool. Bundled into one file (bin/clauselens.mjs, by scripts/build-cli.mjs)
// so that start-up compiles nothing; `npm run --silent card -- FILE...` (scripts/card.ts) keeps working beside it.
//
//   clauselens card FILE|DIR...                    one JSON card per line (JSON Lines), files in a stable order
//   clauselens compare FILE|DIR... [--format F]    the compare page's table, one column per vendor (csv|md|json)
//
// Exit codes: 0 every file read; 1 some file could not be read (its line says why, the rest go on); 2 usage error.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Card, CardError } from '../extractors/types';
import type { VendorDoc } from '../utils/comparison';
import { cardOfRead, InputError, readDocument } from './lib/load';
import { createProgress } from './lib/progress';

declare const __CLAUSELENS_VERSION__: string | undefined;
const VERSION = typeof __CLAUSELENS_VERSION__ === 'string' ? __CLAUSELENS_VERSION__ : 'dev';

export const USAGE = `usage: clauselens <command> [options] FILE|DIR...

commands:
  card      print one JSON clause card per file (JSON Lines)
  compare   print the comparison table of the files' vendors, one column per vendor

options:
  --format csv|md|json   compare's output format (default: md)
  --force                read every file as a legal document, whatever the detector says
  -h, --help             this help
  -v, --version          the version

Files: .txt, .md, .html, .pdf, .docx (directories are read recursively, in sorted order; other files are skipped).
Exit status: 0 all files read, 1 some file could not be read (its record says why), 2 usage error.
`;

/** Extensions a directory walk picks up (a file named on the command line is always tried). */
const DOCUMENT_EXTENSIONS = /\.(?:txt|text|md|markdown|html?|xhtml|pdf|docx)$/i;

export class UsageError extends Error {}

export interface Options {
  command: 'card' | 'compare' | 'help' | 'version';
  format: 'csv' | 'md' | 'json';
  force: boolean;
  paths: string[];
}

export function parseArgs(args: readonly string[]): Options {
  const options: Options = { command: 'help', format: 'md', force: false, paths: [] };
  const rest = [...args];
  const first = rest.shift();
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') return options;
  if (first === '-v' || first === '--version') return { ...options, command: 'version' };
  if (first !== 'card' && first !== 'compare') throw new UsageError(`unknown command "${first}"`);
  options.command = first;
  while (rest.length > 0) {
    const arg = rest.shift() as string;
    if (arg === '-h' || arg === '--help') return { ...options, command: 'help' };
    if (arg === '--force') options.force = true;
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : rest.shift();
      if (value !== 'csv' && value !== 'md' && value !== 'json') throw new UsageError('--format takes csv, md or json');
      options.format = value;
    } else if (arg === '--') options.paths.push(...rest.splice(0));
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
    else options.paths.push(arg);
  }
  if (options.paths.length === 0) throw new UsageError(`${options.command}: no FILE or DIR given`);
  return options;
}

/**
 * The files to read, in a stable order: each argument in the order given; a directory's documents sorted by path
 * (code-point order, the same on every machine and locale), recursively. Symbolic links to directories are not
 * followed (a link cycle would never end).
 */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && DOCUMENT_EXTENSIONS.test(entry.name)) out.push(path);
    }
  };
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) await walk(path);
    else out.push(path); // files and missing paths alike: reading it reports what is wrong
  }
  return out;
}

/** One card, or the record saying why there is none. */
export async function cardOrError(path: string, force: boolean): Promise<Card | CardError> {
  try {
    // PDF and Word files through extractors/files (pdfjs and mammoth load on the first such file), findings
    // carrying their page; text, Markdown and HTML as before.
    return cardOfRead(await readDocument(path), path, { force });
  } catch (error) {
    const message =
      error instanceof InputError ? error.message : `${path}: could not build a card (${(error as Error).message})`;
    return { source: path, error: message };
  }
}

const isError = (c: Card | CardError): c is CardError => 'error' in c;

/** Groups cards by vendor (the name the card states, else the file's name) and renders the compare table. */
export async function compareOutput(cards: readonly Card[], format: Options['format']): Promise<string> {
  // The table model and the exporters (with the CSV library) load only for `compare`.
  const { comparisonRows, mergeVendorCards, nonEmptyRows } = await import('../utils/comparison');
  const { toCsv, toJson, toMarkdown } = await import('../utils/exporters');
  const { normalizeVendorName } = await import('../utils/db');
  const byVendor = new Map<string, { name: string; docs: VendorDoc[] }>();
  for (const [i, card] of cards.entries()) {
    const name = card.vendor ?? card.source.split(/[\\/]/).pop() ?? card.source;
    // The library's vendor key (utils/db.ts): case, punctuation and a legal form do not split a vendor ("Acme, Inc."
    // and "ACME" are one column).
    const key = normalizeVendorName(name);
    const group = byVendor.get(key) ?? { name, docs: [] };
    // Later files win a tie between two documents of one kind, as a later capture does on the compare page.
    group.docs.push({ kind: card.kind, capturedAt: i, card });
    byVendor.set(key, group);
  }
  const vendors = [...byVendor.values()];
  const rows = nonEmptyRows(comparisonRows(vendors.map((v) => ({ vendor: v.name, card: mergeVendorCards(v.docs) }))));
  const names = vendors.map((v) => v.name);
  if (format === 'csv') return `${toCsv(rows, names)}\r\n`;
  if (format === 'json') return toJson(rows, names);
  return toMarkdown(rows, names);
}

async function write(line: string): Promise<void> {
  if (!process.stdout.write(line)) await new Promise((resolve) => process.stdout.once('drain', resolve));
}

export async function run(args: readonly string[]): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`clauselens: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options.command === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (options.command === 'version') {
    process.stdout.write(`clauselens ${VERSION}\n`);
    return 0;
  }
  const files = await expandPaths(options.paths);
  const progress = createProgress(process.stderr, files.length);
  let failed = false;
  const cards: Card[] = [];
  for (const [i, path] of files.entries()) {
    progress.update(i, path);
    const card = await cardOrError(path, options.force);
    if (isError(card)) failed = true;
    if (options.command === 'card') await write(`${JSON.stringify(card)}\n`);
    else if (isError(card)) process.stderr.write(`clauselens: ${card.error}\n`);
    // The compare page holds legal documents only; a README or a news page in the folder is not a vendor.
    else if (!card.legal.isLegal && !options.force) {
      process.stderr.write(`clauselens: ${path}: not a legal document, left out (--force reads it anyway)\n`);
    } else cards.push(card);
  }
  progress.done();
  if (options.command === 'compare') await write(await compareOutput(cards, options.format));
  return failed ? 1 : 0;
}
