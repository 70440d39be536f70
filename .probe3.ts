import { readFileSync } from 'node:fs';
import { docFromText } from './extractors/input';
import { extractVendor } from './extractors/vendor';
for (const f of ['mawqoot-sla','najoomi-service-delivery-policy','navori-terms-of-service','omniful-saas-agreement','ujet-sla']) {
  const d = docFromText(readFileSync(`/work/shared/corpus/dev/${f}.txt`,'utf8'));
  console.log(f, extractVendor(d));
}
const src = readFileSync('tests/kind.test.ts','utf8');
for (const m of src.matchAll(/const (\w+) = `([\s\S]*?)`;/g)) console.log(m[1], extractVendor(docFromText(m[2])));
