// scratch tool (not committed): per-doc liabilityCap/governingLaw vs CUAD spans
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildCard } from './extractors/card';
import { docFromSource, readSource } from './scripts/lib/load';
import { locateSpan } from './scripts/lib/cuad-spans';
const dir = process.argv[2] as string;
const cat = process.argv[3] ?? 'Cap On Liability';
function skeleton(text: string) { const lower = text.toLowerCase(); let chars = ''; const at: number[] = []; for (let i = 0; i < lower.length; i++) { const ch = lower[i] as string; if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) { chars += ch; at.push(i); } } return { chars, at }; }
(async () => {
for (const n of readdirSync(dir).filter((f) => f.endsWith('.cuad.json')).sort()) {
  const base = n.slice(0, -10);
  const labels = JSON.parse(readFileSync(join(dir, n), 'utf8'));
  const spans: string[] = labels.categories[cat]?.spans ?? [];
  const { text, format } = await readSource(join(dir, `${base}.txt`));
  const doc = docFromSource(text, format);
  const card = buildCard(doc, base, { force: true });
  const sk = skeleton(doc.text);
  const ranges = spans.flatMap((s) => locateSpan(sk as never, s));
  const fs = cat === 'Governing Law' ? card.fields.governingLaw : card.fields.liabilityCap ? [card.fields.liabilityCap] : [];
  const on = fs.filter((f) => ranges.some((r) => f.start < r.end && r.start < f.end));
  const status = spans.length ? (on.length ? 'HIT' : fs.length ? 'OFF' : 'MISS') : fs.length ? 'EXTRA' : 'none';
  console.log(`${status}\t${base}\t${fs.map((f) => `${JSON.stringify(f.value)} ${f.rule ?? ''} «${f.quote.slice(0, 200)}»`).join(' || ')}`);
}
})();
