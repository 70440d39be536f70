// `npm run card` on PDF and Word files: a real child process over files the test builds in a temp dir.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDocx, para } from './helpers/docx-writer';
import { makePdf } from './helpers/pdf-writer';

const root = join(import.meta.dirname, '..');

// A composed two-page subscription agreement: the law clause sits on page 2.
const LINES_1 = [
  'Saltmarsh Data Subscription Agreement',
  'This Subscription Agreement governs the use of the Saltmarsh Data platform by the Customer. The Customer shall pay',
  'all fees when due and shall not resell the service. Saltmarsh may suspend the service for non-payment after notice.',
  'Either party may terminate this Agreement for material breach not cured within thirty (30) days of written notice.',
];
const LINES_2 = [
  'This Agreement is governed by the laws of the State of Oregon, without regard to its conflict of laws rules.',
  'In no event shall either party be liable for any indirect, incidental or consequential damages under this Agreement.',
];

describe('card command on files', () => {
  it('prints a card per PDF and DOCX with pages on PDF findings, and an error line for a protected PDF', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clauselens-files-'));
    const at = (lines: string[]) => lines.map((text, i) => ({ x: 72, y: 760 - i * 14, text }));
    writeFileSync(join(dir, 'agreement.pdf'), makePdf([{ lines: at(LINES_1) }, { lines: at(LINES_2) }]));
    writeFileSync(join(dir, 'agreement.docx'), makeDocx([...LINES_1, ...LINES_2].map((l) => para(l)).join('')));
    writeFileSync(join(dir, 'locked.pdf'), makePdf([{ lines: at(LINES_1) }], { userPassword: 'saltmarsh' }));
    const result = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/card.ts',
        join(dir, 'agreement.pdf'),
        join(dir, 'agreement.docx'),
        join(dir, 'locked.pdf'),
      ],
      { cwd: root, encoding: 'utf8' },
    );
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    const [pdf, docx, locked] = lines;
    expect(pdf.fields.governingLaw[0].value.region).toBe('US-OR');
    expect(pdf.fields.governingLaw[0].page).toBe(2);
    expect(pdf.fields.notices.every((n: { page?: number }) => n.page === 1)).toBe(true);
    expect(docx.fields.governingLaw[0].value.region).toBe('US-OR');
    expect(docx.fields.governingLaw[0].page).toBeUndefined();
    expect(locked.source).toBe(join(dir, 'locked.pdf'));
    expect(locked.error).toMatch(/locked\.pdf: This PDF is protected by a password/);
    expect(result.status).toBe(1);
  }, 60_000);
});
