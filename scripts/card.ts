// `npm run --silent card -- FILE...`: one JSON card per line for each file, in order.
// A file that can't be read or parsed prints {"source", "error"} and the rest go on;
// the exit status is 1 if any file failed. One process serves every file.
import type { CardError } from '../extractors/types';
import { cardFromFile, InputError } from './lib/load';

async function main(paths: string[]): Promise<number> {
  if (paths.length === 0) {
    process.stderr.write(
      'usage: npm run --silent card -- FILE...\n  prints one JSON clause card per file (.txt, .md, .html)\n',
    );
    return 2;
  }
  let failed = false;
  for (const path of paths) {
    let line: string;
    try {
      line = JSON.stringify(await cardFromFile(path));
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
