// `npm run eval:browser -- DIR...`: the same scoring as `npm run eval`, but each document is read the way a user
// meets it: served as a vendor web page on 127.0.0.1, opened in Debian's Chromium with the built extension
// (.output/chrome-mv3), detected by the every-page detector and analyzed by the extension itself. It prints, per
// set, the browser's figures beside the Node engine's on the same page, and every document whose browser card
// differs from Node's, so a gap between the two pipelines (visibility filtering, Readability on a live DOM, the
// detector's 4 KB sample) shows up as a number, not as a surprise.
//
// Pages: an .html document is served as it is; a Markdown document is converted with `marked` (a well-kept
// CommonMark library; dev dependency only) and wrapped in a vendor page with a mega-menu, a cookie banner and a
// footer (what real legal pages look like around their text); a .txt document is served as text/plain, as a
// browser shows a plain-text file. Needs `npm run build:chrome` first and CHROMIUM_PATH or /usr/bin/chromium.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { marked } from 'marked';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import type { Card } from '../extractors/types';
import { grantAllSitesInProfile, unpackedExtensionId } from '../tests/e2e/grant';
import { cardOfRead, docFromSource, findGoldPairs } from './lib/load';
import { addTally, scoreCard, summarizeTallies, type Tally } from './lib/score';

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION_DIR = process.env.CLAUSELENS_EXTENSION_DIR ?? join(ROOT, '.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SOURCES = ['.html', '.htm', '.md', '.txt'];

interface Served {
  body: string;
  type: string;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * Splits YAML front matter off a Markdown file as a static site renders it: `title:` is the page title, a localized
 * title (`arabic_title:`) the page's heading, and block scalars (`text: |-` then indented lines) body text the
 * site's template prints, before the file's own body.
 */
function frontMatter(md: string): { title: string | null; heading: string | null; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(md);
  if (!m) return { title: null, heading: null, body: md };
  const lines = (m[1] ?? '').split(/\r?\n/);
  const scalar = (key: string) =>
    lines
      .find((l) => l.startsWith(`${key}:`))
      ?.slice(key.length + 1)
      .trim()
      .replace(/^["']|["']$/g, '') || null;
  const blocks: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^[\w-]+:\s*\|[-+]?\s*$/.test(lines[i] ?? '')) continue;
    const text: string[] = [];
    for (i++; i < lines.length && (/^\s/.test(lines[i] ?? '') || lines[i] === ''); i++)
      text.push((lines[i] ?? '').replace(/^ {2}/, ''));
    i--;
    blocks.push(text.join('\n'));
  }
  const heading = lines.map((l) => /^\w+_title:\s*(.+)$/.exec(l)?.[1]).find(Boolean) ?? null;
  return { title: scalar('title'), heading, body: [...blocks, md.slice(m[0].length)].join('\n\n') };
}

// The page chrome names no brand (a logo mark, "All rights reserved"): the document's own words must name the vendor.
function vendorPage(md: string): string {
  const { title, heading: named, body } = frontMatter(md);
  const html = `${named ? `<h1>${escapeHtml(named)}</h1>` : ''}${marked.parse(body, { async: false }) as string}`;
  const heading = named ?? /^#\s+(.+)$/m.exec(body)?.[1];
  const menu = ['Products', 'Solutions', 'Pricing', 'Customers', 'Partners', 'Developers', 'Resources', 'Company']
    .map(
      (group) =>
        `<li><a href="#">${group}</a><ul>${['Overview', 'Platform', 'Integrations', 'Security', 'Analytics', 'Docs']
          .map((item) => `<li><a href="#">${group} ${item}</a></li>`)
          .join('')}</ul></li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title ?? heading ?? 'Legal')}</title>
<style>body{margin:0;font:16px/1.6 system-ui,sans-serif}header,footer{background:#123;color:#fff;padding:12px 24px}
header a,footer a{color:#fff}nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:8px;margin:0;padding:0}
nav ul ul{display:none}main{max-width:820px;margin:0 auto;padding:24px}.cookie{position:fixed;bottom:0;left:0;right:0;
background:#eee;padding:10px 24px}</style></head>
<body><header><a href="#" class="logo" aria-label="Home">◆</a><nav aria-label="Main"><ul>${menu}</ul></nav></header>
<main><article>${html}</article></main>
<footer><p>© 2025. All rights reserved. <a href="#">Privacy</a> · <a href="#">Terms</a> · <a href="#">Cookies</a> · <a href="#">Status</a></p></footer>
<div class="cookie">We use cookies to improve your experience. <button type="button">Accept</button></div>
</body></html>`;
}

async function servedPage(path: string): Promise<Served> {
  const text = await readFile(path, 'utf8');
  const ext = extname(path);
  if (ext === '.html' || ext === '.htm') return { body: text, type: 'text/html; charset=utf-8' };
  if (ext === '.md') return { body: vendorPage(text), type: 'text/html; charset=utf-8' };
  return { body: text, type: 'text/plain; charset=utf-8' };
}

function startServer(pages: Map<string, Served>): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    const page = pages.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (!page) {
      res.writeHead(404).end();
      return;
    }
    // Saved pages carry their sites' scripts; none of them should run here (a content script still does).
    res.writeHead(200, { 'content-type': page.type, 'content-security-policy': "script-src 'none'" }).end(page.body);
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      ok({ server, port: typeof address === 'object' && address ? address.port : 0 });
    }),
  );
}

