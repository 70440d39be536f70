import { readFileSync } from 'node:fs';
import { docFromText } from './extractors/input';
import { classifyDoc } from './extractors/kind';
const src = readFileSync('tests/kind.test.ts','utf8');
for (const m of src.matchAll(/const (\w+) = `([\s\S]*?)`;/g)) {
  console.log(m[1], JSON.stringify(classifyDoc(docFromText(m[2]))));
}
