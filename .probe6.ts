import { readFileSync } from 'node:fs';
import { detectPage } from './extractors/detect';
import { buildSync } from 'esbuild';
const t = readFileSync('/work/shared/corpus/dev/navori-terms-of-service.txt','utf8').slice(0,4000);
for (let i=0;i<200;i++) detectPage({url:'https://x.com/terms', title:'Terms', headings:['a','b'], sample:t});
const t0=performance.now(); for (let i=0;i<1000;i++) detectPage({url:'https://x.com/terms', title:'Terms', headings:['a','b'], sample:t}); console.log('ms/call', (performance.now()-t0)/1000);
const r = buildSync({entryPoints:['extractors/detect.ts'], bundle:true, minify:true, write:false, format:'esm'}); console.log('bytes', r.outputFiles[0].contents.length);
