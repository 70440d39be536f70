// Bundles the command line (scripts/cli-main.ts and the extractors it uses) into ES modules under bin/: the entry
// bin/clauselens.mjs and chunks it imports on demand (the HTML parser, the compare exporters), so `clauselens`
// starts without compiling TypeScript and without parsing code a run does not use. Runs on `npm install` (postinstall) and `npm run build:cli`.
import { chmodSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

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
  logLevel: 'warning',
});

// The entry runs as a command (`npx clauselens`, or bin/clauselens.mjs directly).
chmodSync('bin/clauselens.mjs', 0o755);
