import { readFileSync } from 'node:fs';
import { textFeatures, detectPage } from './extractors/detect';
const t = readFileSync('/work/shared/corpus/dev/navori-terms-of-service.txt','utf8').slice(0,4000);
const src = readFileSync('extractors/detect.ts','utf8');
const names = [...src.matchAll(/^const ([A-Z_]+) =/gm)].map(m=>m[1]);
const mod = await import('./extractors/detect.ts?raw=' + Date.now()).catch(()=>null);
const code = src.replace(/^const ([A-Z_]+) =/gm, 'export const $1 =');
import { writeFileSync } from 'node:fs';
writeFileSync('.detect-copy.ts', code);
const C = await import('./.detect-copy.ts');
for (const n of names) { let re = (C as any)[n]; if (!(re instanceof RegExp)) continue; if (!re.global) re = new RegExp(re.source, re.flags+'g');
  const t0 = performance.now(); for (let i=0;i<500;i++) { re.lastIndex=0; while (re.exec(t)) {} } console.log(n, ((performance.now()-t0)/500).toFixed(4)); }
const t0=performance.now(); for (let i=0;i<500;i++) textFeatures(t); console.log('features', (performance.now()-t0)/500);
