import { readFileSync } from 'node:fs';
import { docFromText } from './extractors/input';
import { extractDates } from './extractors/dates';
import { detectLanguage } from './extractors/language';
for (const f of ['mawqoot-sla','najoomi-service-delivery-policy','navori-terms-of-service','omniful-saas-agreement','ujet-sla']) {
  const d = docFromText(readFileSync(`/work/shared/corpus/dev/${f}.txt`,'utf8'));
  const r = extractDates(d);
  console.log(f, detectLanguage(d.text), r.effective?.value, JSON.stringify(r.effective?.quote), r.updated?.value, JSON.stringify(r.updated?.quote));
}
