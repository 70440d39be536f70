import { readFileSync } from 'node:fs';
import { docFromText } from './extractors/input';
import { classifyDoc } from './extractors/kind';
import { textFeatures, detectPage } from './extractors/detect';
for (const f of ['mawqoot-sla','najoomi-service-delivery-policy','navori-terms-of-service','omniful-saas-agreement','ujet-sla']) {
  const t = readFileSync(`/work/shared/corpus/dev/${f}.txt`,'utf8');
  const d = docFromText(t);
  const ft = textFeatures(d.text); const {selfKinds, ...rest} = ft;
  console.log(f, JSON.stringify(classifyDoc(d)), JSON.stringify(detectPage({url:'', title: d.title??'', headings: [], sample: t.slice(0,4000)})), JSON.stringify(rest));
}
