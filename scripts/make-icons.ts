// `npm run icons`: renders public/icon/icon.svg to the PNG sizes the manifests use
// (public/icon/<size>.png, which WXT adds to the manifest by itself), with Debian's Chromium
// through playwright-core (the same browser the e2e tests drive). The PNGs are committed,
// so a build never needs a browser; rerun this after editing the SVG.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const DIR = join(import.meta.dirname, '..', 'public', 'icon');
const SIZES = [16, 32, 48, 96, 128];

const svg = readFileSync(join(DIR, 'icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    writeFileSync(
      join(DIR, `${size}.png`),
      await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }),
    );
    await page.close();
    process.stdout.write(`public/icon/${size}.png\n`);
  }
} finally {
  await browser.close();
}
