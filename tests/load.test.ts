import { existsSync, mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError, MAX_FILE_BYTES, readBounded, readSource } from '../scripts/lib/load';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'clauselens-load-'));
});

describe('readBounded', () => {
  it('refuses a directory', async () => {
    mkdirSync(join(dir, 'folder.html'));
    await expect(readBounded(join(dir, 'folder.html'))).rejects.toThrow(/is a directory/);
  });

  it.skipIf(!existsSync('/dev/zero'))('refuses a device that never ends (/dev/zero) without reading it', async () => {
    await expect(readBounded('/dev/zero')).rejects.toThrow(/not a regular file/);
  });

  it('refuses a file over the limit from its size alone (a sparse 1.5 GB file is not read)', async () => {
    const big = join(dir, 'huge.txt');
    writeFileSync(big, '');
    truncateSync(big, 1.5 * 1024 ** 3); // sparse: no disk used, and reading it would take seconds and 1.5 GB
    const before = process.memoryUsage().rss;
    const error = await readBounded(big).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/file too large \(1536\.0 MB; the limit is 64 MB\)/);
    expect(process.memoryUsage().rss - before).toBeLessThan(MAX_FILE_BYTES);
  });

  it('reads a file up to the limit exactly, and refuses one byte more', async () => {
    const path = join(dir, 'edge.txt');
    writeFileSync(path, 'a'.repeat(200_000));
    expect((await readBounded(path, 200_000)).length).toBe(200_000);
    await expect(readBounded(path, 199_999)).rejects.toThrow(/file too large/);
  });

  it('names a missing file', async () => {
    await expect(readBounded(join(dir, 'nope.md'))).rejects.toThrow(/no such file/);
  });
});

describe('readSource', () => {
  it('reads text files and sniffs HTML', async () => {
    const path = join(dir, 'page');
    writeFileSync(path, '<!doctype html><html><body><p>Hello.</p></body></html>');
    expect(await readSource(path)).toMatchObject({ format: 'html' });
  });
});
