// `npm run check:zips` (after `npm run zip`): the store packages are what a store receives. Checks that the Chrome
// and Firefox zips and the Firefox sources zip exist; that each extension zip holds its manifest and every icon the
// manifest names (16-128 px); that the sources zip holds what builds the extension and none of the generated
// directories; and runs `web-ext lint` on the Firefox zip's own contents, unpacked. Exit 1 with a list of problems.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';

const ROOT = join(import.meta.dirname, '..');
const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
const zipPath = (suffix: string) => join(ROOT, '.output', `${name}-${version}-${suffix}.zip`);
const ICON_SIZES = ['16', '32', '48', '96', '128'];

async function extensionProblems(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const manifestFile = zip.file('manifest.json');
  if (!manifestFile) return [`${file}: no manifest.json`];
  const manifest = JSON.parse(await manifestFile.async('string')) as {
    icons?: Record<string, string>;
    action?: { default_icon?: Record<string, string> };
  };
  const problems: string[] = [];
  for (const size of ICON_SIZES) {
    const icon = manifest.icons?.[size];
    if (!icon) problems.push(`${file}: manifest declares no ${size}px icon`);
    else if (!zip.file(icon.replace(/^\//, ''))) problems.push(`${file}: icon ${icon} is not in the zip`);
  }
  for (const icon of Object.values(manifest.action?.default_icon ?? {})) {
    if (!zip.file(icon.replace(/^\//, ''))) problems.push(`${file}: action icon ${icon} is not in the zip`);
  }
  return problems;
}

async function sourcesProblems(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const names = Object.keys(zip.files);
  const problems: string[] = [];
  for (const needed of [
    'package.json',
    'package-lock.json',
    'wxt.config.ts',
    'README.md',
    'entrypoints/background.ts',
  ]) {
    if (!zip.file(needed)) problems.push(`${file}: ${needed} is missing (a reviewer could not rebuild the extension)`);
  }
  for (const generated of ['node_modules/', '.output/', 'artifacts/', 'bin/', '.wxt/']) {
    if (names.some((n) => n.startsWith(generated))) problems.push(`${file}: holds generated ${generated}`);
  }
  return problems;
}

/** Unpacks the Firefox zip and lints what is in it, as AMO's validator would. */
async function lintFirefox(file: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'clauselens-zip-'));
  try {
    const zip = await JSZip.loadAsync(readFileSync(file));
    for (const entry of Object.values(zip.files)) {
      if (entry.dir) continue;
      const target = join(dir, entry.name);
      if (!target.startsWith(dir)) return [`${file}: entry ${entry.name} escapes the archive`];
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, await entry.async('nodebuffer'));
    }
    execFileSync(join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', dir, '--self-hosted'], {
      stdio: 'inherit',
    });
    return [];
  } catch (error) {
    return [`${file}: web-ext lint failed (${(error as Error).message.split('\n')[0]})`];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const problems: string[] = [];
  for (const [suffix, check] of [
    ['chrome', extensionProblems],
    ['firefox', extensionProblems],
    ['sources', sourcesProblems],
  ] as const) {
    const file = zipPath(suffix);
    if (!existsSync(file)) problems.push(`${file}: missing (run \`npm run zip\`)`);
    else problems.push(...(await check(file)));
  }
  if (existsSync(zipPath('firefox'))) problems.push(...(await lintFirefox(zipPath('firefox'))));
  for (const p of problems) process.stderr.write(`check:zips: ${p}\n`);
  if (problems.length === 0) process.stdout.write('check:zips: Chrome, Firefox and sources packages OK\n');
  return problems.length === 0 ? 0 : 1;
}

main().then((code) => {
  process.exitCode = code;
});
