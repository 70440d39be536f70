import { docFromSource, readSource } from './scripts/lib/load';
(async () => { const [f, pat] = process.argv.slice(2) as [string, string]; const { text, format } = await readSource(f); const doc = docFromSource(text, format); const re = new RegExp(pat, 'i');
doc.sentences.forEach((s, i) => { if (re.test(s.text)) { for (let k = Math.max(0, i - 1); k <= Math.min(doc.sentences.length - 1, i + 2); k++) console.log(k, JSON.stringify(doc.sentences[k]?.text.slice(0, 300)), doc.sentences[k]?.heading ?? ''); console.log('--'); } }); })();