interface BrowserResult {
  badge: boolean;
  card: Card | null;
  /** The normalized text the extension read (quotes and offsets point into it). */
  text: string;
  error: string | null;
}

/** Opens `url` in a tab, waits for the detector's verdict, then asks the extension for the card ("Analyze"). */
async function readInBrowser(context: BrowserContext, ui: Page, url: string): Promise<BrowserResult> {
  const tab = await context.newPage();
  try {
    await tab.goto(url, { waitUntil: 'domcontentloaded' });
    await tab.waitForLoadState('load', { timeout: 15_000 }).catch(() => {});
    const run = (fn: string) => ui.evaluate(fn);
    const tabId = (await run(
      `chrome.tabs.query({}).then((ts) => Math.max(...ts.filter((t) => t.url === ${JSON.stringify(url)}).map((t) => t.id)))`,
    )) as number;
    // The detector reports once per load; give it up to 3 s (its own cost is ~1 ms, the wait is messaging).
    let badge = false;
    for (let i = 0; i < 30; i++) {
      const state = (await run(`chrome.runtime.sendMessage({ type: 'ui-bg-get-state', tabId: ${tabId} })`)) as {
        ok: boolean;
        data?: { verdict?: { isLegal: boolean } | null };
      };
      if (state.ok && state.data?.verdict) {
        badge = state.data.verdict.isLegal;
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const answer = (await run(
      `chrome.runtime.sendMessage({ type: 'ui-bg-analyze', tabId: ${tabId}, fresh: true })`,
    )) as { ok: boolean; data?: { card: Card; text: string }; error?: string };
    return answer.ok && answer.data
      ? { badge, card: answer.data.card, text: answer.data.text, error: null }
      : { badge, card: null, text: '', error: answer.error ?? 'no answer' };
  } finally {
    await tab.close();
  }
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

interface SetTotals {
  fields: Record<string, Tally>;
  detected: number;
  detectable: number;
  badge: number;
  docs: number;
}

const newTotals = (): SetTotals => ({ fields: {}, detected: 0, detectable: 0, badge: 0, docs: 0 });

/** Adds one document's card to the set's totals; `legal` is the gold verdict the badge is held to. */
function add(
  totals: SetTotals,
  card: Card | null,
  gold: Record<string, unknown>,
  legal: boolean,
  badge: boolean,
): string[] {
  totals.docs++;
  if (badge === legal) totals.badge++;
  if (!card) return ['no card'];
  const score = scoreCard(card, gold as never);
  for (const [field, t] of Object.entries(score.fields)) {
    totals.fields[field] ??= { tp: 0, fp: 0, fn: 0 };
    addTally(totals.fields[field], t);
  }
  if (score.detectionRight !== null) {
    totals.detectable++;
    if (score.detectionRight) totals.detected++;
  }
  return score.misses.map((m) =>
    m.field === 'detection' ? `detection (${card.legal.isLegal ? card.kind : 'not legal'})` : `${m.kind} ${m.field}`,
  );
}

function summary(t: SetTotals) {
  const { coreMacroF1, emitted, wrong } = summarizeTallies(t.fields);
  return {
    macro: coreMacroF1,
    detection: t.detectable ? t.detected / t.detectable : null,
    badge: t.docs ? t.badge / t.docs : null,
    wrongOf: `${wrong} of ${emitted}`,
  };
}

async function main(args: string[]): Promise<number> {
  const dirs = args.filter((a) => !a.startsWith('--'));
  // --dump=DIR: writes each document's browser card and text, and Node's, for reading a difference.
  const dump = args.find((a) => a.startsWith('--dump='))?.slice('--dump='.length);
  if (dump) mkdirSync(dump, { recursive: true });
  if (dirs.length === 0) {
    process.stderr.write('usage: npm run eval:browser -- DIR... (after npm run build:chrome)\n');
    return 2;
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    process.stderr.write(`no built extension in ${EXTENSION_DIR}: run npm run build:chrome first\n`);
    return 2;
  }
  const jobs: { dir: string; name: string; source: string; gold: string; path: string }[] = [];
  const pages = new Map<string, Served>();
  for (const dir of dirs) {
    // Formats a browser shows as a page; the PDFs of a set are left out.
    for (const { name, source, gold } of await findGoldPairs(dir, SOURCES)) {
      const path = `/${basename(dir)}/${name}/legal`;
      pages.set(path, await servedPage(source));
      jobs.push({ dir, name, source, gold, path });
    }
  }
  const { server, port } = await startServer(pages);
  const profile = mkdtempSync(join(tmpdir(), 'clauselens-browser-eval-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--host-resolver-rules=MAP *.localhost 127.0.0.1',
      ],
    });
  // The every-page detector runs only once the user has granted access to all sites (utils/host-access.ts): install,
  // record that grant in the closed profile as a click on "Allow" does (tests/e2e/grant.ts), and start again.
  const install = await launch();
  if (install.serviceWorkers().length === 0) await install.waitForEvent('serviceworker');
  await install.close();
  grantAllSitesInProfile(profile, unpackedExtensionId(EXTENSION_DIR));
  const context = await launch();
  // Saved pages link their vendors' images, fonts and scripts: nothing leaves this machine, so they fail fast.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|[^/]*\.localhost)/, (route) => route.abort());
  try {
    let [sw] = context.serviceWorkers();
    sw ??= await context.waitForEvent('serviceworker');
    const ui = await context.newPage();
    await ui.goto(`chrome-extension://${new URL(sw.url()).host}/compare.html`);
    // The background registers the detector at start when it finds the grant; pages opened before would miss it.
    for (let i = 0; i < 100; i++) {
      if (((await ui.evaluate('chrome.scripting.getRegisteredContentScripts()')) as unknown[]).length > 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const browserTotals = new Map<string, SetTotals>();
    const nodeTotals = new Map<string, SetTotals>();
    const differing: string[] = [];
    const badgeWrong: string[] = [];
    for (const job of jobs) {
      const gold = JSON.parse(await readFile(job.gold, 'utf8'));
      // Each document on its own host, as vendors are: `<name>.localhost` resolves to the local server.
      const url = `http://${job.name.replace(/[^a-z0-9-]/gi, '').slice(0, 60)}.localhost:${port}${job.path}`;
      process.stderr.write(`${job.name} `);
      // A page that never answers costs one minute, not the run; the timer goes with the answer.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const got = await Promise.race([
        readInBrowser(context, ui, url),
        new Promise<BrowserResult>((ok) => {
          timer = setTimeout(() => ok({ badge: false, card: null, text: '', error: 'timed out after 60 s' }), 60_000);
        }),
      ]);
      clearTimeout(timer);
      const page = pages.get(job.path) as Served;
      const format = page.type.startsWith('text/html') ? 'html' : 'text';
      const doc = docFromSource(page.body, format);
      const nodeCard = cardOfRead({ doc, format, pageStarts: [], pageCount: 0, notes: [] }, url);
      if (dump) {
        writeFileSync(join(dump, `${job.name}.browser.json`), JSON.stringify(got.card, null, 1));
        writeFileSync(join(dump, `${job.name}.browser.txt`), got.text);
        writeFileSync(join(dump, `${job.name}.node.json`), JSON.stringify(nodeCard, null, 1));
        writeFileSync(join(dump, `${job.name}.node.txt`), doc.text);
        writeFileSync(join(dump, `${job.name}.page${format === 'html' ? '.html' : '.txt'}`), page.body);
      }
      const b = browserTotals.get(job.dir) ?? newTotals();
      const n = nodeTotals.get(job.dir) ?? newTotals();
      browserTotals.set(job.dir, b);
      nodeTotals.set(job.dir, n);
      const legal = (gold.legal as { isLegal?: boolean } | undefined)?.isLegal ?? true;
      const inBrowser = add(b, got.card, gold, legal, got.badge);
      const inNode = add(n, nodeCard, gold, legal, nodeCard.legal.isLegal);
      const onlyBrowser = inBrowser.filter((m) => !inNode.includes(m));
      const onlyNode = inNode.filter((m) => !inBrowser.includes(m));
      if (got.badge !== legal) badgeWrong.push(`${job.name} (${legal ? 'legal, no badge' : 'not legal, badge'})`);
      if (onlyBrowser.length || onlyNode.length || got.error) {
        differing.push(
          `${job.name}: ${got.error ? `error ${got.error}; ` : ''}browser only: ${onlyBrowser.join(', ') || '-'}; node only: ${onlyNode.join(', ') || '-'}`,
        );
      }
      process.stderr.write(got.error ? `(${got.error})\n` : '\n');
    }
    process.stderr.write('\n');
    const out: string[] = [];
    out.push(
      `${'set'.padEnd(28)} docs  badge right  card detection  core macro-F1  wrong (browser | node on the same page)`,
    );
    for (const [dir, b] of browserTotals) {
      const s = summary(b);
      const n = summary(nodeTotals.get(dir) as SetTotals);
      out.push(
        `${basename(resolve(dir)).padEnd(28)} ${String(b.docs).padStart(4)}  ${(s.badge === null ? 'n/a' : pct(s.badge)).padStart(11)}  ${`${s.detection === null ? 'n/a' : pct(s.detection)} | ${n.detection === null ? 'n/a' : pct(n.detection)}`.padStart(14)}  ${`${pct(s.macro)} | ${pct(n.macro)}`.padStart(13)}  ${s.wrongOf} | ${n.wrongOf}`,
      );
    }
    out.push('');
    out.push(badgeWrong.length ? `badge wrong: ${badgeWrong.join(', ')}` : 'badge right on every document');
    out.push(
      differing.length
        ? 'documents where the browser and Node cards differ:'
        : 'browser and Node agree on every document',
    );
    out.push(...differing.map((d) => `  ${d}`));
    process.stdout.write(`${out.join('\n')}\n`);
    return 0;
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`eval:browser failed: ${(error as Error).stack ?? error}\n`);
    process.exitCode = 1;
  },
);
