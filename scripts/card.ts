// `npm run --silent card -- [--explain] [--force] FILE...`: one JSON card per line for each file, in order.
// A file that can't be read or parsed prints {"source", "error"} and the rest go on;
// the exit status is 1 if any file failed. One process serves every file.
// `--explain` prints, instead of JSON, per field: the candidates the rules considered, the rule
// that fired and why the others were rejected (the trace of extractors/common/trace.ts).
import { buildCard } from '../extractors/card';
import { withTrace } from '../extractors/common/trace';
import { addPages } from '../extractors/files/index';
import type { Card, CardError } from '../extractors/types';
import { formatExplain } from './lib/explain';
import { InputError, readDocument } from './lib/load';

async function main(args: string[]): Promise<number> {
  const explain = args.includes('--explain');
  // --force: extract as "Analyze anyway" does, whatever the detection verdict.
  const force = args.includes('--force');
  const paths = args.filter((a) => a !== '--explain' && a !== '--force');
  if (paths.length === 0) {
    process.stderr.write(
      "usage: npm run --silent card -- [--explain] FILE...\n  prints one JSON clause card per file (.txt, .md, .html, .pdf, .docx);\n  --explain prints each field's candidates, the rule that fired and why others were rejected\n",
    );
    return 2;
  }
  let failed = false;
  for (const path of paths) {
    let line: string;
    try {
      const read = await readDocument(path);
      const doc = read.doc;
      if (explain) {
        const { result, events } = withTrace((): Card => buildCard(doc, path, { force }));
        line = formatExplain(addPages(result, read.pageStarts), events, doc.text);
      } else {
        line = JSON.stringify(addPages(buildCard(doc, path, { force }), read.pageStarts));
      }
    } catch (error) {
      failed = true;
      const message =
        error instanceof InputError ? error.message : `${path}: could not build a card (${(error as Error).message})`;
      const record: CardError = { source: path, error: message };
      line = JSON.stringify(record);
    }
    // Respect back-pressure so hundreds of large cards don't pile up in memory.
    if (!process.stdout.write(`${line}\n`)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
  return failed ? 1 : 0;
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0); // `| head` closed the pipe: not an error
  throw error;
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
