// Entry of the bundled `clauselens` command (bin/clauselens.mjs): the logic is in scripts/cli.ts, testable in-process.
import { run } from './cli';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0); // `| head` closed the pipe: not an error
  throw error;
});

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    process.stderr.write(`clauselens: ${error.stack ?? error.message}\n`);
    process.exitCode = 1;
  },
);
