// The toolbar and store icons: WXT adds public/icon/<size>.png to both manifests by itself,
// so each size must exist, be a PNG, and be the size its name says.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = join(import.meta.dirname, '..', 'public', 'icon');

describe('icons', () => {
  it.each([16, 32, 48, 96, 128])('%ipx is a PNG of that size', (size) => {
    const png = readFileSync(join(DIR, `${size}.png`));
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(size);
    expect(png.readUInt32BE(20)).toBe(size);
  });
});
