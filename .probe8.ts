import { readFileSync } from 'node:fs';
const t = readFileSync('/work/shared/corpus/dev/navori-terms-of-service.txt','utf8').slice(0,4000);
const src = readFileSync('extractors/detect.ts','utf8');
const code = src.replace(/^const ([A-Z_]+) =/gm, 'export const $1 =');
import { writeFileSync } from 'node:fs';
writeFileSync('.detect-copy.ts', code);
const C = await import('./.detect-copy.ts');
const low = t.toLowerCase();
for (const n of ['SELF_REFERENCE','LEGAL_WORDS','MARKETING','EDITORIAL']) { const re0 = (C as any)[n]; const re = new RegExp(re0.source, 'g');
  const t0 = performance.now(); for (let i=0;i<500;i++) { re.lastIndex=0; while (re.exec(low)) {} } console.log(n, ((performance.now()-t0)/500).toFixed(4));
  const re2 = new RegExp('(?=[a-z$€£])' + re0.source.replace(/^\\b/, ''), 'g');
}
