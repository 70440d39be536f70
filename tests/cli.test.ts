import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildCard } from '../extractors/card';
import { docFromText } from '../extractors/input';
import { compareOutput, expandPaths, parseArgs, run, UsageError } from '../scripts/cli';
import { createProgress, progressLine } from '../scripts/lib/progress';
import { layoutPages, makePdf } from './helpers/pdf-writer';

const SLA = `# Brightwater Hosting Service Level Agreement

Brightwater Hosting Inc. ("Brightwater") will make the hosting service available 99.9% of the time in each calendar month.

If availability falls below that level, the customer receives a service credit of 10% of the monthly fee.
`;
const TERMS = `# Brightwater Hosting Terms of Service

These terms between you and Brightwater Hosting Inc. ("Brightwater") are governed by the laws of the State of Oregon.

The courts located in Portland, Oregon have exclusive jurisdiction over any dispute arising from these terms.
`;
const OTHER_SLA = `# Quillmoor Systems Service Level Agreement

Quillmoor Systems LLC ("Quillmoor") commits to 99.5% availability in each calendar month for the platform.
`;
const RECIPE = 'Lemon cake\n\nMix the butter and sugar, add three eggs and bake for forty minutes.\n';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clauselens-cli-'));
  await mkdir(join(dir, 'b-vendor'), { recursive: true });
  await mkdir(join(dir, 'pdfs'), { recursive: true });
  await writeFile(join(dir, 'b-vendor', 'terms.md'), TERMS);
  await writeFile(join(dir, 'b-vendor', 'sla.md'), SLA);
  await writeFile(join(dir, 'a-quillmoor.txt'), OTHER_SLA);
  await writeFile(join(dir, 'recipe.txt'), RECIPE);
  await writeFile(join(dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  // A two-page PDF whose governing-law clause is on page 2 (filler clauses push it there).
  const filler = Array.from({ length: 14 }, (_, i) => `${i + 1}. The customer shall keep its account details current.`);
  await writeFile(
    join(dir, 'pdfs', 'hollin-terms.pdf'),
    makePdf(
      layoutPages(
        [
          'Hollin Analytics Terms of Service',
          ...filler,
          '15. These terms between you and Hollin Analytics Ltd. ("Hollin") are governed by the laws of Scotland.',
        ],
        { perPage: 24 },
      ),
    ),
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs the command in-process, collecting what it writes. */
async function capture(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  try {
    const code = await run(args);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('clauselens arguments', () => {
  it('reads commands, --format in both spellings and --force', () => {
    expect(parseArgs(['compare', '--format', 'csv', 'x'])).toMatchObject({ command: 'compare', format: 'csv' });
    expect(parseArgs(['compare', '--format=json', 'x', 'y'])).toMatchObject({ format: 'json', paths: ['x', 'y'] });
    expect(parseArgs(['card', '--force', 'x'])).toMatchObject({ command: 'card', force: true });
    expect(parseArgs([]).command).toBe('help');
    expect(parseArgs(['--version']).command).toBe('version');
  });

  it('refuses unknown commands, options, formats and a missing FILE', () => {
    expect(() => parseArgs(['cards', 'x'])).toThrow(UsageError);
    expect(() => parseArgs(['card', '--fast', 'x'])).toThrow(/unknown option/);
    expect(() => parseArgs(['compare', '--format', 'xlsx', 'x'])).toThrow(/csv, md or json/);
    expect(() => parseArgs(['card'])).toThrow(/no FILE or DIR/);
  });

  it('exits 2 with the usage on a usage error, 0 with it on --help', async () => {
    const bad = await capture(['card']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/usage: clauselens/);
    const help = await capture(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/compare/);
  });
});

describe('clauselens files', () => {
  it('walks directories recursively in sorted order and skips what is not a document', async () => {
    const files = await expandPaths([dir]);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual([
      'a-quillmoor.txt',
      join('b-vendor', 'sla.md'),
      join('b-vendor', 'terms.md'),
      join('pdfs', 'hollin-terms.pdf'),
      'recipe.txt',
    ]);
  });

  it('keeps named files in the order given, missing ones included so their error is printed', async () => {
    const files = await expandPaths([join(dir, 'recipe.txt'), join(dir, 'nope.txt'), join(dir, 'a-quillmoor.txt')]);
    expect(files).toEqual([join(dir, 'recipe.txt'), join(dir, 'nope.txt'), join(dir, 'a-quillmoor.txt')]);
  });

  it('card: one JSON line per file; a missing file gets an error record and exit 1, the others still print', async () => {
    const { code, out } = await capture(['card', join(dir, 'b-vendor', 'sla.md'), join(dir, 'missing.md')]);
    expect(code).toBe(1);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].fields.uptime.value.percent).toBe(99.9);
    expect(lines[1]).toEqual({ source: join(dir, 'missing.md'), error: expect.stringMatching(/no such file/) });
  });
});

describe('clauselens on a PDF', () => {
  it('reads it through the file readers and gives each finding its page', async () => {
    const { code, out } = await capture(['card', join(dir, 'pdfs', 'hollin-terms.pdf')]);
    expect(code).toBe(0);
    const card = JSON.parse(out);
    expect(card.fields.governingLaw[0].value.country).toBe('GB');
    expect(card.fields.governingLaw[0].page).toBe(2);
  });
});

describe('clauselens compare', () => {
  it("puts one vendor's SLA and terms in one column and leaves out a page that is not legal", async () => {
    const { code, out, err } = await capture(['compare', '--format', 'json', dir]);
    expect(code).toBe(0);
    const table = JSON.parse(out);
    expect(table.vendors).toEqual(['Quillmoor', 'Brightwater', 'Hollin']);
    const cell = (key: string, vendor: string) =>
      table.rows
        .find((r: { key: string }) => r.key === key)
        ?.cells.find((c: { vendor: string }) => c.vendor === vendor);
    expect(cell('uptime', 'Brightwater').text).toMatch(/^99\.9%/);
    expect(cell('governingLaw', 'Brightwater').text).toMatch(/Oregon/);
    expect(cell('uptime', 'Quillmoor').text).toMatch(/^99\.5%/);
    expect(err).toMatch(/recipe\.txt: not a legal document/);
  });

  it('prints CSV with every cell quoted and Markdown as a table', async () => {
    const csv = (await capture(['compare', '--format=csv', join(dir, 'b-vendor')])).out;
    // A byte-order mark first, so spreadsheet software reads Arabic vendor names and quotes as UTF-8.
    expect(csv.split('\r\n')[0]).toBe('\ufeff"Field","Brightwater"');
    const md = (await capture(['compare', join(dir, 'b-vendor')])).out;
    expect(md.split('\n')[0]).toBe('| Field | Brightwater |');
  });

  it('one column for names that differ only in case, punctuation or legal form', async () => {
    const card = buildCard(docFromText(SLA), 'sla.md');
    const table = JSON.parse(
      await compareOutput(
        [
          { ...card, vendor: 'Acme, Inc.' },
          { ...card, vendor: 'ACME' },
        ],
        'json',
      ),
    );
    expect(table.vendors).toEqual(['Acme, Inc.']);
  });

  it('compareOutput of no cards is an empty table, not an error', async () => {
    expect((await compareOutput([], 'md')).split('\n')[0]?.trim()).toMatch(/^\| Field \|/);
  });
});

describe('progress on stderr', () => {
  it('prints nothing when stderr is not a terminal', () => {
    const writes: string[] = [];
    const p = createProgress({ isTTY: false, write: (s) => writes.push(s) }, 100);
    for (let i = 0; i < 100; i++) p.update(i, `f${i}`);
    p.done();
    expect(writes).toEqual([]);
  });

  it('redraws at most every 100 ms on a terminal and clears the line at the end', () => {
    const writes: string[] = [];
    let clock = 0;
    const p = createProgress({ isTTY: true, columns: 60, write: (s) => writes.push(s) }, 10, () => clock);
    p.update(0, 'a.txt');
    clock = 50;
    p.update(1, 'b.txt'); // too soon: skipped
    clock = 150;
    p.update(2, 'c.txt');
    p.done();
    expect(writes).toHaveLength(3);
    expect(writes[1]).toMatch(/ 2\/10 c\.txt/);
    expect(writes[2]?.trim()).toBe('');
  });

  it('cuts a long path from the left to fit the terminal', () => {
    const line = progressLine(3, 300, `${'deep/'.repeat(40)}contract.pdf`, 60);
    expect(line).toHaveLength(59);
    expect(line).toMatch(/….*contract\.pdf$/);
  });
});

// The bundled command, as `npx clauselens` runs it (built by `npm install`'s postinstall or `npm run build:cli`).
describe.runIf(existsSync('bin/clauselens.mjs'))('bin/clauselens.mjs', () => {
  it('prints the version and a card', async () => {
    const exec = promisify(execFile);
    const { stdout: version } = await exec(process.execPath, ['bin/clauselens.mjs', '--version']);
    expect(version).toMatch(/^clauselens \d+\.\d+\.\d+/);
    const { stdout } = await exec(process.execPath, ['bin/clauselens.mjs', 'card', join(dir, 'b-vendor', 'terms.md')]);
    expect(JSON.parse(stdout).fields.governingLaw[0].value.region).toBe('US-OR');
  });
});
