// Bundles the command line (scripts/cli-main.ts and the extractors it uses) into ES modules under bin/: the entry
// bin/clauselens.mjs and chunks it imports on demand (the HTML parser, the compare exporters), so `clauselens`
// starts without compiling TypeScript and without parsing code a run does not use. Runs on `npm install` (postinstall) and `npm run build:cli`.
import { chmodSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/**
 * compromise builds its lexicon when its module is evaluated: about a third of the command's start-up, for a library
 * that only reads number phrases the simple rules cannot ("two hundred and fifty"), which most documents never hold.
 * Its ES module import (extractors/common/numbers.ts) becomes a stub that requires the installed package on the first
 * call. The extension's build is not concerned.
 */
const lazyCompromise = {
  name: 'lazy-compromise',
  setup(b) {
    // The stub's own require stays a require of the installed package (like pdfjs and mammoth): the bundle does not
    // even parse compromise's 350 KB until a number phrase needs it.
    b.onResolve({ filter: /^compromise$/ }, (args) =>
      args.kind === 'import-statement'
        ? { path: 'compromise', namespace: 'lazy-compromise' }
        : { path: 'compromise', external: true },
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-compromise' }, () => ({
      contents:
        "let nlp; export default function lazyNlp(...args) { nlp ??= require('compromise'); return nlp(...args); }",
      resolveDir: process.cwd(),
      loader: 'js',
    }));
  },
};

await build({
  entryPoints: { clauselens: 'scripts/cli-main.ts' },
  outdir: 'bin',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  // Bundled CommonJS libraries call require(); give the ES module one.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  define: { __CLAUSELENS_VERSION__: JSON.stringify(version) },
  // Loaded from node_modules when a PDF or Word file comes up: pdfjs starts its worker from its own files, which a
  // bundle would break, and neither is needed for text, Markdown or HTML.
  external: ['pdfjs-dist', 'pdfjs-dist/*', 'mammoth'],
  plugins: [lazyCompromise],
  logLevel: 'warning',
});

// The entry runs as a command (`npx clauselens`, or bin/clauselens.mjs directly).
chmodSync('bin/clauselens.mjs', 0o755);
