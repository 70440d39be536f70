// The `card` command end to end: a real child process over files written to a temp dir.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticContract } from '../scripts/lib/synthetic';

const root = join(import.meta.dirname, '..');
let dir = '';

function runCard(...files: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/card.ts', ...files], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const lines =
    result.stdout.trim() === ''
      ? []
      : result.stdout
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l));
  return { status: result.status, lines, stderr: result.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'clauselens-card-'));
  writeFileSync(
    join(dir, 'terms.md'),
    [
      '# Quillfeather Terms of Service',
      '',
      '## 1. Agreement',
      'These Terms of Service (this "Agreement") govern your use of the Service provided by Quillfeather Ltd ("Quillfeather", "we"). By using the Service, the Customer agrees to be bound by this Agreement.',
      '## 2. Fees',
      'The Customer shall pay all fees when due. Fees are non-refundable except as expressly provided in this Agreement.',
      'Quillfeather may suspend the Service if any undisputed invoice remains unpaid, provided that Quillfeather shall first notify the Customer in writing.',
      'The Customer shall not resell, sublicense or reverse engineer the Service, and shall comply with all applicable laws in its use of the Service.',
      'Each party shall protect the Confidential Information of the other party with at least reasonable care.',
      '## 3. Term and Termination',
      'Either party may terminate this Agreement for convenience on sixty (60) days written notice to the other party.',
      '## 4. Limitation of Liability',
      'In no event shall either party be liable for any indirect, incidental or consequential damages.',
      '## 5. Governing Law',
      'This Agreement shall be governed by the laws of England and Wales.',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'sla.html'),
    `<html><head><title>Quillfeather Service Level Agreement</title></head><body><nav>Home</nav>
      <h1>Service Level Agreement</h1>
      <p>This Service Level Agreement ("SLA") is part of the agreement between Quillfeather Ltd ("Quillfeather") and the Customer.</p>
      <h2>1. Service Commitment</h2>
      <p>Quillfeather shall use commercially reasonable efforts to make the Service available 99.95% of the time in each calendar month.</p>
      <h2>2. Service Credits</h2>
      <p>If Quillfeather fails to meet the Service Commitment, the Customer shall be entitled to service credits under this SLA. The Customer must request a credit within thirty (30) days after the end of the affected month.</p>
      <h2>3. Exclusions</h2>
      <p>The Service Commitment does not apply to scheduled maintenance, force majeure events, or any unavailability caused by the Customer's equipment or third-party networks.</p>
      </body></html>`,
  );
  writeFileSync(
    join(dir, 'blog.md'),
    '# Notes from the road\n\nOur team went hiking. Either party may terminate this Agreement for convenience on thirty (30) days written notice, a friend joked.',
  );
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0xff]));
  writeFileSync(join(dir, 'big.txt'), syntheticContract(10 * 1024 * 1024));
});

describe('npm run card', () => {
  it('prints one card per file in order, with source as given', () => {
    const { status, lines } = runCard(join(dir, 'terms.md'), join(dir, 'sla.html'));
    expect(status).toBe(0);
    expect(lines.map((l) => l.source)).toEqual([join(dir, 'terms.md'), join(dir, 'sla.html')]);
    expect(lines[0].kind).toBe('terms');
    expect(lines[0].fields.governingLaw[0].value).toMatchObject({ country: 'GB', region: 'GB-ENG' });
    expect(lines[1].kind).toBe('sla');
    expect(lines[1].fields.uptime.value).toEqual({ percent: 99.95, period: 'month' });
  });

  it('reports unreadable files on their own line, goes on, and exits 1', () => {
    const files = [join(dir, 'missing.txt'), join(dir, 'binary.txt'), join(dir, 'empty.txt'), join(dir, 'terms.md')];
    const { status, lines } = runCard(...files);
    expect(status).toBe(1);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toEqual({ source: files[0], error: `${files[0]}: no such file` });
    expect(lines[1].error).toMatch(/binary file/);
    expect(lines[2]).toMatchObject({ source: files[2], legal: { isLegal: false } });
    expect(lines[3].kind).toBe('terms');
  });

  it('handles a 10 MB file', () => {
    const { status, lines } = runCard(join(dir, 'big.txt'));
    expect(status).toBe(0);
    expect(lines[0].legal.isLegal).toBe(true);
    expect(lines[0].fields.liabilityCap.value.feesMonths).toBe(12);
  }, 60_000);

  it('--explain prints, per field, the rule that fired and the value kept', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/card.ts', '--explain', join(dir, 'terms.md')],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^## notices: 1 kept/m);
    expect(result.stdout).toMatch(/fired\s+notices\/\w+ "Either party may terminate/);
    expect(result.stdout).toMatch(/=> \{"kind":"termination-convenience","amount":60,"unit":"days"\} by notices\/\w+/);
  });

  it('--force extracts from a page that does not look legal, as "Analyze anyway" does', () => {
    const plain = runCard(join(dir, 'blog.md')).lines[0];
    const forced = runCard('--force', join(dir, 'blog.md')).lines[0];
    expect(plain.legal.isLegal).toBe(false);
    expect(plain.fields.notices).toEqual([]);
    expect(forced.legal.isLegal).toBe(false);
    expect(forced.fields.notices.map((n: { value: { amount: number } }) => n.value.amount)).toEqual([30]);
  });

  it('explains its usage when given no file', () => {
    const { status, stderr } = runCard();
    expect(status).toBe(2);
    expect(stderr).toMatch(/usage/);
  });
});
