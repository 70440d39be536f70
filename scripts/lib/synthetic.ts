// A synthetic contract of any size for the benchmarks, composed from clauses written
// here (not from the dev corpus), varied by a seeded generator so it is the same every run.
const CLAUSES = [
  'The Provider shall use commercially reasonable efforts to make the Service available with a Monthly Uptime Percentage of at least 99.9%.',
  'Either party may terminate this Agreement for convenience upon sixty (60) days prior written notice to the other party.',
  'If a party materially breaches this Agreement and fails to cure such breach within thirty (30) days after receiving written notice, the other party may terminate.',
  'In no event shall either party’s aggregate liability exceed the fees paid by Customer in the twelve (12) months preceding the claim.',
  'This Agreement shall be governed by the laws of the State of New York, without regard to its conflict of laws principles.',
  'Customer shall not reverse engineer, decompile or disassemble the Service, except to the extent permitted by applicable law.',
  'Each party shall protect the Confidential Information of the other party with at least the same degree of care it uses for its own.',
  'Fees are due within thirty (30) days of the invoice date and are non-refundable except as expressly provided herein.',
  'The Provider will give at least forty-eight (48) hours notice of scheduled maintenance through the status page.',
  'Neither party shall be liable for any indirect, incidental, special or consequential damages, including lost profits.',
  'Customer may export its data for ninety (90) days after termination, after which the Provider will delete it.',
  'The Provider may modify these terms by giving Customer at least thirty (30) days notice before the changes take effect.',
];
const HEADINGS = [
  'Definitions',
  'Service Levels',
  'Fees and Payment',
  'Term and Termination',
  'Confidentiality',
  'Limitation of Liability',
  'Governing Law',
  'General',
];

export function syntheticContract(targetBytes: number, seed = 42): string {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const parts: string[] = ['MASTER SUBSCRIPTION AGREEMENT', 'Last Updated: March 3, 2025'];
  let size = 0;
  let section = 1;
  while (size < targetBytes) {
    const heading = `${section}. ${HEADINGS[Math.floor(next() * HEADINGS.length)]}`;
    parts.push(heading);
    const paragraphs = 2 + Math.floor(next() * 4);
    for (let p = 0; p < paragraphs; p++) {
      const sentences: string[] = [];
      const count = 2 + Math.floor(next() * 4);
      for (let s = 0; s < count; s++) sentences.push(CLAUSES[Math.floor(next() * CLAUSES.length)] as string);
      const paragraph = `${section}.${p + 1} ${sentences.join(' ')}`;
      parts.push(paragraph);
      size += paragraph.length + 1;
    }
    section++;
  }
  return parts.join('\n');
}

/** A plain-text document as HTML, so Readability can be timed on the same content. */
export function textToHtml(text: string, title: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body: string[] = [];
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (!t) continue;
    if (t.includes(' | '))
      body.push(
        `<table><tr>${t
          .split('|')
          .map((c) => `<td>${esc(c.trim())}</td>`)
          .join('')}</tr></table>`,
      );
    else if (t.length < 70 && !/[.;,]$/.test(t)) body.push(`<h2>${esc(t)}</h2>`);
    else body.push(`<p>${esc(t)}</p>`);
  }
  return `<!doctype html><html><head><title>${esc(title)}</title></head><body><article>${body.join('\n')}</article></body></html>`;
}
